import Foundation
import Testing
import FolioCheck
import FolioData
@testable import FolioImport

/// `folio check` on every document of Tests/Fixtures/corpus, imported: the findings are exactly the document's
/// real slips, each listed with the line of the text file it is on — no false alarm, none missed.
@Suite struct CorpusCheckTests {
    /// Each finding as “rule line excerpt”, the line being the text file's (1-based) that holds the finding's sentence.
    /// The to-fill markers the import writes (the date, chart placeholders) are not slips of the text: they are left
    /// out here and counted in `CorpusImportTests`.
    static func findings(_ name: String) throws -> [String] {
        let (_, report) = try CorpusImportTests.imported(name)
        let text = try String(contentsOf: CorpusImportTests.corpus.appendingPathComponent(name), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        return report.findings.filter { $0.rule != "todo.marker" }.map { f in
            let pieces = f.sentence.components(separatedBy: "…").filter { !$0.isEmpty }
            let probe = pieces.max { $0.count < $1.count } ?? f.excerpt
            let line = lines.firstIndex { $0.contains(probe) }.map { String($0 + 1) } ?? "?"
            return "\(f.rule) \(line) \(f.excerpt)"
        }
    }

    @Test func turpan_bulletin_has_its_bracket_slips() throws {
        let got = try Self.findings("turpan_2025_tjgb.txt")
        #expect(
            got == [
                // “(GDP)” on line 5, written “（GDP）” in note [2] on line 120; “妇幼保健院(所、站)” on line 109.
                "punctuation.half-width 5 (", "consistency.brackets 5 (GDP)", "punctuation.half-width 109 (",
                "punctuation.half-width 109 )",
            ], "\(got)")
    }

    @Test func zhangye_budget_has_none() throws {
        let got = try Self.findings("zhangye_2025_budget.txt")
        #expect(got == [], "\(got)")
    }

    @Test func shaanxi_work_report_has_none() throws {
        let got = try Self.findings("shaanxi_2026_gzbg.txt")
        #expect(got == [], "\(got)")
    }

    @Test func constructed_excerpts_report_each_slip_and_nothing_else() throws {
        // Silent on line 13 (a 其中 clause after a change), line 14 (a 分别 list), the table (lines 17–19) and
        // 截止日期 and 成长3.0% on line 15.
        let got = try Self.findings("constructed_slips.txt")
        #expect(
            got == [
                "spacing.cjk 3  ", "wording.jiezhi 5 止", "wording.yilai 6 来", "consistency.range-dash 6 2021——2022",
                "growth.negative 8 增长-5.2%", "spacing.percent 8  ", "punctuation.half-width 10 ,",
                "wording.missing-zeng 12 长",
                "consistency.percent 15 ％", "punctuation.half-width 21 (", "consistency.brackets 21 (GDP)",
                "punctuation.half-width 21 )",
            ], "\(got)")
    }
}
