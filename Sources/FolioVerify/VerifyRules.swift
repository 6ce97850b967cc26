import FolioMessages
/// The rules of `folio verify`, in the order they run and are reported (docs/verify.md).
public enum VerifyRules {
    /// The file exists and is a PDF qpdf can open.
    public static let file = VerifyRule(
        id: "verify.file", severity: .error,
        summary: Message("verify.file-exists-pdf"))
    /// qpdf's structure check.
    public static let structure = VerifyRule(
        id: "verify.structure", severity: .error,
        summary: Message("verify.qpdf-s-structure-check"))
    /// Paper size of every page.
    public static let pageSize = VerifyRule(
        id: "verify.page-size", severity: .error,
        summary: Message("verify.every-page-expected-paper"))
    /// Fonts embedded, subset, with ToUnicode.
    public static let fonts = VerifyRule(
        id: "verify.fonts", severity: .error,
        summary: Message("verify.every-font-embedded-subset"))
    /// Document information.
    public static let info = VerifyRule(
        id: "verify.info", severity: .error,
        summary: Message("verify.title-author-creator-set"))
    /// Bookmarks.
    public static let outline = VerifyRule(
        id: "verify.outline", severity: .warning,
        summary: Message("verify.document-more-than-one"))
    /// Characters that betray glyphs written without their source text.
    public static let unicode = VerifyRule(
        id: "verify.unicode", severity: .error,
        summary: Message("verify.kangxi-radicals-compatibility-ideographs"))
    /// Marks that may not start a line.
    public static let lineStart = VerifyRule(
        id: "verify.line-start", severity: .error,
        summary: Message("verify.line-starts-closing-pause"))
    /// Marks that may not end a line.
    public static let lineEnd = VerifyRule(
        id: "verify.line-end", severity: .error,
        summary: Message("verify.line-ends-opening-mark"))
    /// Numbers split across lines.
    public static let numberSplit = VerifyRule(
        id: "verify.number-split", severity: .error,
        summary: Message("verify.number-split-split-from"))
    /// Expected text.
    public static let text = VerifyRule(
        id: "verify.text", severity: .error,
        summary: Message("verify.expect-text-every-line"))
    /// A tagged PDF: MarkInfo and a structure tree.
    public static let tagged = VerifyRule(
        id: "verify.tagged", severity: .warning,
        summary: Message("verify.tagged.summary"))
    /// Figures with alternative text.
    public static let alternativeText = VerifyRule(
        id: "verify.alt", severity: .warning,
        summary: Message("verify.alt.summary"))
    /// The document's language.
    public static let language = VerifyRule(
        id: "verify.lang", severity: .warning,
        summary: Message("verify.lang.summary"))

    /// The tagged-PDF rules (`TaggingRules`).
    public static let tagging: [VerifyRule] = [tagged, alternativeText, language]

    /// PDF/A: XMP metadata with its PDF/A identification.
    public static let archiveXMP = VerifyRule(
        id: "verify.pdfa.xmp", severity: .error,
        summary: Message("verify.pdf-standard-unfiltered-xmp"))
    /// PDF/A: XMP and document information agree.
    public static let archiveAgreement = VerifyRule(
        id: "verify.pdfa.info-xmp", severity: .error,
        summary: Message("verify.pdf-standard-every-info"))
    /// PDF/A: an output intent with an ICC profile.
    public static let archiveOutputIntent = VerifyRule(
        id: "verify.pdfa.output-intent", severity: .error,
        summary: Message("verify.pdf-standard-gts-pdfa"))
    /// PDF/A: fonts embedded (and mapped to Unicode for level U).
    public static let archiveFonts = VerifyRule(
        id: "verify.pdfa.fonts", severity: .error,
        summary: Message("verify.pdf-standard-every-font"))
    /// PDF/A: no encryption.
    public static let archiveEncryption = VerifyRule(
        id: "verify.pdfa.encryption", severity: .error,
        summary: Message("verify.pdf-standard-file-encrypted"))
    /// PDF/A: the document's language.
    public static let archiveLanguage = VerifyRule(
        id: "verify.pdfa.lang", severity: .warning,
        summary: Message("verify.pdf-standard-catalogue-names"))

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
