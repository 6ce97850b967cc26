/// What `PDFVerifier.verify` checks against.
public struct VerifyOptions: Sendable, Hashable {
    /// The paper every page must be.
    public var pageSize: PaperSize
    /// Text that must appear in the PDF, one piece per non-empty line (typically `folio text`'s output);
    /// white space, line breaks and page-number lines are ignored when comparing. `nil`: no such check.
    public var expectedText: String?

    /// Creates options.
    public init(pageSize: PaperSize = .a4, expectedText: String? = nil) {
        self.pageSize = pageSize; self.expectedText = expectedText
    }
}
