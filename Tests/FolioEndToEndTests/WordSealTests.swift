import Foundation
import FolioDisplay
import FolioLayout
import FolioTestSupport
import Folio
import Testing

/// `folio build --format docx` carries the seals (GB/T 9704 §7.3.5.1) and the 签名章 (§7.3.5.3) of the bundled notice,
/// request and order: floating pictures in front of the text (`wp:anchor`, no wrapping) whose parts are the seals'
/// images and whose sizes are the PDF's; LibreOffice draws each where Folio's PDF draws it, relative to the name it
/// presses on or stands beside.
@Suite("Word seals")
struct WordSealTests {
    /// A bundled dataset with seals, the names they belong to, and where each seal stands from its name.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        /// The texts each seal belongs to, in the document's order.
        var owners: [String]
        /// A 签名章 beside its leader's title (true) or a seal centred over its issuer.
        var beside: Bool
        var description: String { name }
    }

    static let cases = [
        Case(name: "sample-notice-2021", owners: ["YY镇人民政府（示例）"], beside: false),
        Case(name: "sample-request-2021", owners: ["中共YY镇委员会", "YY镇人民政府"], beside: false),
        Case(name: "sample-order-2021", owners: ["县长"], beside: true),
    ]

    static func mm(_ points: Double) -> Double { points * 25.4 / 72 }

    /// A part of the .docx.
    static func part(_ docx: URL, _ path: String) throws -> String {
        let run = try ToolRun.run("unzip", ["-p", docx.path, path])
        try #require(run.status == 0, "\(path): \(run.stderr)")
        return run.stdout
    }

    /// The seals the PDF draws: the image items of the laid-out pages, in painting order, with their page index.
    static func pdfSeals(_ name: String) throws -> [(page: Int, size: Size)] {
        let report = try Pipeline.load(dataset: Checkout.assets.appendingPathComponent("reports/\(name).yaml"))
        let layout = LayoutEngine(theme: report.theme, text: try Pipeline.textEngine(for: report.theme))
        var out: [(Int, Size)] = []
        func collect(_ items: [FrameItem], page: Int) {
            for item in items {
                switch item {
                case .image(_, let rect): out.append((page, rect.size))
                case .group(let frame, _): collect(frame.items, page: page)
                default: continue
                }
            }
        }
        try layout.layout(report.document) { collect($0.frame.items, page: $0.index) }
        return out
    }

    @Test(arguments: cases)
    func sealsAreFloatingPicturesOfThePDFsSize(_ c: Case) throws {
        let folder = try WordOutputTests.build(c.name)
        let docx = folder.appendingPathComponent("r.docx")
        let document = try Self.part(docx, "word/document.xml")
        let relationships = try Self.part(docx, "word/_rels/document.xml.rels")
        let anchors = document.matches(of: /<wp:anchor [^>]*>.*?<\/wp:anchor>/).map { String($0.output) }
        let pdf = try Self.pdfSeals(c.name)
        #expect(anchors.count == c.owners.count && pdf.count == c.owners.count, "\(anchors.count) anchors")
        for (anchor, (seal, owner)) in zip(anchors, zip(pdf, c.owners)) {
            // In front of the text, not moving it, placed from the column and the paragraph.
            #expect(anchor.contains(#"behindDoc="0""#) && anchor.contains("<wp:wrapNone/>"))
            #expect(anchor.contains(#"<wp:positionH relativeFrom="column">"#))
            #expect(anchor.contains(#"<wp:positionV relativeFrom="paragraph">"#))
            #expect(anchor.contains(c.beside ? "（\(owner)签名章）" : "（\(owner)印章）"))
            // The picture is the seal drawn to PNG, a part of the package.
            let embed = try #require(anchor.firstMatch(of: /r:embed="([^"]+)"/)?.1)
            let target = try #require(
                relationships.firstMatch(of: try Regex(#"Id="\#(embed)"[^>]*Target="([^"]+)""#))?.output[1].substring)
            let png = try ToolRun.run("unzip", ["-p", docx.path, "word/" + target]).output
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(target)")
            // Its size is the PDF's within 0.5 mm.
            let extent = try #require(anchor.firstMatch(of: /<wp:extent cx="(\d+)" cy="(\d+)"\/>/))
            let (cx, cy) = (Double(extent.1) ?? 0, Double(extent.2) ?? 0)
            #expect(abs(Self.mm(cx / 12_700) - Self.mm(seal.size.width.value)) <= 0.5)
            #expect(abs(Self.mm(cy / 12_700) - Self.mm(seal.size.height.value)) <= 0.5)
        }
        // The sizes the standard's practice gives: a 42 mm seal; a 签名章 two grid lines (28.95 pt) tall.
        for seal in pdf {
            if c.beside {
                #expect(abs(Self.mm(seal.size.height.value) - Self.mm(28.95 * 2)) <= 0.5)
            } else {
                #expect(abs(Self.mm(seal.size.width.value) - 42) <= 0.5)
            }
        }
        // The same dataset gives the same bytes.
        let again = try FolioExecutable.run(
            [
                "build", Checkout.assets.appendingPathComponent("reports/\(c.name).yaml").path, "--format", "docx",
                "-o",
                "again.docx",
            ], in: folder)
        try #require(again.status == 0, "\(again.stderr)")
        #expect(try Data(contentsOf: docx) == Data(contentsOf: folder.appendingPathComponent("again.docx")))
    }

    @Test(arguments: cases)
    func libreOfficeDrawsEachSealWhereThePDFDoes(_ c: Case) throws {
        let folder = try WordOutputTests.build(c.name)
        try WordOutputTests.convertWithLibreOffice(folder)
        let office = folder.appendingPathComponent("lo/r.pdf"), folio = folder.appendingPathComponent("r.pdf")
        // LibreOffice embeds each seal as an image (with its transparency as a soft mask): the pages they are on.
        let rows: [[Substring]] = try ToolRun.run("pdfimages", ["-list", office.path]).stdout
            .split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
        let listed = rows.filter { $0.count > 2 && $0[2] == "image" }
        let officePages = Set(listed.compactMap { $0.first.flatMap { Int($0) } })
        #expect(listed.count == c.owners.count, "\(listed)")
        let folioPages = Set(try Self.pdfSeals(c.name).map { $0.page + 1 })
        for owner in c.owners {
            let seen = try SealSight.find(owner, beside: c.beside, in: office, pages: officePages)
            let drawn = try SealSight.find(owner, beside: c.beside, in: folio, pages: folioPages)
            let a = try #require(seen, "LibreOffice: no seal by \(owner)")
            let b = try #require(drawn, "Folio: no seal by \(owner)")
            // The seal stands where Folio's PDF puts it from the name, within 2 mm; its drawn size within 1 mm.
            #expect(abs(a.offset.x - b.offset.x) <= 2 && abs(a.offset.y - b.offset.y) <= 2, "\(owner): \(a) \(b)")
            #expect(abs(a.size.x - b.size.x) <= 1 && abs(a.size.y - b.size.y) <= 1, "\(owner): \(a) \(b)")
        }
    }
}

/// A seal seen on a rendered page: the red ink's bounding box near a name, from the name's centre, in millimetres.
struct SealSight: CustomStringConvertible {
    /// The red box's centre from the name's centre.
    var offset: (x: Double, y: Double)
    /// The red box's size.
    var size: (x: Double, y: Double)
    var description: String {
        String(format: "offset %.1f,%.1f mm size %.1f×%.1f mm", offset.x, offset.y, size.x, size.y)
    }

    static let dpi = 100.0

    /// The seal by `name` on `pages` of `pdf`: of the name's occurrences there, the one with the most red ink in its
    /// window (centred over it, or right of it for a 签名章).
    static func find(_ name: String, beside: Bool, in pdf: URL, pages: Set<Int>) throws -> SealSight? {
        var best: (count: Int, sight: SealSight)? = nil
        for page in pages.sorted() {
            let words = try ToolRun.run(
                "pdftotext", ["-bbox", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"]
            ).stdout
            let boxes = joined(
                words.matches(
                    of: /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/
                ).map { (Double($0.1) ?? 0, Double($0.2) ?? 0, Double($0.3) ?? 0, Double($0.4) ?? 0, String($0.5)) }
            ).filter { $0.4 == name }.map { ($0.0, $0.1, $0.2, $0.3) }
            guard !boxes.isEmpty else { continue }
            let raster = try Raster(pdf, page: page, dpi: dpi)
            for (x0, y0, x1, y1) in boxes {
                let cx = (x0 + x1) / 2 * dpi / 72, cy = (y0 + y1) / 2 * dpi / 72
                let px = dpi / 25.4
                // The seal's own lettering (drawn as text in Folio's PDF) is red throughout: a name has black ink.
                guard raster.darkCount(x: x0 * dpi / 72..<x1 * dpi / 72, y: y0 * dpi / 72..<y1 * dpi / 72) > 5
                else { continue }
                let window =
                    beside
                    ? (x: (x1 * dpi / 72)..<(x1 * dpi / 72 + 35 * px), y: (cy - 15 * px)..<(cy + 15 * px))
                    : (x: (cx - 23 * px)..<(cx + 23 * px), y: (cy - 35 * px)..<(cy + 25 * px))
                guard let red = raster.redBox(x: window.x, y: window.y), red.count > 50 else { continue }
                let sight = SealSight(
                    offset: ((red.midX - cx) / px, (red.midY - cy) / px), size: (red.width / px, red.height / px))
                if red.count > best?.count ?? 0 { best = (red.count, sight) }
            }
        }
        return best?.sight
    }
}

extension SealSight {
    /// Words less than 4.5 pt apart on one line made one (poppler splits "YY镇人民政府" where LibreOffice spaces Latin
    /// from Chinese).
    static func joined(
        _ words: [(Double, Double, Double, Double, String)]
    ) -> [(Double, Double, Double, Double, String)] {
        var out: [(Double, Double, Double, Double, String)] = []
        for w in words {
            if let last = out.last, abs(last.1 - w.1) < 3, w.0 - last.2 < 4.5, w.0 >= last.0 {
                out[out.count - 1] = (last.0, min(last.1, w.1), w.2, max(last.3, w.3), last.4 + w.4)
            } else {
                out.append(w)
            }
        }
        return out
    }
}

/// A page drawn by pdftoppm as a PPM.
struct Raster {
    var width = 0, height = 0
    var pixels: [UInt8] = []

    init(_ pdf: URL, page: Int, dpi: Double) throws {
        let folder = try Checkout.temporaryFolder("raster")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("p")
        let run = try ToolRun.run(
            "pdftoppm", ["-r", "\(Int(dpi))", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path, out.path])
        try #require(run.status == 0, "\(run.stderr)")
        let data = [UInt8](try Data(contentsOf: folder.appendingPathComponent("p.ppm")))
        // "P6 <w> <h> 255" and one whitespace byte, then RGB.
        var fields: [Int] = [], i = 2, current = ""
        while fields.count < 3 && i < data.count {
            let ch = Character(UnicodeScalar(data[i]))
            if ch.isWhitespace {
                if !current.isEmpty { fields.append(Int(current) ?? 0); current = "" }
            } else {
                current.append(ch)
            }
            i += 1
        }
        try #require(fields.count == 3)
        width = fields[0]; height = fields[1]
        pixels = Array(data[i...])
        try #require(pixels.count >= width * height * 3)
    }

    /// How many pixels of a window are black or grey ink.
    func darkCount(x: Range<Double>, y: Range<Double>) -> Int {
        var count = 0
        for row in max(0, Int(y.lowerBound))..<max(0, min(height, Int(y.upperBound))) {
            for column in max(0, Int(x.lowerBound))..<max(0, min(width, Int(x.upperBound))) {
                let o = (row * width + column) * 3
                if pixels[o] < 110 && pixels[o + 1] < 110 && pixels[o + 2] < 110 { count += 1 }
            }
        }
        return count
    }

    /// The bounding box of the seal's red ink in a window (pixels), with how many red pixels it holds.
    func redBox(
        x: Range<Double>, y: Range<Double>
    ) -> (midX: Double, midY: Double, width: Double, height: Double, count: Int)? {
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1, count = 0
        let xs = max(0, Int(x.lowerBound))..<min(width, Int(x.upperBound))
        let ys = max(0, Int(y.lowerBound))..<min(height, Int(y.upperBound))
        guard !xs.isEmpty, !ys.isEmpty else { return nil }
        for row in ys {
            for column in xs {
                let o = (row * width + column) * 3
                let (r, g, b) = (Int(pixels[o]), Int(pixels[o + 1]), Int(pixels[o + 2]))
                guard r > 150 && g < 120 && b < 120 else { continue }
                count += 1
                minX = min(minX, column); maxX = max(maxX, column); minY = min(minY, row); maxY = max(maxY, row)
            }
        }
        guard count > 0 else { return nil }
        return (
            Double(minX + maxX + 1) / 2, Double(minY + maxY + 1) / 2, Double(maxX - minX + 1), Double(maxY - minY + 1),
            count
        )
    }
}
