import ArgumentParser
import Foundation
import Folio
import FolioData

/// `folio new-year DATASET [--to PERIOD | --year YEAR] [-o OUT]`: drafts the next period's dataset from this one's.
struct NewYear: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-year",
        abstract: "Draft next period's dataset: same structure and prose, the period moved on, figures to fill in.",
        discussion: """
            A dataset that states report.period moves to the next period of its kind (2025 → 2026, 2025H1 → 2025H2; \
            --to names another, e.g. 2026H1): the period moves, so every relative reference ({本期}, 上期, 上年同期) \
            moves with it; every series gains the new period holding 【待填】, every single value is tagged !todo, and \
            report.date becomes 【待填】. `folio build` refuses the draft until each is filled in, unless --draft. \
            Texts that name the old period literally are listed: they cannot be moved. A data file of data-files: \
            that has last period's figures and none of the new period's gives each of its series a 【待填】 for the \
            new period: the command names the column to add, and --add-columns adds it, empty, to each CSV (the \
            file as it was is kept beside it as FILE.bak).

            A dataset without report.period is drafted by --year: every series gains YEAR holding last year's figure tagged !todo, every single value is tagged !todo, \
            expressions that named the last year name YEAR, and report.date becomes 【待填】. The draft is checked \
            like any dataset: each !todo figure is a warning until it is replaced. Figures read from data-files: \
            are not changed; update those files. Default output: the dataset's name with the last year replaced \
            by YEAR (xx-town-2016-2020.yaml → xx-town-2016-2021.yaml), beside it.
            """)

    @OptionGroup var language: LanguageOption

    @Argument(help: "This year's dataset (YAML).")
    var dataset: String

    @Option(name: .long, help: "The year to draft, e.g. 2021 (the dataset's last year plus one).")
    var year: Int?

    @Option(name: .long, help: "The period to draft (2026, 2025H2, 2025Q4, 2025-01..11); default: the next one.")
    var to: String?

    @Option(name: .shortAndLong, help: "Where to write the draft.")
    var output: String?

    @Flag(help: "Let data-files: lie outside the dataset's folder (refused by default: docs/limits.md).")
    var allowOutsidePaths = false

    @Flag(name: .long, help: "Replace the output file if it exists (never the dataset or one of its data files).")
    var force = false

    @Flag(
        name: .long,
        help: "Add the new period's empty column to each CSV of data-files: (the old file kept as FILE.bak).")
    var addColumns = false

    func validate() throws {
        if let year, !(1000...9999).contains(year) {
            throw ValidationError("--year must be a four-digit year, e.g. 2021")
        }
        if year != nil && to != nil { throw ValidationError("give --to or --year, not both") }
    }

    /// The period asked for with --to or --year, if any.
    func targetPeriod() throws -> ReportPeriod? {
        guard let text = to ?? year.map(String.init) else { return nil }
        do { return try ReportPeriod(parsing: text) } catch {
            throw ValidationError("--to: \(error.message); \(error.hint)")
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
                        .error, "cannot read the dataset “\(dataset)”",
                        hint: "check the path and that the file is UTF-8 text", code: "io.read")))
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
                draft = try NextPeriodDraft.draft(
                    yaml: text, fileName: dataset, directory: folder, to: target,
                    options: options.load)
                (old, new) = (current.key, target.key)
            } else {
                guard let year else {
                    throw ValidationError("the dataset states no report.period: give --year (or add report.period)")
                }
                if to != nil { throw ValidationError("--to needs report.period in the dataset; give --year instead") }
                draft = try NextYearDraft.draft(
                    yaml: text, fileName: dataset, directory: folder, year: year,
                    options: options.load)
                (old, new) = (String(year - 1), String(year))
            }
        } catch let e as DiagnosticError { throw FolioError.input(e) }
        let out = URL(fileURLWithPath: output ?? defaultOutput(input, old: old, new: new))
        try Pipeline.checkOutput(out, inputs: inputs)
        if FileManager.default.fileExists(atPath: out.path) && !force {
            throw FolioError.output(
                "\(out.path) exists", hint: "pass --force to replace it, or name another file with -o")
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
            note("the draft does not load yet: put the \(new) figures into the data files named above")
            todo = problems.diagnostics.filter { $0.code == "data.todo" }.count
        }
        let pending = (try? DatasetLoader.load(contentsOf: out, options: options.load))?.dataset.pendingColumns ?? []
        if addColumns {
            for line in try Pipeline.addPendingColumns(pending, datasetFolder: out.deletingLastPathComponent()) {
                note(line)
            }
        }
        for column in pending where !addColumns || column.isWorkbook {
            note(
                "data file: " + column.instruction
                    + (column.isWorkbook || column.exists ? "" : " (or run with --add-columns)"))
        }
        let literal = draft.notes.filter { $0.code == "newyear.literal-year" }.count
        Console.out(
            "wrote \(out.path): \(todo) marker(s) to fill in for \(new)"
                + (literal > 0 ? "; \(literal) text(s) name \(old) literally and were not moved (listed above)" : ""))
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
