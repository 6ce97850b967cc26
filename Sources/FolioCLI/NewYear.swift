import ArgumentParser
import Foundation
import Folio
import FolioData

/// `folio new-year DATASET --year 2021 [-o OUT]`: drafts next year's dataset from this year's.
struct NewYear: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-year",
        abstract: "Draft next year's dataset: same structure and prose, the period moved on, figures to fill in.",
        discussion: """
        Every series gains YEAR holding last year's figure tagged !todo, every single value is tagged !todo, \
        expressions that named the last year name YEAR, and report.date moves on a year. The draft is checked \
        like any dataset: each !todo figure is a warning until it is replaced. Figures read from data-files: \
        are not changed; update those files. Default output: the dataset's name with the last year replaced \
        by YEAR (xx-town-2016-2020.yaml → xx-town-2016-2021.yaml), beside it.
        """)

    @Argument(help: "This year's dataset (YAML).")
    var dataset: String

    @Option(name: .long, help: "The year to draft, e.g. 2021 (the dataset's last year plus one).")
    var year: Int

    @Option(name: .shortAndLong, help: "Where to write the draft.")
    var output: String?

    @Flag(help: "Let data-files: lie outside the dataset's folder (refused by default: docs/limits.md).")
    var allowOutsidePaths = false

    @Flag(name: .long, help: "Replace the output file if it exists (never the dataset or one of its data files).")
    var force = false

    func validate() throws {
        guard (1000...9999).contains(year) else { throw ValidationError("--year must be a four-digit year, e.g. 2021") }
    }

    /// Drafts, checks the destination against the inputs, writes, and loads the draft to count its !todo figures.
    func run() throws {
        let input = URL(fileURLWithPath: dataset)
        let options = try RunEnvironment.options(allowOutsidePaths: allowOutsidePaths, creationDate: false)
        let text: String
        do { text = try String(contentsOf: input, encoding: .utf8) } catch {
            throw FolioError.input(DiagnosticError(Diagnostic(.error, "cannot read the dataset “\(dataset)”",
                                                              hint: "check the path and that the file is UTF-8 text", code: "io.read")))
        }
        let draft: NextYearDraft
        let inputs: [URL]
        do {
            let folder = input.deletingLastPathComponent()
            draft = try NextYearDraft.draft(yaml: text, fileName: dataset, directory: folder, year: year, options: options.load)
            inputs = [input] + (try DatasetLoader.load(contentsOf: input, options: options.load).dataset.dataFiles)
        } catch let e as DiagnosticError { throw FolioError.input(e) }
        let out = URL(fileURLWithPath: output ?? defaultOutput(input))
        try Pipeline.checkOutput(out, inputs: inputs)
        if FileManager.default.fileExists(atPath: out.path) && !force {
            throw FolioError.output("\(out.path) exists", hint: "pass --force to replace it, or name another file with -o")
        }
        try Pipeline.writeDataset(draft.yaml, to: out, replacing: force)
        let report = try Pipeline.load(dataset: out, options: options)
        for w in draft.notes + report.warnings { note(w.description) }
        let todo = report.warnings.filter { $0.code == "data.todo" }.count
        Console.out("wrote \(out.path): \(todo) figure(s) to fill in for \(year)")
    }

    /// The input's name with its last year replaced by `year`, or with "-YEAR" added.
    func defaultOutput(_ input: URL) -> String {
        let name = input.deletingPathExtension().lastPathComponent, ext = input.pathExtension
        let old = String(year - 1)
        let newName: String
        if let r = name.range(of: old, options: .backwards) { newName = name.replacingCharacters(in: r, with: String(year)) }
        else { newName = "\(name)-\(year)" }
        return input.deletingLastPathComponent().appendingPathComponent(newName).appendingPathExtension(ext.isEmpty ? "yaml" : ext).path
    }
}
