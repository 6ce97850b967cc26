#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#include <elf.h>
#include <link.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#endif
