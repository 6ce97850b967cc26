import FolioMessages
import FolioDisplay

/// A finished PDF as a reader sees it, read back from the file by `PDFReader`: its structure as qpdf checks it,
/// its pages with their size and text lines, its fonts, its document information and its outline.
/// Plain values: nothing here holds a C handle.
public struct PDFReadback: Sendable, Hashable {
    /// What qpdf's full read of the file reported (empty when the file is sound).
    public var structure: [PDFStructureProblem]
    /// The pages, in order.
    public var pages: [PDFPageReadback]
    /// Every font the pages' resources name (each font object once, in the order first met).
    public var fonts: [PDFFontReadback]
    /// The document information dictionary (ISO 32000-1 §14.3.3), keys without the slash ("Title"), text
    /// strings decoded to Unicode; keys whose value is not a string are left out.
    public var info: [String: String]
    /// Bookmarks in the outline (ISO 32000-1 §12.3.3), every level counted.
    public var outlineCount: Int
    /// Whether the file is encrypted (its text may still be readable).
    public var encrypted: Bool
    /// What an archive (PDF/A) needs of the catalogue: metadata, output intents, language.
    public var archive: PDFArchiveReadback
    /// The tagged-PDF parts: MarkInfo and the structure tree.
    public var tagging: PDFTaggingReadback

    /// Creates a read-back document.
    public init(
        structure: [PDFStructureProblem], pages: [PDFPageReadback], fonts: [PDFFontReadback],
        info: [String: String], outlineCount: Int, encrypted: Bool,
        archive: PDFArchiveReadback = PDFArchiveReadback(), tagging: PDFTaggingReadback = PDFTaggingReadback()
    ) {
        self.structure = structure; self.pages = pages; self.fonts = fonts; self.info = info
        self.outlineCount = outlineCount; self.encrypted = encrypted; self.archive = archive
        self.tagging = tagging
    }
}

/// What a tagged PDF (ISO 32000-1 §14.8) has: the catalogue's MarkInfo and its structure tree.
public struct PDFTaggingReadback: Sendable, Hashable {
    /// Whether the catalogue's /MarkInfo says /Marked true (§14.7.1).
    public var marked: Bool
    /// Whether the catalogue has a /StructTreeRoot.
    public var hasStructureTree: Bool
    /// Structure elements in the tree.
    public var elements: Int
    /// Elements of the tree that are not grouping elements (Document, Part, Art, Sect, Div: ISO 32000-1 Table 333)
    /// nor links: headings, paragraphs, tables, figures… — what gives a reader the document's structure.
    public var contentElements: Int
    /// Figure elements, and those of them without a non-empty /Alt (§14.9.3).
    public var figures: Int
    /// Figure elements without a non-empty /Alt.
    public var figuresWithoutAlternative: Int

    /// Creates the tagging entries (by default: none present).
    public init(
        marked: Bool = false, hasStructureTree: Bool = false, elements: Int = 0, contentElements: Int = 0,
        figures: Int = 0, figuresWithoutAlternative: Int = 0
    ) {
        self.marked = marked; self.hasStructureTree = hasStructureTree; self.elements = elements
        self.contentElements = contentElements
        self.figures = figures; self.figuresWithoutAlternative = figuresWithoutAlternative
    }
}

/// The catalogue entries PDF/A (ISO 19005-2) looks at.
public struct PDFArchiveReadback: Sendable, Hashable {
    /// The catalogue's /Metadata stream decoded as UTF-8 (the XMP packet); nil when there is none.
    public var xmp: String?
    /// Whether the metadata stream has a /Filter (ISO 19005-2 §6.6.2.1 wants it readable without one).
    public var xmpFiltered: Bool
    /// The catalogue's /OutputIntents.
    public var outputIntents: [PDFOutputIntentReadback]
    /// The catalogue's /Lang; nil when there is none.
    public var language: String?
    /// Pages and forms whose /Group is a transparency group.
    public var transparencyGroups: Int

    /// Creates the archive entries (by default: none of them present).
    public init(
        xmp: String? = nil, xmpFiltered: Bool = false, outputIntents: [PDFOutputIntentReadback] = [],
        language: String? = nil, transparencyGroups: Int = 0
    ) {
        self.xmp = xmp; self.xmpFiltered = xmpFiltered; self.outputIntents = outputIntents
        self.language = language; self.transparencyGroups = transparencyGroups
    }
}

/// One output intent (ISO 32000-1 §14.11.5).
public struct PDFOutputIntentReadback: Sendable, Hashable {
    /// The /S subtype without its slash ("GTS_PDFA1").
    public var subtype: String
    /// The /N of its /DestOutputProfile stream (3 for RGB); nil when there is no embedded profile.
    public var profileComponents: Int?

    /// Creates an output intent.
    public init(subtype: String, profileComponents: Int?) {
        self.subtype = subtype; self.profileComponents = profileComponents
    }
}

/// One problem qpdf found while reading or checking the file.
public struct PDFStructureProblem: Sendable, Hashable {
    /// Whether qpdf gave up (an error) or repaired and went on (a warning).
    public var isError: Bool
    /// qpdf's own text ("file is damaged", "xref not found"…).
    public var message: String

    /// Creates a problem.
    public init(isError: Bool, message: String) { self.isError = isError; self.message = message }
}

/// One page: its size as shown (crop box, rotation applied) and its text.
public struct PDFPageReadback: Sendable, Hashable {
    /// The page number, from 1.
    public var number: Int
    /// The size as a viewer shows the page.
    public var size: Size
    /// The printed lines in reading order, top to bottom: pieces of one printed line that the text extractor
    /// cut apart (glyphs overlapping, a change of font) are joined again by their common baseline.
    public var lines: [String]
    /// The page's text in reading order, lines separated by newlines, as the extractor gives it.
    public var text: String

    /// Creates a page.
    public init(number: Int, size: Size, lines: [String], text: String) {
        self.number = number; self.size = size; self.lines = lines; self.text = text
    }
}

/// One font object a page uses, with what a printer and an archive need to know about it.
public struct PDFFontReadback: Sendable, Hashable {
    /// The /BaseFont name ("ABCDEF+NotoSerifCJKsc-Regular"), or "(unnamed)" when the font has none.
    public var name: String
    /// The /Subtype without its slash ("Type0", "TrueType", "Type1", "Type3").
    public var subtype: String
    /// Whether the font program is in the file (FontFile, FontFile2 or FontFile3 in its descriptor, or a Type 3
    /// font, whose glyphs are content streams of the file).
    public var embedded: Bool
    /// Whether the name carries a subset tag, six capital letters and "+" (ISO 32000-1 §9.6.4).
    public var subset: Bool
    /// Whether the font has a /ToUnicode map (ISO 32000-1 §9.10.3), so its text can be extracted and searched.
    public var hasToUnicode: Bool
    /// The first page that uses it, from 1.
    public var firstPage: Int

    /// Creates a font description.
    public init(name: String, subtype: String, embedded: Bool, subset: Bool, hasToUnicode: Bool, firstPage: Int) {
        self.name = name; self.subtype = subtype; self.embedded = embedded; self.subset = subset
        self.hasToUnicode = hasToUnicode; self.firstPage = firstPage
    }
}

/// Why a file could not be read back at all.
public enum PDFReadError: MessageError, Sendable, Hashable, CustomStringConvertible {
    /// There is no file at the path, or it cannot be opened.
    case cannotOpen(path: String, reason: String)
    /// The file is not a PDF, or is damaged beyond what qpdf can repair.
    case notPDF(path: String, reason: String)
    /// libqpdf, which reads the file's structure, is missing (`LibraryError` names its package).
    case library(LibraryError)

    /// A one-line message: what, where, what to do. The reason is translated when the catalogue knows it.
    public var message: Message {
        switch self {
        case let .cannotOpen(path, reason):
            Message(
                "readback.cannot-open", ["path": "\(path)", "reason": .message(.foreign(reason, prefix: "system."))])
        case let .notPDF(path, reason):
            Message("readback.not-pdf", ["path": "\(path)", "reason": .message(.foreign(reason, prefix: "system."))])
        case let .library(error): error.message
        }
    }

    /// The message in English.
    public var description: String { message.english }
}
