import FolioData
import Foundation
import Testing

/// The header row of a CSV data file as docs/dataset.md describes it: a title row above it is allowed (it was refused
/// as "longer than the header" when the title was taken for the header), and two columns headed by one period are an
/// error (the second figure had silently won).
@Suite("CSV header rows")
struct CSVHeaderTests {
    /// Loads a dataset whose data come from a CSV of `text`; its diagnostics when it does not load.
    static func load(_ text: String, body: String) throws -> Result<Dataset, DiagnosticError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent("a.csv"), atomically: true, encoding: .utf8)
        let yaml =
            "report: { title: 标题, issuer: 机关, date: 2021-07-15 }\ndata-files: [a.csv]\nbody:\n  - p: \"\(body)\"\n"
        do {
            return .success(try DatasetLoader.load(yaml: yaml, fileName: "r.yaml", directory: folder).dataset)
        } catch let e as DiagnosticError {
            return .failure(e)
        }
    }

    @Test("a title row above the header is read past", arguments: ["主要指标表\n", "主要指标表,,,\n"])
    func titleAboveTheHeader(title: String) throws {
        let result = try Self.load(title + "指标,单位,2019年,2020年\n收入,元,100,200\n", body: "{收入[2020]}")
        let dataset = try result.get()
        #expect(dataset.value(named: "收入")?.points.map(\.year) == ["2019", "2020"])
    }

    @Test("a row longer than the header row is still refused")
    func longerRowStillRefused() throws {
        guard case .failure(let e) = try Self.load("指标,单位,2020\n收入,元,1,2\n", body: "正文") else {
            Issue.record("a ragged row was accepted"); return
        }
        #expect(e.diagnostics.contains { $0.code == "datafile.ragged" }, "\(e.diagnostics.map(\.description))")
    }

    @Test("two columns headed by one year are an error at the second, naming the first")
    func periodTwice() throws {
        guard case .failure(let e) = try Self.load("指标,单位,2020年,2020年\n收入,元,1,2\n", body: "正文") else {
            Issue.record("a year heading two columns was accepted"); return
        }
        let d = try #require(
            e.diagnostics.first { $0.code == "datafile.header" }, "\(e.diagnostics.map(\.description))")
        #expect(d.location == SourceLocation(file: "a.csv", line: 1, column: 4))
        #expect(d.message.contains("row 1, column 3"), "\(d.message)")
    }
}
