import FolioMessages

/// A problem that a `Decodable` type finds in its own input — an unknown key, a value out of range, a colour
/// that is none — placed by its coding path. `YAMLDocument.decode` turns it into a diagnostic at the
/// file:line:col of the key (`atKey`) or of the value, as `NodeReader` places the dataset's problems.
public struct SchemaProblem: Error, Sendable {
    /// The coding path to the value (for an unknown key: to that key's value).
    public var path: [PathKey]
    /// What is wrong, in one sentence, without the path (the diagnostic adds it).
    public var messageText: Message
    /// What to write instead.
    public var hintText: Message?
    /// The diagnostic code ("schema.unknown-key", "theme.range").
    public var code: String
    /// Whether the problem is the key itself rather than its value.
    public var atKey: Bool

    /// Creates a problem at `codingPath`.
    public init(
        at codingPath: [any CodingKey], _ message: some MessageConvertible, hint: (any MessageConvertible)? = nil,
        code: String, atKey: Bool = false
    ) {
        path = codingPath.map(PathKey.init)
        self.messageText = message.asMessage; self.hintText = hint?.asMessage; self.code = code; self.atKey = atKey
    }

    /// The message in English.
    public var message: String { messageText.english }
    /// The hint in English.
    public var hint: String? { hintText?.english }
}

/// One step of a coding path, kept as plain values so that a `SchemaProblem` can cross threads.
public struct PathKey: CodingKey, Sendable, Hashable {
    /// The key's text (a list index as text).
    public var stringValue: String
    /// The list index, for a step into a list.
    public var intValue: Int?
    /// A step named `stringValue`.
    public init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
    /// A step into a list at `intValue`.
    public init(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
    /// A copy of any coding key.
    public init(_ key: any CodingKey) { stringValue = key.stringValue; intValue = key.intValue }
}

extension Decoder {
    /// Throws a located `SchemaProblem` for the first key of this mapping (in file order) that `Keys` does not
    /// name, with the nearest known key as a suggestion: a misspelt key is an error, never silently ignored.
    public func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type, in what: String) throws {
        let known = Keys.allCases.map(\.stringValue)
        try rejectUnknownKeys(allowing: known, in: what)
    }

    /// How a message names the mapping `what`: a key (`grid`) as it is, "the theme" and "a heading" from the
    /// catalogue.
    static func phrase(_ what: String) -> MessageArgument {
        switch what {
        case "the theme": .message(Message("path.theme"))
        case "a heading": .message(Message("path.heading"))
        default: "\(what)"
        }
    }

    /// `rejectUnknownKeys(_:in:)` for keys given as text (a mapping keyed by an enumeration's raw values).
    public func rejectUnknownKeys(allowing known: [String], in what: String) throws {
        let container = try self.container(keyedBy: PathKey.self)
        for key in container.allKeys where !known.contains(key.stringValue) {
            throw SchemaProblem(
                at: codingPath + [key],
                Message("schema.unknown-key", ["key": "\(key.stringValue)", "path": Self.phrase(what)]),
                hint: Suggestion.advice(for: key.stringValue, among: known), code: "schema.unknown-key", atKey: true)
        }
    }
}
