import Foundation
import FolioTestSupport
import Testing
import FolioDisplay
import Folio

/// The grid measured in the PDF itself (pdftotext -bbox, poppler-utils) and reference page images
/// (pdftoppm -gray, compared with a tolerance; RECORD_GOLDENS=1 rewrites them).
@Suite("Grid and pages in the PDF")
struct PDFGridTests {
    /// The two documents measured: the bundled report and the typography stress text.
    enum Doc: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case bundled, stress

        var testDescription: String { rawValue }

        /// The dataset file.
        var url: URL { self == .bundled ? Checkout.bundledReport : Checkout.stressDataset }
    }

    /// Builds `doc` into a temporary PDF once per test process.
    static func pdf(_ doc: Doc) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-typo-\(doc.rawValue)-\(getpid()).pdf")
        if !FileManager.default.fileExists(atPath: url.path) {
            _ = try Pipeline.build(dataset: doc.url, output: url)
        }
        return url
    }

    /// One word box of `pdftotext -bbox`.
    struct Word { var page: Int; var xMin, yMin, xMax, yMax: Double; var text: String }

    static func words(_ pdf: URL) throws -> [Word] {
        let html = try ToolRun.run("/usr/bin/pdftotext", ["-bbox", pdf.path, "-"]).stdout
        var out: [Word] = []
        var page = 0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { page += 1; continue }
            guard line.contains("<word "), let open = line.firstIndex(of: ">"),
                let close = line.range(of: "</word>")
            else { continue }
            func attr(_ name: String) -> Double? {
                guard let r = line.range(of: name + "=\"") else { return nil }
                return Double(line[r.upperBound...].prefix { $0 != "\"" })
            }
            guard let x0 = attr("xMin"), let y0 = attr("yMin"), let x1 = attr("xMax"), let y1 = attr("yMax") else {
                continue
            }
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
                    abs(last.xMax - 521.79) < 0.3,
                    text.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) })
                else { continue }
                fullLines += 1
                #expect(text.count == 28, "\(text.count) characters: \(text)")
            }
        }
        #expect(fullLines >= (doc == .stress ? 3 : 1))
        if doc == .bundled { #expect(fullPages >= 5) }
    }

    @Test(
        "Reference images: pages 1–2 of the report and page 1 of the stress text (36 dpi, grey)",
        arguments: [(Doc.bundled, 1), (Doc.bundled, 2), (Doc.stress, 1)])
    func referenceImages(doc: Doc, page: Int) throws {
        let pdf = try Self.pdf(doc)
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-typo-\(getpid())-\(doc.rawValue)-\(page)")
        try ToolRun.run(
            "/usr/bin/pdftoppm",
            [
                "-gray", "-r", "36", "-f", "\(page)", "-l", "\(page)", "-singlefile",
                pdf.path, prefix.path,
            ])
        let actual = try Data(contentsOf: prefix.appendingPathExtension("pgm"))
        let golden = Checkout.url("Tests/FolioEndToEndTests/Goldens/\(doc.rawValue)-page\(page).pgm")
        let a = try #require(Graymap(data: actual)),
            g = try #require(Graymap(data: try Golden.data(actual, at: golden)))
        #expect(a.width == g.width && a.height == g.height)
        guard a.pixels.count == g.pixels.count, !a.pixels.isEmpty else { return }
        let d = a.difference(g, strongAbove: 64)
        #expect(d.mean / 255 < 0.01, "mean difference \(d.mean / 255)")
        #expect(d.strongShare < 0.005, "\(d.strongShare) of the pixels differ by more than 64 levels")
    }
}
