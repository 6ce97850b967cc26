import FolioMessages
import ArgumentParser
import Foundation
import Folio

/// `folio verify FILE.pdf [--page-size A4|A3|letter] [--expect-text FILE] [--format text|json]`.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract:
            Lang.text("cli.check-finished-pdf-before"),
        discussion: Lang.text("cli.works-on-any-pdf"))

    @OptionGroup var language: LanguageOption

    @Argument(help: Lang.help("cli.pdf-check"))
    var pdf: String

    @Option(help: ArgumentHelp(Lang.text("cli.paper-every-page-must"), valueName: "size"))
    var pageSize: String = "A4"

    @Option(
        help: ArgumentHelp(
            Lang.text("cli.text-file-e-g"),
            valueName: "file"))
    var expectText: String?

    @Option(
        help: ArgumentHelp(
            Lang.text("cli.also-check-what-pdf"),
            valueName: "level"))
    var pdfStandard: String?

    @Option(help: Lang.help("cli.output-format-text-one"))
    var format: OutputFormat = .text

    /// The report formats.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if let pdfStandard, BuildOptions.pdfStandard(named: pdfStandard) == nil {
            throw ValidationError(
                Lang.text(
                    "cli.pdf-standard-must-one", ["value": "\(BuildOptions.pdfStandardNames.joined(separator: ", "))"]))
        }
        guard PaperSize(name: pageSize) != nil else {
            throw ValidationError(
                Lang.text(
                    "cli.page-size-must-one", ["value": "\(PaperSize.allCases.map(\.rawValue).joined(separator: ", "))"]
                ))
        }
    }

    func run() throws {
        let report = Pipeline.verify(
            pdf: URL(fileURLWithPath: pdf), name: pdf,
            pageSize: PaperSize(name: pageSize) ?? .a4,
            expectText: expectText.map { URL(fileURLWithPath: $0) },
            standard: pdfStandard.flatMap(BuildOptions.pdfStandard(named:)))
        print(format == .json ? report.json(Lang.current) : report.text(Lang.current))
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}
