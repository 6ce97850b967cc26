import FolioDisplay
import FolioMessages
import FolioDocument
import Foundation
import FolioData

/// Why a Word file could not be made.
public struct WordError: MessageError, CustomStringConvertible, Sendable {
    /// What failed.
    public var message: Message
    /// What failed, in English.
    public var description: String { message.english }
}

/// The resolved document as a .docx (ECMA-376) an office can edit and that still looks like the PDF: the GB/T 9704
/// page set-up with its document grid (文档网格: 22 lines a page; 28 characters a line by the body's character
/// spacing, which Word and LibreOffice both honour, where LibreOffice 7.4 misreads a negative w:charSpace), styles for the title and each heading level
/// in the theme's faces, paragraphs with the two-character first-line indent, 三线表 tables with merged cells, charts
/// and images as pictures with their alternative text, seals and 签名章 floating over the signature where the PDF
/// presses them, page numbers "— N —" on the outer side of odd and even pages.
public enum WordWriter {
    /// The .docx's bytes. `pictures` holds, by block index, a PNG of each chart and each image block's file;
    /// `signature`, the signature with seals or 签名章 as the PDF sets it (nil: the plain signature).
    public static func docx(
        _ document: Document, theme: Theme, pictures: [Int: WordPicture], signature: WordSignature? = nil
    ) throws(WordError) -> Data {
        let styles = WordStyles(theme: theme)
        var ids: [Int: String] = [:], media: [(path: String, data: Data, id: String)] = []
        for index in pictures.keys.sorted() {
            guard let picture = pictures[index] else { continue }
            let id = "rIdPicture\(index)"
            ids[index] = id
            media.append(("media/picture\(index).\(picture.format == "jpeg" ? "jpeg" : "png")", picture.data, id))
        }
        var sealIds: [String] = []
        for (k, seal) in (signature?.slots.flatMap(\.seals) ?? []).enumerated() {
            let id = "rIdSeal\(k + 1)"
            sealIds.append(id)
            media.append(
                ("media/seal\(k + 1).\(seal.picture.format == "jpeg" ? "jpeg" : "png")", seal.picture.data, id))
        }
        let body = WordBody(
            document: document, styles: styles, pictures: pictures, pictureIds: ids, sealedSignature: signature,
            sealIds: sealIds)
        let parts: [(String, Data)] =
            [
                ("[Content_Types].xml", Data(contentTypes.utf8)),
                ("_rels/.rels", Data(packageRelationships.utf8)),
                ("docProps/core.xml", Data(coreProperties(document.metadata).utf8)),
                (
                    "word/document.xml",
                    Data(documentXML(body: body.xml, theme: theme, landscape: body.endsLandscape).utf8)
                ),
                ("word/styles.xml", Data(styles.xml.utf8)),
                ("word/settings.xml", Data(settings.utf8)),
                ("word/footer1.xml", Data(footer(odd: true, theme: theme, styles: styles).utf8)),
                ("word/footer2.xml", Data(footer(odd: false, theme: theme, styles: styles).utf8)),
                ("word/_rels/document.xml.rels", Data(documentRelationships(media).utf8)),
            ] + media.map { ("word/" + $0.path, $0.data) }
        do {
            return try ZipPackage.archive(parts)
        } catch {
            throw WordError(message: Message("word.cannot-assemble", ["error": .error(error)]))
        }
    }

    /// document.xml: the body, then the section: A4, the type area's margins, odd/even footers, the document grid.
    /// `landscape`: the last section is a landscape table's (the body ends with it).
    static func documentXML(body: String, theme: Theme, landscape: Bool = false) -> String {
        WordXML.declaration + "<w:document \(WordXML.namespaces)><w:body>" + body
            + sectionProperties(theme: theme, landscape: landscape) + "</w:body></w:document>"
    }

    /// A section's properties: A4, the type area's margins, odd/even footers, the document grid; `landscape` turns the
    /// page a quarter (a wide table's section, GB/T 9704 §8), the upright page's left margin on top, its foot on the
    /// left, so the type area is the same 156 × 225 mm across.
    static func sectionProperties(theme: Theme, landscape: Bool) -> String {
        let em = theme.grid.fontSize.points(em: Grid.emBase)
        func mm(_ l: Length) -> Double { l.points(em: em) * 25.4 / 72 }
        let width = mm(theme.page.width), height = mm(theme.page.height)
        let top = mm(theme.page.top), left = mm(theme.page.left)
        let right = width - left - mm(theme.page.typeWidth), bottom = height - top - mm(theme.page.typeHeight)
        let pitch = theme.grid.linePitch.points(em: em)
        let size =
            landscape
            ? #"<w:pgSz w:w="\#(WordXML.twips(mm: height))" w:h="\#(WordXML.twips(mm: width))" w:orient="landscape"/>"#
            : #"<w:pgSz w:w="\#(WordXML.twips(mm: width))" w:h="\#(WordXML.twips(mm: height))"/>"#
        // Top, right, bottom, left of the page as it is set.
        let margins = landscape ? (left, top, right, bottom) : (top, right, bottom, left)
        // The footer 7 mm under the type area (GB/T 9704 §7.5), its line 6 mm high, under the bottom margin as set.
        let footerDistance = max(0, margins.2 - 7 - 6)
        return "<w:sectPr>"
            + #"<w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/>"#
            + size
            + #"<w:pgMar w:top="\#(WordXML.twips(mm: margins.0))" w:right="\#(WordXML.twips(mm: margins.1))" w:bottom="\#(WordXML.twips(mm: margins.2))" w:left="\#(WordXML.twips(mm: margins.3))" w:header="851" w:footer="\#(WordXML.twips(mm: footerDistance))" w:gutter="0"/>"#
            + #"<w:docGrid w:type="lines" w:linePitch="\#(WordXML.twips(points: pitch))"/>"#
            + "</w:sectPr>"
    }

    /// A footer with the page number between 一字线 (GB/T 9704 §7.5): odd pages one character in from the right,
    /// even pages one character in from the left.
    static func footer(odd: Bool, theme: Theme, styles: WordStyles) -> String {
        let size = theme.pageNumbers.fontSize.points(em: PageNumberStyle.emBase)
        let rp = styles.runProperties(.pageNumber, size: size)
        let parts = theme.pageNumbers.format.components(separatedBy: "{n}")
        let before = parts.first ?? "", after = parts.count > 1 ? parts[1] : ""
        let inset = WordXML.twips(points: size)
        let centred = theme.pageNumbers.position == .center
        let alignment = centred ? "center" : (odd ? "right" : "left")
        let indent = centred ? "" : (odd ? #"<w:ind w:right="\#(inset)"/>"# : #"<w:ind w:left="\#(inset)"/>"#)
        func text(_ t: String) -> String {
            "<w:r><w:rPr>\(rp)</w:rPr><w:t xml:space=\"preserve\">\(WordXML.escape(t))</w:t></w:r>"
        }
        let field =
            "<w:r><w:rPr>\(rp)</w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:rPr>\(rp)</w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:rPr>\(rp)</w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>" + text("1")
            + "<w:r><w:rPr>\(rp)</w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
        return WordXML.declaration + "<w:ftr \(WordXML.namespaces)><w:p><w:pPr><w:jc w:val=\"\(alignment)\"/>\(indent)"
            + #"<w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>"# + text(before) + field + text(after)
            + "</w:p></w:ftr>"
    }

    /// settings.xml: odd and even footers differ.
    static let settings =
        WordXML.declaration
        + #"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:evenAndOddHeaders/>"#
        + #"<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#

    /// [Content_Types].xml.
    static let contentTypes =
        WordXML.declaration
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + #"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#
        + #"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#
        + #"<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#
        + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#

    /// _rels/.rels.
    static let packageRelationships =
        WordXML.declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#

    /// word/_rels/document.xml.rels: styles, settings, footers, pictures.
    static func documentRelationships(_ media: [(path: String, data: Data, id: String)]) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var out =
            WordXML.declaration
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        out += #"<Relationship Id="rIdStyles" Type="\#(base)styles" Target="styles.xml"/>"#
        out += #"<Relationship Id="rIdSettings" Type="\#(base)settings" Target="settings.xml"/>"#
        out += #"<Relationship Id="rIdFooterOdd" Type="\#(base)footer" Target="footer1.xml"/>"#
        out += #"<Relationship Id="rIdFooterEven" Type="\#(base)footer" Target="footer2.xml"/>"#
        for m in media { out += #"<Relationship Id="\#(m.id)" Type="\#(base)image" Target="\#(m.path)"/>"# }
        return out + "</Relationships>"
    }

    /// docProps/core.xml: title, author (the issuer), subject, keywords, the date of writing.
    static func coreProperties(_ m: Metadata) -> String {
        WordXML.declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(WordXML.escape(m.title))</dc:title><dc:creator>\(WordXML.escape(m.issuer))</dc:creator>"
            + "<dc:subject>\(WordXML.escape(m.subject))</dc:subject><cp:keywords>\(WordXML.escape(m.keywords.joined(separator: ", ")))</cp:keywords>"
            + #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(m.date.toFill ? "2000-01-01T00:00:00Z" : m.date.iso8601)</dcterms:created></cp:coreProperties>"#
    }
}
