import Foundation
import Testing
import Folio
import FolioData

/// The path rules of docs/limits.md: outputs compared with inputs by real path and by device and inode,
/// data files and themes confined to the dataset's folder by real path, SOURCE_DATE_EPOCH's range.
@Suite("Path identity and confinement")
struct PathSafetyTests {
    /// A fresh folder with `dataset.yaml`, a hard link `hard.yaml`, a symlink `link.yaml`, a folder `sub`, a
    /// symlink `root -> /` and a file `outside.csv` in the folder above `data`.
    static func scene() throws -> URL {
        let fm = FileManager.default
        let top = fm.temporaryDirectory.appendingPathComponent("folio-paths-\(UUID().uuidString)")
        let data = top.appendingPathComponent("data")
        try fm.createDirectory(at: data.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("report: {}\n".utf8).write(to: data.appendingPathComponent("dataset.yaml"))
        try Data("a,b\n".utf8).write(to: top.appendingPathComponent("outside.csv"))
        try fm.linkItem(at: data.appendingPathComponent("dataset.yaml"), to: data.appendingPathComponent("hard.yaml"))
        try fm.createSymbolicLink(
            atPath: data.appendingPathComponent("link.yaml").path, withDestinationPath: "dataset.yaml")
        try fm.createSymbolicLink(atPath: data.appendingPathComponent("root").path, withDestinationPath: "/")
        try fm.createSymbolicLink(
            atPath: data.appendingPathComponent("away.csv").path, withDestinationPath: "../outside.csv")
        return data
    }

    @Test("one file by any spelling is the same file; another file is not")
    func sameFile() throws {
        let data = try Self.scene()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let dataset = data.appendingPathComponent("dataset.yaml")
        for spelling in [
            "dataset.yaml", "./dataset.yaml", "sub/../dataset.yaml", "hard.yaml", "link.yaml",
            "sub/../link.yaml",
        ] {
            #expect(PathIdentity.same(dataset, URL(fileURLWithPath: data.path + "/" + spelling)), "\(spelling)")
        }
        #expect(!PathIdentity.same(dataset, data.appendingPathComponent("other.yaml")))
        #expect(!PathIdentity.same(dataset, data.deletingLastPathComponent().appendingPathComponent("outside.csv")))
        let a = try #require(PathIdentity.fileID(dataset)),
            b = try #require(PathIdentity.fileID(data.appendingPathComponent("hard.yaml")))
        #expect(a == b)
    }

    @Test("confinement follows symlinks to files and folders, also for missing files below them")
    func confinement() throws {
        let data = try Self.scene()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        #expect(DataFile(path: "sub/../dataset.yaml").url(in: data) != nil)
        #expect(DataFile(path: "away.csv").url(in: data) == nil, "a symlink to a file outside")
        #expect(DataFile(path: "root/etc/passwd").url(in: data) == nil, "a symlink to / on the way")
        #expect(DataFile(path: "root/no/such/file.csv").url(in: data) == nil, "missing, below a symlink to /")
        #expect(DataFile(path: "../outside.csv").url(in: data) == nil)
        #expect(DataFile(path: "/etc/passwd").url(in: data) == nil)
        #expect(PathIdentity.realPath(data.appendingPathComponent("root/no/file")) == "/no/file")
    }

    @Test("a data file behind a symlink out of the folder is refused unless the options allow it")
    func loadOptions() throws {
        let data = try Self.scene()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        try Data("指标,单位,2015,2020\n户籍人口,人,30000,31000\n".utf8).write(
            to: data.deletingLastPathComponent().appendingPathComponent("outside.csv"))
        let yaml = """
            report: {title: 测试, issuer: 测试镇人民政府, date: 2021-01-15}
            data-files: [away.csv]
            body:
              - "{户籍人口[2020]}人。"
            """
        let refused = #expect(throws: DiagnosticError.self) {
            try DatasetLoader.load(yaml: yaml, fileName: "data/d.yaml", directory: data)
        }
        #expect(refused?.diagnostics.contains { $0.code == "datafile.outside" } == true)
        let (dataset, _) = try DatasetLoader.load(
            yaml: yaml, fileName: "data/d.yaml", directory: data,
            options: LoadOptions(allowOutsidePaths: true))
        #expect(dataset.dataFiles.count == 1)
        #expect(dataset.dataFiles.first.map { PathIdentity.same($0, data.appendingPathComponent("away.csv")) } == true)
    }

    @Test("an output that is an input, or ends in a slash, is refused with exit status 73")
    func checkOutput() throws {
        let data = try Self.scene()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let dataset = data.appendingPathComponent("dataset.yaml")
        for output in ["hard.yaml", "link.yaml", "./sub/../dataset.yaml", "new.pdf/"] {
            let error = #expect(throws: FolioError.self) {
                try Pipeline.checkOutput(URL(fileURLWithPath: data.path + "/" + output), inputs: [dataset])
            }
            #expect(error?.exitStatus == 73, "\(output)")
        }
        try Pipeline.checkOutput(data.appendingPathComponent("new.pdf"), inputs: [dataset])
    }

    @Test("SOURCE_DATE_EPOCH: digits from 0 to 9999-12-31T23:59:59Z, nothing else")
    func creationEpoch() {
        #expect(BuildOptions.creationEpoch(parsing: "0") == 0)
        #expect(BuildOptions.creationEpoch(parsing: "1609459200") == 1_609_459_200)
        #expect(BuildOptions.creationEpoch(parsing: "253402300799") == 253_402_300_799)
        for bad in ["", "nan", "inf", "-1", "1e9", "12.5", " 1", "253402300800", "99999999999999999999", "０"] {
            #expect(BuildOptions.creationEpoch(parsing: bad) == nil, "\(bad)")
        }
    }
}
