import ArgumentParser
import Foundation
import Folio

/// `folio check [DATASET] [--format text|json] [--disable id,…]`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a dataset's prose before printing: figures that do not add up, numbering, quotes, typos.",
        discussion: """
            Prints the findings grouped by rule, each with file:line:col, why it fired, the sentence and a fix \
            (rules and how to extend them: docs/checks.md). Exit status: 0 no errors (warnings may be printed); \
            65 at least one error, or a dataset that does not load.
            """)

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    @Option(help: "Output format: text (grouped by rule) or json (for editors and CI).")
    var format: OutputFormat = .text

    @Option(
        help: ArgumentHelp(
            "Rule ids or families to switch off, comma-separated (e.g. repeat.char,punctuation).",
            valueName: "id,…"))
    var disable: [String] = []

    @Flag(help: "List the rules with their ids and severities, and exit.")
    var listRules = false

    /// The report formats.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    /// Lists the rules, or checks the dataset (exit 65 when an error is found).
    func run() throws {
        let options = try input.options()
        if listRules {
            for rule in try Pipeline.checkCatalogue(options: options) {
                Console.out(
                    "\(rule.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(rule.summary)"
                )
            }
            return
        }
        let disabled = disable.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        let unknown = try Pipeline.unknownCheckIds(disabled, options: options)
        if !unknown.isEmpty {
            note("warning: --disable names no rule: \(unknown.joined(separator: ", ")) (see folio check --list-rules)")
        }
        let url = try input.url()
        do {
            let report = try Pipeline.check(dataset: url, disabled: disabled, options: options)
            Console.out(format == .json ? report.json : report.text)
            if !report.passes { throw ExitCode(65) }
        } catch FolioError.input(let e) where format == .json {
            // A JSON reader gets a document even when the dataset does not load; the messages still go to stderr.
            Console.out(Pipeline.loadFailureReport(file: url.relativePath, e).json)
            throw FolioError.input(e)
        }
    }
}
