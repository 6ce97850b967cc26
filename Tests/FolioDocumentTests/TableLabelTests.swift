import FolioData
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

/// A table with a number of its own (`label: 附表1`, a budget report's appended tables) prints it in place of 表N,
/// and the tables numbered in turn skip it.
@Suite("Table labels")
struct TableLabelTests {
    @Test func aLabelledTableKeepsItsNumberAndTheOthersAreNumberedInTurn() throws {
        let table = { (caption: String, label: String?) in
            """
              - table:
                  caption: \(caption)
            \(label.map { "      label: \($0)\n" } ?? "")      columns: [项目, 金额]
                  rows:
                    - [收入, "1"]
            """
        }
        let body = [table("主要指标", nil), table("2025年全市一般公共预算收入完成情况表", "附表1"), table("支出", nil)]
        let yaml = MinimalDataset.yaml(body: body.joined(separator: "\n"), sampleData: false)
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let theme = try YAMLDocument.decode(Theme.self, from: Checkout.theme("gongwen"))
        let document = try Document.resolve(dataset, theme: theme).document
        let captions = document.blocks.compactMap { block -> String? in
            if case .table(let t) = block { return t.caption } else { return nil }
        }
        #expect(captions == ["表1 主要指标", "附表1 2025年全市一般公共预算收入完成情况表", "表2 支出"])
    }
}

/// `orientation:` reaches the resolved table; a value other than portrait or landscape is reported where it is
/// written, with the one meant.
@Suite("Table orientation")
struct TableOrientationTests {
    static func yaml(_ orientation: String) -> String {
        MinimalDataset.yaml(
            body: """
                  - table:
                      caption: 附表
                      orientation: \(orientation)
                      columns: [项目, 金额]
                      rows:
                        - [收入, "1"]
                """, sampleData: false)
    }

    @Test func theOrientationReachesTheResolvedTable() throws {
        let (dataset, diagnostics) = try DatasetLoader.load(yaml: Self.yaml("landscape"), fileName: "t.yaml")
        #expect(diagnostics.isEmpty)
        let theme = try YAMLDocument.decode(Theme.self, from: Checkout.theme("gongwen"))
        let document = try Document.resolve(dataset, theme: theme).document
        let orientations = document.blocks.compactMap { block -> TableOrientation?? in
            if case .table(let t) = block { return .some(t.orientation) } else { return nil }
        }
        #expect(orientations == [.landscape])
    }

    @Test func anUnknownOrientationIsLocatedWithTheOneMeant() throws {
        var diagnostics: [Diagnostic] = []
        do { _ = try DatasetLoader.load(yaml: Self.yaml("landscap"), fileName: "t.yaml") } catch let e
            as DiagnosticError
        {
            diagnostics = e.diagnostics
        }
        let error = try #require(diagnostics.first { $0.code == "table.orientation" })
        #expect(error.location?.line == 8)
        #expect(error.hint?.contains("landscape") == true)
    }
}

/// A body cell written with leading full-width spaces is indented by that many characters, the spaces not printed;
/// the column it stands in is set flush left. Header cells are printed as written.
@Suite("Table indents")
struct TableIndentTests {
    @Test func leadingFullWidthSpacesAreTheCellsIndent() throws {
        let yaml = MinimalDataset.yaml(body: MinimalDataset.indentedItemsTable, sampleData: false)
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let theme = try YAMLDocument.decode(Theme.self, from: Checkout.theme("gongwen"))
        let document = try Document.resolve(dataset, theme: theme).document
        let table = try #require(
            document.blocks.compactMap { block -> TableSpec? in
                if case .table(let t) = block { return t } else { return nil }
            }.first)
        #expect(table.rows.map { $0[0].text } == ["一般公共预算收入", "税收收入", "其中：增值税"])
        #expect(table.rows.map { $0[0].indent } == [0, 2, 4])
        #expect(table.rows.map { $0[1].indent } == [0, 0, 0])
        #expect(table.flushLeftColumns == [0])
    }

    @Test func aTableWithoutIndentsHasNoFlushLeftColumn() {
        let table = TableSpec(caption: "表1", header: ["项目", "金额"], rows: [["收入", "1"], ["\u{3000}支出", "2"]])
        #expect(table.flushLeftColumns.isEmpty)   // cells made in Swift are printed as given
        #expect(TableCell(indenting: "\u{3000}支出").indent == 1)
        #expect(TableCell(indenting: "支出\u{3000}").indent == 0)
        let deep = TableCell(indenting: String(repeating: "\u{3000}", count: 30) + "支出")
        #expect(deep.indent == InputLimits.maxCellIndent && deep.text == "支出")
    }
}
