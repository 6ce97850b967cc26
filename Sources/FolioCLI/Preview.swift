import FolioMessages
import ArgumentParser
import Foundation
import Folio

/// `folio preview DATASET [--pages 1-3] [--dpi 100]`.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: Lang.text("cli.write-png-previews-pages"),
        discussion: Lang.text("cli.files-are-named-dataset"))

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    @Option(help: Lang.help("cli.pages-render-n-n"))
    var pages: String?

    @Option(help: Lang.help("cli.resolution-dots-per-inch"))
    var dpi: Double = 100

    @Option(name: .shortAndLong, help: Lang.help("cli.folder-write-into"))
    var output: String = "output"

    func validate() throws {
        guard (10...600).contains(dpi) else { throw ValidationError(Lang.text("cli.dpi-must-between-2")) }
        if let pages, PageRange.parse(pages) == nil {
            throw ValidationError(Lang.text("cli.pages-takes-n-n"))
        }
    }

    /// Writes the pages' PNGs (never over one of the inputs: `Pipeline.checkOutput`).
    func run() throws {
        let dataset = try input.url(command: "preview")
        let folder = URL(fileURLWithPath: output)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files: [URL]
        do {
            files = try Pipeline.renderImages(
                dataset: dataset, folder: folder,
                baseName: dataset.deletingPathExtension().lastPathComponent,
                format: .png(dpi: dpi), pages: pages.flatMap(PageRange.parse),
                theme: input.theme, options: try input.options())
        } catch FolioError.input(let e) { throw PageRange.usageError(e) ?? FolioError.input(e) }
        for f in files { Console.out(Lang.text("cli.wrote-path", ["path": "\(f.path)"])) }
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

    /// A `--pages` range with no page of the document (`cli.pages` from `Pipeline.layoutPages`: "the report has
    /// N pages") as the usage error it is, exit 64; nil when `error` says something else.
    static func usageError(_ error: DiagnosticError) -> UsageError? {
        guard let d = error.diagnostics.first, error.diagnostics.count == 1, d.code == "cli.pages" else { return nil }
        return UsageError(message: d.messageText.text(Lang.current), hint: d.hintText?.text(Lang.current))
    }
}
