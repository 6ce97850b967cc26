import FolioData
import FolioTestSupport
import Foundation
import Testing

@testable import FolioImport

/// Imported tables keep what their source says about them: the unit line as `unit:`, a .docx's merged cells
/// as colspan/rowspan, its repeated header rows as header rows; and the dataset written loads with them.
@Suite("Imported table spans")
struct ImportedTableSpanTests {
    /// A .docx row: (text, grid columns, continues a vertical merge).
    static func row(_ cells: [(String, Int, Bool)]) -> [DocxCell] {
        cells.map { DocxCell(text: $0.0, columns: $0.1, continuesMerge: $0.2) }
    }

    /// 项目 and 增长 over two header rows, 2024年 over two columns, 收入 over two body rows.
    static let rows: [[DocxCell]] = [
        row([("项目", 1, false), ("2024年", 2, false), ("增长（%）", 1, false)]),
        row([("", 1, true), ("预算数", 1, false), ("执行数", 1, false), ("", 1, true)]),
        row([("收入", 1, false), ("8.60", 1, false), ("8.92", 1, false), ("3.7", 1, false)]),
    ]

    @Test func verticalMergesBecomeRowSpans() {
        let layouts = DocxReader.layouts(Self.rows, headers: [true, true, false])
        let one = CellSpan(columns: 1, rows: 1)
        #expect(
            layouts[0].spans == [
                CellSpan(columns: 1, rows: 2), CellSpan(columns: 2, rows: 1), nil, CellSpan(columns: 1, rows: 2),
            ])
        #expect(layouts[1].spans == [nil, one, one, nil])
        #expect(layouts[2].spans == [one, one, one, one])
        #expect(layouts.map(\.isHeader) == [true, true, false])
    }

    @Test func aMergeWithNothingAboveStandsAsAnEmptyCell() {
        let rows = [Self.row([("甲", 2, false)]), Self.row([("", 1, true), ("乙", 1, false)])]
        let layouts = DocxReader.layouts(rows, headers: [false, false])
        #expect(layouts[1].spans == [CellSpan(columns: 1, rows: 1), CellSpan(columns: 1, rows: 1)])
    }

    @Test func theHeaderGrowsToHoldItsRowSpans() throws {
        var layouts = DocxReader.layouts(Self.rows, headers: [false, false, false])
        let table = ImportedTable(
            caption: "收支", columns: ["项目", "2024年", "", "增长（%）"],
            rows: [["", "预算数", "执行数", ""], ["收入", "8.60", "8.92", "3.7"]], unit: nil, line: 1,
            layouts: layouts.map { Optional($0) })
        let sections = try #require(table.spannedSections())
        #expect(sections.header.map { $0.map(\.text) } == [["项目", "2024年", "增长（%）"], ["预算数", "执行数"]])
        #expect(sections.body.map { $0.map(\.text) } == [["收入", "8.60", "8.92", "3.7"]])
        // A table with no merged cell and at most one marked header row is written as before.
        layouts = DocxReader.layouts([Self.rows[2], Self.rows[2]], headers: [true, false])
        let plain = ImportedTable(
            caption: nil, columns: ["a", "b", "c", "d"], rows: [["e", "f", "g", "h"]], unit: nil, line: 1,
            layouts: layouts.map { Optional($0) })
        #expect(plain.spannedSections() == nil)
    }

    @Test func theUnitLineBecomesTheTablesUnit() throws {
        let text = "XX镇2025年工作总结\n一、主要指标\n表1 主要指标\n（单位：亿元）\n项目\t2024年\n收入\t8.6\n"
        let r = ReportImporter(sourceName: "t.txt").run(text)
        #expect(r.yaml.contains("    unit: \"单位：亿元\"\n"))
        #expect(!r.yaml.contains("note: \"（单位"))
        #expect(ReportImporter.unitLine("单位：万元") == "单位：万元")
    }

    @Test func anImportedDocxWithMergedCellsLoads() throws {
        let url = Checkout.fixtures.appendingPathComponent("docx/styled_report.docx")
        let r = try ReportImporter(sourceName: "styled_report.docx").runDocx(at: url)
        let yaml = r.yaml.replacingOccurrences(of: "!todo ", with: "")
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        func tables(_ blocks: [BodyBlock]) -> [TableDefinition] {
            blocks.flatMap { b -> [TableDefinition] in
                switch b {
                case .table(let t): [t]
                case .section(let s): tables(s.body)
                default: []
                }
            }
        }
        guard case .cells(let header, let rows)? = tables(dataset.body).first?.content else {
            Issue.record("no written table"); return
        }
        #expect(header.map { $0.map(\.text.raw) } == [["指标", "绝对数", "比上年增长（%）"]])
        #expect(rows.map { $0.map(\.rowSpan) } == [[1, 1, 2], [1, 1], [1, 1]])
        #expect(rows.map { $0.map(\.columnSpan) } == [[1, 1, 1], [1, 1], [1, 2]])
    }
}
