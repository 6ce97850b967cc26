/// A PDF/A archival conformance level Folio can write and `folio verify` can check (ISO 19005-2).
public enum PDFStandard: String, Sendable, Hashable, CaseIterable, Codable {
    /// PDF/A-2b: the pages reproduce exactly (fonts embedded, colours defined by an output intent, metadata in XMP).
    case a2b = "a-2b"
    /// PDF/A-2u: PDF/A-2b and every glyph maps to Unicode (ToUnicode maps), so the text can be extracted.
    case a2u = "a-2u"

    /// The part of ISO 19005 (`pdfaid:part`).
    public var part: Int { 2 }

    /// The conformance letter (`pdfaid:conformance`): "B" or "U".
    public var conformance: String {
        switch self {
        case .a2b: return "B"
        case .a2u: return "U"
        }
    }
}
