/// A user-visible sentence as a catalogue id and its named arguments, rendered in a language only when it is
/// printed (`text(_:)`). The sentences themselves live in the catalogues (`Catalogues/en.yaml`, `zh.yaml`), one
/// template per id with `{name}` placeholders; code never holds them.
public struct Message: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The catalogue id ("schema.unknown-key"); empty for a verbatim text.
    public var id: String
    /// The values of the template's placeholders, by name.
    public var arguments: [String: MessageArgument]

    /// The message `id` with its placeholders' values.
    public init(_ id: String, _ arguments: [String: MessageArgument] = [:]) {
        self.id = id; self.arguments = arguments
    }

    /// A text printed as it is in every language: what another program said (a C library's error, the system's
    /// reason), never a sentence of Folio's own.
    public static func verbatim(_ text: String) -> Message { Message("", ["text": .verbatim(text)]) }

    /// A text of the data's own (a word list's explanation), not a sentence of the catalogues, given in English and
    /// in Chinese: printed in the language asked for (English for any other).
    public static func verbatim(english: String, chinese: String) -> Message {
        Message("", ["text": .verbatim(english), "text.\(Language.chinese.rawValue)": .verbatim(chinese)])
    }

    /// Another program's words (libyaml's, the system's `strerror`), translated when the catalogue has them under
    /// `prefix` + the text made into an id ("No such file or directory" → `system.no-such-file-or-directory`),
    /// else printed as they are.
    /// A text of the form "words (detail)" is looked up in its two parts.
    public static func foreign(_ text: String, prefix: String) -> Message {
        let id = prefix + slug(text)
        if MessageCatalogue.shared.template(id, in: .english) != nil { return Message(id) }
        if text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) {
            let head = String(text[..<open.lowerBound])
            let detail = String(text[open.upperBound..<text.index(before: text.endIndex)])
            return Message(
                "foreign.with-detail",
                [
                    "text": .message(.foreign(head, prefix: prefix)),
                    "detail": .message(.foreign(detail, prefix: prefix)),
                ])
        }
        return .verbatim(text)
    }

    /// "did not find expected ',' or ']'" → "did-not-find-expected-comma-or-bracket": ASCII letters and digits
    /// kept, the punctuation such texts quote named, anything else a hyphen.
    public static func slug(_ text: String) -> String {
        let names: [Character: String] = [
            ",": "comma", "]": "bracket", "}": "brace", ":": "colon", "-": "dash", "!": "bang", "%": "percent",
        ]
        var words: [String] = []
        var word = ""
        for c in text.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { word.append(c); continue }
            if !word.isEmpty { words.append(word); word = "" }
            if let name = names[c] { words.append(name) }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-")
    }

    /// The message in `language` (its English template when the language's catalogue lacks the id).
    public func text(_ language: Language) -> String {
        if id.isEmpty, case .verbatim(let text)? = arguments["text.\(language.rawValue)"] ?? arguments["text"] {
            return text
        }
        return MessageCatalogue.shared.render(self, in: language)
    }

    /// The message in English.
    public var english: String { text(.english) }

    /// The message in English.
    public var description: String { english }
}

/// The value of a placeholder.
public indirect enum MessageArgument: Hashable, Sendable, Codable, ExpressibleByStringInterpolation {
    /// Printed as it is in every language: input quoted back, a file path, a key, a number.
    case verbatim(String)
    /// A phrase of its own, rendered in the same language as the message around it.
    case message(Message)
    /// Items joined with the language's list separator (", " in English, "、" in Chinese).
    case list([MessageArgument])

    /// A verbatim text.
    public init(stringLiteral value: String) { self = .verbatim(value) }
    /// A verbatim text made by interpolation.
    public init(stringInterpolation: DefaultStringInterpolation) {
        self = .verbatim(String(stringInterpolation: stringInterpolation))
    }
    /// A number, printed with ASCII digits.
    public static func number<N: BinaryInteger>(_ n: N) -> MessageArgument { .verbatim(String(n)) }
    /// Texts joined with the language's separator.
    public static func texts<S: Sequence>(_ items: S) -> MessageArgument where S.Element == String {
        .list(items.map { .verbatim($0) })
    }

    /// The argument in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .verbatim(let s): return s
        case .message(let m): return m.text(language)
        case .list(let items):
            let separator = MessageCatalogue.shared.template("list.separator", in: language) ?? ", "
            return items.map { $0.text(language) }.joined(separator: separator)
        }
    }
}

/// What a diagnostic, finding or error accepts as its message: a catalogue `Message`, or a `String` printed as
/// it is (another program's words, or an English sentence not yet in the catalogues).
public protocol MessageConvertible: Sendable {
    /// The value as a message.
    var asMessage: Message { get }
}

extension Message: MessageConvertible {
    /// The message itself.
    public var asMessage: Message { self }
}

extension String: MessageConvertible {
    /// The text, verbatim.
    public var asMessage: Message { .verbatim(self) }
}

/// An error that says what went wrong as a catalogue `Message` (so that it is printed in the reader's language
/// when it is wrapped into another message).
public protocol MessageError: Error {
    /// What went wrong.
    var message: Message { get }
}

extension MessageArgument {
    /// An error as an argument: its `Message` when it has one, else its description, verbatim.
    public static func error(_ error: any Error) -> MessageArgument {
        if let e = error as? any MessageError { return .message(e.message) }
        return .verbatim("\(error)")
    }
}
