import FolioData
import FolioTestSupport
import Foundation
import Testing

/// Workbooks made to hurt the reader (Fixtures/make_hostile_xlsx.py): a row numbered past any sheet's last row once
/// overflowed the grid's arithmetic and stopped the program; a hundred million-cell merges in a 1 KB file took
/// a minute and a half to fill in.
@Suite("Hostile workbooks")
struct HostileWorkbookTests {
    @Test("a row numbered past the sheet's last row is read at its place, and nothing overflows")
    func rowPastTheSheet() throws {
        let yaml = MinimalDataset.yaml(data: "data-files: [ { file: row-past-sheet.xlsx, sheet: S } ]")
        let problems = DataFileTests.problems(yaml)
        // The row is taken as the second (its place): 税收 2020 is read; a problem, if any, is a diagnostic.
        #expect(!problems.contains { $0.code.isEmpty }, "\(problems.map(\.description))")
        let (dataset, _) = try DatasetLoader.load(
            yaml: yaml, fileName: "fixtures/report.yaml", directory: DataFileTests.fixtures)
        #expect(dataset.value(named: "税收")?.points.map(\.year) == ["2020"])
    }

    @Test("a hundred merges of a million cells each are refused as too large, not filled in")
    func hundredMerges() throws {
        let problems = DataFileTests.problems(
            MinimalDataset.yaml(data: "data-files: [ { file: hundred-merges.xlsx, sheet: S } ]"))
        let d = try #require(problems.first { $0.code == "datafile.range" }, "\(problems.map(\.description))")
        #expect(d.message.contains("hundred-merges.xlsx"))
    }
}
