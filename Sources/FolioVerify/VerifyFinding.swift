import FolioData

/// One problem `folio verify` found in a PDF: which rule, how bad, on which page, why, and what to do.
public struct VerifyFinding: Sendable, Hashable, Codable {
    /// The rule's id ("verify.fonts").
    public var rule: String
    /// An error fails the verification; a warning does not.
    public var severity: Severity
    /// The page, from 1, when the problem is on one page.
    public var page: Int?
    /// What is wrong, in one sentence.
    public var message: String
    /// What to do about it, if the rule knows.
    public var fix: String?

    /// Creates a finding.
    public init(rule: String, severity: Severity, page: Int? = nil, message: String, fix: String? = nil) {
        self.rule = rule; self.severity = severity; self.page = page; self.message = message; self.fix = fix
    }

    /// `file: error: page 3: message [rule]`, then the fix on its own line.
    func line(file: String) -> String {
        var text = "\(file): \(severity.rawValue): \(page.map { "page \($0): " } ?? "")\(message) [\(rule)]"
        if let fix { text += "\n    fix: \(fix)" }
        return text
    }
}

/// A rule of `folio verify`: its id, the severity of its findings and what it checks.
public struct VerifyRule: Sendable, Hashable, Codable {
    /// The id ("verify.fonts").
    public var id: String
    /// The severity of its findings.
    public var severity: Severity
    /// What it checks, in a few words.
    public var summary: String

    /// Creates a rule description.
    public init(id: String, severity: Severity, summary: String) {
        self.id = id; self.severity = severity; self.summary = summary
    }
}
