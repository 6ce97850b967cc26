import FolioDisplay

/// What `PDFVerifier.verify` checks against.
public struct VerifyOptions: Sendable, Hashable {
    /// The paper every page must be.
    public var pageSize: PaperSize
    /// Text that must appear in the PDF, one piece per non-empty line (typically `folio text`'s output);
    /// white space, line breaks and page-number lines are ignored when comparing. `nil`: no such check.
    public var expectedText: String?
    /// The PDF/A level the file must meet as far as `ArchiveRules` checks it; nil: no archive checks.
    public var standard: PDFStandard?

    /// Creates options.
    public init(pageSize: PaperSize = .a4, expectedText: String? = nil, standard: PDFStandard? = nil) {
        self.pageSize = pageSize; self.expectedText = expectedText; self.standard = standard
    }
}
