import ArgumentParser
import Foundation
import Folio
import FolioData

/// The `folio` command: a thin layer over `Pipeline`.
@main
struct FolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Typeset a Chinese work report from a structured dataset to a print-ready PDF (GB/T 9704-2012).",
        discussion: """
            A dataset of "-" is read from standard input (its data files and theme paths are then relative to the \
            current folder); "-o -" writes the PDF (build, chart) to standard output. `folio build --example` \
            renders the bundled report.

            Exit status: 0 success; 64 usage error (unknown command or option, no dataset, SOURCE_DATE_EPOCH, \
            -o - or - on a terminal); 65 bad input (the dataset, theme or data files: file:line:col diagnostics; \
            check or verify found an error); 66 verify: the PDF cannot be opened; 69 missing environment (fonts, \
            assets); 70 internal error (a bug: please report it); 73 output could not be written, or would replace \
            an input (an existing output file is left unchanged); 74 standard output or error could not be \
            written; 128+N ended by signal N (temporary files removed).
            """,
        version: BuildInfo.description,
        subcommands: [
            Build.self, Text.self, Fonts.self, Preview.self, Chart.self, Check.self, Verify.self, Import.self,
            NewYear.self, Diff.self,
        ],
        defaultSubcommand: Build.self)

    @OptionGroup var language: LanguageOption

    /// The one way in and out: set up the streams and signals, run the command, map what it threw to an
    /// exit status (`exitStatus(for:)`), flush standard output, and exit.
    static func main() {
        ProcessSafety.prepare()
        var status: Int32
        do {
            if let unknown = unknownCommand(in: Array(CommandLine.arguments.dropFirst())) { throw unknown }
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
            Console.err(e.text(Lang.current))
            return e.exitStatus
        case let e as UsageError:
            Console.err("error: \(e.message)")
            return 64
        case is ExitCode, is CleanExit, is ValidationError:
            let code = exitCode(for: error).rawValue
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == 0 { Console.out(message) } else { Console.err(message) }
            }
            return code
        default:
            // Errors ArgumentParser raised while parsing carry their own status (64 for usage); anything
            // else escaped the typed errors: EX_SOFTWARE.
            let code = exitCode(for: error).rawValue
            let message = fullMessage(for: error)
            if code == 64 || code == 0 {
                if !message.isEmpty { if code == 0 { Console.out(message) } else { Console.err(message) } }
                return code
            }
            Console.err(
                "error: internal error: \(error)\n    hint: this is a bug in Folio; please report it with the command and the dataset"
            )
            return 70
        }
    }

    /// The names `folio` accepts as its first argument for a command.
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }

    /// A usage error when the first argument looks like a mistyped command rather than a dataset: not an
    /// option, not a command, no file by that name, and no "/" or "." in it (`folio chekc` → "did you mean
    /// check?"). `build` is the default command, so a dataset path alone still builds it.
    static func unknownCommand(in arguments: [String]) -> UsageError? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first),
            !first.contains("/"), !first.contains("."),
            !FileManager.default.fileExists(atPath: first)
        else { return nil }
        let hint = Suggestion.hint(for: first, among: commandNames) ?? "a dataset is a .yaml file"
        return UsageError(
            message: """
                unknown command “\(first)”: \(hint)
                    hint: the commands are \(commandNames.joined(separator: ", ")); `folio --help` lists them
                """)
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

/// The dataset argument shared by the commands: a path, `-` for standard input, or `--example` for the
/// bundled report; none of them is a usage error (exit 64).
struct DatasetArgument: ParsableArguments {
    @Argument(
        help:
            "The dataset (YAML), or - to read it from standard input (data files and theme paths are then relative to the current folder)."
    )
    var dataset: String?

    @Flag(help: "Use the bundled report (xx-town-2016-2020.yaml from Folio's assets) as the dataset.")
    var example = false

    @Option(
        name: .long,
        help: "A theme name (gongwen, letter, order, minutes, report) or a theme file, instead of the dataset's own.")
    var theme: String?

    @Flag(
        help: "Let data-files: and theme files lie outside the dataset's folder (refused by default: docs/limits.md).")
    var allowOutsidePaths = false

    /// The options for this run, from the command line and the environment (`RunEnvironment`).
    func options(creationDate: Bool = false) throws -> BuildOptions {
        var options = try RunEnvironment.options(allowOutsidePaths: allowOutsidePaths, creationDate: creationDate)
        if readsStandardInput { options.load.datasetBytes = try StandardInput.bytes() }
        return options
    }

    /// Whether the dataset comes from standard input (`-`).
    var readsStandardInput: Bool { dataset == "-" }

    /// The dataset's name without folder or extension, for default output names (`stdin` for `-`).
    func baseName(_ url: URL) -> String {
        readsStandardInput ? "stdin" : url.deletingPathExtension().lastPathComponent
    }

    /// Refuses a dataset together with `--example`.
    func validate() throws {
        if example && dataset != nil {
            throw ValidationError("give a dataset or --example, not both")
        }
    }

    /// The dataset's URL (for `-`, a name in the current folder that stands for standard input).
    func url() throws -> URL {
        if readsStandardInput { return URL(fileURLWithPath: StandardInput.name) }
        if let dataset { return URL(fileURLWithPath: dataset) }
        if example {
            return try AssetLocator.bundledReport(RunEnvironment.assets, executable: RunEnvironment.executable)
        }
        throw UsageError(
            message: """
                no dataset given
                    hint: name a dataset (folio build report.yaml), pipe one in (folio build - < report.yaml), \
                or use the bundled report: folio build --example
                """)
    }
}
