import Foundation
import FolioTestSupport
import Testing
import FolioDisplay
import FolioRender

@Suite("FolioRender") struct RenderTests {
    @Test func pdfTextExtractsAsSourceText() throws {
        let folder = try Checkout.temporaryFolder("folio-render")
        let pdf = folder.appendingPathComponent("out.pdf")
        try RenderFixture.writePDF(to: pdf)
        let text = try ToolRun.run("/usr/bin/pdftotext", ["-enc", "UTF-8", pdf.path, "-"])
        #expect(text.status == 0)
        let pages = text.stdout.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        // 立 must come back as U+7ACB, not the Kangxi radical ⽴ (U+2F74).
        #expect(pages.first?.contains("立足“十三五”开局") == true)
        #expect(!text.stdout.contains("\u{2F74}"))
        #expect(pages.count >= 2 && pages[1].contains("第二页"))
    }

    @Test func fontsAreEmbeddedSubsetsWithUnicodeMaps() throws {
        let pdf = try Checkout.temporaryFolder("folio-render").appendingPathComponent("fonts.pdf")
        try RenderFixture.writePDF(to: pdf)
        let listing = try ToolRun.run("/usr/bin/pdffonts", [pdf.path]).stdout
        let rows = listing.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ")
            // name type… encoding emb sub uni object-id: emb, sub, uni are the 5th–3rd columns from the end.
            #expect(columns.count >= 7)
            #expect(Array(columns.suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(row)")
        }
    }

    @Test func metadataOutlineAndStructureAreValid() throws {
        let pdf = try Checkout.temporaryFolder("folio-render").appendingPathComponent("meta.pdf")
        try RenderFixture.writePDF(to: pdf)
        let info = try ToolRun.run("/usr/bin/pdfinfo", [pdf.path]).stdout
        let fields = Dictionary(
            info.split(separator: "\n").compactMap { line -> (String, String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }, uniquingKeysWith: { a, _ in a })
        #expect(fields["Title"] == "某镇工作报告")
        #expect(fields["Author"] == "某镇人民政府")
        #expect(fields["Creator"] == "Folio tests")
        #expect(fields["Keywords"] == "工作报告, 十三五")
        #expect(fields["CreationDate"] == "Fri Jan 15 08:00:00 2021 UTC")
        #expect(fields["ModDate"] == "Fri Jan 15 08:00:00 2021 UTC")
        #expect(fields["Pages"] == "2")
        #expect(fields["Page size"] == "595.276 x 841.89 pts (A4)")
        let check = try ToolRun.run("/usr/bin/qpdf", ["--check", pdf.path])
        #expect(check.status == 0)
        #expect(check.stdout.contains("No syntax or stream encoding errors found"), "\(check.stdout)")
        let outline = try ToolRun.run("/usr/bin/qpdf", ["--json=2", "--json-key=outlines", pdf.path]).stdout
        for title in ["一、基本情况", "（一）经济发展", "二、主要成绩"] { #expect(outline.contains(title)) }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outline.utf8)) as? [String: Any])
        let bookmarks = try #require(json["outlines"] as? [[String: Any]])
        #expect(bookmarks.count == 2)   // two level-1 entries, the level-2 entry nested under the first
        #expect((bookmarks.first?["kids"] as? [[String: Any]])?.count == 1)
    }

    @Test func linksKeepTheirTargets() throws {
        let pdf = try Checkout.temporaryFolder("folio-render").appendingPathComponent("links.pdf")
        try RenderFixture.writePDF(to: pdf)
        // The finishing step packs objects into compressed object streams: let qpdf unpack them (QDF form),
        // then search the raw bytes as ASCII.
        let qdf = pdf.deletingPathExtension().appendingPathExtension("qdf.pdf")
        let unpacked = Process()
        unpacked.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unpacked.arguments = ["qpdf", "--qdf", "--object-streams=disable", pdf.path, qdf.path]
        try unpacked.run()
        unpacked.waitUntilExit()
        let raw = String(decoding: try Data(contentsOf: qdf).map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")   // QDF spreads arrays over lines
        // The page-1 link to page 2 is a named destination defined on page 2 at y = 100 (841.89 − 100 in PDF space).
        #expect(raw.contains("/Dest (folio-p2-100)"))
        #expect(raw.contains("(folio-p2-100) [") && raw.contains("/XYZ 0 741.889764 0 ]"))
        #expect(raw.contains("/URI (https://example.org/a'b)"))
    }

    @Test func sameInputGivesSameBytes() throws {
        let folder = try Checkout.temporaryFolder("folio-render")
        let a = folder.appendingPathComponent("a.pdf"), b = folder.appendingPathComponent("b.pdf")
        try RenderFixture.writePDF(to: a)
        try RenderFixture.writePDF(to: b)
        let first = try Data(contentsOf: a), second = try Data(contentsOf: b)
        #expect(first.count > 1000)
        #expect(first == second)
    }

    @Test func missingFolderThrowsTypedError() throws {
        let folder = try Checkout.temporaryFolder("folio-render")
        let pdf = folder.appendingPathComponent("no-such-folder/out.pdf")
        #expect(throws: RenderError.self) { try PDFWriter(destination: pdf, info: RenderFixture.info) }
        do {
            _ = try PDFWriter(destination: pdf, info: RenderFixture.info)
        } catch let error as RenderError {
            #expect(error.description.contains("no-such-folder/out.pdf"))
        }
    }

    @Test func failedBuildLeavesExistingFileUntouched() throws {
        let folder = try Checkout.temporaryFolder("folio-render")
        let pdf = folder.appendingPathComponent("keep.pdf")
        try Data("previous report".utf8).write(to: pdf)
        let writer = try PDFWriter(destination: pdf, info: RenderFixture.info)
        try writer.add(try RenderFixture.pages()[0])
        var broken = try RenderFixture.run("第二页")
        broken.font = FontFace(path: folder.appendingPathComponent("missing.otf").path, index: 0, family: "Missing")
        let page = Page(index: 1, label: "2", frame: Frame(size: .a4, items: [.text(broken, at: Point(x: 80, y: 120))]))
        #expect(throws: RenderError.self) { try writer.add(page) }
        #expect(throws: RenderError.self) { try writer.finish() }   // the writer is closed after a failure
        #expect(try Data(contentsOf: pdf) == Data("previous report".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["keep.pdf"])   // the temporary file is gone
    }

    @Test func abandonedWriterRemovesItsTemporaryFile() throws {
        let folder = try Checkout.temporaryFolder("folio-render")
        do {
            let writer = try PDFWriter(destination: folder.appendingPathComponent("x.pdf"), info: RenderFixture.info)
            try writer.add(try RenderFixture.pages()[1])
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(names.count == 1 && names[0].hasPrefix(".x.pdf.") && names[0].hasSuffix(".tmp"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func pngAndSVGWritersProduceFiles() throws {
        let folder = try Checkout.temporaryFolder("folio-render")
        let page = try RenderFixture.pages()[0]
        let png = folder.appendingPathComponent("p.png"), svg = folder.appendingPathComponent("p.svg")
        try RasterRenderer.writePNG(page, dpi: 72, to: png)
        try SVGRenderer.writeSVG(page, to: svg)
        let pngData = try Data(contentsOf: png)
        #expect(Array(pngData.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR width and height (big-endian at bytes 16…23): A4 at 72 dpi rounds up to 596 × 842.
        #expect(Array(pngData.dropFirst(16).prefix(8)) == [0, 0, 2, 0x54, 0, 0, 3, 0x4A])
        let svgText = try String(contentsOf: svg, encoding: .utf8)
        #expect(svgText.contains("<svg") && svgText.contains("width=\"595.275591pt\""))
    }

    @Test func probeFindsTheRealIdeograph() throws {
        let li = try FontProbe.glyph(for: "立", in: RenderFixture.font)
        #expect(li != 0)
        #expect(try FontProbe.advance(of: li, in: RenderFixture.font, size: 16) == 16)
        // Noto maps 立 and the Kangxi radical ⽴ to one glyph: only the clusters' source text tells them apart,
        // which is why the renderer never writes bare glyphs (pdfTextExtractsAsSourceText checks the result).
        #expect(try FontProbe.glyph(for: "\u{2F74}", in: RenderFixture.font) == li)
    }
}
