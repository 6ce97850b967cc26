import Foundation
import Testing
import FolioCheck
import FolioData
import FolioTestSupport
@testable import FolioImport

/// The three real documents of Tests/Fixtures/corpus imported: their structure, the share of figures named after
/// their indicator, and `folio check`'s findings on the import, which must be the documents' real slips only.
@Suite struct CorpusImportTests {
    static let corpus = Checkout.corpus

    /// A corpus document imported, loaded and checked.
    static func imported(_ name: String) throws -> (ReportImporter.Result, CheckReport) {
        let source = try ReportImporter.source(at: corpus.appendingPathComponent(name))
        let result = ReportImporter(sourceName: name, encoding: source.encoding).run(source.text)
        let (dataset, _) = try DatasetLoader.load(yaml: result.yaml, fileName: "imported.yaml")
        let report = Checker(lists: ImportTests.lists).check(
            dataset, source: SourceMap(file: "imported.yaml", text: result.yaml))
        return (result, report)
    }

    @Test func statistical_bulletin() throws {
        let (r, report) = try Self.imported("turpan_2025_tjgb.txt")
        let s = r.structure
        #expect(s.title == "吐鲁番市2025年国民经济和社会发展统计公报")
        #expect(s.issuer == "吐鲁番市统计局")
        #expect(s.date == nil)
        #expect(r.yaml.contains("  date: 【待填】\n  period: 2025\n"))   // never an invented date
        #expect(s.headingCounts == [11, 0, 0, 0])
        #expect(s.tables.map { [$0.rows, $0.columns] } == [[7, 3], [9, 2], [17, 4]])
        #expect(s.tables.first?.caption == "2025年年末人口数及其构成")
        #expect(s.charts.count == 12)
        #expect(s.charts.first == "2021—2025年地区生产总值及增长速度")
        #expect(
            r.yaml.contains(
                "    kind: bar-line\n    title: \"2021—2025年地区生产总值及增长速度\"\n    years: [2021, 2025]\n    series:\n      - \"地区生产总值\"\n      - growth: \"地区生产总值\""
            ))
        #expect(
            r.yaml.contains(
                "\"地区生产总值\": { unit: \"亿元\", values: { 2021: 【待填】, 2022: 【待填】, 2023: 【待填】, 2024: 【待填】, 2025: 668.10 } }"
            ))
        #expect(s.notes == ["注释": 4, "资料来源": 1])
        // Table cells stay text, padded names closed up ("衣  着" with EN SPACEs → 衣着).
        #expect(r.yaml.contains("- [\"衣着\", \"2.1\"]"))
        // The hard-wrapped line 106–107 is one paragraph.
        #expect(r.yaml.contains("自治区级文物保护单位61处"))
        #expect(s.namedShare >= 0.8, "\(s.namedFigures) of \(s.namedFigures + s.literalFigures)")
        for name in ["年末常住人口", "年末常住人口增加", "城镇新增就业", "居民消费价格上涨", "一般公共预算收入增长"] {
            #expect(s.figureNames.contains(name), "\(name)")
        }
        #expect(!s.figureNames.contains { ["一", "比", "较上年", "增长", "上半年"].contains($0) || $0.hasPrefix("比") })
        // The real slips: half-width brackets in Chinese text, “(GDP)” (line 5, written “（GDP）” in note [2]) and
        // “妇幼保健院(所、站)”.
        // Every marker the import left (the date, the chart placeholders' 【待填】) is a todo.marker warning.
        let data = r.yaml.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let markers = data.components(separatedBy: "!todo ").count - 1 + data.components(separatedBy: "【待填】").count - 1
        // A pair told apart by its unit: “杏8.45万亩” then “其中，…杏6.62万吨” → 杏产量 (was 杏2); “扣除价格因素，实际增长”
        // after its indicator (was 实际增长2).
        #expect(s.figureNames.contains("杏产量") && s.figureNames.contains("红枣产量增长"))
        #expect(s.figureNames.contains("农村居民人均可支配收入实际增长"))
        #expect(!s.figureNames.contains { ["杏2", "红枣2", "实际增长2"].contains($0) })
        #expect(report.findings(of: "todo.marker").count == markers)
        #expect(
            report.findings.filter { $0.rule != "todo.marker" }.map { "\($0.rule) \($0.excerpt)" } == [
                "punctuation.half-width (", "consistency.brackets (GDP)",
                "punctuation.half-width (", "punctuation.half-width )",
            ],
            "\(report.text)")
    }

    @Test func budget_report() throws {
        let (r, report) = try Self.imported("zhangye_2025_budget.txt")
        let s = r.structure
        #expect(s.title == "关于2025年全市财政预算执行情况和2026年全市及市级财政预算草案的报告")
        #expect(s.subtitle == "——2026年2月8日在张掖市第五届人民代表大会第五次会议上")
        #expect(s.issuer == "张掖市财政局")
        #expect(s.date == DatasetDate(year: 2026, month: 2, day: 8))
        #expect(s.headingCounts == [4, 11, 10, 0])
        #expect(s.tables.isEmpty && s.charts.isEmpty)
        #expect(s.notes == ["注解": 16])
        #expect(s.namedShare >= 0.8, "\(s.namedFigures) of \(s.namedFigures + s.literalFigures)")
        // Figures under a heading naming a year refer to that year: 2025's outturn and 2026's budget are one series.
        // The 十五五 target (“力争到2030年末全市一般公共预算收入突破55亿元”) is the series' 2030 point, its 年均增长 named
        // after it (was left as typed: “末全市…” named nothing).
        #expect(r.yaml.contains("\"一般公共预算收入\": { unit: \"亿元\", values: { 2025: 38.9, 2026: 41.3, 2030: 55 } }"))
        #expect(s.figureNames.contains("一般公共预算收入年均增长"))
        // “比“十三五”时期增长”: the change of the indicator before it (was 时期增长, 时期增长2 …).
        #expect(s.figureNames.contains("一般公共预算收入累计增长") && !s.figureNames.contains("时期增长"))
        #expect(s.figureNames.contains("一般公共预算收入占预算"))
        // The 上年结转 and 预计可用财力 of a budget named after it (“4．国有资本经营预算收入…、上年结转…”), were 上年结转2 ….
        // Under “（四）2026年张掖经济技术开发区财政预算草案” they are the zone's, with the budget the text names (were
        // 全市一般公共预算收入… after the text's last scope, 全市).
        for name in [
            "国有资本经营预算上年结转", "张掖经济技术开发区政府性基金预算预计可用财力", "张掖经济技术开发区一般公共预算上年结转",
            "张掖经济技术开发区一般公共预算收入",
        ] {
            #expect(s.figureNames.contains(name), "\(name)")
        }
        #expect(!s.figureNames.contains { $0.last?.isNumber == true })
        #expect(report.findings.isEmpty, "\(report.text)")
    }

    @Test func government_work_report() throws {
        let (r, report) = try Self.imported("shaanxi_2026_gzbg.txt")
        let s = r.structure
        #expect(s.title == "陕西省2026年政府工作报告")
        #expect(s.subtitle == "2026年1月27日在陕西省第十四届人民代表大会第四次会议上")
        #expect(s.speaker == "陕西省省长 赵刚")
        // Printed under the title, not PDF metadata: `report.subtitle` and `report.speaker`, read back as such.
        #expect(
            r.yaml.contains(
                "\n  subtitle: \"2026年1月27日在陕西省第十四届人民代表大会第四次会议上\"\n  speaker: \"陕西省省长 赵刚\"\n"))
        #expect(!r.yaml.contains("\n  subject:"))
        let (dataset, _) = try DatasetLoader.load(yaml: r.yaml, fileName: "imported.yaml")
        #expect(dataset.report.subtitle == s.subtitle && dataset.report.speaker == s.speaker)
        #expect(dataset.report.subject.isEmpty)
        #expect(s.issuer == "陕西省人民政府")
        #expect(s.date == DatasetDate(year: 2026, month: 1, day: 27))
        #expect(s.headingCounts == [3, 15, 0, 0])
        #expect(s.tables.isEmpty && s.charts.isEmpty && s.notes.isEmpty)
        #expect(s.namedShare >= 0.8, "\(s.namedFigures) of \(s.namedFigures + s.literalFigures)")
        // 分别 lists pair their subjects with their figures.
        #expect(r.yaml.contains("概念验证中心、中试基地分别达到{概念验证中心[上期]}家、{中试基地[上期]}家"))
        #expect(report.findings.isEmpty, "\(report.text)")
    }
}
