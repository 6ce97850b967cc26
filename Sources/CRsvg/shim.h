// librsvg and gdk-pixbuf are opened with dlopen when an SVG is drawn or a JPEG decoded (FolioRender's
// `RsvgLibrary`, `PixbufLibrary`), so nothing here links them: only the types their functions take, as their
// stable ABI defines them (GLib 2, librsvg 2.46+, gdk-pixbuf 2), which FolioRender looks the functions up with.
#include <stdint.h>

/// GLib's GError: a domain, a code and a message (GLib's `struct _GError`).
typedef struct RsvgGError { uint32_t domain; int32_t code; char *message; } RsvgGError;
/// An SVG document parsed by librsvg.
typedef struct _RsvgHandle RsvgHandle;
/// The viewport librsvg draws a document into (librsvg's `RsvgRectangle`).
typedef struct { double x; double y; double width; double height; } RsvgRectangle;
/// gdk-pixbuf's incremental image loader.
typedef struct _GdkPixbufLoader GdkPixbufLoader;
/// A decoded image.
typedef struct _GdkPixbuf GdkPixbuf;
