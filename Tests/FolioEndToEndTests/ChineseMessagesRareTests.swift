import Foundation
import FolioData
import FolioTestSupport
import Testing

/// The rarer commands and failures under a Chinese locale: `folio diff`'s report, `folio fonts`, `folio verify` on
/// an untagged PDF and on files that are no PDF, a batch build with a failing member, `--format docx/ofd` refusals,
/// broken .docx and .xlsx inputs, and the comments `folio import` and `folio new-year` write into their datasets.
/// Each prints no English sentence (`EnglishSentences`) under `LANG=zh_CN.UTF-8`, and the same run with
/// `--lang en` prints the English text, so the test would notice a message that stayed English in both.
@Suite("Rarer messages in Chinese")
struct ChineseMessagesRareTests {
    static let chinese = ChineseMessagesTests.chinese

    /// Runs `arguments` in `folder` in Chinese and in English; expects no English sentence in the Chinese run's
    /// output (standard output too unless `product`), the same status both ways, and `english` in the English run.
    @discardableResult
    static func both(
        _ arguments: [String], in folder: URL, status: Int32, english: String, chinese: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> (zh: ToolRun.Result, en: ToolRun.Result) {
        let zh = try FolioExecutable.run(arguments, in: folder, environment: Self.chinese)
        let en = try FolioExecutable.run(arguments + ["--lang", "en"], in: folder, environment: Self.chinese)
        let shown = arguments.joined(separator: " ")
        #expect(zh.status == status, "folio \(shown): \(zh.stderr)", sourceLocation: sourceLocation)
        #expect(en.status == status, "folio \(shown) --lang en: \(en.stderr)", sourceLocation: sourceLocation)
        let found = EnglishSentences.find(in: zh.stdout + "\n" + zh.stderr)
        #expect(
            found.isEmpty, "folio \(shown) in Chinese: \(found)\n\(zh.stdout)\(zh.stderr)",
            sourceLocation: sourceLocation)
        #expect(
            (zh.stdout + zh.stderr).contains(chinese),
            "folio \(shown) in Chinese says “\(chinese)”: \(zh.stdout)\(zh.stderr)",
            sourceLocation: sourceLocation)
        #expect(
            (en.stdout + en.stderr).contains(english),
            "folio \(shown) in English says “\(english)”: \(en.stdout)\(en.stderr)",
            sourceLocation: sourceLocation)
        return (zh, en)
    }

    /// The comment lines of a YAML text.
    static func comments(_ yaml: String) -> String {
        yaml.split(separator: "\n").filter { $0.hasPrefix("#") }.joined(separator: "\n")
    }

    @Test("folio diff prints its report in Chinese")
    func diff() throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let next = try DiffCommandTests.nextPeriod(in: folder)
        let run = try Self.both(
            ["diff", DiffCommandTests.example.path, next.path], in: folder, status: 0,
            english: "chart income: series 农民人均纯收入 changed", chinese: "图表 income：数据系列 农民人均纯收入 有变化")
        for heading in ["数据：", "文字：", "图表："] { #expect(run.zh.stdout.contains(heading)) }
        #expect(run.zh.stdout.contains("（与2020相比增长10.0%）"))
        let same = try Self.both(
            ["diff", DiffCommandTests.example.path, DiffCommandTests.example.path], in: folder, status: 0,
            english: "no changes", chinese: "没有变化")
        #expect(same.zh.stdout == "没有变化\n")
    }

    @Test("folio fonts reports the faces in Chinese")
    func fonts() throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.both(
            ["fonts", DiffCommandTests.example.path], in: folder, status: 0,
            english: "of the theme's stack", chinese: "主题字体列表中")
    }

    @Test("folio verify on an untagged PDF, a missing file and a file that is no PDF speaks Chinese")
    func verify() throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("untagged.pdf")
        let built = try FolioExecutable.run(
            ["build", DiffCommandTests.example.path, "-o", pdf.path, "--untagged"], in: folder)
        try #require(built.status == 0, "\(built.stderr)")
        try Self.both(
            ["verify", pdf.path], in: folder, status: 0, english: "the PDF is not tagged",
            chinese: "PDF 未加结构标记")
        try Self.both(
            ["verify", "missing.pdf"], in: folder, status: 66, english: "no such file", chinese: "文件不存在")
        try Data("not a pdf".utf8).write(to: folder.appendingPathComponent("text.pdf"))
        try Self.both(
            ["verify", "text.pdf"], in: folder, status: 65, english: "is not a readable PDF",
            chinese: "不是可读取的 PDF")
    }

    @Test("a batch build with a failing member, and --format refusals, are Chinese")
    func batchAndFormats() throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.yaml"), bad = folder.appendingPathComponent("bad.yaml")
        try MinimalDataset.yaml().write(to: good, atomically: true, encoding: .utf8)
        try MinimalDataset.yaml(body: "  - table: { caption: 表 }").write(to: bad, atomically: true, encoding: .utf8)
        try Self.both(
            ["build", good.path, bad.path, "-o", folder.appendingPathComponent("out").path], in: folder,
            status: 65, english: "bad.yaml: not built", chinese: "bad.yaml：未生成")
        try Self.both(
            ["build", good.path, good.path, "-o", folder.path], in: folder, status: 64,
            english: "two datasets are named", chinese: "有两个数据集都名为")
        try Self.both(
            ["build", good.path, bad.path, "--format", "ofd"], in: folder, status: 64,
            english: "several datasets build PDFs only", chinese: "多个数据集只能生成 PDF")
        try Self.both(
            ["build", good.path, "--format", "ofd", "-o", "-"], in: folder, status: 64,
            english: "--format ofd writes a file", chinese: "--format ofd 写入文件")
        try Self.both(
            ["build", good.path, "--format", "docx", "-o", "-"], in: folder, status: 64,
            english: "--format docx writes a file", chinese: "--format docx 写入文件")
    }

    @Test("broken .docx imports and a workbook without the sheet named are Chinese")
    func brokenInputs() throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = Checkout.url("Tests/Fixtures/docx")
        try Self.both(
            ["import", docx.appendingPathComponent("not_a_zip.docx").path, "-o", "a.yaml"], in: folder, status: 65,
            english: "is not a .docx (not a zip archive)", chinese: "不是 .docx 文件")
        try Self.both(
            ["import", docx.appendingPathComponent("no_document.docx").path, "-o", "b.yaml"], in: folder, status: 65,
            english: "has no word/document.xml", chinese: "中没有 word/document.xml")
        try FileManager.default.copyItem(
            at: Checkout.url("Tests/FolioDataTests/Fixtures/figures.xlsx"),
            to: folder.appendingPathComponent("figures.xlsx"))
        let dataset = folder.appendingPathComponent("sheet.yaml")
        try (MinimalDataset.yaml(sampleData: false) + "\ndata-files: [ { file: figures.xlsx, sheet: 主要指数 } ]\n")
            .write(to: dataset, atomically: true, encoding: .utf8)
        try Self.both(
            ["check", dataset.path], in: folder, status: 65, english: "did you mean “主要指标”?",
            chinese: "是否应为“主要指标”")
    }

    @Test("the comments folio import and folio new-year write are Chinese under a Chinese locale")
    func datasetComments() throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("report.txt")
        try "XX镇2020年工作总结\n\n一、经济发展\n2020年，全镇财政收入2687.8万元，比上年增长8.5%。\n"
            .write(to: text, atomically: true, encoding: .utf8)
        for (language, file) in [("zh", "zh.yaml"), ("en", "en.yaml")] {
            let run = try FolioExecutable.run(
                ["import", text.path, "-o", file, "--lang", language], in: folder, environment: Self.chinese)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let zh = try String(contentsOf: folder.appendingPathComponent("zh.yaml"), encoding: .utf8)
        let en = try String(contentsOf: folder.appendingPathComponent("en.yaml"), encoding: .utf8)
        #expect(EnglishSentences.find(in: Self.comments(zh)).isEmpty, "\(Self.comments(zh))")
        #expect(zh.hasPrefix("# 由 `folio import` 从 report.txt"), "\(zh)")
        #expect(en.hasPrefix("# Imported by `folio import` from report.txt"), "\(en)")
        let draft = try FolioExecutable.run(
            ["new-year", "zh.yaml", "-o", "next.yaml"], in: folder, environment: Self.chinese)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(EnglishSentences.find(in: draft.stdout + draft.stderr).isEmpty, "\(draft.stdout)\(draft.stderr)")
        let next = try String(contentsOf: folder.appendingPathComponent("next.yaml"), encoding: .utf8)
        #expect(next.hasPrefix("# 由 `folio new-year --to 2021` 从 zh.yaml 起草"), "\(next.prefix(300))")
        #expect(EnglishSentences.find(in: Self.comments(next)).isEmpty, "\(Self.comments(next))")
    }
}
