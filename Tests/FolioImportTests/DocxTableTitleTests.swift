import Foundation
import Testing
import FolioTestSupport
import FolioData
@testable import FolioImport

/// Word tables as real reports have them (承德's budget report, 和田's statistical bulletin, 彭水's budget page, a
/// township's report): columns over a fine grid, titles in a first row or a line above, heading levels apart from
/// the numbers typed — imported to the tables and sections a reader sees.
@Suite struct DocxTableTitleTests {
    static let folder = Checkout.fixtures.appendingPathComponent("docx")

    /// A fixture imported.
    static func imported(_ name: String) throws -> ReportImporter.Result {
        try ReportImporter(sourceName: name).runDocx(at: folder.appendingPathComponent(name))
    }

    /// The YAML's lines, trimmed.
    static func lines(_ yaml: String) -> [String] {
        yaml.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func fine_grid_collapses_to_the_real_columns() throws {
        let r = try Self.imported("fine_grid_table.docx")
        // Two 附表 in one Word table of 12 grid columns: one of 5 columns, one of 2, not 12 with spans of 2.
        #expect(r.structure.tables.map { [$0.rows, $0.columns] } == [[3, 5], [2, 2]])
        #expect(!r.yaml.contains("colspan"))
        let lines = Self.lines(r.yaml)
        let expected = [
            // The table's own number is its label: printed in place of the theme's 表N.
            "caption: \"{本年}年全市一般公共预算收入完成情况表\"", "label: \"附表1\"", "unit: \"单位：万元\"", "columns:",
            "- [\"预算科目\", \"预算数\", \"完成数\", \"占预算(%)\", \"比上年增长(%)\"]", "rows:",
            "- [\"本年收入合计\", \"1448485\", \"1448177\", \"100\", \"3\"]",
            // The row label merged over two rows (and its two grid columns) stays merged down, one column wide.
            "- [{ text: \"税收收入\", rowspan: 2 }, \"927210\", \"848910\", \"91.6\", \"0.5\"]",
            "- [\"362300\", \"274175\", \"75.7\", \"-0.9\"]",
        ]
        let start = try #require(lines.firstIndex(of: expected[0]))
        #expect(Array(lines[start..<min(lines.count, start + expected.count)]) == expected)
        #expect(lines.contains("caption: \"{本年}年全市国有资本经营预算收入完成情况表\""))
        #expect(lines.contains("label: \"附表2\""))
        #expect(lines.contains("columns: [\"项目\", \"金额\"]"))
        #expect(!r.notes.contains { $0.messageText.id == "import.table-without-n-caption" })
        #expect(r.notes.filter { $0.messageText.id == "import.table.caption-from-rows" }.count == 2)
    }

    @Test func docx_lines_put_title_rows_above_the_table() throws {
        let text = try ReportImporter.docx(at: Self.folder.appendingPathComponent("fine_grid_table.docx")).text
        let lines = text.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "附表1 2025年全市一般公共预算收入完成情况表"))
        #expect(
            Array(lines[start...].prefix(3)) == [
                "附表1 2025年全市一般公共预算收入完成情况表", "单位：万元", "预算科目\t预算数\t完成数\t占预算(%)\t比上年增长(%)",
            ])
        #expect(lines.contains("附表2 2025年全市国有资本经营预算收入完成情况表"))
        #expect(lines.contains("合计\t83394"))
    }

    @Test func collapsed_keeps_only_the_boundaries_a_row_has() {
        func cells(_ spans: [(String, Int)]) -> [DocxCell] {
            spans.map { DocxCell(text: $0.0, columns: $0.1, continuesMerge: false) }
        }
        // 8 grid columns: two real columns (3 + 3), then two empty in every row that only the title reaches into.
        let rows = [
            cells([("项目", 3), ("金额", 3), ("", 1), ("", 1)]),
            cells([("合计", 3), ("12", 3), ("", 2)]),
            cells([("标题", 8)]),
        ]
        let out = DocxReader.collapsed(rows).map { $0.map(\.columns) }
        #expect(out == [[1, 1], [1, 1], [2]])
    }

    @Test func number_labels() {
        for label in ["附表1", "表2", "附表一", "附表 13", "附表3："] { #expect(ImportedTable.isNumberLabel(label)) }
        for text in ["附表", "表格", "表1 收支", "附表1说明文字很长"] { #expect(!ImportedTable.isNumberLabel(text)) }
    }

    @Test func titles_from_a_first_row_or_the_line_above() throws {
        let r = try Self.imported("titled_tables.docx")
        #expect(
            r.structure.tables.map(\.caption) == [
                "2025年居民消费价格比上年涨跌幅度", "2024年全县一般公共预算收支平衡表", "",
            ])
        let lines = Self.lines(r.yaml)
        #expect(lines.contains("caption: \"{本年}年居民消费价格比上年涨跌幅度\""))
        #expect(lines.contains("columns: [\"指标\", \"价格指数\", \"比上年涨跌幅度（%）\"]"))
        #expect(lines.contains("caption: \"{上年}年全县一般公共预算收支平衡表\""))
        // The title line is the caption, not a paragraph too.
        #expect(!lines.contains { $0.hasPrefix("- p:") && $0.contains("平衡表") })
        // Only the table with no title keeps the placeholder and its note.
        #expect(lines.filter { $0 == "caption: \"（表题）\"" }.count == 1)
        #expect(r.notes.filter { $0.messageText.id == "import.table-without-n-caption" }.count == 1)
    }

    @Test func text_table_titled_by_the_line_above() {
        let text = """
            XX县2024年预算执行情况
            XX县财政局
            2025年1月20日
            一、全县预算执行情况
            2024年全县一般公共预算收支平衡表
            单位：万元
            收入\t执行数\t支出\t执行数
            总计\t961745\t总计\t961745
            本级收入\t260586\t本级支出\t763133
            详见下表
            项目\t金额
            合计\t12
            """
        let r = ReportImporter(sourceName: "t.txt").run(text)
        #expect(r.structure.tables.map(\.caption) == ["2024年全县一般公共预算收支平衡表", ""])
        // The caption's year is the report's period, as the prose's years are.
        #expect(r.yaml.contains("caption: \"{本年}年全县一般公共预算收支平衡表\"\n"))
        #expect(r.yaml.contains("- p: \"详见下表\""))
        #expect(r.notes.contains { $0.line == 5 && $0.messageText.id == "import.table.caption-above" })
    }

    @Test func table_names() {
        for name in ["2024年全县一般公共预算收支平衡表", "2025年重点项目明细表", "主要指标情况表"] {
            #expect(BodyBuilder.namesTable(name))
        }
        for text in ["详见下表", "收入情况如上表", "全年收支情况见表。", "表", "主要经济指标如下：表"] {
            #expect(!BodyBuilder.namesTable(text))
        }
    }

    @Test func word_heading_levels_nest_whatever_their_numbers() throws {
        let r = try Self.imported("heading_levels.docx")
        // Heading 1 2013年工作回顾 (numbered 一、 by its level), Heading 2 一、… under it: inside it, not beside it.
        #expect(r.structure.headingCounts == [2, 3, 0, 0])
        #expect(!r.notes.contains { $0.messageText.id == "import.heading-typed-value-but" })
        let lines = Self.lines(r.yaml)
        let start = try #require(lines.firstIndex(of: "- section: \"2013年工作回顾\""))
        #expect(
            Array(lines[start...].prefix(6)) == [
                "- section: \"2013年工作回顾\"", "body:", "- p: \"过去的一年，全镇经济平稳发展。\"",
                "- section: \"农业农村经济稳中有升\"", "body:", "- p: \"粮食播种面积{粮食播种面积[2013]}亩。\"",
            ])
        #expect(lines.contains("- section: \"2014年工作安排\""))
    }

    @Test func a_table_in_a_landscape_section_is_turned() throws {
        let r = try Self.imported("landscape_section.docx")
        let lines = Self.lines(r.yaml)
        // 附表1 stands in a section Word sets landscape; 附表2, after the section turned back, does not.
        let first = try #require(lines.firstIndex(of: "label: \"附表1\""))
        let second = try #require(lines.firstIndex(of: "label: \"附表2\""))
        #expect(lines[first + 1] == "orientation: landscape")
        #expect(lines.indices.filter { lines[$0].hasPrefix("orientation:") } == [first + 1])
        #expect(second > first)
    }
}
