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
                message: """
                    -o - writes the file to standard output, which is a terminal
                        hint: redirect it (folio build report.yaml -o - > report.pdf) or pipe it to another program
                    """)
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-stdout-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FolioError.output(
                "cannot create a temporary folder in \(folder.deletingLastPathComponent().path): \(error.localizedDescription)",
                hint: "set TMPDIR to a folder you can write")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(fileName)
        try write(file)
        let bytes: Data
        do { bytes = try Data(contentsOf: file, options: .alwaysMapped) } catch {
            throw FolioError.output(
                "cannot read back \(file.path): \(error.localizedDescription)",
                hint: "check the space left in the temporary folder")
        }
        Console.out(bytes)
    }
}
