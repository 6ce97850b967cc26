import Testing
import Foundation
import FolioData
import FolioDocument
import FolioTestSupport

/// Figures from CSV and .xlsx files (Fixtures/, written by make_fixtures.py from the bundled data).
@Suite("Data files")
struct DataFileTests {
    static let fixtures = Fixture.fixtures

    /// The bundled dataset with its `data:` section replaced by `data-files:` naming `files`.
    static func bundled(withFiles files: String) throws -> String {
        let yaml = try Fixture.bundledYAML()
        guard let start = yaml.range(of: "\ndata:\n"), let end = yaml.range(of: "\ncharts:\n") else {
            throw DiagnosticError(Diagnostic(.error, "the bundled dataset lost its data: or charts: section"))
        }
        return String(yaml[..<start.lowerBound]) + "\ndata-files:\n" + files + "\n" + String(yaml[end.lowerBound...])
    }

    static func resolve(_ yaml: String) throws -> Document {
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "fixtures/report.yaml", directory: fixtures)
        return try Document.resolve(dataset, theme: Fixture.theme()).document
    }

    static func problems(_ yaml: String) -> [Diagnostic] {
        do { _ = try resolve(yaml); return [] } catch let e as DiagnosticError { return e.diagnostics } catch {
            return []
        }
    }

    @Test(arguments: [
        "  - figures.csv", "  - { file: figures-gb18030.csv, encoding: gb18030 }", "  - figures-gb18030.csv",
        "  - { file: figures.xlsx, sheet: 主要指标 }", "  - { file: figures.xlsx, sheet: 主要指标, range: A2:E60 }",
    ])
    func bundledFiguresFromAFileGiveTheSameText(files: String) throws {
        let expected = try Fixture.resolve(Fixture.bundledYAML()).plainText
        let text = try Self.resolve(Self.bundled(withFiles: files)).plainText
        #expect(text == expected)
        #expect(text.contains("耕地面积21027.13亩，其中水田19752.13亩"))
    }

    @Test func workbookCellsAreReadAsTheyLook() throws {
        let (dataset, warnings) = try DatasetLoader.load(
            yaml: Self.bundled(withFiles: "  - { file: figures.xlsx, sheet: 主要指标 }"),
            fileName: "fixtures/report.yaml", directory: Self.fixtures)
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
        let income = try #require(dataset.value(named: "农民人均纯收入"))
        #expect(income.unit == "元")
        #expect(income.points.map(\.quantity) == [Quantity(8740, decimals: 0), Quantity(11379, decimals: 0)])
        #expect(dataset.value(named: "水田面积")?.content == .scalar(Quantity(19752.13, decimals: 2)))
        #expect(dataset.value(named: "财政收入")?.points.map(\.year) == ["2020"])
        #expect(dataset.value(named: "XX镇主要统计指标") == nil)
        #expect(income.location == SourceLocation(file: "fixtures/figures.xlsx", line: 24, column: 1))
    }

    @Test func anUnreadableCellIsNamedByFileSheetAndCell() throws {
        let problems = Self.problems(MinimalDataset.yaml(data: "data-files: [ { file: bad.xlsx, sheet: 主要指标 } ]"))
        let d = try #require(problems.first { $0.code == "datafile.number" }, "\(problems.map(\.description))")
        #expect(d.message == "fixtures/bad.xlsx, sheet 主要指标, cell C4: “约100” is not a number")
        #expect(d.location == SourceLocation(file: "fixtures/bad.xlsx", line: 4, column: 3))
    }

    @Test func anUnknownSheetSuggestsTheClosest() throws {
        let problems = Self.problems(MinimalDataset.yaml(data: "data-files: [ { file: figures.xlsx, sheet: 主要指数 } ]"))
        let d = try #require(problems.first { $0.code == "datafile.sheet" })
        #expect(d.message == "“fixtures/figures.xlsx” has no sheet “主要指数”")
        #expect(d.hint == "did you mean “主要指标”?")
        #expect(d.location?.line == 9)
    }

    @Test func aPathOutsideTheDatasetsFolderIsRefused() throws {
        for path in ["../Goldens/xx-town-plaintext.txt", "/etc/passwd", "sub/../../x.csv"] {
            let problems = Self.problems(MinimalDataset.yaml(data: "data-files: [ \"\(path)\" ]"))
            let d = try #require(problems.first { $0.code == "datafile.outside" }, "\(path)")
            #expect(d.message == "the data file “\(path)” is outside the dataset’s folder")
            #expect(d.location == SourceLocation(file: "fixtures/report.yaml", line: 9, column: 15))
        }
    }

    @Test func csvProblemsNameTheRowAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "指标,单位,2019,2020\n收益,元,1,2\n产量,吨吨,3,4,\n人口,人,5,六\n".write(
            to: folder.appendingPathComponent("a.csv"),
            atomically: true, encoding: .utf8)
        let yaml =
            "report: { title: 标题, issuer: 机关, date: 2021-07-15 }\ndata-files: [a.csv]\nbody:\n  - p: \"{收益[2020]}{产量[2020]}{人口[2019]}\"\n"
        var problems: [Diagnostic] = []
        do { _ = try DatasetLoader.load(yaml: yaml, fileName: "r.yaml", directory: folder) } catch let e
            as DiagnosticError
        {
            problems = e.diagnostics
        }
        let unit = try #require(problems.first { $0.code == "data.unknown-unit" })
        #expect(unit.message == "a.csv, row 3, column 2: “吨吨” is not a known unit")
        #expect(unit.hint == "did you mean “吨”?")
        let number = try #require(problems.first { $0.code == "datafile.number" })
        #expect(number.location == SourceLocation(file: "a.csv", line: 4, column: 4))
        // 人口's row is unreadable (its cell is reported): its use in the text is not also an unknown name.
        #expect(!problems.contains { $0.code == "expr.unknown-name" && $0.message.contains("人口") })
    }

    @Test func aNameInBothTheYAMLAndAFileIsAnError() throws {
        let problems = Self.problems(MinimalDataset.yaml(data: "  国土面积: 3\ndata-files: [figures.csv]"))
        let d = try #require(problems.first { $0.code == "data.duplicate-name" })
        #expect(d.message == "“国土面积” is given twice (also at fixtures/report.yaml:9:3)")
        #expect(d.location == SourceLocation(file: "fixtures/figures.csv", line: 3, column: 1))
    }
}
