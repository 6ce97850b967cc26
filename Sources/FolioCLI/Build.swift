import FolioMessages
import ArgumentParser
import Foundation
import Folio

/// `folio build [DATASET] [-o PDF]`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: Lang.text("cli.render-dataset-pdf"),
        discussion: Lang.text("cli.folio-build-example-renders"))

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    @Argument(
        help: ArgumentHelp(Lang.text("cli.build.more-datasets"), valueName: "more-datasets"))
    var moreDatasets: [String] = []

    @Option(
        name: .shortAndLong,
        help:
            Lang.help("cli.pdf-write-standard-output")
    )
    var output: String?

    @Option(
        help:
            Lang.help("cli.pdf-default-svg-one")
    )
    var format: OutputFormat = .pdf

    @Flag(help: Lang.help("cli.linearise-pdf-fast-web"))
    var fastWebView = false

    @Option(
        help: ArgumentHelp(
            Lang.text("cli.write-archival-pdf-file"),
            valueName: "level"))
    var pdfStandard: String?

    @Flag(help: Lang.help("cli.untagged"))
    var untagged = false

    @Option(help: ArgumentHelp(Lang.text("cli.srgb-icc-profile-embedded"), valueName: "file"))
    var iccProfile: String?

    @Flag(
        name: [.customLong("force"), .customLong("no-check")],
        help: Lang.help("cli.build-even-when-folio"))
    var force = false

    @Flag(help: Lang.help("cli.build-draft-even-when"))
    var draft = false

    @Flag(help: Lang.help("cli.print-wall-time-each"))
    var timings = false

    enum OutputFormat: String, ExpressibleByArgument { case pdf, svg, docx, ofd }

    /// Refuses, while parsing (so the usage shown is build's), a `--pdf-standard` Folio does not know or with an
    /// output that is not PDF, and an `--icc-profile` without `--pdf-standard` (the profile is embedded only in an
    /// archival PDF's output intent, so it would be ignored).
    func validate() throws {
        if let pdfStandard, BuildOptions.pdfStandard(named: pdfStandard) == nil {
            throw ValidationError(
                Lang.text(
                    "cli.pdf-standard-must-one", ["value": "\(BuildOptions.pdfStandardNames.joined(separator: ", "))"]))
        }
        if pdfStandard != nil && format != .pdf { throw ValidationError(Lang.text("cli.pdf-standard-applies-pdf")) }
        if iccProfile != nil && pdfStandard == nil {
            throw ValidationError(Lang.text("cli.icc-profile-needs-pdf-standard"))
        }
        // Where the output goes, checked before anything is read: several reports are PDFs into a folder; a Word
        // file or an OFD package is a file, never standard output.
        if !moreDatasets.isEmpty {
            if format != .pdf { throw ValidationError(Lang.text("cli.batch.pdf-only")) }
            if StandardOutput.isRequested(output) || input.dataset == "-" || moreDatasets.contains("-") {
                throw ValidationError(Lang.text("cli.batch.no-streams"))
            }
        }
        if StandardOutput.isRequested(output), format == .docx || format == .ofd {
            throw ValidationError(
                Lang.text(format == .docx ? "cli.format-docx-writes-file" : "cli.format-ofd-writes-file"))
        }
        // Options of the PDF writer are refused with another format rather than ignored.
        if format != .pdf, let option = fastWebView ? "--fast-web-view" : (untagged ? "--untagged" : nil) {
            throw ValidationError(
                Lang.text("cli.option-applies-pdf", ["option": "\(option)", "format": "\(format.rawValue)"]))
        }
    }

    /// Checks first (unless --force), then builds the PDF or the SVG pages.
    func run() throws {
        var options = try input.options(creationDate: format == .pdf || format == .ofd)
        options.linearize = fastWebView
        options.tagged = !untagged
        if let pdfStandard {
            options.pdfStandard = BuildOptions.pdfStandard(named: pdfStandard)
            options.outputProfile = iccProfile.map { URL(fileURLWithPath: $0) }
        }
        if !moreDatasets.isEmpty {
            // Not met from the command line (--example with a dataset is refused while parsing); a ValidationError
            // from run() is shown with build's usage all the same (`CommandUsageError`).
            guard let first = input.dataset else { throw ValidationError(Lang.text("cli.build.example-one-report")) }
            return try runBatch([first] + moreDatasets, options: options)
        }
        let dataset = try input.url()
        if format != .pdf {
            if !draft { try Pipeline.requireFilled(dataset: dataset, options: options) }
            if !force {
                for w in try Pipeline.preflight(dataset: dataset, options: options) { note(w.text(Lang.current)) }
            }
            switch format {
            case .svg: return try writeSVG(dataset, options: options)
            case .docx: return try writeWord(dataset, options: options)
            case .ofd: return try writeOFD(dataset, options: options)
            case .pdf: break
            }
        }
        // One load for the unfilled markers, the check and the build.
        let (loaded, findings) = try Pipeline.loadForBuild(
            dataset: dataset, theme: input.theme, gate: BuildGate(requireFilled: !draft, check: !force),
            options: options)
        for w in findings { note(w.text(Lang.current)) }
        let progress = ProgressLine.forTerminal()
        options.progress = progress?.callback
        defer { progress?.finish() }
        if StandardOutput.isRequested(output) {
            var pending = Optional(consume loaded)
            return try StandardOutput.through(fileName: input.baseName(dataset) + ".pdf") { out in
                guard let loaded = pending else { return }
                pending = nil
                report(
                    try Pipeline.build(consume loaded, output: out, options: options), progress: progress, wrote: nil)
            }
        }
        let out = URL(fileURLWithPath: output ?? "output/\(input.baseName(dataset)).pdf")
        if output == nil {
            try? FileManager.default.createDirectory(
                at: out.deletingLastPathComponent(),
                withIntermediateDirectories: true)
        }
        try checkDestination(out)
        let result = try Pipeline.build(consume loaded, output: out, options: options)
        report(
            result, progress: progress,
            wrote: Lang.text(
                "cli.wrote-path-page-count", ["path": "\(result.output.path)", "page-count": "\(result.pageCount)"]))
    }

    /// Prints what a build has to say (warnings, notices, timings on standard error) and `wrote` on standard
    /// output (nil when standard output carries the PDF itself), the progress line erased first.
    func report(_ result: BuildResult, progress: ProgressLine?, wrote: String?) {
        progress?.finish()
        for w in result.warnings { note(w.text(Lang.current)) }
        for n in result.notices { note(n.text(Lang.current)) }
        if timings {
            note(
                Lang.text(
                    "cli.timings",
                    [
                        "phases":
                            "\(result.phases.map { "\(Lang.text("cli.phase.\($0.name)")) \(String(format: "%.3f", $0.seconds)) s" }.joined(separator: Lang.text("cli.phase.separator")))"
                    ]))
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
                    Lang.text("cli.cannot-write-path-folder", ["path": "\(path)"]),
                    hint: Lang.text("cli.name-file-e-g.hint", ["path": "\(path)"]))
            }
            let real = out.resolvingSymlinksInPath().path
            let type = (try? fm.attributesOfItem(atPath: real))?[.type] as? FileAttributeType
            if let type, type != .typeRegular {
                throw FolioError.output(
                    Lang.text("cli.cannot-write-path-regular", ["path": "\(path)"]),
                    hint: Lang.text("cli.name-pdf-file-folder.hint"))
            }
        }
        guard fm.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw FolioError.output(
                Lang.text("cli.cannot-write-path-folder-2", ["path": "\(path)", "folder": "\(folder)"]),
                hint: Lang.text("cli.create-first-choose-another.hint"))
        }
        guard fm.isWritableFile(atPath: folder) else {
            throw FolioError.output(
                Lang.text("cli.cannot-write-path-folder-3", ["path": "\(path)", "folder": "\(folder)"]),
                hint: Lang.text("cli.choose-folder-you-can.hint"))
        }
    }

    /// `--format docx`: an editable Word file (default output/<dataset name>.docx).
    func writeWord(_ dataset: URL, options: BuildOptions) throws {
        if StandardOutput.isRequested(output) {
            throw UsageError(message: Lang.text("cli.format-docx-writes-file"))
        }
        let out = URL(fileURLWithPath: output ?? "output/\(input.baseName(dataset)).docx")
        if output == nil {
            try? FileManager.default.createDirectory(
                at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try checkDestination(out)
        let (pictures, warnings) = try Pipeline.buildWord(
            dataset: dataset, output: out, theme: input.theme, options: options)
        for w in warnings { note(w.text(Lang.current)) }
        Console.out(Lang.text("cli.wrote-path-pictures-pictures", ["path": "\(out.path)", "pictures": "\(pictures)"]))
    }

    /// `--format ofd`: an OFD package of the PDF's pages (default output/<dataset name>.ofd).
    func writeOFD(_ dataset: URL, options: BuildOptions) throws {
        if StandardOutput.isRequested(output) {
            throw UsageError(message: Lang.text("cli.format-ofd-writes-file"))
        }
        let out = URL(fileURLWithPath: output ?? "output/\(input.baseName(dataset)).ofd")
        if output == nil {
            try? FileManager.default.createDirectory(
                at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try checkDestination(out)
        let result = try Pipeline.buildOFD(dataset: dataset, output: out, theme: input.theme, options: options)
        report(
            result, progress: nil,
            wrote: Lang.text("cli.wrote-path-page-count", ["path": "\(out.path)", "page-count": "\(result.pageCount)"]))
    }

    /// `--format svg`: one SVG per page in the output folder (default output/).
    func writeSVG(_ dataset: URL, options: BuildOptions) throws {
        if StandardOutput.isRequested(output) {
            throw UsageError(message: Lang.text("cli.format-svg-writes-one"))
        }
        let folder = URL(fileURLWithPath: output ?? "output")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = try Pipeline.renderImages(
            dataset: dataset, folder: folder,
            baseName: input.baseName(dataset),
            format: .svg, theme: input.theme, options: options)
        Console.out(Lang.text("cli.wrote-count-svg-pages", ["count": "\(files.count)", "path": "\(folder.path)"]))
    }
}

/// `folio text DATASET`.
struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: Lang.text("cli.print-resolved-report-plain"),
        discussion: Lang.text("cli.headings-carry-their-numbers")
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    /// Prints the resolved text.
    func run() throws {
        let report = try Pipeline.load(
            dataset: try input.url(command: "text"), theme: input.theme, options: try input.options())
        for w in report.warnings { note(w.text(Lang.current)) }
        Console.out(report.document.plainText)
    }
}

/// `folio fonts [DATASET]`.
struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonts",
        abstract: Lang.text("cli.show-face-chosen-each"))

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    /// Prints the font report.
    func run() throws {
        let report = try Pipeline.load(
            dataset: try input.url(command: "fonts"), theme: input.theme, options: try input.options())
        for line in try FontReport.messages(for: report) { Console.out(line.text(Lang.current)) }
    }
}
