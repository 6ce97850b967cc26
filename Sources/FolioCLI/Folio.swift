import FolioMessages
import ArgumentParser
import Foundation
import Folio
import FolioData

/// The `folio` command: a thin layer over `Pipeline`.
@main
struct FolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: Lang.text("cli.typeset-chinese-work-report"),
        discussion: Lang.text("cli.dataset-read-from-standard"),
        version: BuildInfo.description,
        subcommands: [
            Build.self, Text.self, Fonts.self, Preview.self, Chart.self, Check.self, Verify.self, Import.self,
            NewYear.self, Diff.self, Serve.self,
        ],
        defaultSubcommand: Build.self)

    @OptionGroup var language: LanguageOption

    /// The one way in and out: set up the streams and signals, run the command, map what it threw to an
    /// exit status (`exitStatus(for:)`), flush standard output, and exit.
    static func main() {
        ProcessSafety.prepare()
        var status: Int32
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let unsupported = Lang.unsupported(in: arguments) { throw unsupported }
            if let unknown = unknownCommand(in: arguments) { throw unknown }
            var command = try parseAsRoot()
            do { try command.run() } catch let e as ValidationError {
                // A usage mistake found while running is told with the usage of the command that was run.
                throw CommandUsageError(command: type(of: command), message: e.message)
            }
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
        case let e as BatchFailure:
            return e.status
        case let e as FolioError:
            Console.err(e.text(Lang.current))
            return e.exitStatus
        case let e as UsageError:
            Console.err(Diagnostic(.error, e.message, hint: e.hint).text(Lang.current))
            return 64
        case let e as CommandUsageError:
            Console.err(parserWording(e.englishText))
            return 64
        case is ExitCode, is CleanExit, is ValidationError:
            let code = exitCode(for: error).rawValue
            let message = parserMessage(for: error)
            if !message.isEmpty {
                if code == 0 { Console.out(message) } else { Console.err(message) }
            }
            return code
        default:
            // Errors ArgumentParser raised while parsing carry their own status (64 for usage); anything
            // else escaped the typed errors: EX_SOFTWARE.
            let code = exitCode(for: error).rawValue
            let message = parserMessage(for: error)
            if code == 64 || code == 0 {
                if !message.isEmpty { if code == 0 { Console.out(message) } else { Console.err(message) } }
                return code
            }
            Console.err(
                Lang.text("cli.error-internal-error-error", ["error": .error(error)])
            )
            return 70
        }
    }

    /// What ArgumentParser says for `error` (help, usage, its errors) in this run's language. Chinese is broken to
    /// the terminal's width here, by display columns (`HelpWrap`): the parser, counting characters, made its
    /// lines about 1.6 times too wide.
    static func parserMessage(for error: Error) -> String {
        parserWording(fullMessage(for: error, columns: Lang.current == .english ? nil : HelpWrap.unbounded))
    }

    /// `text`, worded as ArgumentParser words it and not broken to a width, in this run's language: Chinese broken
    /// to the terminal's width by display columns (`HelpWrap`).
    static func parserWording(_ text: String) -> String {
        guard Lang.current != .english else { return text }
        return HelpWrap.wrap(Lang.parserText(text), width: HelpWrap.terminalColumns())
    }

    /// The exit status `exitStatus(for:)` gives `error`, printing nothing (a batch's failures are printed as they
    /// are met).
    static func exitStatus(forQuiet error: Error) -> Int32 {
        switch error {
        case let e as FolioError: return e.exitStatus
        case is UsageError, is CommandUsageError: return 64
        case let e as BatchFailure: return e.status
        default: return 70
        }
    }

    /// The names `folio` accepts as its first argument for a command.
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }

    /// A usage error when the first argument looks like a mistyped command rather than a dataset: not an
    /// option, not a command, no file by that name, and no "/" or "." in it (`folio chekc` → "did you mean
    /// check?"). `build` is the default command, so a dataset path alone still builds it. After `help`, any word
    /// that is not a command is one (`folio help chekc`), since `help` takes no dataset.
    static func unknownCommand(in arguments: [String]) -> UsageError? {
        guard let first = arguments.first else { return nil }
        if first == "help" { return unknownHelpTopic(arguments.dropFirst().first) }
        guard !first.hasPrefix("-"), !commandNames.contains(first), !first.contains("/"), !first.contains("."),
            !FileManager.default.fileExists(atPath: first)
        else { return nil }
        return unknown(first, otherwise: Message("cli.dataset-is-yaml"))
    }

    /// The usage error for `folio help TOPIC` when `topic` is a word that names no command (an option, or no word,
    /// is left to the parser).
    static func unknownHelpTopic(_ topic: String?) -> UsageError? {
        guard let topic, !topic.hasPrefix("-"), !commandNames.contains(topic) else { return nil }
        return unknown(topic, otherwise: Message("cli.help.takes-command"))
    }

    /// "unknown command “word”" with the command it is closest to, else `otherwise`, and the list of commands
    /// (joined as the language joins a list: "build, text" in English, "build、text" in Chinese).
    static func unknown(_ word: String, otherwise: Message) -> UsageError {
        let hint = Suggestion.didYouMean(word, among: commandNames) ?? otherwise
        return UsageError(
            message: Lang.text(
                "cli.unknown-command-first-hint",
                ["first": "\(word)", "hint": .message(hint), "value": .texts(commandNames)]))
    }
}

/// A mistake in how folio was called that ArgumentParser cannot see (an option's file, the environment):
/// exit status 64.
struct UsageError: Error {
    /// What is wrong and what to do.
    var message: String
    /// What to do about it, printed on its own line under the message; nil when `message` says it.
    var hint: String?
}

/// A usage mistake a command finds only while it runs (`folio new-year` with `--to` for a dataset that states no
/// period): told as ArgumentParser tells a `ValidationError` from the command's `validate()`, with that command's
/// usage line rather than `folio`'s; exit status 64.
struct CommandUsageError: Error {
    /// The command that was run.
    var command: ParsableCommand.Type
    /// What is wrong, in this run's language.
    var message: String

    /// The error, the command's usage and where to read more, in ArgumentParser's English words (`Lang.parserText`
    /// puts them in the run's language).
    var englishText: String {
        let root = FolioCommand._commandName
        let name = command == FolioCommand.self ? root : "\(root) \(command._commandName)"
        return "Error: \(message)\nUsage: \(FolioCommand.usageString(for: command))\n"
            + "  See '\(name) --help' for more information."
    }
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
            Lang.help("cli.dataset-yaml-read-from")
    )
    var dataset: String?

    @Flag(help: Lang.help("cli.use-bundled-report-xx"))
    var example = false

    @Option(
        name: .long,
        help: Lang.help("cli.theme-name-gongwen-letter"))
    var theme: String?

    @Flag(
        help: Lang.help("cli.let-data-files-theme"))
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
            throw ValidationError(Lang.text("cli.give-dataset-example-both"))
        }
    }

    /// The dataset's URL (for `-`, a name in the current folder that stands for standard input).
    /// `command` is the subcommand the user ran, for the hint when no dataset is given.
    func url(command: String = "build") throws -> URL {
        if readsStandardInput { return URL(fileURLWithPath: StandardInput.name) }
        if let dataset { return URL(fileURLWithPath: dataset) }
        if example {
            return try AssetLocator.bundledReport(RunEnvironment.assets, executable: RunEnvironment.executable)
        }
        throw UsageError(
            message: Lang.text("cli.dataset-given-hint-name", ["command": "\(command)"]))
    }
}
