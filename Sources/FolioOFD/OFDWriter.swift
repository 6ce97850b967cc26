import FolioDisplay
import FolioRender
import Foundation
import FolioData
import FolioMessages

/// Why an OFD package could not be made.
public struct OFDError: MessageError, CustomStringConvertible, Sendable {
    /// What went wrong.
    public var message: Message
    /// What went wrong, in English.
    public var description: String { message.english }
    /// Creates an error.
    public init(_ message: Message) { self.message = message }
}

/// Writes display-list pages as an OFD package (GB/T 33190-2016, 电子文件存储与交换格式 版式文档): the same pages the
/// PDF is drawn from, so every glyph, rule, chart and image stands where it stands in the PDF.
///
/// The package: `OFD.xml` (document metadata), `Doc_0/Document.xml` (A4 page area in millimetres, resources, pages,
/// outline), `Doc_0/PublicRes.xml` (one font per face file, embedded as a HarfBuzz subset), `Doc_0/DocumentRes.xml`
/// (images: PNG and JPEG as they are, SVG drawn to PNG), `Doc_0/Pages/Page_N/Content.xml` (one body layer each).
/// The bytes depend only on the pages and `info` (fixed ZIP dates, IDs in drawing order).
public struct OFDWriter {
    /// The document's metadata.
    private let info: DocumentInfo
    /// The pages added so far.
    private var pages: [Page] = []
    /// The resolution SVG images are drawn at.
    private let svgDPI = 300.0

    /// A writer for a document with `info`.
    public init(info: DocumentInfo) { self.info = info }

    /// The number of pages added.
    public var pageCount: Int { pages.count }

    /// Adds the next page.
    public mutating func add(_ page: Page) { pages.append(page) }

    /// The package's bytes.
    public func package() throws -> Data {
        var nextID = 1
        let pageIDs = pages.map { _ in
            defer { nextID += 1 }; return nextID
        }
        let fonts = try embedFonts(nextID: &nextID)
        let (media, mediaFiles) = try embedImages(nextID: &nextID)
        var files: [(String, Data)] = []
        var pageRefs: [OFDDocument.PageRef] = []
        for (i, page) in pages.enumerated() {
            let content = OFDPageContent(
                fonts: fonts.mapValues { ($0.id, $0.font) }, images: media, pageSize: page.frame.size,
                pageIDs: pageIDs)
            let layerID = nextID
            nextID += 1
            let (objects, links) = content.objects(page.frame, nextID: &nextID)
            let xml = OFDPage(
                area: PageArea(physicalBox: OFDNumbers.box(Rect(origin: .zero, size: page.frame.size))),
                content: .init(layer: .init(id: layerID, objects: objects)),
                actions: links.isEmpty ? nil : .init(action: links))
            let path = "Pages/Page_\(i)/Content.xml"
            files.append(("Doc_0/" + path, try OFDXML.encode(xml, root: "Page")))
            pageRefs.append(.init(id: pageIDs[i], baseLoc: path))
        }
        let size = pages.first?.frame.size ?? .a4
        let document = OFDDocument(
            commonData: .init(
                maxUnitID: nextID - 1,
                pageArea: PageArea(physicalBox: OFDNumbers.box(Rect(origin: .zero, size: size))),
                publicRes: "PublicRes.xml", documentRes: "DocumentRes.xml"),
            pages: .init(page: pageRefs), outlines: outline(pageIDs: pageIDs))
        let publicRes = OFDRes(
            baseLoc: "Res",
            fonts: fonts.isEmpty
                ? nil
                : .init(
                    font: fonts.values.sorted { $0.id < $1.id }.map {
                        .init(
                            id: $0.id, fontName: $0.name, familyName: $0.family, serif: nil, fontFile: $0.fileName)
                    }), multiMedias: nil)
        let documentRes = OFDRes(
            baseLoc: "Res", fonts: nil, multiMedias: mediaFiles.isEmpty ? nil : .init(multiMedia: mediaFiles.map(\.0)))
        var parts: [(String, Data)] = [
            ("OFD.xml", try OFDXML.encode(root(), root: "OFD")),
            ("Doc_0/Document.xml", try OFDXML.encode(document, root: "Document")),
            ("Doc_0/PublicRes.xml", try OFDXML.encode(publicRes, root: "Res")),
            ("Doc_0/DocumentRes.xml", try OFDXML.encode(documentRes, root: "Res")),
        ]
        parts += fonts.values.sorted { $0.id < $1.id }.map { ("Doc_0/Res/" + $0.fileName, $0.font.data) }
        parts += mediaFiles.map { ("Doc_0/Res/" + $0.0.mediaFile, $0.1) }
        parts += files
        return try zip(parts)
    }

    /// OFD.xml: the document's metadata (CT_DocInfo) and where its root is.
    private func root() -> OFDRoot {
        let date = info.creationDate.count >= 10 ? String(info.creationDate.prefix(10)) : nil
        return OFDRoot(
            docBody: .init(
                docInfo: .init(
                    docID: Self.documentID(info, pageCount: pages.count), title: info.title.isEmpty ? nil : info.title,
                    author: info.author.isEmpty ? nil : info.author, subject: info.subject.isEmpty ? nil : info.subject,
                    creationDate: date, modDate: date,
                    keywords: info.keywords.isEmpty ? nil : .init(keyword: info.keywords),
                    creator: info.creator.isEmpty ? nil : info.creator, creatorVersion: nil),
                docRoot: "Doc_0/Document.xml"))
    }

    /// A document ID (32 hexadecimal digits) made from the metadata, so the same input gives the same ID: two
    /// 64-bit FNV-1a hashes of title, author, date and page count.
    static func documentID(_ info: DocumentInfo, pageCount: Int) -> String {
        let bytes = Array("\(info.title)\u{0}\(info.author)\u{0}\(info.creationDate)\u{0}\(pageCount)".utf8)
        func fnv(_ seed: UInt64) -> UInt64 {
            bytes.reduce(seed) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        let hex = [fnv(0xcbf2_9ce4_8422_2325), fnv(0x84222325_cbf29ce4)].map { String($0, radix: 16) }
        return hex.map { String(repeating: "0", count: 16 - $0.count) + $0 }.joined()
    }

    // MARK: Fonts

    /// One embedded font: its resource ID, names, file name in the package and subset.
    struct Embedded {
        let id: Int
        let name: String
        let family: String
        let fileName: String
        let font: EmbeddableFont
    }

    /// Each face file the pages draw from, cut to the characters and glyphs they draw.
    private func embedFonts(nextID: inout Int) throws -> [FontFile: Embedded] {
        var order: [FontFile] = []
        var faces: [FontFile: FontFace] = [:]
        var characters: [FontFile: Set<Unicode.Scalar>] = [:]
        var glyphs: [FontFile: Set<UInt32>] = [:]
        func collect(_ frame: Frame) {
            for item in frame.items {
                switch item {
                case .text(let run, _):
                    let file = run.font.file
                    if faces[file] == nil { faces[file] = run.font; order.append(file) }
                    characters[file, default: []].formUnion(run.text.unicodeScalars)
                    glyphs[file, default: []].formUnion(run.glyphs.map(\.id))
                case .group(let inner, _): collect(inner)
                case .path, .link, .image, .beginStructure, .endStructure: continue
                }
            }
        }
        for page in pages { collect(page.frame) }
        var result: [FontFile: Embedded] = [:]
        for file in order {
            guard let face = faces[file],
                let font = EmbeddableFont(
                    file: file, characters: characters[file] ?? [], glyphs: glyphs[file] ?? [])
            else {
                throw OFDError(Message("ofd.cannot-subset", ["file": "\(file.path)", "face": .number(file.index)]))
            }
            let id = nextID
            nextID += 1
            let name = face.postScriptName.isEmpty ? face.family : face.postScriptName
            result[file] = Embedded(
                id: id, name: name, family: face.family,
                fileName: "Font_\(id)" + (font.isTrueType ? ".ttf" : ".otf"), font: font)
        }
        return result
    }

    // MARK: Images

    /// Each distinct image of the pages as a multimedia resource (§15.1): PNG and JPEG as they are, SVG drawn to a
    /// transparent PNG at `svgDPI` (OFD has no SVG image format).
    private func embedImages(nextID: inout Int) throws -> ([String: Int], [(OFDRes.MultiMedia, Data)]) {
        var ids: [String: Int] = [:]
        var files: [(OFDRes.MultiMedia, Data)] = []
        func collect(_ frame: Frame) throws {
            for item in frame.items {
                switch item {
                case .image(let image, _):
                    guard ids[image.identity] == nil else { continue }
                    let id = nextID
                    nextID += 1
                    ids[image.identity] = id
                    let (format, ext, data) = try encoded(image)
                    files.append((.init(id: id, format: format, mediaFile: "Image_\(id).\(ext)"), data))
                case .group(let inner, _): try collect(inner)
                case .path, .link, .text, .beginStructure, .endStructure: continue
                }
            }
        }
        for page in pages { try collect(page.frame) }
        return (ids, files)
    }

    /// An image's format name, file extension and bytes.
    private func encoded(_ image: ImageItem) throws -> (String, String, Data) {
        switch image.format {
        case .png: return ("PNG", "png", image.data)
        case .jpeg: return ("JPEG", "jpg", image.data)
        case .svg:
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
                "folio-ofd-\(UUID().uuidString).png")
            defer { try? FileManager.default.removeItem(at: scratch) }
            let size = Size(width: Pt(Double(image.pixelWidth) * 0.75), height: Pt(Double(image.pixelHeight) * 0.75))
            let frame = Frame(size: size, items: [.image(image, Rect(origin: .zero, size: size))])
            do {
                try RasterRenderer.writePNG(
                    Page(index: 0, label: "1", frame: frame), dpi: svgDPI, to: scratch, transparent: true)
                return ("PNG", "png", try Data(contentsOf: scratch))
            } catch {
                throw OFDError(Message("ofd.cannot-draw-svg", ["error": .error(error)]))
            }
        }
    }

    // MARK: Outline

    /// The outline from the pages' bookmarks, nested by level (§7.8): each entry goes to its heading's page, at its
    /// height.
    private func outline(pageIDs: [Int]) -> OFDDocument.Outlines? {
        let entries = pages.flatMap(\.outline)
        guard !entries.isEmpty else { return nil }
        var index = 0
        func children(level: Int) -> [OutlineElem] {
            var result: [OutlineElem] = []
            while index < entries.count, entries[index].level >= level {
                let entry = entries[index]
                index += 1
                let pageID = pageIDs.indices.contains(entry.pageIndex) ? pageIDs[entry.pageIndex] : pageIDs[0]
                let kids = children(level: entry.level + 1)
                result.append(
                    OutlineElem(
                        title: entry.title, expanded: nil,
                        actions: .init(
                            action: .init(
                                goto: .init(
                                    dest: .init(pageID: pageID, left: "0", top: OFDNumbers.mm(entry.y))))),
                        children: kids))
            }
            return result
        }
        var top: [OutlineElem] = []
        while index < entries.count { top += children(level: entries[index].level) }
        return .init(elements: top)
    }

    // MARK: Package

    /// The parts as a ZIP archive (the OFD container, §7.3), deflated, with a fixed modification date.
    private func zip(_ parts: [(String, Data)]) throws -> Data {
        do {
            return try ZipPackage.archive(parts)
        } catch {
            throw OFDError(Message("ofd.cannot-assemble", ["error": .error(error)]))
        }
    }
}
