import Foundation
import FolioTestSupport
import Testing
import FolioDisplay
import Folio

/// The grid measured in the PDF itself (pdftotext -bbox, poppler-utils) and reference page images
/// (pdftoppm -gray, compared with a tolerance; RECORD_GOLDENS=1 rewrites them).
@Suite("Grid and pages in the PDF")
struct PDFGridTests {
    /// Builds `doc` into a temporary PDF once per test process.
    static func pdf(_ doc: Doc) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-typo-\(doc.rawValue)-\(getpid()).pdf")
        if !FileManager.default.fileExists(atPath: url.path) {
            _ = try Pipeline.build(dataset: doc.url, output: url)
        }
        return url
    }

    /// One word box of `pdftotext -bbox`.
    struct Word { var page: Int; var xMin, yMin, xMax, yMax: Double; var text: String }

    static func words(_ pdf: URL) throws -> [Word] {
        let html = try run("/usr/bin/pdftotext", ["-bbox", pdf.path, "-"])
        var out: [Word] = []
        var page = 0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { page += 1; continue }
            guard line.contains("<word "), let open = line.firstIndex(of: ">"),
                  let close = line.range(of: "</word>") else { continue }
            func attr(_ name: String) -> Double? {
                guard let r = line.range(of: name + "=\"") else { return nil }
                return Double(line[r.upperBound...].prefix { $0 != "\"" })
            }
            guard let x0 = attr("xMin"), let y0 = attr("yMin"), let x1 = attr("xMax"), let y1 = attr("yMax") else { continue }
            let text = String(line[line.index(after: open)..<close.lowerBound])
            out.append(Word(page: page, xMin: x0, yMin: y0, xMax: x1, yMax: y1, text: text))
        }
        return out
    }

    @Test("R3/R4 in the PDF: a full Han line is 28 characters, a full page 22 lines", arguments: Doc.allCases)
    func gridInThePDF(doc: Doc) throws {
        let words = try Self.words(try Self.pdf(doc))
        // Body words: 16 pt boxes inside the type area (104.88…742.68 pt).
        let body = words.filter { abs($0.yMax - $0.yMin - 16) < 0.5 && $0.yMin > 104 && $0.yMax < 743 }
        var fullPages = 0, fullLines = 0
        for page in Set(body.map(\.page)).sorted() {
            let rows = Dictionary(grouping: body.filter { $0.page == page }) { ($0.yMin * 10).rounded() / 10 }
            #expect(rows.count <= 22, "page \(page) has \(rows.count) lines")
            if rows.count == 22 { fullPages += 1 }
            let ys = rows.keys.sorted()
            for (a, b) in zip(ys, ys.dropFirst()) {
                let k = (b - a) / 28.95
                #expect(abs(k - k.rounded()) < 0.01, "page \(page): lines \(b - a) pt apart")
            }
            for (_, row) in rows {
                let sorted = row.sorted { $0.xMin < $1.xMin }
                let text = sorted.map(\.text).joined()
                guard let first = sorted.first, let last = sorted.last, abs(first.xMin - 79.37) < 0.05,
                      abs(last.xMax - 521.79) < 0.3, text.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) })
                else { continue }
                fullLines += 1
                #expect(text.count == 28, "\(text.count) characters: \(text)")
            }
        }
        #expect(fullLines >= (doc == .stress ? 3 : 1))
        if doc == .bundled { #expect(fullPages >= 5) }
    }

    @Test("Reference images: pages 1–2 of the report and page 1 of the stress text (36 dpi, grey)",
          arguments: [(Doc.bundled, 1), (Doc.bundled, 2), (Doc.stress, 1)])
    func referenceImages(doc: Doc, page: Int) throws {
        let pdf = try Self.pdf(doc)
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("folio-typo-\(getpid())-\(doc.rawValue)-\(page)")
        _ = try Self.run("/usr/bin/pdftoppm", ["-gray", "-r", "36", "-f", "\(page)", "-l", "\(page)", "-singlefile",
                                              pdf.path, prefix.path])
        let actual = try Data(contentsOf: prefix.appendingPathExtension("pgm"))
        let golden = LaidOutReport.root.appendingPathComponent("Tests/FolioLayoutTests/Goldens/\(doc.rawValue)-page\(page).pgm")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try actual.write(to: golden)
        }
        let a = try #require(PGM(actual)), g = try #require(PGM(try Data(contentsOf: golden)))
        #expect(a.width == g.width && a.height == g.height)
        guard a.pixels.count == g.pixels.count, !a.pixels.isEmpty else { return }
        var total = 0, far = 0
        for (p, q) in zip(a.pixels, g.pixels) {
            let d = abs(Int(p) - Int(q))
            total += d
            if d > 64 { far += 1 }
        }
        let mean = Double(total) / Double(a.pixels.count) / 255
        let farShare = Double(far) / Double(a.pixels.count)
        #expect(mean < 0.01, "mean difference \(mean)")
        #expect(farShare < 0.005, "\(farShare) of the pixels differ by more than 64 levels")
    }

    /// Runs a tool and returns its standard output.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        try ToolRun.run(tool, arguments).stdout
    }
}

/// A binary greymap (P5, 8 bit), as pdftoppm -gray writes it.
struct PGM {
    var width: Int, height: Int
    var pixels: [UInt8]

    init?(_ data: Data) {
        let bytes = [UInt8](data)
        var fields: [Int] = [], i = 2, current = ""
        guard bytes.count > 2, bytes[0] == 0x50, bytes[1] == 0x35 else { return nil }
        while fields.count < 3 && i < bytes.count {
            let c = Character(UnicodeScalar(bytes[i]))
            if c.isNumber { current.append(c) } else if !current.isEmpty { fields.append(Int(current) ?? 0); current = "" }
            i += 1
        }
        guard fields.count == 3, fields[2] == 255 else { return nil }
        width = fields[0]; height = fields[1]
        guard bytes.count - i >= width * height else { return nil }
        pixels = Array(bytes[i..<(i + width * height)])
    }
}
