import FolioMessages
import ArgumentParser
import Foundation
import Folio

/// `folio check [DATASET] [--format text|json] [--disable id,…]`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Lang.text("cli.check-dataset-s-prose"),
        discussion: Lang.text("cli.prints-findings-grouped-rule"))

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    @Option(help: Lang.help("cli.output-format-text-grouped"))
    var format: OutputFormat = .text

    @Option(
        help: ArgumentHelp(
            Lang.text("cli.rule-ids-families-switch"),
            valueName: "id,…"))
    var disable: [String] = []

    @Flag(help: Lang.help("cli.list-rules-their-ids"))
    var listRules = false

    /// The report formats.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    /// Lists the rules, or checks the dataset (exit 65 when an error is found).
    func run() throws {
        let options = try input.options()
        if listRules {
            // The id as it is (it is what `checks: disable:` takes); the severity and the summary in the user's language.
            for rule in try Pipeline.checkCatalogue(options: options) {
                let severity = rule.severity.word.text(Lang.current)
                Console.out(
                    "\(rule.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(severity.padding(toLength: 8, withPad: " ", startingAt: 0)) \(rule.summaryText.text(Lang.current))"
                )
            }
            return
        }
        let disabled = disable.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        let unknown = try Pipeline.unknownCheckIds(disabled, options: options)
        if !unknown.isEmpty {
            note(Lang.text("cli.warning-disable-names-rule", ["value": "\(unknown.joined(separator: ", "))"]))
        }
        let url = try input.url(command: "check")
        do {
            let report = try Pipeline.check(dataset: url, theme: input.theme, disabled: disabled, options: options)
            Console.out(format == .json ? report.json(Lang.current) : report.text(Lang.current))
            if !report.passes { throw ExitCode(65) }
        } catch FolioError.input(let e) where format == .json {
            // A JSON reader gets a document even when the dataset does not load; the messages still go to stderr.
            Console.out(Pipeline.loadFailureReport(file: url.relativePath, e).json(Lang.current))
            throw FolioError.input(e)
        }
    }
}
