import Foundation
import FolioData
import FolioMessages

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

    /// One line per finding (`file: error: page 3: … [verify.line-start]`, the fix beneath), then the summary,
    /// in `language`.
    public func text(_ language: Language) -> String {
        (findings.map { $0.line(file: file, language) } + [summary(language)]).joined(separator: "\n")
    }

    /// The report for a person, in English.
    public var text: String { text(.english) }

    /// "file: 2 errors, 1 warning (10 rules, 12 pages)" or "file: no problems found (10 rules, 12 pages)".
    public func summary(_ language: Language) -> String {
        let counts: [String: MessageArgument] = [
            "file": "\(file)", "rules": .number(rules.count), "pages": .number(pages),
            "errors": .number(errorCount), "warnings": .number(warningCount),
        ]
        return Message(findings.isEmpty ? "verify.summary.clean" : "verify.summary.found", counts).text(language)
    }

    /// The summary line in English.
    public var summary: String { summary(.english) }

    /// The report as JSON: `{file, readable, pages, errors, warnings, passes, rules: [{id, severity, summary}],
    /// findings: [{rule, severity, page, message, messageId, fix}]}`, keys sorted; `summary`, `message` and `fix`
    /// in `language`, the rest the same in every language.
    public func json(_ language: Language) -> String {
        struct Rule: Encodable { var id: String; var severity: Severity; var summary: String }
        struct Found: Encodable {
            var rule: String; var severity: Severity; var page: Int?; var message: String; var messageId: String
            var fix: String?
        }
        struct Out: Encodable {
            var file: String; var readable: Bool; var pages: Int; var errors: Int; var warnings: Int
            var passes: Bool; var rules: [Rule]; var findings: [Found]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let out = Out(
            file: file, readable: readable, pages: pages, errors: errorCount, warnings: warningCount,
            passes: passes,
            rules: rules.map { Rule(id: $0.id, severity: $0.severity, summary: $0.summaryText.text(language)) },
            findings: findings.map {
                Found(
                    rule: $0.rule, severity: $0.severity, page: $0.page, message: $0.messageText.text(language),
                    messageId: $0.messageText.id, fix: $0.fixText?.text(language))
            })
        guard let data = try? encoder.encode(out) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The report as JSON, with English messages.
    public var json: String { json(.english) }
}
