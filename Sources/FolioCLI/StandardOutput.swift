import FolioMessages
import Foundation
import Folio
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `-o -`: a file written to standard output. The command writes into a private temporary folder (so the
/// atomic write, the input checks and the interrupted-run clean-up work as for any file), then the bytes
/// are copied to standard output and the folder is removed.
enum StandardOutput {
    /// Whether an `-o` value means standard output.
    static func isRequested(_ output: String?) -> Bool { output == "-" }

    /// Runs `write` with a path in a fresh temporary folder named `fileName`, then copies that file to
    /// standard output. Refuses (exit 64) when standard output is a terminal: a PDF there is noise.
    static func through(fileName: String, _ write: (URL) throws -> Void) throws {
        if isatty(1) == 1 {
            throw UsageError(
                message: Lang.text("cli.o-writes-file-standard"))
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-stdout-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FolioError.output(
                Lang.text(
                    "cli.cannot-create-temporary-folder",
                    [
                        "value": "\(folder.deletingLastPathComponent().path)",
                        "localized-description": .message(.system(error)),
                    ]),
                hint: Lang.text("cli.set-tmpdir-folder-you.hint"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(fileName)
        try write(file)
        let bytes: Data
        do { bytes = try Data(contentsOf: file, options: .alwaysMapped) } catch {
            throw FolioError.output(
                Lang.text(
                    "cli.cannot-read-back-path",
                    ["path": "\(file.path)", "localized-description": .message(.system(error))]),
                hint: Lang.text("cli.check-space-left-temporary.hint"))
        }
        Console.out(bytes)
    }
}
