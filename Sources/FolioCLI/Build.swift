import ArgumentParser
import Foundation
import Folio

/// `folio build [DATASET] [-o PDF]`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a dataset to PDF.",
        discussion: """
            `folio build --example` renders the bundled report to output/xx-town-2016-2020.pdf. `-o -` writes the PDF \
            to standard output; a dataset of `-` is read from standard input. On a terminal, a long build shows its \
            progress on standard error.
            """)

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    @Option(
        name: .shortAndLong,
        help:
            "The PDF to write, or - for standard output (a folder with --format svg; never one of the inputs). Default: output/<dataset name>.pdf."
    )
    var output: String?

    @Option(
        help:
            "pdf (default), svg (one SVG file per page, written into the output folder) or docx (an editable Word file)."
    )
    var format: OutputFormat = .pdf

    @Flag(help: "Linearise the PDF (fast web view), for portals that show it in a browser.")
    var fastWebView = false

    @Option(
        help: ArgumentHelp(
            "Write an archival PDF/A file: a-2b or a-2u (XMP metadata, sRGB output intent).",
            valueName: "level"))
    var pdfStandard: String?

    @Option(help: ArgumentHelp("The sRGB ICC profile embedded with --pdf-standard.", valueName: "file"))
    var iccProfile: String = "/usr/share/color/icc/sRGB.icc"

    @Flag(
        name: [.customLong("force"), .customLong("no-check")],
        help: "Build even when `folio check` finds errors (the checks run first otherwise; docs/checks.md).")
    var force = false

    @Flag(help: "Build a draft even when figures or the date are still to fill in (!todo, 【待填】): they print as 【待填】.")
    var draft = false

    @Flag(help: "Print the wall time of each phase (load, fonts, pages, finish) to standard error.")
    var timings = false

    enum OutputFormat: String, ExpressibleByArgument { case pdf, svg, docx }

    func validate() throws {
        if let pdfStandard, BuildOptions.pdfStandard(named: pdfStandard) == nil {
            throw ValidationError(
                "--pdf-standard must be one of \(BuildOptions.pdfStandardNames.joined(separator: ", "))")
        }
    }

    /// Checks first (unless --force), then builds the PDF or the SVG pages.
    func run() throws {
        let dataset = try input.url()
        var options = try input.options(creationDate: format == .pdf)
        options.linearize = fastWebView
        if let pdfStandard {
            guard format == .pdf else { throw ValidationError("--pdf-standard applies to PDF output only") }
            options.pdfStandard = BuildOptions.pdfStandard(named: pdfStandard)
            options.outputProfile = URL(fileURLWithPath: iccProfile)
        }
        if !draft { try Pipeline.requireFilled(dataset: dataset, theme: input.theme, options: options) }
        if !force { for w in try Pipeline.preflight(dataset: dataset, options: options) { note(w.text(Lang.current)) } }
        if format == .svg { return try writeSVG(dataset, options: options) }
        if format == .docx { return try writeWord(dataset, options: options) }
        let progress = ProgressLine.forTerminal()
        options.progress = progress?.callback
        defer { progress?.finish() }
        if StandardOutput.isRequested(output) {
            return try StandardOutput.through(fileName: input.baseName(dataset) + ".pdf") { out in
                report(
                    try Pipeline.build(dataset: dataset, output: out, theme: input.theme, options: options),
                    progress: progress, wrote: nil)
            }
        }
        let out = URL(fileURLWithPath: output ?? "output/\(input.baseName(dataset)).pdf")
        if output == nil {
            try? FileManager.default.createDirectory(
                at: out.deletingLastPathComponent(),
                withIntermediateDirectories: true)
        }
        try checkDestination(out)
        let result = try Pipeline.build(dataset: dataset, output: out, theme: input.theme, options: options)
        report(result, progress: progress, wrote: "wrote \(result.output.path) (\(result.pageCount) pages)")
    }

    /// Prints what a build has to say (warnings, notices, timings on standard error) and `wrote` on standard
    /// output (nil when standard output carries the PDF itself), the progress line erased first.
    func report(_ result: BuildResult, progress: ProgressLine?, wrote: String?) {
        progress?.finish()
        for w in result.warnings { note(w.text(Lang.current)) }
        for n in result.notices { note(n.text(Lang.current)) }
        if timings {
            note(
                "timings: "
                    + result.phases.map { "\($0.name) \(String(format: "%.3f", $0.seconds)) s" }
                    .joined(separator: ", "))
        }
        if let wrote { Console.out(wrote) }
    }
}

extension Build {
    /// Refuses, before any work, an output path that is not a file Folio may replace: a folder, a device
    /// (`/dev/full`, `/dev/null`: renaming over it would replace the device, not write to it), a missing or
    /// read-only folder, a path ending in “/”. Exit status 73; nothing is touched. (That the output is none
    /// of the inputs is checked by `Pipeline.build` once the dataset has named its data files.)
    func checkDestination(_ out: URL) throws {
        try Pipeline.checkOutput(out, inputs: [])
        let fm = FileManager.default
        let path = out.path
        let folder = out.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue {
                throw FolioError.output(
                    "cannot write \(path): it is a folder",
                    hint: "name a file, e.g. -o \(path)/report.pdf")
            }
            let real = out.resolvingSymlinksInPath().path
            let type = (try? fm.attributesOfItem(atPath: real))?[.type] as? FileAttributeType
            if let type, type != .typeRegular {
                throw FolioError.output(
                    "cannot write \(path): it is not a regular file (a device, pipe or socket)",
                    hint: "name a .pdf file in a folder you can write")
            }
        }
        guard fm.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw FolioError.output(
                "cannot write \(path): the folder \(folder) does not exist",
                hint: "create it first, or choose another -o")
        }
        guard fm.isWritableFile(atPath: folder) else {
            throw FolioError.output(
                "cannot write \(path): the folder \(folder) is read-only",
                hint: "choose a folder you can write, or change its permissions")
        }
    }

    /// `--format docx`: an editable Word file (default output/<dataset name>.docx).
    func writeWord(_ dataset: URL, options: BuildOptions) throws {
        if StandardOutput.isRequested(output) {
            throw UsageError(message: "--format docx writes a file; -o - takes a PDF only")
        }
        let out = URL(fileURLWithPath: output ?? "output/\(input.baseName(dataset)).docx")
        if output == nil {
            try? FileManager.default.createDirectory(
                at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try checkDestination(out)
        let pictures = try Pipeline.buildWord(dataset: dataset, output: out, theme: input.theme, options: options)
        Console.out("wrote \(out.path) (\(pictures) pictures)")
    }

    /// `--format svg`: one SVG per page in the output folder (default output/).
    func writeSVG(_ dataset: URL, options: BuildOptions) throws {
        if StandardOutput.isRequested(output) {
            throw UsageError(message: "--format svg writes one file per page into a folder; -o - takes a PDF only")
        }
        let folder = URL(fileURLWithPath: output ?? "output")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = try Pipeline.renderImages(
            dataset: dataset, folder: folder,
            baseName: input.baseName(dataset),
            format: .svg, theme: input.theme, options: options)
        Console.out("wrote \(files.count) SVG pages to \(folder.path)")
    }
}

/// `folio text DATASET`.
struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the resolved report as plain text, one paragraph per line.",
        discussion: "Headings carry their numbers, numbers in the prose come from the data, charts show their captions."
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    /// Prints the resolved text.
    func run() throws {
        let report = try Pipeline.load(dataset: try input.url(), theme: input.theme, options: try input.options())
        for w in report.warnings { note(w.text(Lang.current)) }
        Console.out(report.document.plainText)
    }
}

/// `folio fonts [DATASET]`.
struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the face chosen for each role, why, and which characters of the document it lacks.")

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    /// Prints the font report.
    func run() throws {
        let report = try Pipeline.load(dataset: try input.url(), theme: input.theme, options: try input.options())
        for line in try FontReport.lines(for: report) { Console.out(line) }
    }
}
