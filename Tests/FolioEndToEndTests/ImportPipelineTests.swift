import Foundation
import FolioTestSupport
import Testing
import Folio

/// `folio import` wired through the pipeline: the imported seed keeps its errors, so the build's preflight
/// refuses it (the importer itself is tested in FolioImportTests).
@Suite struct ImportPipelineTests {
    static let seed = Checkout.seed

    @Test func build_refuses_the_imported_seed_without_force() throws {
        let result = try Pipeline.importReport(at: Self.seed, date: "2021-07-15")
        let url = try Checkout.temporaryFolder().appendingPathComponent("imported.yaml")
        try Pipeline.writeImported(result, to: url)
        do {
            _ = try Pipeline.preflight(dataset: url)
            Issue.record("preflight passed a report with errors")
        } catch let e as FolioError {
            #expect(e.exitStatus == 65)
            #expect(e.description.contains("--force"))
        }
    }

    @Test func a_date_that_is_none_is_bad_input() throws {
        do {
            _ = try Pipeline.importReport(at: Self.seed, date: "2021-13-45")
            Issue.record("a month 13 was accepted")
        } catch let e as FolioError {
            #expect(e.exitStatus == 65)
            #expect(e.description.contains("import.date") || e.description.contains("is not a date"))
        }
    }

    /// A speech's title block round trip: the corpus text imported (subtitle and speaker as `report.subtitle` and
    /// `report.speaker`, no `subject`), loaded, written back as `folio text` writes it (as printed: a two-character
    /// name spaced to three characters' width, the date in brackets under it when the subtitle names no day),
    /// imported again: the same title, subtitle, speaker and date.
    @Test(arguments: [
        (
            "shaanxi_2026_gzbg.txt", "2026年1月27日在陕西省第十四届人民代表大会第四次会议上", "陕西省省长 赵刚",
            ["陕西省省长 赵刚"]
        ),
        ("sunmiao_2025_gzbg.txt", "——在孙庙乡第十二届人民代表大会第五次会议上", "于亮", ["于\u{3000}亮", "（2024年12月23日）"]),
    ])
    func the_subtitle_and_speaker_survive_text_and_import(
        file: String, subtitle: String, speaker: String, printed: [String]
    ) throws {
        let folder = try Checkout.temporaryFolder()
        let first = try Pipeline.importReport(at: Checkout.corpus.appendingPathComponent(file))
        #expect(first.yaml.contains("\n  subtitle: \"\(subtitle)\"\n  speaker: \"\(speaker)\"\n"))
        #expect(!first.yaml.contains("\n  subject:"))
        let yaml = folder.appendingPathComponent("imported.yaml")
        try Pipeline.writeImported(first, to: yaml)
        let text = try Pipeline.load(dataset: yaml).document.plainText
        let lines = text.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(2 + printed.count)) == [first.structure.title ?? "", subtitle] + printed)
        let written = folder.appendingPathComponent("written.txt")
        try Data(text.utf8).write(to: written)
        let second = try Pipeline.importReport(at: written)
        #expect(second.structure.title == first.structure.title)
        #expect(second.structure.subtitle == subtitle)
        #expect(second.structure.speaker == speaker)
        #expect(second.structure.date == first.structure.date && first.structure.date != nil)
    }

    /// The Word file of an imported speech prints the subtitle, broken as the PDF breaks it, and the speaker under
    /// the title, in the Subtitle style (the theme's subtitle face and size, centred).
    @Test func the_word_file_prints_the_subtitle_and_speaker() throws {
        let folder = try Checkout.temporaryFolder()
        let yaml = folder.appendingPathComponent("imported.yaml")
        try Pipeline.writeImported(
            try Pipeline.importReport(at: Checkout.corpus.appendingPathComponent("shaanxi_2026_gzbg.txt")), to: yaml)
        let docx = folder.appendingPathComponent("r.docx")
        try Pipeline.buildWord(dataset: yaml, output: docx)
        let body = try ToolRun.run("unzip", ["-p", docx.path, "word/document.xml"])
        try #require(body.status == 0)
        let xml = String(decoding: body.output, as: UTF8.self)
        let paragraphs = xml.components(separatedBy: "<w:p>").filter { $0.contains("<w:pStyle w:val=\"Subtitle\"/>") }
        let texts = paragraphs.map { p in
            p.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst()
                .compactMap { $0.components(separatedBy: "</w:t>").first }.joined()
        }
        #expect(texts.count == 3)
        #expect(texts.dropLast().joined() == "2026年1月27日在陕西省第十四届人民代表大会第四次会议上")
        #expect(texts.last == "陕西省省长 赵刚")
        let styles = try ToolRun.run("unzip", ["-p", docx.path, "word/styles.xml"])
        let stylesXML = String(decoding: styles.output, as: UTF8.self)
        let subtitleStyle = try #require(
            stylesXML.components(separatedBy: "w:styleId=\"Subtitle\"").dropFirst().first?
                .components(separatedBy: "</w:style>").first)
        #expect(subtitleStyle.contains("<w:jc w:val=\"center\"/>") && subtitleStyle.contains("<w:sz w:val=\"32\"/>"))
    }
}
