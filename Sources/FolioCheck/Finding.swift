import FolioData
import FolioMessages

/// One problem a check found: which rule, how bad, where, why, and what to write instead.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule's id ("punctuation.quotes"); `--disable` and `checks: { disable: [...] }` take it.
    public var rule: String
    /// How bad it is: an error stops `folio build`, a warning does not.
    public var severity: Severity
    /// Where the offending characters start (file:line:col), when known.
    public var location: SourceLocation?
    /// Why the rule fired, in one sentence.
    public var messageText: Message
    /// What to do about it, if the rule knows.
    public var fixText: Message?
    /// The offending characters, as printed.
    public var excerpt: String
    /// The sentence the characters are in, as printed (resolved values in place of expressions).
    public var sentence: String

    /// Creates a finding.
    public init(
        rule: String, severity: Severity, location: SourceLocation?, message: some MessageConvertible,
        fix: (any MessageConvertible)? = nil, excerpt: String = "", sentence: String = ""
    ) {
        self.rule = rule; self.severity = severity; self.location = location; self.messageText = message.asMessage
        self.fixText = fix?.asMessage; self.excerpt = excerpt; self.sentence = sentence
    }

    /// Why the rule fired, in English.
    public var message: String { messageText.english }
    /// What to do about it, in English.
    public var fix: String? { fixText?.english }

    /// The finding as a compiler-style diagnostic (`file:line:col: error: …`), its fix as the hint.
    public var diagnostic: Diagnostic {
        Diagnostic(
            severity, Message("finding.with-rule", ["message": .message(messageText), "rule": "\(rule)"]),
            at: location, hint: fixText, code: rule)
    }
}

/// What a rule is, for reports, documentation and `folio check --list`.
public struct RuleInfo: Sendable, Hashable, Codable {
    /// The id ("repeat.word").
    public var id: String
    /// The severity of its findings.
    public var severity: Severity
    /// What it catches, in a few words.
    public var summaryText: Message

    /// Creates rule information.
    public init(id: String, severity: Severity, summary: some MessageConvertible) {
        self.id = id; self.severity = severity; self.summaryText = summary.asMessage
    }

    /// What it catches, in English.
    public var summary: String { summaryText.english }
}
