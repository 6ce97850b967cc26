import FolioData
import FolioMessages

/// One problem `folio verify` found in a PDF: which rule, how bad, on which page, why, and what to do.
public struct VerifyFinding: Sendable, Hashable, Codable {
    /// The rule's id ("verify.fonts").
    public var rule: String
    /// An error fails the verification; a warning does not.
    public var severity: Severity
    /// The page, from 1, when the problem is on one page.
    public var page: Int?
    /// What is wrong, in one sentence.
    public var messageText: Message
    /// What to do about it, if the rule knows.
    public var fixText: Message?

    /// Creates a finding.
    public init(
        rule: String, severity: Severity, page: Int? = nil, message: some MessageConvertible,
        fix: (any MessageConvertible)? = nil
    ) {
        self.rule = rule; self.severity = severity; self.page = page; self.messageText = message.asMessage
        self.fixText = fix?.asMessage
    }

    /// What is wrong, in English.
    public var message: String { messageText.english }
    /// What to do about it, in English.
    public var fix: String? { fixText?.english }

    /// `file: error: page 3: message [rule]`, then the fix on its own line, in `language`.
    func line(file: String, _ language: Language) -> String {
        let said =
            page.map { Message("verify.on-page", ["page": .number($0), "message": .message(messageText)]) }
            ?? messageText
        let line = Message(
            "diagnostic.line",
            [
                "severity": .message(severity.word),
                "message": .message(Message("finding.with-rule", ["message": .message(said), "rule": "\(rule)"])),
            ])
        var text = "\(file): \(line.text(language))"
        if let fixText { text += "\n    " + Message("check.fix", ["fix": .message(fixText)]).text(language) }
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
    public var summaryText: Message

    /// Creates a rule description.
    public init(id: String, severity: Severity, summary: some MessageConvertible) {
        self.id = id; self.severity = severity; self.summaryText = summary.asMessage
    }

    /// What it checks, in English.
    public var summary: String { summaryText.english }
}
