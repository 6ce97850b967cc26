// poppler-glib is opened with dlopen when a PDF is read back (FolioRender's `PopplerLibrary`), so nothing here
// links it: only the types its functions take, as its stable ABI defines them (GLib 2, poppler-glib 8).
#include <stdint.h>

/// GLib's GError: a domain, a code and a message (GLib's `struct _GError`).
typedef struct PopplerGError { uint32_t domain; int32_t code; char *message; } PopplerGError;
/// A PDF document opened by poppler.
typedef struct _PopplerDocument PopplerDocument;
/// One page of a `PopplerDocument`.
typedef struct _PopplerPage PopplerPage;
/// A character's box on a page (poppler's `PopplerRectangle`).
typedef struct { double x1; double y1; double x2; double y2; } PopplerRectangle;
