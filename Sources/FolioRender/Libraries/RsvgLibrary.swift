import CRsvg

/// The librsvg functions drawing an SVG image calls, looked up when the first SVG is drawn or checked.
struct RsvgLibrary: @unchecked Sendable {
    typealias ErrorOut = UnsafeMutablePointer<UnsafeMutablePointer<RsvgGError>?>?
    typealias NewFromData = @convention(c) (UnsafePointer<UInt8>?, UInt, ErrorOut) -> OpaquePointer?
    typealias RenderDocument =
        @convention(c) (OpaquePointer?, OpaquePointer?, UnsafePointer<RsvgRectangle>?, ErrorOut)
        -> Int32
    typealias Unref = @convention(c) (OpaquePointer?) -> Void
    typealias ErrorFree = @convention(c) (UnsafeMutablePointer<RsvgGError>?) -> Void

    /// `rsvg_handle_new_from_data`: an SVG document parsed from bytes.
    let newFromData: NewFromData
    /// `rsvg_handle_render_document` (librsvg 2.46): a document drawn into a viewport on a Cairo context.
    let renderDocument: RenderDocument
    /// GObject's `g_object_unref`, for the handle.
    let unref: Unref
    /// GLib's `g_error_free`.
    let errorFree: ErrorFree

    /// librsvg, opened once per process on first use; or why it cannot be.
    static let shared = Result { () throws(LibraryError) in try RsvgLibrary() }

    private init() throws(LibraryError) {
        let library = try DynamicLibrary("librsvg-2.so.2", package: "librsvg2-2", purpose: .svg)
        newFromData = try library.function("rsvg_handle_new_from_data", as: NewFromData.self)
        renderDocument = try library.function("rsvg_handle_render_document", as: RenderDocument.self)
        unref = try library.function("g_object_unref", as: Unref.self)
        errorFree = try library.function("g_error_free", as: ErrorFree.self)
    }
}
