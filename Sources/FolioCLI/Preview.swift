import ArgumentParser
import Foundation
import Folio

/// `folio preview DATASET [--pages 1-3] [--dpi 100]`.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write PNG previews of pages (for chat apps and quick checks).",
        discussion: "Files are named <dataset>-<page>.png in the output folder (default: output/).")

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    @Option(help: "Pages to render: N or N-M (from 1). Default: all.")
    var pages: String?

    @Option(help: "Resolution in dots per inch (10–600).")
    var dpi: Double = 100

    @Option(name: .shortAndLong, help: "The folder to write into.")
    var output: String = "output"

    func validate() throws {
        guard (10...600).contains(dpi) else { throw ValidationError("--dpi must be between 10 and 600") }
        if let pages, PageRange.parse(pages) == nil {
            throw ValidationError("--pages takes N or N-M with 1 ≤ N ≤ M, e.g. 1-3")
        }
    }

    /// Writes the pages' PNGs (never over one of the inputs: `Pipeline.checkOutput`).
    func run() throws {
        let dataset = try input.url()
        let folder = URL(fileURLWithPath: output)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = try Pipeline.renderImages(
            dataset: dataset, folder: folder,
            baseName: dataset.deletingPathExtension().lastPathComponent,
            format: .png(dpi: dpi), pages: pages.flatMap(PageRange.parse),
            theme: input.theme, options: try input.options())
        for f in files { Console.out("wrote \(f.path)") }
    }
}

/// Page ranges as the command line writes them.
enum PageRange {
    /// "3" → 3...3, "1-3" → 1...3; nil when malformed.
    static func parse(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard let first = parts.first, let a = first, a >= 1 else { return nil }
        if parts.count == 1 { return a...a }
        guard parts.count == 2, let second = parts.last, let b = second, b >= a else { return nil }
        return a...b
    }
}
