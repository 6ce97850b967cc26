import CCairo
import FolioDisplay
import Foundation

/// Renders a page to a PNG image (previews, raster diffs).
public enum RasterRenderer {
    /// Draws `page` on a white background (or a transparent one when `transparent`: an SVG image drawn for a format
    /// that cannot hold SVG) at `dpi` dots per inch and writes it atomically to `url` as PNG.
    public static func writePNG(_ page: Page, dpi: Double, to url: URL, transparent: Bool = false) throws {
        let file = try AtomicFile(destination: url)
        let status = try draw(
            page, dpi: dpi, transparent: transparent, write: cairoWriteToAtomicFile,
            Unmanaged.passUnretained(file).toOpaque())
        if status != CAIRO_STATUS_SUCCESS, let reason = file.writeError {
            throw RenderError.writeFailed(path: file.temporaryPath, reason: reason)
        }
        try checkCairo(status, "writing PNG \(url.path)")
        try file.commit()
    }

    /// Draws `page` on a white background at `dpi` dots per inch; returns the PNG's bytes.
    public static func png(_ page: Page, dpi: Double) throws -> Data {
        let sink = MemorySink()
        let status = try draw(
            page, dpi: dpi, transparent: false, write: cairoWriteToMemory, Unmanaged.passUnretained(sink).toOpaque())
        try checkCairo(status, "writing PNG of page \(page.index + 1)")
        return Data(sink.bytes)
    }

    /// Draws `page` on an image surface (white, or transparent) and writes it as PNG through `write` (with
    /// `closure`); returns the status.
    private static func draw(
        _ page: Page, dpi: Double, transparent: Bool, write: cairo_write_func_t, _ closure: UnsafeMutableRawPointer
    ) throws -> cairo_status_t {
        let scale = dpi / 72
        let width = (page.frame.size.width.value * scale).rounded(.up)
        let height = (page.frame.size.height.value * scale).rounded(.up)
        // 32 767 px is Cairo's image-surface limit.
        guard scale > 0, width >= 1, height >= 1, width <= 32_767, height <= 32_767 else {
            throw RenderError.invalidSize(width: width, height: height, context: "a PNG image (pixels) at \(dpi) dpi")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw RenderError.cairo(operation: "creating a \(Int(width))×\(Int(height)) image", status: "out of memory")
        }
        defer { cairo_surface_destroy(surface) }
        try checkCairo(cairo_surface_status(surface), "creating a \(Int(width))×\(Int(height)) image")
        try drawPage(page, on: surface) { cr in
            if !transparent {
                cairo_set_source_rgb(cr, 1, 1, 1)
                cairo_paint(cr)
            }
            cairo_scale(cr, scale, scale)
        }
        cairo_surface_flush(surface)
        return cairo_surface_write_to_png_stream(surface, write, closure)
    }
}

/// Creates a context on `surface`, lets `prepare` set it up, draws the page with fresh fonts and checks the result.
func drawPage(_ page: Page, on surface: OpaquePointer, prepare: (OpaquePointer) -> Void = { _ in }) throws {
    guard let cr = cairo_create(surface) else {
        throw RenderError.cairo(operation: "creating a drawing context", status: "out of memory")
    }
    defer { cairo_destroy(cr) }
    try checkCairo(cairo_status(cr), "creating a drawing context")
    prepare(cr)
    try CairoCanvas(cr: cr, fonts: try FontCache()).draw(page.frame)
    cairo_show_page(cr)
    try checkCairo(cairo_status(cr), "drawing page \(page.index + 1)")
}
