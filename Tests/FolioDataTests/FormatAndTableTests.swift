import Testing
import FolioData
import FolioDocument
import FolioTestSupport

/// Display formats in prose (`{财政收入[2020]:亿元}`), year ranges, and tables resolved from data.
@Suite("Formats and tables")
struct FormatAndTableTests {
    let data = Dataset(
        file: "t.yaml",
        report: ReportInfo(
            title: TextTemplate(literal: "t"), issuer: "i", date: DatasetDate(year: 2021, month: 7, day: 15)),
        values: [
            DataValue(
                name: "财政收入", unit: "万元",
                content: .series([
                    SeriesPoint(year: "2015", quantity: Quantity(1950.4, decimals: 1)),
                    SeriesPoint(year: "2020", quantity: Quantity(2687.8, decimals: 1)),
                ])),
            DataValue(name: "总人口", unit: "人", content: .scalar(Quantity(11531, decimals: 0))),
            DataValue(name: "林地面积", unit: "亩", content: .scalar(Quantity(128202.65, decimals: 2))),
        ])

    func eval(_ text: String) throws -> String { try data.evaluate(ExpressionParser.parse(text)).formatted }

    @Test func scalingIntoAnotherUnit() throws {
        #expect(try eval("财政收入[2020]:亿元") == "0.27")
        #expect(try eval("财政收入[2020]：亿元 .3") == "0.269")
        #expect(try eval("财政收入[2020]:元") == "26878000")
        #expect(try eval("总人口:万人") == "1.15")
        #expect(try eval("林地面积:万亩, 1位") == "12.8")
        #expect(try eval("总人口:万") == "1.15")
        #expect(try eval("财政收入[2020] - 财政收入[2015]:亿元") == "0.07")
    }

    @Test func decimalsAndPercentages() throws {
        #expect(try eval("增长率(财政收入, 2015, 2020):.2") == "37.81%")
        #expect(try eval("增长率(财政收入, 2015, 2020):0位") == "38%")
        #expect(try eval("林地面积:.0") == "128203")
        #expect(try eval("占比(总人口, 合计(总人口, 总人口))") == "50.0%")
    }

    @Test func yearRanges() throws {
        #expect(try eval("年份范围(财政收入)") == "2015—2020年")
        #expect(try eval("年份范围(2021, 2025)") == "2021—2025年")
        #expect(throws: ExpressionError.self) { try data.evaluate(ExpressionParser.parse("年份范围(2025, 2021)")) }
        #expect(throws: ExpressionError.self) { try data.evaluate(ExpressionParser.parse("年份范围(财政收入):.1")) }
    }

    @Test func indicatorTableFromData() throws {
        let yaml = MinimalDataset.yaml(
            body: """
                  - table:
                      caption: "{年份范围(收入)}主要指标"
                      indicators: [收入, 零基]
                      years: [2015, 2020]
                      note: 数据来源：统计站
                  - table: { caption: 基本情况, indicators: [面积] }
                """)
        let tables = try Fixture.resolve(yaml).blocks.compactMap {
            if case .table(let t) = $0 { return t } else { return nil }
        }
        #expect(tables.count == 2)
        let t = try #require(tables.first)
        #expect(t.caption == "表1 2015—2020年主要指标")
        #expect(t.header.map { $0.map(\.text) } == [["指标", "单位", "2015年", "2020年", "增长（%）"]])
        #expect(t.rows.map { $0.map(\.text) } == [["收入", "元", "100", "130", "30.0"], ["零基", "元", "0", "5", "—"]])
        #expect(t.note == "数据来源：统计站")
        #expect(tables.last?.caption == "表2 基本情况")
        #expect(tables.last?.rows.map { $0.map(\.text) } == [["面积", "亩", "21027.13"]])
    }

    @Test func cellTableEvaluatesEveryCell() throws {
        let yaml = MinimalDataset.yaml(
            body: """
                  - table:
                      caption: 收入
                      columns: [项目, "2020年", 比2015年增加]
                      rows:
                        - [收入（元）, "{收入[2020]}", "{收入[2020] - 收入[2015]}"]
                        - [面积（亩）, "{面积}", ""]
                  - p: "{零基[2015]}"
                """)
        let doc = try Fixture.resolve(yaml)
        guard
            case .table(let t)? = doc.blocks.first(where: { if case .table = $0 { return true } else { return false } })
        else {
            Issue.record("no table"); return
        }
        #expect(t.rows.map { $0.map(\.text) } == [["收入（元）", "130", "30"], ["面积（亩）", "21027.13", ""]])
        #expect(doc.plainText.contains("表1 收入\n项目\t2020年\t比2015年增加\n收入（元）\t130\t30\n"))
    }

    /// One figure changed in the data changes every sentence, table cell and chart that uses it.
    @Test func changingOneFigureChangesSentencesTableCellsAndCharts() throws {
        let table = """
              - table:
                  caption: 主要指标
                  indicators: [农民人均纯收入]
                  years: [2015, 2020]
              - table:
                  caption: 收入
                  columns: [项目, 数值]
                  rows: [[2020年, "{农民人均纯收入[2020]:万元}万元"]]
            """
        let base = try Fixture.bundledYAML() + table + "\n"
        func facts(_ yaml: String) throws -> (text: String, cells: [[String]], bars: [Double?]) {
            let doc = try Fixture.resolve(yaml)
            let cells = doc.blocks.flatMap {
                if case .table(let t) = $0 { return t.rows.map { $0.map(\.text) } } else { return [] }
            }
            let charts: [ChartSpec] = doc.blocks.compactMap {
                if case .chart(let c) = $0, c.id == "income" { return c } else { return nil }
            }
            let bars: [Double?] = charts.first?.series.first?.values ?? []
            return (doc.plainText, cells, bars)
        }
        let before = try facts(base)
        #expect(before.cells == [["农民人均纯收入", "元", "8740", "11379", "30.2"], ["2020年", "1.14万元"]])
        let after = try facts(base.replacingOccurrences(of: "2020: 11379", with: "2020: 12000"))
        #expect(after.text.contains("达到12000元，比2015年的8740元增加3260元，增长37.3%"))
        #expect(after.cells == [["农民人均纯收入", "元", "8740", "12000", "37.3"], ["2020年", "1.20万元"]])
        #expect(after.bars == [8740, 12000])
        #expect(!after.text.contains("11379"))
    }
}
