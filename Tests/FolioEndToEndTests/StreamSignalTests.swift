import Foundation
import FolioTestSupport
import Testing

/// The command line's own streams and signals (docs/limits.md, "Streams and signals"), run on the built
/// executable: a full or closed standard output is exit 74, a reader that goes away is an orderly end, and
/// SIGTERM during a build removes the temporary file and exits 128 + 15.
@Suite("Streams and signals", .serialized)
struct StreamSignalTests {
    /// A folder holding `big.yaml`: `paragraphs` paragraphs of ~300 characters (about 40 per page).
    static func folder(paragraphs: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-streams-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let base = try String(
            contentsOf: CatalogueCase.folder.appendingPathComponent("cases/valid-control.yaml"), encoding: .utf8)
        let line = "  - " + String(repeating: "农民人均纯收入稳步增长，产业结构持续优化。", count: 15) + "\n"
        try Data((base + String(repeating: line, count: paragraphs)).utf8).write(
            to: folder.appendingPathComponent("big.yaml"))
        return folder
    }

    /// Runs `script` in `sh` with `$FOLIO` set; returns sh's status and what it wrote.
    static func shell(_ script: String, in folder: URL) throws -> ToolRun.Result {
        let folio = try #require(FolioExecutable.find())
        return try ToolRun.run(
            "/bin/sh", ["-c", script],
            environment: FolioExecutable.environment.merging(["FOLIO": folio.path]) { $1 },
            in: folder)
    }

    @Test("text to /dev/full is exit 74 with a message; to a closed stdout too; stderr full keeps the status")
    func fullAndClosed() throws {
        let folder = try Self.folder(paragraphs: 10)
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try Self.shell(#""$FOLIO" text big.yaml > /dev/full"#, in: folder)
        #expect(full.status == 74)
        #expect(full.stderr.contains("cannot write to standard output"))
        let closed = try Self.shell(#""$FOLIO" text big.yaml >&-"#, in: folder)
        #expect(closed.status == 74)
        let both = try Self.shell(#""$FOLIO" text big.yaml > /dev/full 2> /dev/full"#, in: folder)
        #expect(both.status == 74)
        let failing = try Self.shell(#""$FOLIO" text nosuch.yaml 2> /dev/full"#, in: folder)
        #expect(failing.status == 65, "the command's own failure status, not a trap")
    }

    @Test("a reader that stops early (head) ends the run quietly with status 0, not SIGPIPE")
    func closedPipe() throws {
        let folder = try Self.folder(paragraphs: 2000)
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try Self.shell(
            #"{ "$FOLIO" text big.yaml; echo $? > status; } | head -c 1 > /dev/null; cat status"#, in: folder)
        #expect(
            r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "status \(r.stdout), stderr \(r.stderr)")
        #expect(r.stderr.isEmpty)
    }

    @Test("SIGTERM while the PDF is being written removes the temporary file and exits 143", .timeLimit(.minutes(3)))
    func interrupted() throws {
        let folder = try Self.folder(paragraphs: 6000)
        defer { try? FileManager.default.removeItem(at: folder) }
        let folio = try #require(FolioExecutable.find())
        let p = Process()
        p.executableURL = folio
        p.arguments = ["build", "big.yaml", "-o", "out.pdf", "--force"]
        p.currentDirectoryURL = folder
        p.environment = ProcessInfo.processInfo.environment.merging(FolioExecutable.environment) { $1 }
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        func temporaries() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
                $0.hasSuffix(".tmp") || $0.hasSuffix(".final")
            }
        }
        while p.isRunning && temporaries().isEmpty { usleep(2_000) }
        let sawTemporary = !temporaries().isEmpty
        p.terminate()
        p.waitUntilExit()
        #expect(sawTemporary, "the build finished before its temporary file was seen; make the dataset larger")
        #expect(p.terminationReason == .exit && p.terminationStatus == 143)
        #expect(temporaries().isEmpty, "left behind: \(temporaries())")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.pdf").path))
    }
}
