import CPoppler

/// The poppler-glib functions reading a PDF's pages back calls, looked up when the first PDF is read back.
struct PopplerLibrary: @unchecked Sendable {
    typealias ErrorOut = UnsafeMutablePointer<UnsafeMutablePointer<PopplerGError>?>?
    typealias FilenameToURI =
        @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, ErrorOut)
        -> UnsafeMutablePointer<CChar>?
    typealias NewFromFile = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, ErrorOut) -> OpaquePointer?
    typealias PageCount = @convention(c) (OpaquePointer?) -> Int32
    typealias GetPage = @convention(c) (OpaquePointer?, Int32) -> OpaquePointer?
    typealias PageSize =
        @convention(c) (OpaquePointer?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?)
        -> Void
    typealias PageText = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    typealias TextLayout =
        @convention(c) (
            OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<PopplerRectangle>?>?,
            UnsafeMutablePointer<UInt32>?
        ) -> Int32
    typealias Unref = @convention(c) (OpaquePointer?) -> Void
    typealias Free = @convention(c) (UnsafeMutableRawPointer?) -> Void
    typealias ErrorFree = @convention(c) (UnsafeMutablePointer<PopplerGError>?) -> Void

    /// GLib's `g_filename_to_uri`.
    let filenameToURI: FilenameToURI
    /// `poppler_document_new_from_file`, `poppler_document_get_n_pages`, `poppler_document_get_page`.
    let openDocument: NewFromFile, pageCount: PageCount, page: GetPage
    /// `poppler_page_get_size`, `poppler_page_get_text`, `poppler_page_get_text_layout`.
    let pageSize: PageSize, pageText: PageText, textLayout: TextLayout
    /// GObject's `g_object_unref`, GLib's `g_free` and `g_error_free`.
    let unref: Unref, free: Free, errorFree: ErrorFree

    /// poppler-glib, opened once per process on first use; or why it cannot be.
    static let shared = Result { () throws(LibraryError) in try PopplerLibrary() }

    private init() throws(LibraryError) {
        let library = try DynamicLibrary("libpoppler-glib.so.8", package: "libpoppler-glib8", purpose: .readback)
        filenameToURI = try library.function("g_filename_to_uri", as: FilenameToURI.self)
        openDocument = try library.function("poppler_document_new_from_file", as: NewFromFile.self)
        pageCount = try library.function("poppler_document_get_n_pages", as: PageCount.self)
        page = try library.function("poppler_document_get_page", as: GetPage.self)
        pageSize = try library.function("poppler_page_get_size", as: PageSize.self)
        pageText = try library.function("poppler_page_get_text", as: PageText.self)
        textLayout = try library.function("poppler_page_get_text_layout", as: TextLayout.self)
        unref = try library.function("g_object_unref", as: Unref.self)
        free = try library.function("g_free", as: Free.self)
        errorFree = try library.function("g_error_free", as: ErrorFree.self)
    }
}
