import ArgumentParser
import Foundation
import Folio

/// `folio verify FILE.pdf [--page-size A4|A3|letter] [--expect-text FILE] [--format text|json]`.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Check a finished PDF before you submit it: structure, paper, fonts, metadata, bookmarks, line breaks.",
        discussion: """
            Works on any PDF. Prints one line per finding (file: error: page N: … [rule]) and a summary \
            (rules: docs/verify.md). Exit status: 0 no errors (warnings may be printed); 65 at least one error, \
            or the file is not a PDF; 66 the file does not exist or cannot be opened. --format json prints a JSON \
            document in every case.
            """)

    @OptionGroup var language: LanguageOption

    @Argument(help: "The PDF to check.")
    var pdf: String

    @Option(help: ArgumentHelp("The paper every page must be: A4, A3 or letter.", valueName: "size"))
    var pageSize: String = "A4"

    @Option(
        help: ArgumentHelp(
            "A text file (e.g. from folio text) whose every non-empty line must appear in the PDF.",
            valueName: "file"))
    var expectText: String?

    @Option(
        help: ArgumentHelp(
            "Also check what PDF/A needs: a-2b or a-2u (XMP, output intent, fonts, no encryption, /Lang).",
            valueName: "level"))
    var pdfStandard: String?

    @Option(help: "Output format: text (one line per finding) or json (for CI).")
    var format: OutputFormat = .text

    /// The report formats.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if let pdfStandard, BuildOptions.pdfStandard(named: pdfStandard) == nil {
            throw ValidationError(
                "--pdf-standard must be one of \(BuildOptions.pdfStandardNames.joined(separator: ", "))")
        }
        guard PaperSize(name: pageSize) != nil else {
            throw ValidationError(
                "--page-size must be one of \(PaperSize.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let report = Pipeline.verify(
            pdf: URL(fileURLWithPath: pdf), name: pdf,
            pageSize: PaperSize(name: pageSize) ?? .a4,
            expectText: expectText.map { URL(fileURLWithPath: $0) },
            standard: pdfStandard.flatMap(BuildOptions.pdfStandard(named:)))
        print(format == .json ? report.json : report.text)
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}
