import Foundation
import FolioTestSupport
import Testing

/// `folio new-year` without `--force` never replaces a file, even one another run creates at the same
/// moment: the check that the output does not exist and the write are one step (link(2) into place).
@Suite("new-year refuses an existing output atomically")
struct NewYearRaceTests {
    @Test("of ten parallel runs to one new file, exactly one writes it; the others exit 73")
    func tenParallelRuns() throws {
        let folio = try #require(FolioExecutable.find(), "the folio executable is built beside the tests")
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-new-year-race-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let base = try String(
            contentsOf: CatalogueCase.folder.appendingPathComponent("cases/valid-control.yaml"), encoding: .utf8)
        try Data(base.utf8).write(to: tmp.appendingPathComponent("dataset.yaml"))

        let runs: [Process] = try (0..<10).map { _ in
            let p = Process()
            p.executableURL = folio
            p.arguments = ["new-year", "dataset.yaml", "--year", "2021", "-o", "draft.yaml"]
            p.currentDirectoryURL = tmp
            var env = ProcessInfo.processInfo.environment
            env["FOLIO_ASSETS"] = Checkout.assets.path
            p.environment = env
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        for p in runs { p.waitUntilExit() }
        let statuses = runs.map(\.terminationStatus)
        #expect(statuses.filter { $0 == 0 }.count == 1, "statuses: \(statuses)")
        #expect(statuses.filter { $0 == 73 }.count == 9, "statuses: \(statuses)")
        let draft = try String(contentsOf: tmp.appendingPathComponent("draft.yaml"), encoding: .utf8)
        #expect(draft.contains("2021"))
        let left = try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "no temporary file is left behind: \(left)")
    }
}
