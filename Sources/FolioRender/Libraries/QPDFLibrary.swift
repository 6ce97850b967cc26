import CQPDF

/// libqpdf, opened with dlopen the first time a PDF is linearised or read back (CQPDF.c), so that a run that does
/// neither does not map it and the libraries it brings (GnuTLS and its own) at start-up.
enum QPDFLibrary {
    /// The Debian package that installs it.
    static let package = "libqpdf29"

    /// Opens libqpdf for `purpose` (once per process), or throws which library is missing and which package
    /// installs it.
    static func require(for purpose: LibraryPurpose) throws(LibraryError) {
        guard folio_qpdf_open() == 0 else { return }
        let reason = folio_qpdf_error().map { String(cString: $0) } ?? "not found"
        throw LibraryError(library: FOLIO_QPDF_SONAME, package: package, purpose: purpose, reason: reason)
    }
}
