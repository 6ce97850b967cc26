import Foundation

/// The built `folio` executable, for the tests that run the command line as a user would.
public enum FolioExecutable {
    /// The executable: `$FOLIO_EXECUTABLE`, else beside the test runner or its bundle, else the checkout's
    /// `.build/debug/folio`; nil when none of them is an executable file.
    public static func find() -> URL? {
        var candidates: [URL] = []
        if let named = ProcessInfo.processInfo.environment["FOLIO_EXECUTABLE"] {
            candidates.append(URL(fileURLWithPath: named))
        }
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        candidates += [
            runner, runner.deletingLastPathComponent(), Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("folio") }
        candidates.append(Checkout.url(".build/debug/folio"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The environment the executable runs in under test: `FOLIO_ASSETS` names the checkout's asset folder,
    /// so a run from a temporary folder finds the themes, and `LC_ALL=C.UTF-8`, so messages are English unless a test
    /// asks for Chinese (`ChineseMessagesTests`).
    public static let environment = ["FOLIO_ASSETS": Checkout.assets.path, "LC_ALL": "C.UTF-8"]

    /// Runs `folio arguments` (in `folder`, with `environment` added to `FolioExecutable.environment`).
    /// Throws `ToolRun.Missing` when the executable is not built.
    public static func run(
        _ arguments: [String], in folder: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> ToolRun.Result {
        guard let folio = find() else { throw ToolRun.Missing(program: "folio") }
        return try ToolRun.run(
            folio.path, arguments, environment: self.environment.merging(environment) { $1 },
            in: folder)
    }
}
