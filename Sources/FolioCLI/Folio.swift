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
        Exit status: 0 success; 64 usage error (options, SOURCE_DATE_EPOCH); 65 bad input (the dataset, theme or \
        data files: file:line:col diagnostics); 69 missing environment (fonts, assets); 73 output could not be \
        written, or would replace an input (an existing output file is left unchanged); 74 standard output or \
        error could not be written; 128+N ended by signal N (temporary files removed).
        """,
        subcommands: [Build.self, Text.self, Fonts.self, Preview.self, Chart.self, Check.self, Verify.self, Import.self,
                      NewYear.self],
        defaultSubcommand: Build.self)

    /// The one way in and out: set up the streams and signals, run the command, map what it threw to an
    /// exit status (`exitStatus(for:)`), flush standard output, and exit.
    static func main() {
        ProcessSafety.prepare()
        var status: Int32
        do {
            var command = try parseAsRoot()
            try command.run()
            status = 0
        } catch {
            status = exitStatus(for: error)
        }
        Foundation.exit(Console.finish(status: status))
    }

    /// Prints what `error` says (help to standard output, failures to standard error) and returns its
    /// documented status.
    static func exitStatus(for error: Error) -> Int32 {
        switch error {
        case let e as FolioError:
            Console.err(e.description)
            return e.exitStatus
        case let e as UsageError:
            Console.err("error: \(e.message)")
            return 64
        default:
            let code = exitCode(for: error).rawValue
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == 0 { Console.out(message) } else { Console.err(message) }
            }
            return code
        }
    }
}

/// A mistake in how folio was called that ArgumentParser cannot see (an option's file, the environment):
/// exit status 64.
struct UsageError: Error {
    /// What is wrong and what to do.
    var message: String
}

/// Writes a line to stderr.
func note(_ line: String) {
    Console.err(line)
}

/// The dataset argument shared by the commands: a path, or the bundled report when omitted.
struct DatasetArgument: ParsableArguments {
    @Argument(help: "The dataset (YAML). Default: the bundled report Assets/reports/xx-town-2016-2020.yaml.")
    var dataset: String?

    @Option(name: .long, help: "A theme name (gongwen, report) or a theme file, instead of the dataset's own.")
    var theme: String?

    @Flag(help: "Let data-files: and theme files lie outside the dataset's folder (refused by default: docs/limits.md).")
    var allowOutsidePaths = false

    /// The options for this run, from the command line and the environment (`RunEnvironment`).
    func options(creationDate: Bool = false) throws -> BuildOptions {
        try RunEnvironment.options(allowOutsidePaths: allowOutsidePaths, creationDate: creationDate)
    }

    /// The dataset's URL.
    func url() throws -> URL {
        if let dataset { return URL(fileURLWithPath: dataset) }
        return try AssetLocator.bundledReport(RunEnvironment.assets)
    }
}
