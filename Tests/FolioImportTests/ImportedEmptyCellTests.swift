import FolioData
import FolioTestSupport
import Foundation
import Testing

@testable import FolioImport

/// A table row whose first or last cells are empty keeps its cells in their columns and stays in its table: a .docx
/// row continuing a vertical merge in the first column, or empty there, and text rows copied from a spreadsheet with
/// an empty corner or empty cells after the first; and two .docx tables with only an empty paragraph between them
/// stay two.
@Suite("Imported rows with empty cells, and tables side by side")
struct ImportedEmptyCellTests {
    /// The header and body rows of the first table of an imported dataset, as text.
    static func firstTable(_ yaml: String) throws -> (header: [[String]], rows: [[String]]) {
        let dataset = try DatasetLoader.load(yaml: yaml, name: "t.yaml", folder: nil).dataset
        let table = try #require(
            ImportedTableLimitTests.tables(dataset.body).first.flatMap(ImportedTableLimitTests.cells))
        return (table.header.map { $0.map(\.text.raw) }, table.rows.map { $0.map(\.text.raw) })
    }

    @Test func docxRowsKeepTheirEmptyFirstCells() throws {
        let url = Checkout.fixtures.appendingPathComponent("docx/empty_first_cells.docx")
        let r = try ReportImporter(sourceName: "empty_first_cells.docx").runDocx(at: url)
        let table = try Self.firstTable(r.yaml)
        #expect(table.header == [["项目", "2024年", "2025年"]])
        // 收入 covers the row of 其中：税收 (a merged cell's place is left out of the row below it).
        #expect(table.rows == [["收入", "8.6", "9.1"], ["其中：税收", "5.2"], ["", "非税", "3.9"], ["", "", "7.0"]])
        #expect(r.yaml.contains("- p: \"收支平稳。\""))
        #expect(r.structure.tables.map(\.rows) == [4])
    }

    @Test func aSpreadsheetsEmptyCornerStaysInItsColumn() throws {
        let text = "标题\n一、概况\n表1 收支\n\t2024年\t2025年\n收入\t8.6\t9.1\n正文。\n"
        let table = try Self.firstTable(ReportImporter(sourceName: "t.txt").run(text).yaml)
        #expect(table.header == [["", "2024年", "2025年"]])
        #expect(table.rows == [["收入", "8.6", "9.1"]])
        // Every line indented by a TAB: the rows' leading TABs make a column empty throughout, left out; an
        // indented paragraph without a TAB inside stays a paragraph.
        let indented = "标题\n一、概况\n表1 收支\n\t\t2024年\t2025年\n\t收入\t8.6\t9.1\n\t正文继续。\n"
        let r = ReportImporter(sourceName: "t.txt").run(indented)
        let kept = try Self.firstTable(r.yaml)
        #expect(kept.header == [["", "2024年", "2025年"]])
        #expect(kept.rows == [["收入", "8.6", "9.1"]])
        #expect(r.yaml.contains("- p: \"正文继续。\""))
    }

    @Test func aRowOfOneCellEndingInTabsStaysInItsTable() throws {
        // "其中：" with its empty cells after it, as a spreadsheet copies it; an indented paragraph after the table
        // stays a paragraph.
        let text = "标题\n一、概况\n表1 收支\n项目\t2024年\t2025年\n收入\t8.6\t9.1\n其中：\t\t\n税收\t5\t6\n\t正文继续。\n"
        let r = ReportImporter(sourceName: "t.txt").run(text)
        let table = try Self.firstTable(r.yaml)
        #expect(table.rows == [["收入", "8.6", "9.1"], ["其中：", "", ""], ["税收", "5", "6"]])
        #expect(r.structure.tables.count == 1)
        #expect(r.yaml.contains("- p: \"正文继续。\""))
    }

    @Test func docxTablesAnEmptyParagraphApartStayTwo() throws {
        let url = Checkout.fixtures.appendingPathComponent("docx/adjacent_tables.docx")
        let r = try ReportImporter(sourceName: "adjacent_tables.docx").runDocx(at: url)
        let dataset = try DatasetLoader.load(yaml: r.yaml, name: "t.yaml", folder: nil).dataset
        let tables = ImportedTableLimitTests.tables(dataset.body).compactMap(ImportedTableLimitTests.cells)
        #expect(tables.map { $0.header.map { $0.map(\.text.raw) } } == [[["项目", "金额"]], [["村", "人口", "面积"]]])
        #expect(tables.map { $0.rows.map { $0.map(\.text.raw) } } == [[["收入", "8.6"]], [["甲村", "1200", "3.5"]]])
    }
}
