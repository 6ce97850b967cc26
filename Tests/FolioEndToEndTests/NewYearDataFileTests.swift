import Foundation
import FolioTestSupport
import Testing

/// `folio new-year` on a dataset with `data-files:`: the draft builds with --draft, the command names the
/// column to add, and `--add-columns` adds it to the CSV in its own encoding, keeping the old file as FILE.bak.
@Suite("new-year with data files")
struct NewYearDataFileTests {
    /// A copy of docs/example.yaml and its figures file (in `encoding`), in a new folder.
    static func copyOfExample(gb18030: Bool = false) throws -> URL {
        let folder = try Checkout.temporaryFolder("folio-newyear-datafile")
        let docs = Checkout.root.appendingPathComponent("docs")
        try FileManager.default.copyItem(
            at: docs.appendingPathComponent("example.yaml"), to: folder.appendingPathComponent("example.yaml"))
        let csv = try String(contentsOf: docs.appendingPathComponent("example-figures.csv"), encoding: .utf8)
        let encoding = gb18030 ? String.Encoding(rawValue: 0x8000_0632) : .utf8
        try #require(csv.data(using: encoding)).write(to: folder.appendingPathComponent("example-figures.csv"))
        return folder
    }

    @Test func namesTheColumnAndTheDraftBuilds() throws {
        let folder = try Self.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try Data(contentsOf: folder.appendingPathComponent("example-figures.csv"))
        let run = try FolioExecutable.run(["new-year", "example.yaml"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("add the column 2021年 after 2020年 to example-figures.csv and fill it in (粮食产量)"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("example-figures.csv")) == csv)
        let refused = try FolioExecutable.run(["build", "example-2021.yaml", "-o", "x.pdf"], in: folder)
        #expect(refused.status == 65 && refused.stderr.contains("example-figures.csv:2:1: error: “粮食产量” has no 2021年"))
        let draft = try FolioExecutable.run(["build", "--draft", "example-2021.yaml", "-o", "x.pdf"], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
    }

    @Test func addsTheColumnInTheFilesEncodingAndKeepsABackup() throws {
        let folder = try Self.copyOfExample(gb18030: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csvURL = folder.appendingPathComponent("example-figures.csv")
        let before = try Data(contentsOf: csvURL)
        let run = try FolioExecutable.run(["new-year", "example.yaml", "--add-columns"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: csvURL.appendingPathExtension("bak")) == before)
        let after = try #require(
            String(data: Data(contentsOf: csvURL), encoding: String.Encoding(rawValue: 0x8000_0632)))
        #expect(after.hasPrefix("指标,单位,2019年,2020年,2021年,数值\n粮食产量,吨,5120,5386,,\n"))
        #expect(String(data: try Data(contentsOf: csvURL), encoding: .utf8) == nil)   // still GB18030
        // A second draft finds the column there, empty: nothing more is changed.
        let again = try FolioExecutable.run(["new-year", "example.yaml", "-o", "b.yaml", "--add-columns"], in: folder)
        #expect(again.status == 0 && !again.stderr.contains("added the empty column"))
    }

    /// Last year's copy stays as it was; this year's goes beside it as .bak.2 (it stopped every year's draft after the
    /// first with exit 73, the draft written all the same).
    @Test func anExistingBackupIsNeverOverwritten() throws {
        let folder = try Self.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csvURL = folder.appendingPathComponent("example-figures.csv")
        let before = try Data(contentsOf: csvURL)
        try Data("older".utf8).write(to: csvURL.appendingPathExtension("bak"))
        let run = try FolioExecutable.run(["new-year", "example.yaml", "--add-columns"], in: folder)
        #expect(run.status == 0 && run.stderr.contains("example-figures.csv.bak.2"), "\(run.stderr)")
        #expect(try Data(contentsOf: csvURL) != before)
        #expect(try Data(contentsOf: csvURL.appendingPathExtension("bak")) == Data("older".utf8))
        #expect(try Data(contentsOf: csvURL.appendingPathExtension("bak").appendingPathExtension("2")) == before)
    }
}
