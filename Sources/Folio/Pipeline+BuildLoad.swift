import Foundation
import FolioData
import FolioDocument

/// What a plain `folio build` refuses before it draws: figures and dates still to fill in (unless `--draft`) and a
/// report the check finds errors in (unless `--no-check`).
public struct BuildGate: Sendable {
    /// Refuse a dataset with `!todo` figures, a 【待填】 date, a 【待填】 typed into its texts or a placeholder `folio import`
    /// left (`Pipeline.requireFilled`); `--draft` turns it off.
    public var requireFilled: Bool
    /// Run `folio check` first and stop on an error (`Pipeline.preflight`); `--no-check` turns it off.
    public var check: Bool

    /// A gate; by default both refusals are on, as in a plain `folio build`.
    public init(requireFilled: Bool = true, check: Bool = true) {
        self.requireFilled = requireFilled
        self.check = check
    }
}

extension Pipeline {
    /// Loads `dataset` once for a build and passes it through `gate`: the unfilled markers (`requireFilled`), then
    /// the check (`preflight`) on the same copy of the dataset, then the theme and the resolution. Returns the
    /// report for `build(_:output:options:)` and the check's warnings to print. The check's own structures and
    /// the dataset are released before this returns, so the build's peak memory does not hold them.
    public static func loadForBuild(
        dataset url: URL, theme themeName: String? = nil, gate: BuildGate = BuildGate(),
        options: BuildOptions = BuildOptions()
    ) throws -> (report: LoadedReport, findings: [Diagnostic]) {
        FontSystemAhead.shared.start(theme: themeName)   // fontconfig's set-up while the dataset loads and is checked
        var clock = PhaseClock()
        let dataset: Dataset
        let loadWarnings: [Diagnostic]
        var lines: YAMLSourceLines?
        do {
            (dataset, loadWarnings, lines) = try loadDataset(.file(url), options: options, keepingLines: gate.check)
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
        if gate.requireFilled {
            let unfilled = unfilledMarkers(in: loadWarnings, of: dataset)
            if !unfilled.isEmpty { throw FolioError.input(DiagnosticError(unfilled)) }
        }
        clock.lap("load")
        let findings =
            gate.check
            ? try preflightFindings(
                try check(dataset, lines: lines.take(), disabled: [], options: options),
                name: DatasetSource.file(url).name) : []
        clock.lap("check")
        var report: LoadedReport
        do {
            report = try resolve(dataset, warnings: loadWarnings, from: .file(url), theme: themeName, options: options)
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
        clock.lap("resolve")
        report.phases = clock.phases
        return (report, findings)
    }
}
