import FolioMessages
import Foundation
import FolioData
import FolioCheck

extension Pipeline {
    /// The checks' word lists (Assets/checks): confusion table, allowed reduplications, numeral words.
    public static func checkLists(options: BuildOptions = BuildOptions()) throws -> CheckLists {
        do {
            return try CheckLists.load(from: try AssetLocator.assets(for: options).appendingPathComponent("checks"))
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
    }

    /// Runs `folio check` on a dataset: loads it (load errors throw `FolioError.input`), then runs every
    /// rule not in `disabled` (rule ids or families, docs/checks.md) nor in the dataset's own
    /// `checks: { disable: [...] }` over its prose. An id in the dataset that names no rule becomes a
    /// warning finding listing the known ones.
    public static func check(
        dataset url: URL, disabled: [String] = [],
        options: BuildOptions = BuildOptions()
    ) throws -> CheckReport {
        let dataset: Dataset
        do {
            dataset = try loadDataset(url, options: options).dataset
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
        let source =
            options.load.datasetBytes.map { String(decoding: $0, as: UTF8.self) }
            ?? (try? String(contentsOf: url, encoding: .utf8))
        let checker = Checker(lists: try checkLists(options: options))
        var report = checker.check(
            dataset, source: source.map { SourceMap(file: dataset.file, text: $0) },
            disabled: Set(disabled + dataset.disabledChecks))
        let unknown = checker.unknownIds(in: Set(dataset.disabledChecks))
        if !unknown.isEmpty {
            let known = checker.catalogue.map(\.id).joined(separator: ", ")
            report.findings.insert(
                Finding(
                    rule: "checks.disable", severity: .warning,
                    location: disableLocation(in: source, file: dataset.file),
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

    /// Where `checks:` is in the dataset's text (line 1 when it cannot be found), for the unknown-id warning.
    static func disableLocation(in source: String?, file: String) -> SourceLocation {
        let lines = source?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        let line = lines.firstIndex { $0.hasPrefix("checks:") }.map { $0 + 1 } ?? 1
        return SourceLocation(file: file, line: line, column: 1)
    }

    /// The preflight `folio build` runs: the check's warnings come back as diagnostics to print; any error
    /// throws `FolioError.input` listing every finding (exit status 65), so nothing is printed from a
    /// report that contradicts itself. `folio build --force` skips this.
    public static func preflight(
        dataset url: URL, disabled: [String] = [],
        options: BuildOptions = BuildOptions()
    ) throws -> [Diagnostic] {
        let report = try check(dataset: url, disabled: disabled, options: options)
        guard report.passes else {
            var all = report.findings.map(\.diagnostic)
            all.append(
                Diagnostic(
                    .note,
                    Message("check.failed.summary-build-stopped-before", ["summary": .message(report.summaryText)]),
                    hint:
                        Message("check.failed.fix-them-folio-check.hint", ["relative-path": "\(url.relativePath)"]),
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
