import FolioMessages

/// A place in an input file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file as the user named it (relative paths stay relative).
    public var file: String
    /// Line, from 1.
    public var line: Int
    /// Column, from 1.
    public var column: Int
    /// Creates a location.
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
    /// `file:line:col`, the form editors and compilers use.
    public var description: String { "\(file):\(line):\(column)" }
}

/// How bad a diagnostic is.
public enum Severity: String, Hashable, Sendable, Codable, Comparable {
    /// Informational.
    case note
    /// Something to look at; the build goes on.
    case warning
    /// The input cannot be used as it is.
    case error

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    /// Orders severities from a note to an error.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One problem found in the input: what is wrong, where, and what to do about it. The message and the hint are
/// catalogue entries (`Message`), rendered in a language when printed (`text(_:)`).
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad it is.
    public var severity: Severity
    /// Where it is, if it has a place.
    public var location: SourceLocation?
    /// What is wrong, in one sentence.
    public var messageText: Message
    /// What to do about it, if known.
    public var hintText: Message?
    /// The id of the rule or check that produced it (e.g. "schema.unknown-key").
    public var code: String

    /// Creates a diagnostic from a catalogue `Message` (or a `String` printed as it is: another program's words,
    /// or an English sentence not yet in the catalogues — a new message belongs in them: CONTRIBUTING.md).
    public init(
        _ severity: Severity, _ message: some MessageConvertible, at location: SourceLocation? = nil,
        hint: (any MessageConvertible)? = nil, code: String = ""
    ) {
        self.severity = severity; self.messageText = message.asMessage; self.location = location
        self.hintText = hint?.asMessage; self.code = code
    }

    /// The message in English.
    public var message: String { messageText.english }
    /// The hint in English.
    public var hint: String? { hintText?.english }

    /// `file:line:col: error: message` followed, on its own line, by the hint, in `language`. The place and the
    /// code stay as they are; the severity word, the message and the hint are translated.
    public func text(_ language: Language) -> String {
        var s = location.map { "\($0): " } ?? ""
        s += Message("diagnostic.line", ["severity": .message(severity.word), "message": .message(messageText)])
            .text(language)
        if let hintText {
            s += "\n    " + Message("diagnostic.hint", ["hint": .message(hintText)]).text(language)
        }
        return s
    }

    /// The diagnostic in English.
    public var description: String { text(.english) }
}

extension Severity {
    /// The word printed for it ("error", "错误").
    public var word: Message { Message("severity.\(rawValue)") }
}

/// An error carrying every problem found in one run, so the user sees all of them at once.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// The problems, in input order.
    public var diagnostics: [Diagnostic]
    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    /// Creates the error from one problem.
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
    /// All diagnostics, one per line, in `language`.
    public func text(_ language: Language) -> String { diagnostics.map { $0.text(language) }.joined(separator: "\n") }
    /// All diagnostics, one per line, in English.
    public var description: String { text(.english) }
    /// Whether any diagnostic is an error (not only warnings).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

extension Sequence {
    /// The elements in input order of their `location`: by line, then column; elements without a place last;
    /// elements at the same place (or both without one) in the order they have here. Diagnostics and findings
    /// are both sorted by this one rule.
    public func sortedBySource(_ location: (Element) -> SourceLocation?) -> [Element] {
        enumerated().sorted { a, b in
            switch (location(a.element), location(b.element)) {
            case let (x?, y?) where (x.line, x.column) != (y.line, y.column):
                return (x.line, x.column) < (y.line, y.column)
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
