import FolioMessages
import ArgumentParser
import Foundation
import Folio

/// `folio diff OLD NEW [-o changes.pdf | --format pdf -o FILE]`: what changed between two datasets, as text or as a
/// PDF for the person who reviews the new one.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: Lang.text("cli.list-what-changed-between"),
        discussion: Lang.text("cli.figures-are-listed-old"))

    @OptionGroup var language: LanguageOption

    @Argument(help: Lang.help("cli.earlier-dataset-yaml"))
    var old: String

    @Argument(help: Lang.help("cli.later-dataset-yaml"))
    var new: String

    @Flag(help: Lang.help("cli.let-data-files-lie"))
    var allowOutsidePaths = false

    @Option(name: .shortAndLong, help: Lang.help("cli.write-differences-here-pdf"))
    var output: String?

    @Option(help: Lang.help("cli.text-default-pdf-pdf"))
    var format: String?

    func validate() throws {
        if let format, !["text", "pdf"].contains(format) { throw ValidationError(Lang.text("cli.format-text-pdf")) }
        if format == "pdf" && output == nil { throw ValidationError(Lang.text("cli.format-pdf-needs-o")) }
    }

    /// Prints the differences.
    func run() throws {
        let options = try RunEnvironment.options(allowOutsidePaths: allowOutsidePaths, creationDate: false)
        let (a, b) = (URL(fileURLWithPath: old), URL(fileURLWithPath: new))
        let pdf = format == "pdf" || (format == nil && output?.lowercased().hasSuffix(".pdf") == true)
        if pdf, let output {
            let out = URL(fileURLWithPath: output)
            let (diff, result) = try Pipeline.diffPDF(old: a, new: b, output: out, options: options)
            Console.out(diff.text(Lang.current), terminator: "")
            note(Lang.text("cli.wrote-path-page-count", ["path": "\(out.path)", "page-count": "\(result.pageCount)"]))
            return
        }
        let diff = try Pipeline.diff(old: a, new: b, options: options)
        if let output {
            let out = URL(fileURLWithPath: output)
            try Pipeline.checkOutput(out, inputs: [a, b])
            try Pipeline.writeDataset(diff.text(Lang.current), to: out, replacing: true)
        } else {
            Console.out(diff.text(Lang.current), terminator: "")
        }
    }
}
