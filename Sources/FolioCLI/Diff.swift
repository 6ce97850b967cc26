import ArgumentParser
import Foundation
import Folio

/// `folio diff OLD NEW [-o changes.pdf | --format pdf -o FILE]`: what changed between two datasets, as text or as a
/// PDF for the person who reviews the new one.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what changed between two datasets: figures, printed sentences, charts and tables.",
        discussion: """
            Figures are listed old → new with the growth (增长/下降 x%), new periods with their growth on the period \
            before; sentences as printed (expressions resolved), removed with -, added with +; charts and indicator \
            tables whose series or periods changed. With -o FILE.pdf (or --format pdf -o FILE) the same as a PDF for \
            a reviewer: a table of the changed figures (old, new, change), each changed sentence old and new with the \
            figures that changed marked 〖〗, and the charts and tables that changed. Exit status: 0 whatever changed; \
            65 when a dataset does not load.
            """)

    @OptionGroup var language: LanguageOption

    @Argument(help: "The earlier dataset (YAML).")
    var old: String

    @Argument(help: "The later dataset (YAML).")
    var new: String

    @Flag(help: "Let data-files: lie outside the datasets' folders (refused by default: docs/limits.md).")
    var allowOutsidePaths = false

    @Option(name: .shortAndLong, help: "Write the differences here (a .pdf name makes a PDF).")
    var output: String?

    @Option(help: "text (default) or pdf; pdf is the default when -o names a .pdf file.")
    var format: String?

    func validate() throws {
        if let format, !["text", "pdf"].contains(format) { throw ValidationError("--format is text or pdf") }
        if format == "pdf" && output == nil { throw ValidationError("--format pdf needs -o FILE") }
    }

    /// Prints the differences.
    func run() throws {
        let options = try RunEnvironment.options(allowOutsidePaths: allowOutsidePaths, creationDate: false)
        let (a, b) = (URL(fileURLWithPath: old), URL(fileURLWithPath: new))
        let pdf = format == "pdf" || (format == nil && output?.lowercased().hasSuffix(".pdf") == true)
        if pdf, let output {
            let out = URL(fileURLWithPath: output)
            let (diff, result) = try Pipeline.diffPDF(old: a, new: b, output: out, options: options)
            Console.out(diff.text, terminator: "")
            note("wrote \(out.path) (\(result.pageCount) pages)")
            return
        }
        let diff = try Pipeline.diff(old: a, new: b, options: options)
        if let output {
            let out = URL(fileURLWithPath: output)
            try Pipeline.checkOutput(out, inputs: [a, b])
            try Pipeline.writeDataset(diff.text, to: out, replacing: true)
        } else {
            Console.out(diff.text, terminator: "")
        }
    }
}
