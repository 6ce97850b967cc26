import Foundation
import FolioData

/// What a check found, ready to print for a person (grouped by rule) or a program (JSON).
public struct CheckReport: Sendable, Codable {
    /// The dataset checked.
    public var file: String
    /// The rules that ran.
    public var rules: [RuleInfo]
    /// Everything found, in file order.
    public var findings: [Finding]

    /// Creates a report.
    public init(file: String, rules: [RuleInfo], findings: [Finding]) {
        self.file = file; self.rules = rules; self.findings = findings
    }

    /// Number of errors.
    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    /// Number of warnings.
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
    /// Whether nothing is an error (`folio build` goes ahead; `folio check` exits 0).
    public var passes: Bool { errorCount == 0 }

    /// Findings of one rule, in file order.
    public func findings(of rule: String) -> [Finding] { findings.filter { $0.rule == rule } }

    /// The report for a person: one block per rule that fired, each finding with its place, why,
    /// the sentence and the fix; then a summary line.
    public var text: String {
        var lines: [String] = []
        for rule in rules {
            let found = findings(of: rule.id)
            guard !found.isEmpty else { continue }
            lines.append("\(rule.id) — \(rule.summary) (\(found.count))")
            for f in found {
                lines.append("  \(f.location.map { "\($0): " } ?? "")\(f.severity.rawValue): \(f.message)")
                if !f.sentence.isEmpty { lines.append("      in: \(f.sentence)") }
                if let fix = f.fix { lines.append("      fix: \(fix)") }
            }
            lines.append("")
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }

    /// "file: 3 errors, 1 warning" or "file: no problems found (12 rules)".
    public var summary: String {
        if findings.isEmpty { return "\(file): no problems found (\(rules.count) rules)" }
        func plural(_ n: Int, _ w: String) -> String { "\(n) \(w)\(n == 1 ? "" : "s")" }
        return "\(file): \(plural(errorCount, "error")), \(plural(warningCount, "warning"))"
            + " — switch a rule off with --disable ID (docs/checks.md)"
    }

    /// The report as JSON for editors and CI: `{file, errors, warnings, rules, findings: [{rule, severity,
    /// location: {file, line, column}, message, fix, excerpt, sentence}]}`, keys sorted.
    public var json: String {
        struct Out: Encodable {
            var file: String; var errors: Int; var warnings: Int; var rules: [RuleInfo]; var findings: [Finding]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let out = Out(file: file, errors: errorCount, warnings: warningCount, rules: rules, findings: findings)
        guard let data = try? encoder.encode(out) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
