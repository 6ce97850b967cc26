import Foundation
import Testing
import FolioCheck
import FolioData
@testable import FolioImport

/// Import fixes found on the real 2025 documents of Tests/Fixtures/corpus, each on the smallest text that shows it.
@Suite struct ImportCorpusFixTests {
    static func run(_ text: String) -> ReportImporter.Result {
        ReportImporter(sourceName: "t.txt", date: ImportTests.date).run(text)
    }

    static func check(_ r: ReportImporter.Result) throws -> CheckReport {
        let (dataset, _) = try DatasetLoader.load(yaml: r.yaml, fileName: "t.yaml")
        return Checker(lists: ImportTests.lists).check(dataset, source: SourceMap(file: "t.yaml", text: r.yaml))
    }

    @Test func a_harvest_change_is_named_after_its_crop_and_not_compared_as_a_figure() throws {
        // 银川 2025: "比上年减产0.4％" was named 减产 and compared with 玉米's "减产2.2%" (a false data.mismatch).
        let r = Self.run(
            """
            某市2025年统计公报
            一、农业
            全年全市粮食产量69.90万吨，比上年减产0.4％。其中，玉米产量54.23万吨，减产2.2％。
            """)
        #expect(r.structure.figureNames.contains("粮食产量减产"))
        #expect(r.structure.figureNames.contains("玉米产量减产"))
        #expect(!r.structure.figureNames.contains("减产"))
        #expect(try Self.check(r).findings(of: "data.mismatch").isEmpty)
    }

    @Test func an_attachment_list_is_notes_not_headings() throws {
        // 汕尾 2025: "附件：1.…" then "2.…"–"8.…" were level-3 headings numbered 2–8 (seven numbering.heading errors).
        let r = Self.run(
            """
            某市2025年预算执行情况的报告
            一、预算执行情况
            全市一般公共预算收入90.4亿元。
            附件：1.某市2025年一般公共预算执行情况
            2.某市市级2025年一般公共预算执行情况
            3.某市2025年地方政府债务情况表
            名词解释
            1.四税收入：主要指国内增值税、企业所得税、个人所得税、土地增值税。
            """)
        #expect(r.structure.headingCounts == [1, 0, 0, 0])
        #expect(r.structure.notes == ["附件": 3, "名词解释": 1])
        // The label as typed: 名词解释 alone gets no colon.
        #expect(r.yaml.contains("- p: \"名词解释\"\n"))
        #expect(r.yaml.contains("- p: \"附件：\"\n"))
        #expect(try Self.check(r).findings(of: "numbering.heading").isEmpty)
    }

    @Test func a_caption_numbered_in_chinese_with_a_colon_is_a_chart() {
        let r = Self.run(
            """
            某市2025年预算执行情况的报告
            一、预算执行情况
            全市一般公共预算收入90.4亿元。
            图一：2025年汕尾市一般公共预算收入构成情况
            图二：2025年全市一般公共预算重点支出情况
            """)
        #expect(r.structure.charts == ["2025年汕尾市一般公共预算收入构成情况", "2025年全市一般公共预算重点支出情况"])
        // One year plots that year; the series name does not open with it (the place is dropped too).
        #expect(r.yaml.contains("    years: [2025, 2025]\n    series:\n      - \"一般公共预算收入构成情况\""))
        // 图一样 is no caption.
        #expect(BodyLine.caption(Array("图一样的东西"), mark: "图") == nil)
    }

    @Test func a_unit_in_brackets_closing_a_caption_is_the_series_unit_not_its_name() {
        let r = Self.run(
            """
            某市2025年统计公报
            一、综合
            全年城镇新增就业14.17万人。
            图3 2021-2025年城镇新增就业人数（万人）
            """)
        #expect(r.structure.charts == ["2021—2025年城镇新增就业人数（万人）"])
        #expect(r.yaml.contains("      - \"城镇新增就业人数\"\n"))
        #expect(r.yaml.contains("\"城镇新增就业人数\": { unit: \"万人\""))
        #expect(!r.yaml.contains("就业人数万人"))
    }

    @Test func co_issuers_and_the_date_line_are_not_glued_to_the_first_paragraph() {
        // 郑州 2025: "国家统计局郑州调查队" + "2026年4月24日" + the first paragraph became one paragraph.
        let r = Self.run(
            """
            2025年某市国民经济和社会发展统计公报[1]
            某市统计局
            国家统计局某市调查队
            2026年4月24日
            2025年，全市经济运行稳中有进
            一、综合
            全年全市地区生产总值15244.6亿元。
            """)
        #expect(r.structure.title == "2025年某市国民经济和社会发展统计公报")
        #expect(r.structure.issuer == "某市统计局 国家统计局某市调查队")
        #expect(!r.yaml.contains("调查队2026"))
        #expect(!r.yaml.contains("24日2025年"))
        // Two issuers on one line, separated by an EN SPACE pair (银川 2025).
        let one = Self.run("某市2025年统计公报\n某市统计局\u{2002}\u{2002}国家统计局某市调查队\n2025年是收官之年。\n")
        #expect(one.structure.issuer == "某市统计局 国家统计局某市调查队")
        #expect(!one.yaml.contains("调查队2025"))
    }

    @Test func the_closing_address_is_not_nested_under_the_last_item() {
        let r = Self.run(
            """
            某市2025年预算执行情况的报告
            一、预算执行情况
            （一）强化政策协同
            加强财政政策与金融政策协同。
            各位代表，2026年，我们将坚定信心、振奋精神。
            """)
        #expect(r.yaml.hasSuffix("  - p: \"各位代表，2026年，我们将坚定信心、振奋精神。\"\n"), "\(r.yaml)")
    }
}

/// Budget naming on the 汕尾 2025 report: a share of the budget and a comparable (可比) growth.
@Suite struct ImportBudgetNamingTests {
    @Test func a_share_of_the_budget_and_a_comparable_growth_are_named_after_their_indicator() {
        let r = ImportCorpusFixTests.run(
            """
            某市2025年预算执行情况的报告
            一、预算执行情况
            2025年全市一般公共预算收入90.4亿元，为汇总调整预算的101.3%，较上年执行数增长21.7%、可比增长4.2%。
            2025年全市一般公共预算支出297.9亿元，完成汇总调整预算的106.9%，增长5.3%。
            """)
        let names = r.structure.figureNames
        #expect(names.contains("一般公共预算收入占汇总调整预算"))
        #expect(names.contains("一般公共预算支出占汇总调整预算"))
        // "增长5.3%" after the 支出's figure is its stated growth, beside the figure.
        #expect(r.yaml.contains("values: { 2025: 297.9 }, growth: { 2025: 5.3 }"), "\(r.yaml)")
        #expect(!names.contains { $0.hasPrefix("可") || $0.hasPrefix("为") })
    }
}

/// Note marks in a bulletin's prose (银川 2025).
@Suite struct ImportNoteMarkTests {
    @Test func a_note_mark_is_no_figure_and_does_not_cut_the_clause() {
        let r = ImportCorpusFixTests.run(
            """
            某市2025年统计公报
            一、工业
            全年生产总值3033.52亿元，比上年增长5.3%[2]。规模以上六大高耗能行业[3]占全市规模以上工业增加值的比重为61.3%。
            """)
        #expect(r.yaml.contains("比上年增长{生产总值增长}%[2]。规模以上六大高耗能行业[3]占全市"), "\(r.yaml)")
        #expect(r.structure.figureNames.contains("高耗能行业占全市规模以上工业增加值的比重"))
        #expect(r.structure.literalFigures == 0, "\(r.notes)")
        #expect(!r.notes.contains { $0.message.contains("]占") })
    }
}

/// A table caption whose rows the text lost (银川 2025: its tables are images on the web page).
@Suite struct ImportLostTableTests {
    @Test func a_caption_without_rows_is_a_table_to_fill_in_and_a_unit_line_alone_stays_prose() {
        let r = ImportCorpusFixTests.run(
            """
            某市2025年统计公报
            一、综合
            表1  2025年某市居民消费价格比上年涨跌幅度
            全年全市地方财政收入259.31亿元。
            单位：亿元
            全年一般公共预算支出440.75亿元。
            """)
        #expect(r.structure.tables.map { [$0.rows, $0.columns] } == [[1, 1]])
        #expect(r.yaml.contains("caption: \"{本年}年某市居民消费价格比上年涨跌幅度\"\n"))
        #expect(r.yaml.contains("- p: \"单位：亿元\""))
        #expect(r.notes.contains { $0.line == 3 && $0.message.contains("a table to fill in") })
    }
}
