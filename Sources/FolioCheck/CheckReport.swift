import Foundation
import FolioData
import FolioMessages

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

    /// The report for a person in `language`: one block per rule that fired, each finding with its place, why,
    /// the sentence and the fix; then a summary line.
    public func text(_ language: Language) -> String {
        var lines: [String] = []
        for rule in rules {
            let found = findings(of: rule.id)
            guard !found.isEmpty else { continue }
            lines.append(
                Message(
                    "check.rule-heading",
                    ["rule": "\(rule.id)", "summary": .message(rule.summaryText), "count": .number(found.count)]
                ).text(language))
            for f in found {
                let line = Message(
                    "diagnostic.line", ["severity": .message(f.severity.word), "message": .message(f.messageText)])
                lines.append("  \(f.location.map { "\($0): " } ?? "")\(line.text(language))")
                if !f.sentence.isEmpty {
                    lines.append("      " + Message("check.in-sentence", ["sentence": "\(f.sentence)"]).text(language))
                }
                if let fix = f.fixText {
                    lines.append("      " + Message("check.fix", ["fix": .message(fix)]).text(language))
                }
            }
            lines.append("")
        }
        lines.append(summary(language))
        return lines.joined(separator: "\n")
    }

    /// The report for a person, in English.
    public var text: String { text(.english) }

    /// "file: 3 errors, 1 warning" or "file: no problems found (12 rules)", in `language`.
    public func summary(_ language: Language) -> String { summaryText.text(language) }

    /// The summary line as a message.
    public var summaryText: Message {
        if findings.isEmpty {
            return Message("check.summary.clean", ["file": "\(file)", "rules": .number(rules.count)])
        }
        return Message(
            "check.summary.found",
            ["file": "\(file)", "errors": .number(errorCount), "warnings": .number(warningCount)])
    }

    /// The summary line in English.
    public var summary: String { summary(.english) }

    /// The report as JSON for editors and CI: `{file, errors, warnings, rules: [{id, severity, summary}],
    /// findings: [{rule, severity, location: {file, line, column}, message, messageId, fix, excerpt, sentence}]}`,
    /// keys sorted. Keys, rule ids, severities and `messageId` are the same in every language; `summary`,
    /// `message` and `fix` are in `language`.
    public func json(_ language: Language) -> String {
        struct Rule: Encodable { var id: String; var severity: Severity; var summary: String }
        struct Found: Encodable {
            var rule: String; var severity: Severity; var location: SourceLocation?; var message: String
            var messageId: String; var fix: String?; var excerpt: String; var sentence: String
        }
        struct Out: Encodable {
            var file: String; var errors: Int; var warnings: Int; var rules: [Rule]; var findings: [Found]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let out = Out(
            file: file, errors: errorCount, warnings: warningCount,
            rules: rules.map { Rule(id: $0.id, severity: $0.severity, summary: $0.summaryText.text(language)) },
            findings: findings.map {
                Found(
                    rule: $0.rule, severity: $0.severity, location: $0.location, message: $0.messageText.text(language),
                    messageId: $0.messageText.id, fix: $0.fixText?.text(language), excerpt: $0.excerpt,
                    sentence: $0.sentence)
            })
        guard let data = try? encoder.encode(out) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The report as JSON, with English messages.
    public var json: String { json(.english) }
}
