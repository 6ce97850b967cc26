import Foundation
import FolioData
import FolioDocument
import FolioTestSupport
import Testing

/// A dataset with `data-files:` moved to its next period: last period's file gives each series it holds a
/// to-fill point for the new period (a draft builds), names the column to add, and a CSV gains it intact.
@Suite("Data files across periods")
struct DataFilePeriodTests {
    static let example = Checkout.root.appendingPathComponent("docs/example.yaml")

    /// A folder holding `files` (name → text), removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try Checkout.temporaryFolder("folio-datafile-period")
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func theExampleDraftLoadsWithTheFileFigureToFill() throws {
        let draft = try NextPeriodDraft.draft(
            yaml: String(contentsOf: Self.example, encoding: .utf8), fileName: "example.yaml",
            directory: Self.example.deletingLastPathComponent())
        let (dataset, warnings) = try DatasetLoader.load(
            yaml: draft.yaml, fileName: "docs/example-2021.yaml", directory: Self.example.deletingLastPathComponent())
        let fromFile = warnings.filter { $0.code == "data.todo" && $0.location?.file.hasSuffix(".csv") == true }
        #expect(fromFile.count == 1)
        #expect(fromFile.first?.message == "“粮食产量” has no 2021年 figure in docs/example-figures.csv yet")
        #expect(fromFile.first?.location?.line == 2 && fromFile.first?.location?.column == 1)
        let column = try #require(dataset.pendingColumns.first)
        #expect(dataset.pendingColumns.count == 1)
        #expect(column.header == "2021年" && column.after == "2020年" && !column.exists && column.names == ["粮食产量"])
        #expect(column.path == "example-figures.csv")
        let text = try Document.resolve(dataset, theme: Fixture.theme()).document.plainText
        #expect(text.contains("粮食产量【待填】吨，【待填】。"))
        #expect(text.contains("粮食产量\t吨\t5386\t【待填】\t【待填】"))
        // The example itself, whose file has its period, has nothing pending.
        let (original, originalWarnings) = try DatasetLoader.load(contentsOf: Self.example)
        #expect(original.pendingColumns.isEmpty && !originalWarnings.contains { $0.code == "data.todo" })
    }

    @Test func rowsNothingUsesWaitQuietlyAndAFilledColumnEndsIt() throws {
        let yaml = """
            report: { title: 测试, issuer: 某镇, date: 2022-01-10, period: 2021 }
            data-files: [f.csv]
            body:
              - "产量{产量[本期]}吨。"
            """
        let old = "指标,单位,2020年\n产量,吨,100\n面积,亩,50\n"
        let folder = try Self.folder(["f.csv": old])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (dataset, warnings) = try DatasetLoader.load(yaml: yaml, fileName: "d.yaml", directory: folder)
        #expect(warnings.filter { $0.code == "data.todo" }.map(\.message) == ["“产量” has no 2021年 figure in f.csv yet"])
        #expect(dataset.value(named: "面积")?.points.last?.toFill == true)
        #expect(dataset.pendingColumns.first?.names == ["产量", "面积"])
        // The column added, still empty: the figures still wait, and the column is named as there.
        try "指标,单位,2020年,2021年\n产量,吨,100,\n面积,亩,50,\n".write(
            to: folder.appendingPathComponent("f.csv"), atomically: true, encoding: .utf8)
        let (empty, _) = try DatasetLoader.load(yaml: yaml, fileName: "d.yaml", directory: folder)
        #expect(empty.pendingColumns.first?.exists == true && empty.pendingColumns.first?.header == "2021年")
        // Filled in: nothing pending, and the text has the figure.
        try "指标,单位,2020年,2021年\n产量,吨,100,120\n面积,亩,50,\n".write(
            to: folder.appendingPathComponent("f.csv"), atomically: true, encoding: .utf8)
        let (filled, filledWarnings) = try DatasetLoader.load(yaml: yaml, fileName: "d.yaml", directory: folder)
        #expect(filled.pendingColumns.isEmpty && !filledWarnings.contains { $0.code == "data.todo" })
        #expect(try Document.resolve(filled, theme: Fixture.theme()).document.plainText.contains("产量120吨。"))
    }

    @Test func aFileWithoutThePeriodBeforeIsNotLastPeriods() throws {
        // 2015 and 2018 only: a history table, not last period's file; a missing 本期 is still an error.
        let yaml = """
            report: { title: 测试, issuer: 某镇, date: 2022-01-10, period: 2021 }
            data-files: [f.csv]
            body:
              - "产量{产量[2018]}吨。"
            """
        let folder = try Self.folder(["f.csv": "指标,单位,2015年,2018年\n产量,吨,90,100\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (dataset, warnings) = try DatasetLoader.load(yaml: yaml, fileName: "d.yaml", directory: folder)
        #expect(dataset.pendingColumns.isEmpty && !warnings.contains { $0.code == "data.todo" })
        #expect(dataset.value(named: "产量")?.points.map(\.year) == ["2015", "2018"])
    }

    @Test func halfYearHeadersAreReadAsPeriods() throws {
        let yaml = """
            report: { title: 测试, issuer: 某镇, date: 2025-07-10, period: 2025H2 }
            data-files: [f.csv]
            body:
              - "{本期}产量{产量[本期]}吨，{比较(产量, 上年同期, 本期)}；上半年{产量[2025H1]}吨。"
            """
        let csv = "指标,单位,2024年下半年,2025年上半年,2025H2\n产量,吨,100,90,110\n"
        let folder = try Self.folder(["f.csv": csv])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "d.yaml", directory: folder)
        #expect(dataset.value(named: "产量")?.points.map(\.year) == ["2024H2", "2025H1", "2025H2"])
        let text = try Document.resolve(dataset, theme: Fixture.theme()).document.plainText
        #expect(text.contains("2025年下半年产量110吨，比上年同期增长10.0%；上半年90吨。"))
    }

    @Test func headersInChineseAndAsKeys() {
        #expect(ReportPeriod(header: "2025年")?.key == "2025")
        #expect(ReportPeriod(header: "2025年上半年")?.key == "2025H1")
        #expect(ReportPeriod(header: "2025年第三季度")?.key == "2025Q3")
        #expect(ReportPeriod(header: "2025年三季度")?.key == "2025Q3")
        #expect(ReportPeriod(header: "2025年1—10月")?.key == "2025-01..10")
        #expect(ReportPeriod(header: "2025年1-10月")?.key == "2025-01..10")
        #expect(ReportPeriod(header: "2025年1月")?.key == "2025-01..01")
        #expect(ReportPeriod(header: "2025Q4")?.key == "2025Q4")
        #expect(ReportPeriod(header: "2025年2—10月") == nil)
        #expect(ReportPeriod(header: "指标") == nil)
        #expect(ReportPeriod(header: "1800年") == nil)
        #expect(ReportPeriod(year: 2021).header(like: "2020年") == "2021年")
        #expect(ReportPeriod(year: 2021).header(like: "2020") == "2021")
        #expect(ReportPeriod(year: 2025, part: .half(2)).header(like: "2025年上半年") == "2025年下半年")
        #expect(ReportPeriod(year: 2025, part: .half(2)).header(like: "2025H1") == "2025H2")
    }

    @Test func aDraftIsAllowedWhenOnlyTheFileHasTheNewPeriod() throws {
        let yaml = """
            report: { title: 测试, issuer: 某镇, date: 2022-01-10, period: 2020 }
            data-files: [f.csv]
            body:
              - "产量{产量[本期]}吨。"
            """
        // The station's file came first and already has 2021.
        let folder = try Self.folder(["f.csv": "指标,单位,2020年,2021年\n产量,吨,100,120\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = try NextPeriodDraft.draft(yaml: yaml, fileName: "d.yaml", directory: folder)
        let (dataset, _) = try DatasetLoader.load(yaml: draft.yaml, fileName: "d.yaml", directory: folder)
        #expect(try Document.resolve(dataset, theme: Fixture.theme()).document.plainText.contains("产量120吨。"))
    }

    @Test func aColumnIsAddedAndEveryOtherByteKept() throws {
        let csv = "统计表,,,\r\n指标,单位,2020年,数值\r\n\"粮食产量\",吨,\"5,386\",\r\n常住人口,人,,8642\r\n一、其他\r\n"
        let out = try CSVColumnEditor.addColumn(to: csv, header: "2021年", after: "2020年")
        #expect(
            out == "统计表,,,,\r\n指标,单位,2020年,2021年,数值\r\n\"粮食产量\",吨,\"5,386\",,\r\n常住人口,人,,,8642\r\n一、其他\r\n")
        #expect(throws: CSVColumnEditor.Problem.self) {
            try CSVColumnEditor.addColumn(to: out, header: "2021年", after: "2020年")
        }
        #expect(throws: CSVColumnEditor.Problem.self) {
            try CSVColumnEditor.addColumn(to: csv, header: "2021年", after: "2019年")
        }
        // A last line without a line break, and a header that needs quotes.
        #expect(
            try CSVColumnEditor.addColumn(to: "a,2020\nx,1", header: "b,c", after: "2020") == "a,2020,\"b,c\"\nx,1,")
    }

    @Test func aWorkbookNamesItsSheetAndColumn() throws {
        let yaml = """
            report: { title: 测试, issuer: 某镇, date: 2022-01-10, period: 2021 }
            data-files: [ { file: figures.xlsx, sheet: 主要指标 } ]
            body:
              - "收入{农民人均纯收入[本期]}元。"
            """
        let (dataset, warnings) = try DatasetLoader.load(yaml: yaml, fileName: "d.yaml", directory: Fixture.fixtures)
        let column = try #require(dataset.pendingColumns.first)
        #expect(column.isWorkbook && column.sheet == "主要指标" && column.names.contains("农民人均纯收入"))
        #expect(column.header == ReportPeriod(year: 2021).header(like: column.after) && column.after != nil)
        #expect(column.instruction.english.contains("figures.xlsx, sheet 主要指标"))
        #expect(warnings.contains { $0.code == "data.todo" && $0.message.hasPrefix("“农民人均纯收入” has no 2021年 figure") })
    }
}
