import Foundation
import Testing
import FolioTestSupport

/// In Word as in the PDF, a table with its own number (附表1) begins a new page (`w:pageBreakBefore` on its caption);
/// a numbered table (表1) does not.
@Suite struct AppendedTableWordTests {
    @Test func theAppendedTablesCaptionBreaksThePage() throws {
        let folder = try Checkout.temporaryFolder("appended-table-word")
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = { (caption: String, label: String?) in
            ["  - table:", "      caption: \(caption)"] + (label.map { ["      label: \($0)"] } ?? [])
                + ["      columns: [项目, 完成数]", "      rows:", "        - [税收收入, \"1,301.2\"]"]
        }
        let body =
            ["  - p: 全县一般公共预算收入完成情况见下表和附表。"] + table("2025年全县收入预算表", nil)
            + table("2025年全县收入完成情况表", "附表1")
        try MinimalDataset.yaml(body: body.joined(separator: "\n"))
            .write(to: folder.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        let built = try FolioExecutable.run(["build", "r.yaml", "--format", "docx", "-o", "w.docx"], in: folder)
        try #require(built.status == 0, "\(built.stderr)")
        let unzip = try ToolRun.run("unzip", ["-p", folder.appendingPathComponent("w.docx").path, "word/document.xml"])
        try #require(unzip.status == 0, "\(unzip.stderr)")
        let paragraphs = unzip.stdout.components(separatedBy: "<w:p>")
        let numbered = try #require(paragraphs.first { $0.contains("表1 2025年全县收入预算表") })
        let appended = try #require(paragraphs.first { $0.contains("附表1 2025年全县收入完成情况表") })
        #expect(!numbered.contains("<w:pageBreakBefore/>"))
        #expect(appended.contains("<w:pageBreakBefore/>"))
    }
}

/// In Word, a column of items and sub-items is set flush left (w:jc left) and each sub-item indented (w:ind in
/// characters, and in twips for readers that ignore them); a column without indents stays centred.
@Suite struct IndentedTableWordTests {
    @Test func subItemsAreIndentedInWord() throws {
        let folder = try Checkout.temporaryFolder("indented-table-word")
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = MinimalDataset.yaml(body: MinimalDataset.indentedItemsTable)
        try yaml.write(to: folder.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        let built = try FolioExecutable.run(["build", "r.yaml", "--format", "docx", "-o", "w.docx"], in: folder)
        try #require(built.status == 0, "\(built.stderr)")
        let unzip = try ToolRun.run("unzip", ["-p", folder.appendingPathComponent("w.docx").path, "word/document.xml"])
        let paragraphs = unzip.stdout.components(separatedBy: "<w:p>")
        let item = try #require(paragraphs.first { $0.contains(">一般公共预算收入<") })
        let sub = try #require(paragraphs.first { $0.contains(">税收收入<") })
        let figure = try #require(paragraphs.first { $0.contains(">1,234.5<") })
        #expect(item.contains(#"<w:jc w:val="left"/>"#) && !item.contains("<w:ind"))
        #expect(sub.contains(#"<w:ind w:leftChars="200""#) && sub.contains(#"<w:jc w:val="left"/>"#))
        #expect(!figure.contains("<w:jc") && !figure.contains("<w:ind"))
    }
}
