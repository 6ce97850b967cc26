import CCairo
import FolioDisplay
import Foundation

/// Renders a page to SVG (fonts become outlines defined in the file).
public enum SVGRenderer {
    /// Draws `page` and writes it atomically to `url` as SVG 1.1 at the page's size in points.
    public static func writeSVG(_ page: Page, to url: URL) throws {
        let file = try AtomicFile(destination: url)
        let status = try draw(page, write: cairoWriteToAtomicFile, Unmanaged.passUnretained(file).toOpaque())
        if status != CAIRO_STATUS_SUCCESS, let reason = file.writeError {
            throw RenderError.writeFailed(path: file.temporaryPath, reason: reason)
        }
        try checkCairo(status, "writing SVG \(url.path)")
        try file.commit()
    }

    /// Draws `page`; returns the SVG 1.1 document's bytes (UTF-8), at the page's size in points.
    public static func svg(_ page: Page) throws -> Data {
        let sink = MemorySink()
        let status = try draw(page, write: cairoWriteToMemory, Unmanaged.passUnretained(sink).toOpaque())
        try checkCairo(status, "writing SVG of page \(page.index + 1)")
        return Data(sink.bytes)
    }

    /// Draws `page` on an SVG surface writing through `write` (with `closure`); returns the surface's final status.
    private static func draw(
        _ page: Page, write: cairo_write_func_t, _ closure: UnsafeMutableRawPointer
    ) throws -> cairo_status_t {
        let size = page.frame.size
        guard size.width.value > 0, size.height.value > 0, size.width.value.isFinite, size.height.value.isFinite else {
            throw RenderError.invalidSize(width: size.width.value, height: size.height.value, context: "an SVG page")
        }
        guard let surface = cairo_svg_surface_create_for_stream(write, closure, size.width.value, size.height.value)
        else {
            throw RenderError.cairo(operation: "creating the SVG surface", status: "out of memory")
        }
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        do {
            try checkCairo(cairo_surface_status(surface), "creating the SVG surface")
            // A page is white paper: paint it, so viewers with a dark background still show black text.
            try drawPage(page, on: surface) { cr in
                cairo_set_source_rgb(cr, 1, 1, 1)
                cairo_paint(cr)
            }
        } catch {
            cairo_surface_destroy(surface); throw error
        }
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        return status
    }
}
