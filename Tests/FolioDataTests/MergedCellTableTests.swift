import FolioData
import FolioDocument
import FolioTestSupport
import Testing

/// Written tables with several header rows, merged cells (colspan, rowspan) and a unit line: where each
/// cell stands, what the document holds, and every shape the loader refuses with its place.
@Suite("Merged-cell tables")
struct MergedCellTableTests {
    /// The example of docs/dataset.md: a two-row header grouping 2024年 over 预算数 and 执行数, a body
    /// cell 收入 over two rows, and the unit line.
    static let example = """
          - table:
              caption: 一般公共预算收入
              unit: 单位：亿元
              columns:
                - [{ text: 类别, rowspan: 2 }, { text: 项目, rowspan: 2 }, { text: 2024年, colspan: 2 }]
                - [预算数, 执行数]
              rows:
                - [{ text: 收入, rowspan: 2 }, 税收收入, "8.60", "{面积}"]
                - [非税收入, "3.90", "3.94"]
        """

    @Test func gridPlacesCellsAfterSpansFromAbove() throws {
        let header: [[(columns: Int, rows: Int)]] = [[(1, 2), (1, 2), (2, 1)], [(1, 1), (1, 1)]]
        #expect(try TableGrid.place(header, columns: 4) == [[0, 1, 2], [2, 3]])
        let middle: [[(columns: Int, rows: Int)]] = [[(1, 1), (1, 3), (1, 1)], [(1, 1), (1, 1)], [(1, 1), (1, 1)]]
        #expect(try TableGrid.place(middle, columns: 3) == [[0, 1, 2], [0, 2], [0, 2]])
    }

    @Test func gridRefusesRowsThatDoNotMakeARectangle() {
        #expect(throws: TableGrid.Problem.rowLength(row: 1, covered: 3, columns: 2)) {
            try TableGrid.place([[(1, 2), (1, 1)], [(1, 1), (1, 1)]], columns: 2)
        }
        #expect(throws: TableGrid.Problem.rowLength(row: 0, covered: 2, columns: 3)) {
            try TableGrid.place([[(2, 1)]], columns: 3)
        }
        #expect(throws: TableGrid.Problem.rowSpanTooLong(row: 0, cell: 1, rowSpan: 3, available: 2)) {
            try TableGrid.place([[(1, 1), (1, 3)], [(1, 1)]], columns: 2)
        }
    }

    @Test func theDocumentedExampleResolves() throws {
        let doc = try Fixture.resolve(MinimalDataset.yaml(body: Self.example))
        let t = try #require(doc.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }.first)
        #expect(t.unit == "单位：亿元")
        #expect(t.columnCount == 4)
        #expect(t.header.map { $0.map(\.text) } == [["类别", "项目", "2024年"], ["预算数", "执行数"]])
        #expect(t.header[0].map(\.rowSpan) == [2, 2, 1])
        #expect(t.header[0].map(\.columnSpan) == [1, 1, 2])
        #expect(t.rows.map { $0.map(\.text) } == [["收入", "税收收入", "8.60", "21027.13"], ["非税收入", "3.90", "3.94"]])
        #expect(t.columnStarts(t.header) == [[0, 1, 2], [2, 3]])
        #expect(t.columnStarts(t.rows) == [[0, 1, 2, 3], [1, 2, 3]])
        #expect(doc.plainText.contains("单位：亿元\n类别\t项目\t2024年\n预算数\t执行数\n"))
    }

    @Test func aRowThatIgnoresARowSpanIsLocated() throws {
        let body = """
              - table:
                  caption: 指标
                  columns: [指标, 数值]
                  rows:
                    - [{ text: 面积, rowspan: 2 }, "1"]
                    - [面积2, "2"]
            """
        let d = try #require(Fixture.only("table.row-length", in: MinimalDataset.yaml(body: body)))
        #expect(d.message == "row 2 of the table covers 3 columns but the table has 2")
        #expect(d.location?.line == 16)
    }

    @Test func aRowSpanPastTheLastRowIsLocated() throws {
        let body = """
              - table:
                  caption: 指标
                  columns: [{ text: 指标, rowspan: 2 }, 数值]
                  rows:
                    - [面积, "1"]
            """
        let d = try #require(Fixture.only("table.span", in: MinimalDataset.yaml(body: body)))
        #expect(d.message == "a cell in header row 1 of the table spans 2 rows but only 1 remain in the header")
        #expect(d.hint == "lower its rowspan to 1")
    }

    @Test(arguments: ["0", "25", "二", "-1"])
    func aSpanOutOfRangeIsLocated(span: String) throws {
        let body = """
              - table:
                  caption: 指标
                  columns: [{ text: 指标, colspan: \(span) }]
                  rows: [[面积]]
            """
        let d = try #require(Fixture.only("table.span", in: MinimalDataset.yaml(body: body)))
        #expect(d.message == "a table cell's colspan should be a whole number from 1 to 24")
        #expect(d.location?.line == 13)
    }

    @Test func tooManyColumnsAndMixedHeadersAreRefused() throws {
        let wide = (1...25).map { "c\($0)" }.joined(separator: ", ")
        let body = "  - table: { caption: 宽, columns: [\(wide)], rows: [] }"
        let limit = try #require(Fixture.only("limit.table-columns", in: MinimalDataset.yaml(body: body)))
        #expect(limit.message == "the table has 25 columns; the limit is 24")
        let mixed = "  - table: { caption: 混, columns: [[甲, 乙], 丙], rows: [] }"
        let shape = try #require(Fixture.only("table.shape", in: MinimalDataset.yaml(body: mixed)))
        #expect(shape.message == "table.columns mixes header rows (lists) with single cells")
        let unknown = "  - table: { caption: 混, columns: [{ text: 甲, span: 2 }], rows: [] }"
        #expect(!Fixture.problems(MinimalDataset.yaml(body: unknown)).isEmpty)
    }
}
