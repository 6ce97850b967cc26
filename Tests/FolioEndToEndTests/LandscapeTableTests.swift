import Foundation
import Testing
import FolioTestSupport

/// A Word report whose 附表 stands in a landscape section, imported and built: the table is turned on an upright A4
/// sheet (GB/T 9704 §8), every figure is one word whole for poppler, set from the foot upwards (taller than wide), the
/// head on the left, and `folio verify` finds no error.
@Suite struct LandscapeTableTests {
    /// poppler's words with their boxes: text, x0, y0, x1, y1.
    static func words(_ pdf: String, in folder: URL) throws -> [(text: String, box: [Double])] {
        let xml = try ToolRun.run("pdftotext", ["-bbox", pdf, "-"], in: folder).stdout
        let pattern = try NSRegularExpression(
            pattern: #"xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
        return pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).compactMap { m in
            let groups = (1...5).compactMap { Range(m.range(at: $0), in: xml).map { String(xml[$0]) } }
            guard groups.count == 5 else { return nil }
            return (groups[4], groups[0..<4].compactMap(Double.init))
        }
    }

    /// A folder holding landscape_section.docx imported as r.yaml, built with `build` (its output named in them).
    static func importedAndBuilt(_ name: String, _ build: [String]) throws -> URL {
        let folder = try Checkout.temporaryFolder(name)
        try FileManager.default.copyItem(
            at: Checkout.fixtures.appendingPathComponent("docx/landscape_section.docx"),
            to: folder.appendingPathComponent("r.docx"))
        let imported = try FolioExecutable.run(["import", "r.docx", "-o", "r.yaml"], in: folder)
        try #require(imported.status == 0, "\(imported.stderr)")
        let built = try FolioExecutable.run(["build", "r.yaml", "--draft"] + build, in: folder)
        try #require(built.status == 0, "\(built.stderr)")
        return folder
    }

    /// Each section of a Word file: its orientation (python-docx: 0 portrait, 1 landscape) and the text of the body's
    /// tables ("TABLE:" and their first characters) and paragraphs it holds. python-docx keeps a section's paragraphs
    /// in the body order; a section ends with the paragraph holding its w:sectPr.
    static func sections(of docx: URL) throws -> [String: Any] {
        let script = """
            import docx, json, sys
            from docx.oxml.ns import qn
            d = docx.Document(sys.argv[1])
            sections, texts = [], []
            for child in d.element.body.iterchildren():
                if child.tag == qn("w:tbl"):
                    texts.append("TABLE:" + "".join(t.text or "" for t in child.iter(qn("w:t")))[:12])
                elif child.tag == qn("w:p"):
                    texts.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
                    pr = child.find(qn("w:pPr"))
                    if pr is not None and pr.find(qn("w:sectPr")) is not None:
                        sections.append(texts); texts = []
            sections.append(texts)
            print(json.dumps({"orient": [int(s.orientation) for s in d.sections], "sections": sections}, ensure_ascii=False))
            """
        let read = try ToolRun.run("python3", ["-c", script, docx.path])
        try #require(read.status == 0, "\(read.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: read.output) as? [String: Any])
    }

    /// Headings kept one with the next right above a landscape table (a section's heading, then its first
    /// subsection's) all go into the table's landscape section, as the PDF turns them all with it; the paragraph
    /// before them and the signature after the table stay upright.
    @Test func everyHeadingKeptWithTheTableTurnsWithItInWord() throws {
        let folder = try Checkout.temporaryFolder("landscape-headings")
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "[项目, " + (1...12).map { "\($0)月" }.joined(separator: ", ") + ", 合计]"
        let rows = (1...4).map { r in
            "                - [项目\(r), "
                + (1...13).map { "\"\(10_000 + r * 1000 + $0 * 37).\($0 + 10)\"" }
                .joined(separator: ", ") + "]"
        }
        let yaml = MinimalDataset.yaml(
            body: """
                  - p: 全县一般公共预算收入分月完成情况见附表。
                  - section: 附表
                    body:
                      - section: 收入分月完成情况
                        body:
                          - table:
                              caption: 2025年全县一般公共预算收入分月完成情况表
                              unit: 单位：万元
                              orientation: landscape
                              columns: \(header)
                              rows:
                """ + "\n" + rows.joined(separator: "\n"))
        try yaml.write(to: folder.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        let built = try FolioExecutable.run(["build", "r.yaml", "--format", "docx", "-o", "w.docx"], in: folder)
        try #require(built.status == 0, "\(built.stderr)")
        let facts = try Self.sections(of: folder.appendingPathComponent("w.docx"))
        #expect(facts["orient"] as? [Int] == [0, 1, 0])
        let sections = try #require(facts["sections"] as? [[String]])
        try #require(sections.count == 3, "\(sections)")
        #expect(
            sections[0].contains { $0.contains("见附表") }
                && !sections[0].contains { $0.contains("附表") && !$0.contains("见") })
        #expect(sections[1].contains { $0.hasSuffix("附表") } && sections[1].contains { $0.contains("收入分月完成情况") })
        #expect(sections[2].contains { $0.contains("某机关") } && !sections[2].contains { $0.hasPrefix("TABLE:") })
    }

    @Test func theImportedLandscapeTableIsTurnedOnAnUprightSheet() throws {
        let folder = try Self.importedAndBuilt("landscape-table", ["-o", "r.pdf"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let verified = try FolioExecutable.run(["verify", "r.pdf"], in: folder)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        // Every sheet upright A4.
        let info = try ToolRun.run("pdfinfo", ["-f", "1", "-l", "9", "r.pdf"], in: folder).stdout
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains("size:") }
        #expect(!sizes.isEmpty && sizes.allSatisfy { $0.contains("595.276 x 841.89") }, "\(sizes)")
        let words = try Self.words("r.pdf", in: folder)
        // The monthly figures (税收收入 and 非税收入, 1–12月 and 合计) each one word, turned: taller than wide.
        for r in 1...2 {
            for c in 1...13 {
                let figure =
                    "\((r * 1000 + c * 37).formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))).\(String(format: "%02d", c))"
                let word = try #require(words.first { $0.text == figure }, "\(figure) is not one word")
                #expect(word.box[3] - word.box[1] > word.box[2] - word.box[0], "\(figure) is not turned")
            }
        }
        // The head on the left: 1月 (the header) left of the figures, and months read from the foot upwards.
        let january = try #require(words.first { $0.text == "1月" }),
            june = try #require(words.first { $0.text == "6月" })
        #expect(june.box[1] < january.box[1])
        let figures = words.filter { $0.text.contains(".") && $0.text.contains(",") }
        #expect(figures.allSatisfy { $0.box[0] > january.box[2] })
        // 附表2 fits upright: its figures are wider than tall.
        let upright = try #require(words.first { $0.text == "1,180.50" })
        #expect(upright.box[2] - upright.box[0] > upright.box[3] - upright.box[1])
    }

    /// The Word file sets the table the PDF turns in a landscape section of its own, the heading above it with it, the
    /// text before and after in upright sections; python-docx reads the sections back.
    @Test func theWordFileGivesTheTurnedTableALandscapeSection() throws {
        let folder = try Self.importedAndBuilt("landscape-word", ["--format", "docx", "-o", "w.docx"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let facts = try Self.sections(of: folder.appendingPathComponent("w.docx"))
        #expect(facts["orient"] as? [Int] == [0, 1, 0])
        let sections = try #require(facts["sections"] as? [[String]])
        try #require(sections.count == 3)
        // The monthly 附表 in the landscape section with its caption; 附表2 (it fits) after it, upright.
        #expect(sections[1].contains { $0.contains("附表1") } && sections[1].contains { $0.hasPrefix("TABLE:项目1月") })
        #expect(sections[2].contains { $0.contains("附表2") } && !sections[0].contains { $0.hasPrefix("TABLE:") })
    }
}
