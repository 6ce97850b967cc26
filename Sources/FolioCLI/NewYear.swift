import FolioMessages
import ArgumentParser
import Foundation
import Folio
import FolioData

/// `folio new-year DATASET [--to PERIOD | --year YEAR] [-o OUT]`: drafts the next period's dataset from this one's.
struct NewYear: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-year",
        abstract: Lang.text("cli.draft-next-period-s"),
        discussion: Lang.text("cli.dataset-that-states-report"))

    @OptionGroup var language: LanguageOption

    @Argument(help: Lang.help("cli.this-year-s-dataset"))
    var dataset: String

    @Option(name: .long, help: Lang.help("cli.year-draft-e-g"))
    var year: Int?

    @Option(name: .long, help: Lang.help("cli.period-draft-h-q"))
    var to: String?

    @Option(name: .shortAndLong, help: Lang.help("cli.where-write-draft"))
    var output: String?

    @Flag(help: Lang.help("cli.let-data-files-lie-2"))
    var allowOutsidePaths = false

    @Flag(name: .long, help: Lang.help("cli.replace-output-file-if"))
    var force = false

    @Flag(
        name: .long,
        help: Lang.help("cli.add-new-period-s"))
    var addColumns = false

    /// Refuses a year outside 1000…9999, `--year` with `--to`, and a `--to` that is no period.
    func validate() throws {
        if let year, !(1000...9999).contains(year) {
            throw ValidationError(Lang.text("cli.year-must-four-digit"))
        }
        if year != nil && to != nil { throw ValidationError(Lang.text("cli.give-year-both")) }
        // A --to that is no period is refused here, while parsing, so the usage shown is new-year's.
        _ = try targetPeriod()
    }

    /// The period asked for with --to or --year, if any.
    func targetPeriod() throws -> ReportPeriod? {
        guard let text = to ?? year.map(String.init) else { return nil }
        do { return try ReportPeriod(parsing: text) } catch {
            throw ValidationError(
                Lang.text("cli.to.invalid", ["message": .message(error.message), "hint": .message(error.hint)]))
        }
    }

    /// Drafts, checks the destination against the inputs, writes, and loads the draft to count its !todo figures.
    func run() throws {
        let input = URL(fileURLWithPath: dataset)
        let options = try RunEnvironment.options(allowOutsidePaths: allowOutsidePaths, creationDate: false)
        let text: String
        do { text = try String(contentsOf: input, encoding: .utf8) } catch {
            throw FolioError.input(
                DiagnosticError(
                    Diagnostic(
                        .error, Lang.text("io.read.cannot-read-dataset-dataset", ["dataset": "\(dataset)"]),
                        hint: Lang.text("io.read.check-path-that-file.hint"), code: "io.read")))
        }
        let folder = input.deletingLastPathComponent()
        let draft: NextYearDraft
        let inputs: [URL]
        let old: String, new: String
        do {
            let loaded = try DatasetLoader.load(contentsOf: input, options: options.load).dataset
            inputs = [input] + loaded.dataFiles
            if let current = loaded.report.period {
                let target = try targetPeriod() ?? current.next
                // A dataset of the last year a dataset may have has no next one: the draft would not load.
                guard InputLimits.years.contains(target.year) else {
                    throw DiagnosticError(
                        Diagnostic(
                            .error,
                            Message(
                                "cli.new-year.past-last-year",
                                [
                                    "period": "\(current.key)", "next": "\(target.key)",
                                    "upper-bound": "\(InputLimits.years.upperBound)",
                                ]),
                            at: loaded.report.location, code: "data.year"))
                }
                draft = try NextPeriodDraft.draft(
                    yaml: text, fileName: dataset, directory: folder, to: target,
                    options: options.load, language: Lang.current)
                (old, new) = (current.key, target.key)
            } else {
                // Found only once the dataset is read: FolioCommand shows these with new-year's usage.
                if to != nil { throw ValidationError(Lang.text("cli.needs-report-period-dataset")) }
                guard let year else { throw ValidationError(Lang.text("cli.dataset-states-report-period")) }
                draft = try NextYearDraft.draft(
                    yaml: text, fileName: dataset, directory: folder, year: year,
                    options: options.load, language: Lang.current)
                (old, new) = (String(year - 1), String(year))
            }
        } catch let e as DiagnosticError { throw FolioError.input(e) }
        let out = URL(fileURLWithPath: output ?? defaultOutput(input, old: old, new: new))
        try Pipeline.checkOutput(out, inputs: inputs)
        if FileManager.default.fileExists(atPath: out.path) && !force {
            throw FolioError.output(
                Message("render.exists", ["path": "\(out.path)"]), hint: Lang.text("cli.pass-force-replace-name.hint"))
        }
        try Pipeline.writeDataset(draft.yaml, to: out, replacing: force)
        for w in draft.notes { note(w.text(Lang.current)) }
        let todo: Int
        do {
            let report = try Pipeline.load(dataset: out, options: options)
            for w in report.warnings { note(w.text(Lang.current)) }
            todo = report.warnings.filter { $0.code == "data.todo" }.count
        } catch FolioError.input(let problems) {
            // Typically figures read from data-files: that lack the new period: the draft is written all the same.
            for d in problems.diagnostics { note(d.text(Lang.current)) }
            note(Lang.text("cli.draft-does-load-yet", ["new": "\(new)"]))
            todo = problems.diagnostics.filter { $0.code == "data.todo" }.count
        }
        let pending = (try? DatasetLoader.load(contentsOf: out, options: options.load))?.dataset.pendingColumns ?? []
        if addColumns {
            for line in try Pipeline.addPendingColumns(pending, datasetFolder: out.deletingLastPathComponent()) {
                note(line.text(Lang.current))
            }
        }
        for column in pending where !addColumns || column.isWorkbook {
            note(
                Lang.text(
                    column.isWorkbook || column.exists ? "cli.data-file" : "cli.data-file.add-columns",
                    ["instruction": .message(column.instruction)]))
        }
        let literal = draft.notes.filter { $0.code == "newyear.literal-year" }.count
        let figures = draft.notes.filter { $0.code == "newyear.literal-figure" }.count
        Console.out(
            Lang.text("cli.wrote-path-todo-marker", ["path": "\(out.path)", "todo": "\(todo)", "new": "\(new)"])
                + (literal > 0
                    ? Lang.text("cli.literal-text-s-name", ["literal": .number(literal), "old": "\(old)"]) : "")
                + (figures > 0 ? Lang.text("cli.literal-figure-texts", ["figures": .number(figures)]) : ""))
    }

    /// The input's name with its last mention of the old period replaced by the new one, or with "-NEW" added.
    func defaultOutput(_ input: URL, old: String, new: String) -> String {
        let name = input.deletingPathExtension().lastPathComponent, ext = input.pathExtension
        let newName: String
        if let r = name.range(of: old, options: .backwards) {
            newName = name.replacingCharacters(in: r, with: new)
        } else {
            newName = "\(name)-\(new)"
        }
        return input.deletingLastPathComponent().appendingPathComponent(newName).appendingPathExtension(
            ext.isEmpty ? "yaml" : ext
        ).path
    }
}
