import FolioMessages
import Foundation
import FolioData
import FolioCheck

extension Pipeline {
    /// The checks' word lists (Assets/checks of the asset folder, else the copy compiled into the library):
    /// confusion table, allowed reduplications, numeral words.
    public static func checkLists(options: BuildOptions = BuildOptions()) throws -> CheckLists {
        do {
            guard let folder = AssetLocator.folder(for: options) else { return try BundledAssets.checkLists() }
            return try CheckLists.load(from: folder.appendingPathComponent("checks"))
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
    }

    /// Runs `folio check` on a dataset: loads it (load errors throw `FolioError.input`), then runs every
    /// rule not in `disabled` (rule ids or families, docs/checks.md) nor in the dataset's own
    /// `checks: { disable: [...] }` over its prose. An id in the dataset that names no rule becomes a
    /// warning finding listing the known ones. The theme (`themeName`, else the dataset's `report.theme`) is loaded
    /// too, so that a theme `folio build` would refuse is an error here as well.
    public static func check(
        dataset url: URL, theme themeName: String? = nil, disabled: [String] = [],
        options: BuildOptions = BuildOptions()
    ) throws -> CheckReport {
        try check(.file(url), theme: themeName, disabled: disabled, options: options)
    }

    /// `check(dataset:theme:disabled:options:)` on a dataset from any source: a file, YAML text, or one made in Swift (the
    /// rules that quote the text then read the values alone).
    public static func check(
        _ input: DatasetSource, theme themeName: String? = nil, disabled: [String] = [],
        options: BuildOptions = BuildOptions()
    ) throws -> CheckReport {
        let dataset: Dataset, lines: YAMLSourceLines?
        do {
            (dataset, _, lines) = try loadDataset(input, options: options, keepingLines: true)
            _ = try theme(
                named: themeName ?? dataset.themeName, for: input, options: options,
                at: themeName == nil ? dataset.report.themeLocation : nil)
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
        return try check(dataset, lines: lines, disabled: disabled, options: options)
    }

    /// The checks on a loaded dataset whose text (for the rules that quote it) is `lines`, as the loader cut it. The
    /// lines are consumed: kept only until the prose is collected, so they are not held while the rules run.
    static func check(
        _ dataset: Dataset, lines: consuming YAMLSourceLines?, disabled: [String], options: BuildOptions
    ) throws -> CheckReport {
        let checker = Checker(lists: try checkLists(options: options))
        let map = (consume lines).map { SourceMap(file: dataset.file, lines: $0) }
        let unknown = checker.unknownIds(in: Set(dataset.disabledChecks))
        let disableAt = SourceLocation(
            file: dataset.file, line: map?.firstLine(startingWith: "checks:") ?? 1, column: 1)
        var report = checker.check(dataset, source: consume map, disabled: Set(disabled + dataset.disabledChecks))
        if !unknown.isEmpty {
            let known = checker.catalogue.map(\.id).joined(separator: ", ")
            report.findings.insert(
                Finding(
                    rule: "checks.disable", severity: .warning,
                    location: disableAt,
                    message: Message(
                        "folio.checks-disable-names-rule", ["value": "\(unknown.joined(separator: ", "))"]),
                    fix: Message("folio.known-rules-their-families.hint", ["known": "\(known)"])),
                at: 0)
            report.rules.insert(
                RuleInfo(
                    id: "checks.disable", severity: .warning,
                    summary: Message("folio.dataset-s-checks-disable")), at: 0)
        }
        return report
    }

    /// The check report of a dataset that did not load: its load diagnostics as findings (rule: the
    /// diagnostic's code), so `folio check --format json` prints a JSON document whatever happened.
    public static func loadFailureReport(file: String, _ error: DiagnosticError) -> CheckReport {
        let findings = error.diagnostics.map {
            Finding(
                rule: $0.code, severity: $0.severity, location: $0.location, message: $0.messageText, fix: $0.hintText)
        }
        let rules = Set(findings.map(\.rule)).sorted().map {
            RuleInfo(id: $0, severity: .error, summary: Message("folio.dataset-loads-docs-dataset"))
        }
        return CheckReport(file: file, rules: rules, findings: findings)
    }

    /// The preflight `folio build` runs: the check's warnings come back as diagnostics to print; any error
    /// throws `FolioError.input` listing every finding (exit status 65), so nothing is printed from a
    /// report that contradicts itself. `folio build --force` skips this.
    public static func preflight(
        dataset url: URL, disabled: [String] = [],
        options: BuildOptions = BuildOptions()
    ) throws -> [Diagnostic] {
        try preflight(.file(url), disabled: disabled, options: options)
    }

    /// `preflight(dataset:disabled:options:)` on a dataset from any source.
    public static func preflight(
        _ source: DatasetSource, disabled: [String] = [],
        options: BuildOptions = BuildOptions()
    ) throws -> [Diagnostic] {
        try preflightFindings(check(source, disabled: disabled, options: options), name: source.name)
    }

    /// The findings of a check report as `preflight` returns them, or its error when the report does not pass.
    static func preflightFindings(_ report: CheckReport, name: String) throws -> [Diagnostic] {
        guard report.passes else {
            var all = report.findings.map(\.diagnostic)
            all.append(
                Diagnostic(
                    .note,
                    Message("check.failed.summary-build-stopped-before", ["summary": .message(report.summaryText)]),
                    hint:
                        Message("check.failed.fix-them-folio-check.hint", ["relative-path": "\(name)"]),
                    code: "check.failed"))
            throw FolioError.input(DiagnosticError(all))
        }
        return report.findings.map(\.diagnostic)
    }
}

extension Pipeline {
    /// Every rule `folio check` runs: id, severity, summary.
    public static func checkCatalogue(options: BuildOptions = BuildOptions()) throws -> [RuleInfo] {
        Checker(lists: try checkLists(options: options)).catalogue
    }

    /// The ids of `disabled` that name no rule or family (typos in `--disable`).
    public static func unknownCheckIds(_ disabled: [String], options: BuildOptions = BuildOptions()) throws -> [String]
    {
        Checker(lists: try checkLists(options: options)).unknownIds(in: Set(disabled))
    }
}
