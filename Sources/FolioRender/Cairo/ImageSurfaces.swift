import CCairo
import CRsvg
import FolioDisplay
import Foundation

/// Image items on a Cairo context: PNG decoded by Cairo, JPEG decoded by gdk-pixbuf for its pixels and carried
/// as Cairo MIME data so that PDF and SVG output embed the original bytes (never re-encoded), SVG drawn as
/// vectors by librsvg. A file that does not decode is a `RenderError.image`, never a crash; gdk-pixbuf and librsvg
/// are opened on the first JPEG or SVG (`PixbufLibrary`, `RsvgLibrary`), and their absence is a `RenderError.library`.
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
        case .svg:
            // Drawn once into one pixel: librsvg's limits (referenced elements, nesting: a `<use>` bomb) act while
            // drawing, not parsing, and a file they refuse is bad input, found here with its place.
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1) else {
                throw RenderError.image(identity: image.identity, reason: "Cairo returned no surface")
            }
            defer { cairo_surface_destroy(surface) }
            try checkCairo(cairo_surface_status(surface), "drawing")
            guard let cr = cairo_create(surface) else {
                throw RenderError.image(identity: image.identity, reason: "Cairo returned no context")
            }
            defer { cairo_destroy(cr) }
            try drawSVG(image, in: Rect(x: .zero, y: .zero, width: Pt(1), height: Pt(1)), on: cr)
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
        let pixbuf: PixbufLibrary
        switch PixbufLibrary.shared {
        case let .success(library): pixbuf = library
        case let .failure(error): throw RenderError.library(error)
        }
        var error: UnsafeMutablePointer<RsvgGError>?
        guard let loader = pixbuf.loaderNew("jpeg", &error) else {
            throw RenderError.image(
                identity: image.identity, reason: takeMessage(&error, "no JPEG decoder", free: pixbuf.errorFree))
        }
        defer { pixbuf.unref(loader) }
        let wrote = image.data.withUnsafeBytes { raw -> Int32 in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return 0 }
            return pixbuf.loaderWrite(loader, base, UInt(raw.count), &error)
        }
        if wrote == 0 {
            let reason = takeMessage(&error, "the JPEG does not decode", free: pixbuf.errorFree)
            _ = pixbuf.loaderClose(loader, nil)
            throw RenderError.image(identity: image.identity, reason: reason)
        }
        let closed = pixbuf.loaderClose(loader, &error)
        guard closed != 0, let decoded = pixbuf.loaderPixbuf(loader) else {
            throw RenderError.image(
                identity: image.identity,
                reason: takeMessage(&error, "the JPEG does not decode", free: pixbuf.errorFree))
        }
        let surface = try argbSurface(from: decoded, pixbuf, identity: image.identity)
        setMime(surface, CAIRO_MIME_TYPE_JPEG, image.data)
        return surface
    }

    /// Copies a pixbuf's RGB(A) rows into a premultiplied ARGB32 surface.
    private static func argbSurface(
        from decoded: OpaquePointer, _ pixbuf: PixbufLibrary, identity: String
    ) throws
        -> OpaquePointer
    {
        let width = Int(pixbuf.width(decoded)), height = Int(pixbuf.height(decoded))
        let channels = Int(pixbuf.channels(decoded)), stride = Int(pixbuf.rowstride(decoded))
        guard width > 0, height > 0, channels == 3 || channels == 4, pixbuf.bitsPerSample(decoded) == 8,
            let pixels = pixbuf.readPixels(decoded),
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
        let rsvg = try rsvgLibrary()
        let handle = try svgHandle(image, rsvg)
        defer { rsvg.unref(handle) }
        var error: UnsafeMutablePointer<RsvgGError>?
        var viewport = RsvgRectangle(
            x: rect.minX.value, y: rect.minY.value, width: rect.size.width.value, height: rect.size.height.value)
        cairo_save(cr)
        defer { cairo_restore(cr) }
        guard rsvg.renderDocument(handle, cr, &viewport, &error) != 0 else {
            throw RenderError.image(
                identity: image.identity, reason: takeMessage(&error, "the SVG does not draw", free: rsvg.errorFree))
        }
    }

    /// librsvg, or a `RenderError.library` saying why it cannot be opened.
    private static func rsvgLibrary() throws -> RsvgLibrary {
        switch RsvgLibrary.shared {
        case let .success(library): return library
        case let .failure(error): throw RenderError.library(error)
        }
    }

    /// The SVG parsed by librsvg (the caller unrefs it), or the parser's reason as a `RenderError.image`.
    private static func svgHandle(_ image: ImageItem, _ rsvg: RsvgLibrary) throws -> OpaquePointer {
        var error: UnsafeMutablePointer<RsvgGError>?
        let handle = image.data.withUnsafeBytes { raw -> OpaquePointer? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            return rsvg.newFromData(base, UInt(raw.count), &error)
        }
        guard let handle else {
            throw RenderError.image(
                identity: image.identity, reason: takeMessage(&error, "the SVG does not parse", free: rsvg.errorFree))
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
    private static func takeMessage(
        _ error: inout UnsafeMutablePointer<RsvgGError>?, _ fallback: String,
        free: @convention(c) (UnsafeMutablePointer<RsvgGError>?) -> Void
    ) -> String {
        guard let e = error else { return fallback }
        defer { free(e); error = nil }
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
