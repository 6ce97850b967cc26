import Foundation
import FolioData

/// What `folio verify` found in one PDF, for a person (one line per finding, then a summary) or a program (JSON).
public struct VerifyReport: Sendable, Codable {
    /// The file as the user named it.
    public var file: String
    /// Whether the file could be opened as a PDF at all (false: only `verify.file` ran).
    public var readable: Bool
    /// Whether the file was missing or could not be opened (as opposed to present but not a PDF).
    public var missing: Bool
    /// Pages read.
    public var pages: Int
    /// The rules that ran.
    public var rules: [VerifyRule]
    /// Everything found, in rule order, then page order.
    public var findings: [VerifyFinding]

    /// Creates a report.
    public init(
        file: String, readable: Bool, missing: Bool = false, pages: Int, rules: [VerifyRule],
        findings: [VerifyFinding]
    ) {
        self.file = file; self.readable = readable; self.missing = missing; self.pages = pages
        self.rules = rules; self.findings = findings
    }

    /// Number of errors.
    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    /// Number of warnings.
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
    /// Whether nothing is an error.
    public var passes: Bool { errorCount == 0 }
    /// Findings of one rule.
    public func findings(of rule: String) -> [VerifyFinding] { findings.filter { $0.rule == rule } }

    /// The command's exit status: 0 no error, 65 an error (EX_DATAERR), 66 no file to read (EX_NOINPUT).
    public var exitStatus: Int32 { missing ? 66 : passes ? 0 : 65 }

    /// One line per finding (`file: error: page 3: … [verify.line-start]`, the fix beneath), then the summary.
    public var text: String {
        (findings.map { $0.line(file: file) } + [summary]).joined(separator: "\n")
    }

    /// "file: 2 errors, 1 warning (10 rules, 12 pages)" or "file: no problems found (10 rules, 12 pages)".
    public var summary: String {
        func plural(_ n: Int, _ w: String) -> String { "\(n) \(w)\(n == 1 ? "" : "s")" }
        let scope = "(\(plural(rules.count, "rule")), \(plural(pages, "page")))"
        if findings.isEmpty { return "\(file): no problems found \(scope)" }
        return "\(file): \(plural(errorCount, "error")), \(plural(warningCount, "warning")) \(scope)"
    }

    /// The report as JSON: `{file, readable, pages, errors, warnings, passes, rules: [{id, severity, summary}],
    /// findings: [{rule, severity, page, message, fix}]}`, keys sorted.
    public var json: String {
        struct Out: Encodable {
            var file: String; var readable: Bool; var pages: Int; var errors: Int; var warnings: Int
            var passes: Bool; var rules: [VerifyRule]; var findings: [VerifyFinding]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let out = Out(
            file: file, readable: readable, pages: pages, errors: errorCount, warnings: warningCount,
            passes: passes, rules: rules, findings: findings)
        guard let data = try? encoder.encode(out) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
