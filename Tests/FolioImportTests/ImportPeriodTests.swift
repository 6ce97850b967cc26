import FolioData
import Foundation
import Testing

@testable import FolioImport

/// `folio import` makes the years of the prose period references where they are the report's period or its
/// neighbours, keeps history as typed (listed in checks.history), says where it was unsure, and takes the
/// report's date from the title block or the signature — never an invented one.
@Suite("Import: periods and the date")
struct ImportPeriodTests {
    static let summary = """
        YY镇2020年工作总结
        2020年，全镇经济社会保持平稳发展。2018年至2020年，全镇开展三年攻坚。
        一、经济发展
        全镇农民人均纯收入11379元，比2019年增长9.2%，比2015年增长30.2%。2021年，我们将继续努力。
        2019、2020年连续两年遭受强降雨。
        YY镇人民政府
        2021年1月20日
        """

    @Test func yearsBecomeReferencesAndHistoryStays() throws {
        let r = ReportImporter(sourceName: "t.txt").run(Self.summary)
        #expect(
            r.yaml.contains("  title: \"YY镇{本年}年工作总结\"\n  issuer: \"YY镇人民政府\"\n  date: 2021-01-20\n  period: 2020\n"))
        #expect(r.yaml.contains("- p: \"{本年}年，全镇经济社会保持平稳发展。2018年至2020年，全镇开展三年攻坚。\""))
        #expect(r.yaml.contains("比{上年}年增长{农民人均纯收入增长}%，比2015年增长"))
        #expect(r.yaml.contains("2021年，我们将继续努力。"))
        #expect(r.yaml.contains("- p: \"2019、2020年连续两年遭受强降雨。\""))
        #expect(r.yaml.contains("checks:\n  history: [2015, 2018, 2019, 2020]"))
        #expect(r.structure.historyYears == [2015, 2018, 2019, 2020])
        // The signature's lines are not paragraphs.
        #expect(!r.yaml.contains("- p: \"YY镇人民政府\"") && !r.yaml.contains("- p: \"2021年1月20日\""))
        let unsure = r.notes.map(\.description)
        #expect(unsure.contains { $0.hasPrefix("line 2: 2020 stands in a range or list") })
        #expect(unsure.contains { $0.hasPrefix("line 4: 2021 is after the report’s period") })
        #expect(unsure.contains { $0.hasPrefix("line 5: 2019 stands in a range or list") })
        // The dataset loads, and the text reads as typed.
        let (dataset, _) = try DatasetLoader.load(yaml: r.yaml, fileName: "i.yaml")
        #expect(dataset.report.period == ReportPeriod(year: 2020) && dataset.historyYears == [2015, 2018, 2019, 2020])
    }

    /// A date given on the command line over the date the report states is said (孙庙's “（2024年12月23日）” was replaced
    /// without a word).
    @Test func aDateGivenOverTheStatedOneIsNoted() {
        var importer = ReportImporter(sourceName: "t.txt")
        importer.date = DatasetDate(year: 2025, month: 1, day: 1)
        let r = importer.run(Self.summary)
        #expect(r.yaml.contains("  date: 2025-01-01\n"))
        #expect(r.notes.contains { $0.messageText.id == "import.date-replaced" && $0.message.contains("2021-01-20") })
    }

    @Test func noDateLineLeavesAMarkerNeverAGuess() {
        let r = ReportImporter(sourceName: "t.txt").run("YY镇2020年工作总结\n2020年，全镇平稳发展。\n")
        #expect(r.yaml.contains("  date: 【待填】\n"))
        #expect(!r.yaml.contains("2021-01-01"))
        #expect(r.notes.contains { $0.message.contains("report.date is a marker to fill in") })
    }

    @Test func aPlanSummaryNamesItsSpanAndBase() {
        let text = """
            XX镇“十三五”工作总结
            2016—2020年，全镇农民人均纯收入比2015年增长30.2%。2020年全镇财政收入2687.8万元。
            """
        let r = ReportImporter(sourceName: "t.txt").run(text)
        #expect(r.yaml.contains("  period: 2020\n  plan: 2016..2020\n"))
        #expect(r.yaml.contains("{规划期}，全镇农民人均纯收入比{基期}年增长"))
        #expect(r.yaml.contains("{本年}年全镇财政收入"))
    }

    @Test func aHalfYearReportNamesItsPeriod() {
        let text = """
            ZZ镇2025年上半年经济运行情况
            2025年上半年，全镇地区生产总值53860万元，2024年上半年为51200万元。
            """
        let r = ReportImporter(sourceName: "t.txt").run(text)
        #expect(r.yaml.contains("  title: \"ZZ镇{本期}经济运行情况\""))
        #expect(r.yaml.contains("  period: 2025H1\n"))
        #expect(r.yaml.contains("- p: \"{本期}，全镇地区生产总值") && r.yaml.contains("{上年同期}为"))
    }

    @Test func aBudgetReportIsTheLatestYearItsTitleNames() {
        let text = "关于2025年全市财政预算执行情况和2026年全市及市级财政预算草案的报告\n2025年，全市收入平稳。\n"
        let r = ReportImporter(sourceName: "t.txt").run(text)
        #expect(r.yaml.contains("  title: \"关于{上年}年全市财政预算执行情况和{本年}年全市及市级财政预算草案的报告\""))
        #expect(r.yaml.contains("  period: 2026\n") && r.yaml.contains("- p: \"{上年}年，全市收入平稳。\""))
    }

    /// A table's caption names its year as the prose does (承德's 2026 budget report: 13 captions on 2025's execution
    /// were each a `period.stale-year` warning, and would not have moved with next year's draft).
    @Test func aTablesCaptionNamesItsYearAsAPeriod() {
        let text = """
            关于2025年全市财政预算执行情况和2026年全市及市级财政预算草案的报告
            2025年，全市收入平稳。
            2025年全市一般公共预算收入完成情况表
            项目\t预算数\t完成数
            税收收入\t100\t98
            """
        let r = ReportImporter(sourceName: "t.txt").run(text)
        #expect(r.yaml.contains("caption: \"{上年}年全市一般公共预算收入完成情况表\""), "\(r.yaml)")
    }

    /// Next year's draft of an imported report prints no figure of the year before as this year's: the figures the
    /// prose prints for the period are `[本期]`, and a change stated after a figure is that figure's year's change
    /// (not keyed by the base year a “比2019年” names), so every one of them waits to be filled in.
    @Test func nextYearOfAnImportedReportRefusesLastYearsFigures() throws {
        let text = """
            XX镇2020年工作总结
            一、基本情况
            2020年全镇农民人均纯收入12500元，比2019年增长8.5%；财政收入2687.8万元，比上年下降3.2%。
            XX镇人民政府
            2021年1月5日
            """
        let r = ReportImporter(sourceName: "g.txt").run(text)
        #expect(r.yaml.contains("\"农民人均纯收入增长\": { unit: \"%\", values: { 2020: 8.5 } }"), "\(r.yaml)")
        #expect(r.yaml.contains("{本年}年全镇农民人均纯收入{农民人均纯收入[本期]}元，比{上年}年增长{农民人均纯收入增长[本期]}%"))
        let draft = try NextPeriodDraft.draft(yaml: r.yaml, fileName: "g.yaml")
        let (dataset, _) = try DatasetLoader.load(yaml: draft.yaml, fileName: "g2021.yaml")
        #expect(dataset.report.period == ReportPeriod(year: 2021))
        // Every figure of that sentence is now to fill in: none of 2020's can print as 2021's.
        for name in ["农民人均纯收入", "农民人均纯收入增长"] {
            #expect(draft.yaml.contains("\"\(name)\": { unit: "), "\(name)")
        }
        #expect(draft.yaml.contains("values: { 2020: 12500, 2021: 【待填】 }"))
        #expect(draft.yaml.contains("values: { 2020: 8.5, 2021: 【待填】 }"))
        #expect(draft.yaml.contains("\"财政收入\": { unit: \"万元\", value: !todo 2687.8 }"))
    }

    /// A budget report is the draft year's (2025), its figures last year's execution (上期, 2024) with their growth
    /// over the year before (the shape of 彭水县's 2024 execution report, http://psx.gov.cn/zwgk_174/fdzdgknr/czyjs/
    /// xjys/202502/t20250219_14320190.html): the change names 上期-1 and 上期, and next year's draft asks for the new
    /// 上期's figures (2025), so it builds once they are filled in.
    @Test func aBudgetReportsExecutionFiguresMoveAsItsPreviousPeriod() throws {
        let text = """
            关于彭水县2024年预算执行情况和2025年预算草案的报告
            2024年，全县一般公共预算收入26.06亿元，比上年增长17.6%。2024年税收收入12.25亿元，同比增长4.7%。
            彭水县财政局
            2025年1月10日
            """
        let r = ReportImporter(sourceName: "p.txt").run(text)
        #expect(r.yaml.contains("  period: 2025"))
        #expect(r.yaml.contains("{变化(税收收入, 上期-1, 上期)}"), "\(r.yaml)")
        let draft = try NextPeriodDraft.draft(yaml: r.yaml, fileName: "p.yaml")
        #expect(draft.yaml.contains("\"税收收入\": { unit: \"亿元\", values: { 2024: 12.25, 2025: 【待填】 }"), "\(draft.yaml)")
        let filled = draft.yaml.replacingOccurrences(
            of: "2025: 【待填】 }, growth: { 2024: 4.7, 2025: 【待填】 }",
            with: "2025: 13.1 }, growth: { 2024: 4.7, 2025: 6.9 }"
        )
        .replacingOccurrences(
            of: "2025: 【待填】 }, growth: { 2024: 17.6, 2025: 【待填】 }",
            with: "2025: 27.5 }, growth: { 2024: 17.6, 2025: 5.5 }"
        )
        .replacingOccurrences(of: "date: 【待填】", with: "date: 2026-01-12")
        let (next, _) = try DatasetLoader.load(yaml: filled, fileName: "p2026.yaml")
        let printed = try Self.plainText(next)
        #expect(printed.contains("税收收入13.1亿元，同比增长6.9%。"), "\(printed)")
    }

    @Test func aStatedGrowthBecomesTheSeriesGrowthAndNextYearWordsItBySign() throws {
        let text = """
            XX镇2021年工作总结
            2021年，全镇农民人均纯收入12500元，比上年增长8.5%。2021年粮食产量5010吨，同比下降3.2%。
            2021年财政收入3200万元，增长12.0％。
            XX镇人民政府
            2022年1月18日
            """
        let r = ReportImporter(sourceName: "g.txt").run(text)
        // The statistics office's growth is data beside the figure; the verb and the figure are one expression.
        #expect(r.yaml.contains("\"农民人均纯收入\": { unit: \"元\", values: { 2021: 12500 }, growth: { 2021: 8.5 } }"))
        #expect(r.yaml.contains("\"粮食产量\": { unit: \"吨\", values: { 2021: 5010 }, growth: { 2021: -3.2 } }"))
        #expect(r.yaml.contains("比上年{变化(农民人均纯收入, 上期, 本期)}。"))
        #expect(r.yaml.contains("同比{变化(粮食产量, 上期, 本期)}。"))
        // Typed with a full-width ％, the figure stays as typed (the wording would print %).
        #expect(r.yaml.contains("增长{财政收入增长[本期]}％"), "\(r.yaml)")
        let (dataset, _) = try DatasetLoader.load(yaml: r.yaml, fileName: "g.yaml")
        let resolved = try Self.plainText(dataset)
        #expect(resolved.contains("2021年，全镇农民人均纯收入12500元，比上年增长8.5%。2021年粮食产量5010吨，同比下降3.2%。"))
        // Next year: the figure and its growth are to fill; a rise and a fall each get their word.
        let draft = try NextPeriodDraft.draft(yaml: r.yaml, fileName: "g.yaml")
        #expect(draft.yaml.contains("values: { 2021: 12500, 2022: 【待填】 }, growth: { 2021: 8.5, 2022: 【待填】 }"))
        let filled = draft.yaml
            .replacingOccurrences(
                of: "values: { 2021: 12500, 2022: 【待填】 }, growth: { 2021: 8.5, 2022: 【待填】 }",
                with: "values: { 2021: 12500, 2022: 12100 }, growth: { 2021: 8.5, 2022: -3.1 }"
            )
            .replacingOccurrences(
                of: "values: { 2021: 5010, 2022: 【待填】 }, growth: { 2021: -3.2, 2022: 【待填】 }",
                with: "values: { 2021: 5010, 2022: 5200 }, growth: { 2021: -3.2, 2022: 3.8 }")
        let (next, _) = try DatasetLoader.load(yaml: filled, fileName: "g2022.yaml")
        let nextText = try Self.plainText(next)
        #expect(nextText.contains("2022年，全镇农民人均纯收入12100元，比上年下降3.1%。2022年粮食产量5200吨，同比增长3.8%。"))
    }

    static func plainText(_ dataset: Dataset) throws -> String {
        var parts: [String] = []
        var diagnostics: [Diagnostic] = []
        for case .paragraph(let t) in dataset.body { parts.append(dataset.render(t, diagnostics: &diagnostics)) }
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return parts.joined(separator: "\n")
    }
}
