import CRsvg

/// The gdk-pixbuf functions decoding a JPEG image calls, looked up when the first JPEG is decoded.
struct PixbufLibrary: @unchecked Sendable {
    typealias ErrorOut = UnsafeMutablePointer<UnsafeMutablePointer<RsvgGError>?>?
    typealias NewWithType = @convention(c) (UnsafePointer<CChar>?, ErrorOut) -> OpaquePointer?
    typealias Write = @convention(c) (OpaquePointer?, UnsafePointer<UInt8>?, UInt, ErrorOut) -> Int32
    typealias Close = @convention(c) (OpaquePointer?, ErrorOut) -> Int32
    typealias GetPixbuf = @convention(c) (OpaquePointer?) -> OpaquePointer?
    typealias Property = @convention(c) (OpaquePointer?) -> Int32
    typealias ReadPixels = @convention(c) (OpaquePointer?) -> UnsafePointer<UInt8>?
    typealias Unref = @convention(c) (OpaquePointer?) -> Void
    typealias ErrorFree = @convention(c) (UnsafeMutablePointer<RsvgGError>?) -> Void

    /// `gdk_pixbuf_loader_new_with_type`, `gdk_pixbuf_loader_write`, `gdk_pixbuf_loader_close`,
    /// `gdk_pixbuf_loader_get_pixbuf`: an image decoded from bytes.
    let loaderNew: NewWithType, loaderWrite: Write, loaderClose: Close, loaderPixbuf: GetPixbuf
    /// `gdk_pixbuf_get_width`, `_height`, `_n_channels`, `_rowstride`, `_bits_per_sample`.
    let width: Property, height: Property, channels: Property, rowstride: Property, bitsPerSample: Property
    /// `gdk_pixbuf_read_pixels`: the decoded rows.
    let readPixels: ReadPixels
    /// GObject's `g_object_unref`, for the loader.
    let unref: Unref
    /// GLib's `g_error_free`.
    let errorFree: ErrorFree

    /// gdk-pixbuf, opened once per process on first use; or why it cannot be.
    static let shared = Result { () throws(LibraryError) in try PixbufLibrary() }

    private init() throws(LibraryError) {
        let library = try DynamicLibrary("libgdk_pixbuf-2.0.so.0", package: "libgdk-pixbuf-2.0-0", purpose: .jpeg)
        loaderNew = try library.function("gdk_pixbuf_loader_new_with_type", as: NewWithType.self)
        loaderWrite = try library.function("gdk_pixbuf_loader_write", as: Write.self)
        loaderClose = try library.function("gdk_pixbuf_loader_close", as: Close.self)
        loaderPixbuf = try library.function("gdk_pixbuf_loader_get_pixbuf", as: GetPixbuf.self)
        width = try library.function("gdk_pixbuf_get_width", as: Property.self)
        height = try library.function("gdk_pixbuf_get_height", as: Property.self)
        channels = try library.function("gdk_pixbuf_get_n_channels", as: Property.self)
        rowstride = try library.function("gdk_pixbuf_get_rowstride", as: Property.self)
        bitsPerSample = try library.function("gdk_pixbuf_get_bits_per_sample", as: Property.self)
        readPixels = try library.function("gdk_pixbuf_read_pixels", as: ReadPixels.self)
        unref = try library.function("g_object_unref", as: Unref.self)
        errorFree = try library.function("g_error_free", as: ErrorFree.self)
    }
}
