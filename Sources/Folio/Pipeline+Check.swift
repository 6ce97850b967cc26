import Foundation
import FolioData
import FolioCheck

extension Pipeline {
    /// The checks' word lists (Assets/checks): confusion table, allowed reduplications, numeral words.
    public static func checkLists() throws -> CheckLists {
        do {
            return try CheckLists.load(from: try AssetLocator.assets().appendingPathComponent("checks"))
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
    }

    /// Runs `folio check` on a dataset: loads it (load errors throw `FolioError.input`), then runs every
    /// rule not in `disabled` (rule ids or families, docs/checks.md) over its prose.
    public static func check(dataset url: URL, disabled: [String] = []) throws -> CheckReport {
        let dataset: Dataset
        do {
            dataset = try DatasetLoader.load(contentsOf: url).dataset
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
        let source = try? String(contentsOf: url, encoding: .utf8)
        let checker = Checker(lists: try checkLists())
        return checker.check(dataset, source: source.map { SourceMap(file: dataset.file, text: $0) },
                             disabled: Set(disabled))
    }

    /// The preflight `folio build` runs: the check's warnings come back as diagnostics to print; any error
    /// throws `FolioError.input` listing every finding (exit status 65), so nothing is printed from a
    /// report that contradicts itself. `folio build --force` skips this.
    public static func preflight(dataset url: URL, disabled: [String] = []) throws -> [Diagnostic] {
        let report = try check(dataset: url, disabled: disabled)
        guard report.passes else {
            var all = report.findings.map(\.diagnostic)
            all.append(Diagnostic(.note, "\(report.summary); the build stopped before writing anything",
                                  hint: "fix them (`folio check \(url.relativePath)` groups them by rule), or build anyway with --force",
                                  code: "check.failed"))
            throw FolioError.input(DiagnosticError(all))
        }
        return report.findings.map(\.diagnostic)
    }
}

extension Pipeline {
    /// Every rule `folio check` runs: id, severity, summary.
    public static func checkCatalogue() throws -> [RuleInfo] {
        Checker(lists: try checkLists()).catalogue
    }

    /// The ids of `disabled` that name no rule or family (typos in `--disable`).
    public static func unknownCheckIds(_ disabled: [String]) throws -> [String] {
        Checker(lists: try checkLists()).unknownIds(in: Set(disabled))
    }
}
