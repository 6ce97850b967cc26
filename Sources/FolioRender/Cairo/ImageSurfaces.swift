import CCairo
import CRsvg
import FolioDisplay
import Foundation

/// Image items on a Cairo context: PNG decoded by Cairo, JPEG decoded by gdk-pixbuf for its pixels and carried
/// as Cairo MIME data so that PDF and SVG output embed the original bytes (never re-encoded), SVG drawn as
/// vectors by librsvg. A file that does not decode is a `RenderError.image`, never a crash.
enum ImageSurfaces {
    /// Draws `image` scaled to fill `rect`.
    static func draw(_ image: ImageItem, in rect: Rect, on cr: OpaquePointer) throws {
        guard rect.size.width.value > 0, rect.size.height.value > 0, rect.size.width.value.isFinite,
            rect.size.height.value.isFinite
        else {
            throw RenderError.invalidSize(
                width: rect.size.width.value, height: rect.size.height.value, context: "an image")
        }
        if image.format == .svg { return try drawSVG(image, in: rect, on: cr) }
        let surface = try image.format == .png ? pngSurface(image) : jpegSurface(image)
        defer { cairo_surface_destroy(surface) }
        setMime(surface, CAIRO_MIME_TYPE_UNIQUE_ID, Data(image.identity.utf8))
        let width = Double(cairo_image_surface_get_width(surface))
        let height = Double(cairo_image_surface_get_height(surface))
        guard width > 0, height > 0 else {
            throw RenderError.image(identity: image.identity, reason: "it has no pixels")
        }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, rect.minX.value, rect.minY.value)
        cairo_scale(cr, rect.size.width.value / width, rect.size.height.value / height)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_paint(cr)
    }

    /// Decodes `image` as drawing would and throws what its decoder says, without drawing it.
    static func check(_ image: ImageItem) throws {
        switch image.format {
        case .png: cairo_surface_destroy(try pngSurface(image))
        case .jpeg: cairo_surface_destroy(try jpegSurface(image))
        case .svg: g_object_unref(UnsafeMutableRawPointer(try svgHandle(image)))
        }
    }

    /// A PNG read through Cairo's own decoder.
    private static func pngSurface(_ image: ImageItem) throws -> OpaquePointer {
        let reader = ByteReader(image.data)
        let surface = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(readBytes, Unmanaged.passUnretained(reader).toOpaque())
        }
        guard let surface else {
            throw RenderError.image(identity: image.identity, reason: "Cairo returned no surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw RenderError.image(
                identity: image.identity, reason: "the PNG does not decode (\(cairoMessage(status)))")
        }
        return surface
    }

    /// A JPEG decoded by gdk-pixbuf into an image surface that carries the original bytes as MIME data.
    private static func jpegSurface(_ image: ImageItem) throws -> OpaquePointer {
        var error: UnsafeMutablePointer<GError>?
        guard let loader = gdk_pixbuf_loader_new_with_type("jpeg", &error) else {
            throw RenderError.image(identity: image.identity, reason: takeMessage(&error, "no JPEG decoder"))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(loader)) }
        let wrote = image.data.withUnsafeBytes { raw -> gboolean in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return 0 }
            return gdk_pixbuf_loader_write(loader, base, gsize(raw.count), &error)
        }
        if wrote == 0 {
            let reason = takeMessage(&error, "the JPEG does not decode")
            _ = gdk_pixbuf_loader_close(loader, nil)
            throw RenderError.image(identity: image.identity, reason: reason)
        }
        let closed = gdk_pixbuf_loader_close(loader, &error)
        guard closed != 0, let pixbuf = gdk_pixbuf_loader_get_pixbuf(loader) else {
            throw RenderError.image(identity: image.identity, reason: takeMessage(&error, "the JPEG does not decode"))
        }
        let surface = try argbSurface(from: pixbuf, identity: image.identity)
        setMime(surface, CAIRO_MIME_TYPE_JPEG, image.data)
        return surface
    }

    /// Copies a pixbuf's RGB(A) rows into a premultiplied ARGB32 surface.
    private static func argbSurface(
        from pixbuf: OpaquePointer, identity: String
    ) throws
        -> OpaquePointer
    {
        let width = Int(gdk_pixbuf_get_width(pixbuf)), height = Int(gdk_pixbuf_get_height(pixbuf))
        let channels = Int(gdk_pixbuf_get_n_channels(pixbuf)), stride = Int(gdk_pixbuf_get_rowstride(pixbuf))
        guard width > 0, height > 0, channels == 3 || channels == 4, gdk_pixbuf_get_bits_per_sample(pixbuf) == 8,
            let pixels = gdk_pixbuf_read_pixels(pixbuf),
            let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
            cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
        else { throw RenderError.image(identity: identity, reason: "its decoded pixels have an unexpected layout") }
        cairo_surface_flush(surface)
        guard let out = cairo_image_surface_get_data(surface) else {
            cairo_surface_destroy(surface)
            throw RenderError.image(identity: identity, reason: "no memory for its pixels")
        }
        let outStride = Int(cairo_image_surface_get_stride(surface))
        for y in 0..<height {
            let row = out.advanced(by: y * outStride).withMemoryRebound(to: UInt32.self, capacity: width) { $0 }
            for x in 0..<width {
                let p = pixels.advanced(by: y * stride + x * channels)
                let a = channels == 4 ? UInt32(p[3]) : 255
                let r = UInt32(p[0]) * a / 255, g = UInt32(p[1]) * a / 255, b = UInt32(p[2]) * a / 255
                row[x] = a << 24 | r << 16 | g << 8 | b
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }

    /// An SVG drawn by librsvg into `rect`, keeping its aspect ratio as its viewBox says.
    private static func drawSVG(_ image: ImageItem, in rect: Rect, on cr: OpaquePointer) throws {
        let handle = try svgHandle(image)
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        var error: UnsafeMutablePointer<GError>?
        var viewport = RsvgRectangle(
            x: rect.minX.value, y: rect.minY.value, width: rect.size.width.value, height: rect.size.height.value)
        cairo_save(cr)
        defer { cairo_restore(cr) }
        guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
            throw RenderError.image(identity: image.identity, reason: takeMessage(&error, "the SVG does not draw"))
        }
    }

    /// The SVG parsed by librsvg (the caller unrefs it), or the parser's reason as a `RenderError.image`.
    private static func svgHandle(_ image: ImageItem) throws -> UnsafeMutablePointer<RsvgHandle> {
        var error: UnsafeMutablePointer<GError>?
        let handle = image.data.withUnsafeBytes { raw -> UnsafeMutablePointer<RsvgHandle>? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            return rsvg_handle_new_from_data(base, gsize(raw.count), &error)
        }
        guard let handle else {
            throw RenderError.image(identity: image.identity, reason: takeMessage(&error, "the SVG does not parse"))
        }
        return handle
    }

    /// Attaches a copy of `data` to `surface` under `mime` (Cairo frees it with the surface).
    private static func setMime(_ surface: OpaquePointer, _ mime: String, _ data: Data) {
        guard !data.isEmpty, let copy = malloc(data.count) else { return }
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress { memcpy(copy, base, data.count) }
        }
        let status = cairo_surface_set_mime_data(
            surface, mime, copy.assumingMemoryBound(to: UInt8.self), UInt(data.count), { free($0) }, copy)
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
    }

    /// A GError's message (freed), or `fallback`.
    private static func takeMessage(_ error: inout UnsafeMutablePointer<GError>?, _ fallback: String) -> String {
        guard let e = error else { return fallback }
        defer { g_error_free(e); error = nil }
        return e.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? fallback
    }
}

/// The bytes of a PNG handed to Cairo's read callback piece by piece.
private final class ByteReader {
    let data: Data
    var offset = 0
    init(_ data: Data) { self.data = data }
}

/// Cairo's read callback: `closure` is an unretained `ByteReader`; running out of bytes is a read error.
private let readBytes: cairo_read_func_t = { closure, buffer, length in
    guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
    let reader = Unmanaged<ByteReader>.fromOpaque(closure).takeUnretainedValue()
    let count = Int(length)
    guard count <= reader.data.count - reader.offset else { return CAIRO_STATUS_READ_ERROR }
    reader.data.withUnsafeBytes { raw in
        if let base = raw.baseAddress { memcpy(buffer, base + reader.offset, count) }
    }
    reader.offset += count
    return CAIRO_STATUS_SUCCESS
}
