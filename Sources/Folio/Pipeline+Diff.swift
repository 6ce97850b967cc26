import Foundation
import FolioCheck
import FolioData

extension Pipeline {
    /// Runs `folio diff`: loads both datasets (load errors throw `FolioError.input`) and lists what changed from
    /// `old` to `new` — figures, printed sentences, charts and tables.
    public static func diff(old: URL, new: URL, options: BuildOptions = BuildOptions()) throws -> DatasetDiff {
        try loadPair(old: old, new: new, options: options).diff
    }

    /// Both datasets and their differences.
    static func loadPair(
        old: URL, new: URL, options: BuildOptions
    ) throws -> (old: Dataset, new: Dataset, diff: DatasetDiff) {
        do {
            let a = try DatasetLoader.load(contentsOf: old, options: options.load).dataset
            let b = try DatasetLoader.load(contentsOf: new, options: options.load).dataset
            return (a, b, DatasetDiff(old: a, new: b))
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
    }

    /// `folio diff OLD NEW -o changes.pdf`: the differences built as a PDF for a reviewer (`DatasetDiff.reviewYAML`:
    /// a table of the changed figures, each changed sentence old and new with its changed figures marked 〖 〗, the
    /// charts and tables that changed), signed with the new dataset's issuer and dated with its date (else the old
    /// one's; else 【待填】). Neither input may be the output.
    public static func diffPDF(
        old: URL, new: URL, output: URL, options: BuildOptions = BuildOptions()
    ) throws -> (diff: DatasetDiff, result: BuildResult) {
        let (a, b, diff) = try loadPair(old: old, new: new, options: options)
        try checkOutput(output, inputs: [old, new] + a.dataFiles + b.dataFiles)
        func text(_ d: DatasetDate) -> String {
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(d.year)-\(two(d.month))-\(two(d.day))"
        }
        let date =
            !b.report.dateToFill
            ? text(b.report.date) : !a.report.dateToFill ? text(a.report.date) : Dataset.toFillMarker
        let yaml = diff.reviewYAML(
            oldName: old.lastPathComponent, newName: new.lastPathComponent, issuer: b.report.issuer, date: date)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset = folder.appendingPathComponent("changes.yaml")
        try yaml.write(to: dataset, atomically: true, encoding: .utf8)
        var buildOptions = options
        buildOptions.load = LoadOptions()   // the review file itself, never standard input
        return (diff, try build(dataset: dataset, output: output, options: buildOptions))
    }
}
