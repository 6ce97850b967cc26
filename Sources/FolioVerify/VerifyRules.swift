/// The rules of `folio verify`, in the order they run and are reported (docs/verify.md).
public enum VerifyRules {
    /// The file exists and is a PDF qpdf can open.
    public static let file = VerifyRule(
        id: "verify.file", severity: .error,
        summary: "the file exists and is a PDF")
    /// qpdf's structure check.
    public static let structure = VerifyRule(
        id: "verify.structure", severity: .error,
        summary: "qpdf's structure check finds no damage (as qpdf --check)")
    /// Paper size of every page.
    public static let pageSize = VerifyRule(
        id: "verify.page-size", severity: .error,
        summary: "every page is the expected paper size, within 1 pt")
    /// Fonts embedded, subset, with ToUnicode.
    public static let fonts = VerifyRule(
        id: "verify.fonts", severity: .error,
        summary: "every font is embedded, subset and has a ToUnicode map")
    /// Document information.
    public static let info = VerifyRule(
        id: "verify.info", severity: .error,
        summary: "Title, Author and Creator set; dates present and valid PDF dates")
    /// Bookmarks.
    public static let outline = VerifyRule(
        id: "verify.outline", severity: .warning,
        summary: "a document of more than one page has bookmarks")
    /// Characters that betray glyphs written without their source text.
    public static let unicode = VerifyRule(
        id: "verify.unicode", severity: .error,
        summary: "no Kangxi radicals, compatibility ideographs or U+FFFD in the text")
    /// Marks that may not start a line.
    public static let lineStart = VerifyRule(
        id: "verify.line-start", severity: .error,
        summary: "no line starts with a closing or pause mark (clreq)")
    /// Marks that may not end a line.
    public static let lineEnd = VerifyRule(
        id: "verify.line-end", severity: .error,
        summary: "no line ends with an opening mark (clreq)")
    /// Numbers split across lines.
    public static let numberSplit = VerifyRule(
        id: "verify.number-split", severity: .error,
        summary: "no number is split, or split from its unit, across lines")
    /// Expected text.
    public static let text = VerifyRule(
        id: "verify.text", severity: .error,
        summary: "with --expect-text, every line of the file appears in the PDF's text")
    /// A tagged PDF: MarkInfo and a structure tree.
    public static let tagged = VerifyRule(
        id: "verify.tagged", severity: .warning,
        summary: "the PDF is tagged: /MarkInfo /Marked true and a structure tree (screen readers, reflow)")
    /// Figures with alternative text.
    public static let alternativeText = VerifyRule(
        id: "verify.alt", severity: .warning,
        summary: "every Figure element of the structure tree has alternative text (/Alt)")
    /// The document's language.
    public static let language = VerifyRule(
        id: "verify.lang", severity: .warning,
        summary: "the catalogue names the language (/Lang); with --pdf-standard, verify.pdfa.lang instead")

    /// The tagged-PDF rules (`TaggingRules`).
    public static let tagging: [VerifyRule] = [tagged, alternativeText, language]

    /// PDF/A: XMP metadata with its PDF/A identification.
    public static let archiveXMP = VerifyRule(
        id: "verify.pdfa.xmp", severity: .error,
        summary: "with --pdf-standard, an unfiltered XMP packet whose pdfaid names the level")
    /// PDF/A: XMP and document information agree.
    public static let archiveAgreement = VerifyRule(
        id: "verify.pdfa.info-xmp", severity: .error,
        summary: "with --pdf-standard, every Info entry has the same value in the XMP")
    /// PDF/A: an output intent with an ICC profile.
    public static let archiveOutputIntent = VerifyRule(
        id: "verify.pdfa.output-intent", severity: .error,
        summary: "with --pdf-standard, a GTS_PDFA1 output intent with an embedded ICC profile")
    /// PDF/A: fonts embedded (and mapped to Unicode for level U).
    public static let archiveFonts = VerifyRule(
        id: "verify.pdfa.fonts", severity: .error,
        summary: "with --pdf-standard, every font embedded (and with ToUnicode for a-2u)")
    /// PDF/A: no encryption.
    public static let archiveEncryption = VerifyRule(
        id: "verify.pdfa.encryption", severity: .error,
        summary: "with --pdf-standard, the file is not encrypted")
    /// PDF/A: the document's language.
    public static let archiveLanguage = VerifyRule(
        id: "verify.pdfa.lang", severity: .warning,
        summary: "with --pdf-standard, the catalogue names the language (/Lang)")

    /// The PDF/A rules, run with `VerifyOptions.standard`.
    public static let archive: [VerifyRule] = [
        archiveXMP, archiveAgreement, archiveOutputIntent, archiveFonts,
        archiveEncryption, archiveLanguage,
    ]

    /// Every rule, in report order.
    public static let all: [VerifyRule] =
        [
            file, structure, pageSize, fonts, info, outline, unicode,
            lineStart, lineEnd, numberSplit, text,
        ] + tagging + archive
}
