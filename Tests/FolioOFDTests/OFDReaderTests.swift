import FolioTestSupport
import Foundation
import Testing

/// `folio build --format ofd` read back by an independent reader, easyofd (PyPI), beside Folio's PDF of the same
/// dataset, on both bundled reports, on the notice with its 版头, seal and 版记, and on the order with its 签名章.
///
/// What is compared (ofd_read.py says how): the page count; each page's text, in order, against `pdftotext -raw`
/// (white space aside); the embedded fonts as fontTools reads them (every character of the text objects in the
/// font's cmap, every CGTransform glyph in the font); and the page images: easyofd's rendering and Folio's PDF, both
/// drawn by poppler at 80 dpi. easyofd draws all text in one substitute face and strokes but never fills paths, so
/// the image tolerance is on where the ink is, not on its shapes: at least 90 % of easyofd's ink lies within 2 px
/// (0.6 mm) of Folio's on every page, and on pages without filled charts (under 1 cm² of filled paths) at least
/// 95 % of Folio's ink lies within 2 px of easyofd's.
@Suite("OFD read back by easyofd")
struct OFDReaderTests {
    static let reader = Checkout.url("Tests/FolioOFDTests/Fixtures/ofd_read.py")

    @Test(arguments: ["xx-town-2016-2020", "sample-county-2016-2020", "sample-notice-2021", "sample-order-2021"])
    func easyofdReadsThePagesTextFontsAndImagesOfThePDF(name: String) throws {
        let folder = try Checkout.temporaryFolder("ofd-read")
        let dataset = Checkout.assets.appendingPathComponent("reports/\(name).yaml").path
        let ofd = try FolioExecutable.run(["build", dataset, "--format", "ofd", "-o", "r.ofd"], in: folder)
        try #require(ofd.status == 0, "\(ofd.stderr)")
        let pdf = try FolioExecutable.run(["build", dataset, "-o", "r.pdf"], in: folder)
        try #require(pdf.status == 0, "\(pdf.stderr)")
        let package = try OFDPackageReader(folder.appendingPathComponent("r.ofd"))
        #expect(try packageProblems(package) == [])

        let run = try ToolRun.run(
            "python3",
            [
                Self.reader.path, folder.appendingPathComponent("r.ofd").path,
                folder.appendingPathComponent("easy.pdf").path,
                folder.appendingPathComponent("r.pdf").path,
            ])
        try #require(run.status == 0, "\(run.stderr)")
        let facts = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])

        let pdfPages = try Self.pageCount(folder.appendingPathComponent("r.pdf"))
        #expect(facts["pages"] as? Int == pdfPages)
        #expect(facts["pageSize"] as? [Double] == [0, 0, 210, 297])

        let texts = try #require(facts["text"] as? [String])
        for (i, text) in texts.enumerated() {
            let extracted = try ToolRun.run(
                "pdftotext",
                ["-raw", "-f", "\(i + 1)", "-l", "\(i + 1)", folder.appendingPathComponent("r.pdf").path, "-"])
            // The seals' lettering is outlines, not text, in both (a seal is a picture).
            #expect(Self.squeezed(text) == Self.squeezed(extracted.stdout), "page \(i + 1)")
        }

        let fonts = try #require(facts["fonts"] as? [[String: Any]])
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(font["missing"] as? String == "", "\(font["name"] ?? "")")
            #expect((font["maxGlyph"] as? Int ?? 0) < (font["glyphs"] as? Int ?? 0), "\(font["name"] ?? "")")
        }

        let images = try #require(facts["imageComparison"] as? [[String: Double]])
        #expect(images.count == pdfPages)
        for (i, page) in images.enumerated() {
            #expect((page["easyInkNearFolio"] ?? 0) >= 0.9, "page \(i + 1): \(page)")
            if (page["filledArea"] ?? 0) < 100 {
                #expect((page["folioInkNearEasy"] ?? 0) >= 0.95, "page \(i + 1): \(page)")
            }
        }
    }

    @Test func theSameDatasetGivesTheSameBytesAndTheEpochSetsTheDate() throws {
        let folder = try Checkout.temporaryFolder("ofd-same")
        let dataset = Checkout.bundledReport.path
        for name in ["a.ofd", "b.ofd"] {
            let run = try FolioExecutable.run(["build", dataset, "--format", "ofd", "-o", name], in: folder)
            try #require(run.status == 0, "\(run.stderr)")
        }
        let a = try Data(contentsOf: folder.appendingPathComponent("a.ofd"))
        #expect(a == (try Data(contentsOf: folder.appendingPathComponent("b.ofd"))))
        let dated = try FolioExecutable.run(
            ["build", dataset, "--format", "ofd", "-o", "c.ofd"], in: folder,
            environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        try #require(dated.status == 0, "\(dated.stderr)")
        let info = try OFDPackageReader(folder.appendingPathComponent("c.ofd")).xml("OFD.xml").all("ofd:DocInfo").first
        #expect(info?.kids("ofd:CreationDate").first?.stringValue == "2023-11-14")
        let refused = try FolioExecutable.run(["build", dataset, "--format", "ofd", "-o", "-"], in: folder)
        #expect(refused.status == 64)
    }

    /// The text without white space.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// A PDF's page count from pdfinfo.
    static func pageCount(_ url: URL) throws -> Int {
        let info = try ToolRun.run("pdfinfo", [url.path]).stdout
        return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
    }
}
