import ArgumentParser
import Foundation
import Folio

/// The `folio` command: a thin layer over `Pipeline`.
@main
struct FolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Typeset a Chinese work report from a structured dataset to a print-ready PDF (GB/T 9704-2012).",
        discussion: """
        Exit status: 0 success; 64 usage error; 65 bad input (the dataset, theme or data files: \
        file:line:col diagnostics); 69 missing environment (fonts, assets); 73 output could not be written \
        (an existing output file is left unchanged).
        """,
        subcommands: [Build.self, Text.self, Fonts.self, Preview.self, Chart.self, Check.self, Verify.self, Import.self,
                      NewYear.self],
        defaultSubcommand: Build.self)
}

/// Prints a failure to stderr and exits with its documented status.
func fail(_ error: Error) -> Never {
    if let e = error as? FolioError {
        FileHandle.standardError.write(Data((e.description + "\n").utf8))
        exit(e.exitStatus)
    }
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(70)
}

/// Writes a line to stderr.
func note(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// The dataset argument shared by the commands: a path, or the bundled report when omitted.
struct DatasetArgument: ParsableArguments {
    @Argument(help: "The dataset (YAML). Default: the bundled report Assets/reports/xx-town-2016-2020.yaml.")
    var dataset: String?

    @Option(name: .long, help: "A theme name (gongwen, report) or a theme file, instead of the dataset's own.")
    var theme: String?

    @Flag(help: "Let data-files: name files outside the dataset's folder (refused by default: docs/limits.md).")
    var allowOutsidePaths = false

    /// Runs `body` with `--allow-outside-paths` in effect for every dataset load inside it.
    func scoped<T>(_ body: () throws -> T) throws -> T {
        try Pipeline.withOutsidePaths(allowed: allowOutsidePaths, body)
    }

    /// The dataset's URL.
    func url() throws -> URL {
        if let dataset { return URL(fileURLWithPath: dataset) }
        return try AssetLocator.bundledReport()
    }
}

/// A command that reads a dataset: its `run` applies the dataset options (such as `--allow-outside-paths`)
/// around `runScoped`, so every such command honours them the same way.
protocol DatasetCommand: ParsableCommand {
    /// The dataset argument and its options.
    var input: DatasetArgument { get }
    /// The command's work, with the dataset options in effect.
    func runScoped() throws
}

extension DatasetCommand {
    /// Runs `runScoped` with the dataset options in effect.
    func run() throws { try input.scoped { try runScoped() } }
}
