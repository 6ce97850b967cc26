import ArgumentParser
import Foundation
import Folio

/// `folio build [DATASET] [-o PDF]`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a dataset to PDF.",
        discussion: "With no dataset, renders the bundled report to output/xx-town-2016-2020.pdf.")

    @OptionGroup var input: DatasetArgument

    @Option(name: .shortAndLong, help: "The PDF to write (a folder with --format svg; never one of the inputs). Default: output/<dataset name>.pdf.")
    var output: String?

    @Option(help: "pdf (default) or svg (one SVG file per page, written into the output folder).")
    var format: OutputFormat = .pdf

    @Flag(help: "Linearise the PDF (fast web view), for portals that show it in a browser.")
    var fastWebView = false

    @Flag(name: [.customLong("force"), .customLong("no-check")],
          help: "Build even when `folio check` finds errors (the checks run first otherwise; docs/checks.md).")
    var force = false

    @Flag(help: "Build a draft even when figures or the date are still to fill in (!todo, 【待填】): they print as 【待填】.")
    var draft = false

    @Flag(help: "Print the wall time of each phase (load, fonts, pages, finish) to standard error.")
    var timings = false

    enum OutputFormat: String, ExpressibleByArgument { case pdf, svg }

    /// Checks first (unless --force), then builds the PDF or the SVG pages.
    func run() throws {
        let dataset = try input.url()
        var options = try input.options(creationDate: format == .pdf)
        options.linearize = fastWebView
        if !draft { try Pipeline.requireFilled(dataset: dataset, theme: input.theme, options: options) }
        if !force { for w in try Pipeline.preflight(dataset: dataset, options: options) { note(w.description) } }
        if format == .svg { return try writeSVG(dataset, options: options) }
        let out = URL(fileURLWithPath: output ?? "output/\(dataset.deletingPathExtension().lastPathComponent).pdf")
        if output == nil {
            try? FileManager.default.createDirectory(at: out.deletingLastPathComponent(),
                                                     withIntermediateDirectories: true)
        }
        try checkDestination(out)
        let result = try Pipeline.build(dataset: dataset, output: out, theme: input.theme, options: options)
        for w in result.warnings { note(w.description) }
        for n in result.notices { note(n) }
        if timings {
            note("timings: " + result.phases.map { "\($0.name) \(String(format: "%.3f", $0.seconds)) s" }
                .joined(separator: ", "))
        }
        Console.out("wrote \(result.output.path) (\(result.pageCount) pages)")
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
                throw FolioError.output("cannot write \(path): it is a folder",
                                        hint: "name a file, e.g. -o \(path)/report.pdf")
            }
            let real = out.resolvingSymlinksInPath().path
            let type = (try? fm.attributesOfItem(atPath: real))?[.type] as? FileAttributeType
            if let type, type != .typeRegular {
                throw FolioError.output("cannot write \(path): it is not a regular file (a device, pipe or socket)",
                                        hint: "name a .pdf file in a folder you can write")
            }
        }
        guard fm.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw FolioError.output("cannot write \(path): the folder \(folder) does not exist",
                                    hint: "create it first, or choose another -o")
        }
        guard fm.isWritableFile(atPath: folder) else {
            throw FolioError.output("cannot write \(path): the folder \(folder) is read-only",
                                    hint: "choose a folder you can write, or change its permissions")
        }
    }

    /// `--format svg`: one SVG per page in the output folder (default output/).
    func writeSVG(_ dataset: URL, options: BuildOptions) throws {
        let folder = URL(fileURLWithPath: output ?? "output")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = try Pipeline.renderImages(dataset: dataset, folder: folder,
                                              baseName: dataset.deletingPathExtension().lastPathComponent,
                                              format: .svg, theme: input.theme, options: options)
        Console.out("wrote \(files.count) SVG pages to \(folder.path)")
    }
}

/// `folio text DATASET`.
struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the resolved report as plain text, one paragraph per line.",
        discussion: "Headings carry their numbers, numbers in the prose come from the data, charts show their captions.")

    @OptionGroup var input: DatasetArgument


    /// Prints the resolved text.
    func run() throws {
        let report = try Pipeline.load(dataset: try input.url(), theme: input.theme, options: try input.options())
        for w in report.warnings { note(w.description) }
        Console.out(report.document.plainText)
    }
}

/// `folio fonts [DATASET]`.
struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the face chosen for each role, why, and which characters of the document it lacks.")

    @OptionGroup var input: DatasetArgument


    /// Prints the font report.
    func run() throws {
        let report = try Pipeline.load(dataset: try input.url(), theme: input.theme, options: try input.options())
        for line in try FontReport.lines(for: report) { Console.out(line) }
    }
}
