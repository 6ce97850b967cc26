// CQPDF: libqpdf's C API (qpdf-c.h), the library opened with dlopen on first use (CQPDF.c).
#ifndef FOLIO_CQPDF_H
#define FOLIO_CQPDF_H

#include <qpdf/qpdf-c.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The soname opened: libqpdf's C API has kept its functions' signatures across the sonames Debian ships.
#define FOLIO_QPDF_SONAME "libqpdf.so.29"

/// Opens libqpdf and looks up every function Folio calls, once per process (thread-safe). Returns 1 when they are
/// all there, 0 otherwise (`folio_qpdf_error` says why).
int folio_qpdf_open(void);

/// Why libqpdf could not be opened (dlerror's words, or the function it lacks); NULL when it is open.
const char *folio_qpdf_error(void);

#ifdef __cplusplus
}
#endif

#endif
