import Foundation

/// Runs a program to completion for a test, its output captured through temporary files.
///
/// No pipes: Foundation's `readDataToEndOfFile` traps when a read is interrupted (EINTR), and reading
/// one pipe to its end while the child fills the other can block for ever.
public enum ToolRun {
    /// What a run left behind.
    public struct Result: Sendable {
        /// Exit status, or 128 + the signal number when a signal ended the program.
        public var status: Int32
        /// Standard output.
        public var output: Data
        /// Standard error.
        public var errors: Data
        /// Standard output as UTF-8 text.
        public var stdout: String { String(decoding: output, as: UTF8.self) }
        /// Standard error as UTF-8 text.
        public var stderr: String { String(decoding: errors, as: UTF8.self) }
    }

    /// A program the test needs is not there (not built, not installed).
    public struct Missing: Error, CustomStringConvertible {
        /// The program's name.
        public var program: String
        /// What to do about it.
        public var description: String {
            "\(program) is not available: build it (swift build) or install it (make setup-test)"
        }
    }

    /// Runs `program` (a path, or a name looked up on PATH) with `arguments`, and `environment` added to this
    /// process's environment, in `folder` (this process's working directory when nil).
    @discardableResult
    public static func run(
        _ program: String, _ arguments: [String],
        environment: [String: String] = [:], in folder: URL? = nil
    ) throws -> Result {
        let p = Process()
        if let folder { p.currentDirectoryURL = folder }
        if program.contains("/") {
            p.executableURL = URL(fileURLWithPath: program)
            p.arguments = arguments
        } else {
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = [program] + arguments
        }
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("folio-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: capture) }
        let outURL = capture.appendingPathComponent("stdout"), errURL = capture.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        p.standardOutput = out
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        try out.close(); try err.close()
        let status = p.terminationReason == .uncaughtSignal ? 128 + p.terminationStatus : p.terminationStatus
        return Result(
            status: status, output: (try? Data(contentsOf: outURL)) ?? Data(),
            errors: (try? Data(contentsOf: errURL)) ?? Data())
    }
}
