import FolioData
import FolioTestSupport
import Foundation
import Testing

@testable import FolioImport

/// What `folio import` writes loads as a dataset even where the source's tables and pictures do not fit one: a
/// table of one row (a dataset's table lists rows under its header), a table wider than a dataset's 24 columns
/// (or with a cell merged over more), every row marked as a header row, two pictures of one file name, and pictures
/// in a table's cells.
@Suite("Imported tables and images within the dataset's limits")
struct ImportedTableLimitTests {
    static let folder = Checkout.fixtures.appendingPathComponent("docx")

    /// The tables of a loaded body, sections' included, in order.
    static func tables(_ blocks: [BodyBlock]) -> [TableDefinition] {
        blocks.flatMap { b -> [TableDefinition] in
            switch b {
            case .table(let t): [t]
            case .section(let s): tables(s.body)
            default: []
            }
        }
    }

    /// The header and body rows of a table given as cells.
    static func cells(_ t: TableDefinition) -> (header: [[TableCellDefinition]], rows: [[TableCellDefinition]])? {
        guard case .cells(let header, let rows) = t.content else { return nil }
        return (header, rows)
    }

    /// The columns a table given as cells covers.
    static func width(_ t: TableDefinition) -> Int {
        TableGrid.columnCount(firstRow: cells(t)?.header.first?.map(\.columnSpan) ?? [])
    }

    /// The imported YAML loaded (markers to fill in are what a draft is, and load).
    static func load(_ yaml: String, directory: URL? = nil) throws -> Dataset {
        try DatasetLoader.load(yaml: yaml, name: "t.yaml", folder: directory).dataset
    }

    /// A .docx fixture imported, its images written to a fresh folder.
    static func imported(_ name: String) throws -> (ReportImporter.Result, URL) {
        let images = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(UUID().uuidString)")
        let result = try ReportImporter(sourceName: name).runDocx(
            at: folder.appendingPathComponent(name), imagesTo: images)
        return (result, images)
    }

    // MARK: one row

    @Test func aRowAloneIsAParagraph() throws {
        let r = ReportImporter(sourceName: "t.txt").run("标题\n一、概况\n指标\t2020年\n")
        let dataset = try Self.load(r.yaml)
        #expect(Self.tables(dataset.body).isEmpty)
        #expect(r.yaml.contains("- p: \"指标 2020年\""))
        #expect(r.notes.contains { $0.messageText.id == "import.table.one-row" && $0.line == 3 })
        #expect(r.structure.tables.isEmpty)
    }

    @Test func aCaptionedRowAloneIsATableToFillIn() throws {
        let r = ReportImporter(sourceName: "t.txt").run("标题\n一、概况\n表1 主要指标\n单位：万元\n指标\t2020年\n正文。\n")
        let tables = Self.tables(try Self.load(r.yaml).body)
        #expect(tables.count == 1)
        let table = try #require(tables.first.flatMap(Self.cells))
        #expect(table.header.map { $0.map(\.text.raw) } == [["指标", "2020年"]])
        #expect(table.rows.map { $0.map(\.text.raw) } == [["【待填】", "【待填】"]])
        #expect(r.notes.contains { $0.messageText.id == "import.table.header-only" && $0.line == 5 })
    }

    @Test func oneRowTablesOfADocxLoad() throws {
        let (r, _) = try Self.imported("one_row_tables.docx")
        let tables = Self.tables(try Self.load(r.yaml).body)
        // 表1 keeps its header and waits for its rows; the unlabelled row is a paragraph; 表2, both rows marked as
        // header rows, keeps its last row as the body.
        #expect(tables.count == 2)
        #expect(
            tables.compactMap(Self.cells).map { $0.rows.map { $0.map(\.text.raw) } } == [
                [["【待填】", "【待填】"]], [["收入", "8.6"]],
            ])
        #expect(
            tables.compactMap(Self.cells).map { $0.header.map { $0.map(\.text.raw) } } == [
                [["指标", "2025年"]], [["项目", "金额"]],
            ])
        #expect(r.yaml.contains("- p: \"联系人：张三 电话：1234567\""))
    }

    @Test func everyRowAHeaderLeavesTheLastToTheBody() throws {
        let one = CellSpan(columns: 1, rows: 1)
        let layout = ImportedRowLayout(spans: [one, one], isHeader: true)
        let table = ImportedTable(
            caption: "收支", columns: ["项目", "2024年"], rows: [["预算", "1"], ["执行", "2"]], unit: nil, line: 1,
            layouts: [layout, layout, layout])
        let sections = try #require(table.spannedSections())
        #expect(sections.header.map { $0.map(\.text) } == [["项目", "2024年"], ["预算", "1"]])
        #expect(sections.body.map { $0.map(\.text) } == [["执行", "2"]])
    }

    @Test func aCellMergedDownEveryRowIsCutAtTheHeader() throws {
        // 项目 is merged down all three rows: the header ends after the first row, the rest of the cell starts the
        // body empty.
        func cell(_ text: String) -> DocxCell { DocxCell(text: text, columns: 1, continuesMerge: false) }
        let merged = DocxCell(text: "", columns: 1, continuesMerge: true)
        let rows = [[cell("项目"), cell("2024年")], [merged, cell("1")], [merged, cell("2")]]
        let layouts = DocxReader.layouts(rows, headers: [false, false, false])
        let table = ImportedTable(
            caption: "收支", columns: ["项目", "2024年"], rows: [["", "1"], ["", "2"]], unit: nil, line: 1,
            layouts: layouts.map { Optional($0) })
        let sections = try #require(table.spannedSections())
        #expect(sections.header.map { $0.map(\.text) } == [["项目", "2024年"]])
        #expect(sections.header.first?.first?.span == CellSpan(columns: 1, rows: 1))
        #expect(sections.body.map { $0.map(\.text) } == [["", "1"], ["2"]])
        #expect(sections.body.first?.first?.span == CellSpan(columns: 1, rows: 2))
    }

    // MARK: wider than 24 columns

    @Test func aWideTextTableIsSplit() throws {
        let header = ["指标"] + (1...29).map { "\($0)月" }
        let row = ["收入"] + (1...29).map { "\($0 * 10)" }
        let text = "标题\n一、概况\n表1 月度收入\n" + [header, row].map { $0.joined(separator: "\t") }.joined(separator: "\n")
        let r = ReportImporter(sourceName: "t.txt").run(text + "\n正文。\n")
        let tables = Self.tables(try Self.load(r.yaml).body)
        #expect(tables.map(Self.width) == [24, 7])
        #expect(tables.map(\.caption.raw) == ["月度收入", "月度收入（续表）"])
        let written = tables.compactMap(Self.cells).map { ($0.header + $0.rows).map { $0.map(\.text.raw) } }
        #expect(written.last == [["指标"] + (24...29).map { "\($0)月" }, ["收入"] + (24...29).map { "\($0 * 10)" }])
        // Every cell of the text is in one of the parts.
        let texts = Set(written.flatMap { $0.flatMap { $0 } })
        #expect(Set(header + row).isSubset(of: texts))
        #expect(r.notes.contains { $0.messageText.id == "import.table.split" && $0.line == 4 })
        #expect(r.structure.tables.map(\.columns) == [24, 7])
    }

    @Test func aWideDocxTableIsSplitWithItsMergedCells() throws {
        let (r, _) = try Self.imported("wide_table.docx")
        let tables = Self.tables(try Self.load(r.yaml).body)
        #expect(tables.map(Self.width) == [24, 7])
        let parts = tables.compactMap(Self.cells)
        #expect(parts.count == 2)
        for part in parts {
            #expect((part.header + part.rows).allSatisfy { $0.allSatisfy { $0.columnSpan <= 24 } })
        }
        // 各村 (26 columns from the second) and 片区 (columns 21–26) are cut by the split, their text in both parts.
        #expect(parts.map { $0.header.count } == [1, 1])
        #expect(parts.map { $0.header[0].map(\.text.raw) } == [["指标", "各村"], ["指标", "各村", "合计", "增长（%）"]])
        #expect(parts.map { $0.header[0].map(\.columnSpan) } == [[1, 23], [1, 3, 1, 2]])
        #expect(parts[0].rows[0].suffix(1).map(\.text.raw) == ["片区"] && parts[0].rows[0].last?.columnSpan == 4)
        #expect(parts[1].rows[0].map(\.text.raw) == ["村", "片区", "村26", "村27", "村28", "村29"])
        #expect(parts[1].rows.map { $0.first?.text.raw } == ["村", "人口（人）", "收入（万元）"])
        #expect(tables.last?.caption.raw == "各村主要指标（续表）")
        #expect(r.notes.contains { $0.messageText.id == "import.table.split" })
    }

    // MARK: images of one name

    @Test func imagesOfOneNameAreSavedApart() throws {
        let (r, images) = try Self.imported("same_name_images.docx")
        let first = try Data(contentsOf: images.appendingPathComponent("x.png"))
        let second = try Data(contentsOf: images.appendingPathComponent("x-2.png"))
        #expect(first != second)
        let blocks = ReportImporter.imageBlockFiles(r.yaml)
        #expect(blocks == ["\(images.lastPathComponent)/x.png", "\(images.lastPathComponent)/x-2.png"])
        #expect(r.structure.images == 2)
        // The dataset loads beside its images, each read from its own file.
        _ = try Self.load(r.yaml, directory: images.deletingLastPathComponent())
    }

    @Test func picturesInTableCellsBecomeImageBlocksAfterTheTable() throws {
        let (r, images) = try Self.imported("images_in_cells.docx")
        let folder = images.lastPathComponent
        #expect(ReportImporter.imageBlockFiles(r.yaml) == ["\(folder)/image1.png", "\(folder)/image2.png"])
        #expect(r.structure.images == 2)
        // In reading order: the labels' row, the two pictures, then the paragraph after the table.
        let labels = try #require(r.yaml.range(of: "整治前"))
        let first = try #require(r.yaml.range(of: "\(folder)/image1.png"))
        let after = try #require(r.yaml.range(of: "群众满意度明显提升"))
        #expect(labels.upperBound < first.lowerBound && first.upperBound < after.lowerBound)
        _ = try Self.load(r.yaml, directory: images.deletingLastPathComponent())
    }

    @Test func imageFileNamesNeverCollide() {
        let names = ReportImporter.imageFileNames([
            "word/media/x.png", "word/other/x.png", "word/media/x-2.png", "word/third/X.PNG", "word/media/x.png",
            "word/media/..", "word/media/image1.png",
        ])
        #expect(names["word/media/x.png"] == "x.png")
        #expect(names["word/other/x.png"] == "x-3.png")   // x-2.png is another part's own name
        #expect(names["word/media/x-2.png"] == "x-2.png")
        #expect(names["word/third/X.PNG"] == "X-4.PNG")   // names compared without case
        #expect(names["word/media/.."] == "image")
        #expect(names["word/media/image1.png"] == "image1.png")
        #expect(Set(names.values.map { $0.lowercased() }).count == names.count)
    }
}
