import FolioMessages
/// Prose with expressions: "达到{农民人均纯收入[2020]}元". `{{` and `}}` are literal braces.
/// Each expression keeps the location of its `{` so errors point into the string.
public struct TextTemplate: Sendable {
    /// A piece of the text.
    public enum Part: Sendable, Hashable {
        /// Text printed as it is.
        case literal(String)
        /// An expression, its source text (between the braces) and where its `{` is.
        case expression(Expression, source: String, location: SourceLocation?)
    }
    /// The pieces, in order.
    public var parts: [Part]
    /// The text as written: kept as given, or written again from `parts` (`written(_:)`) for a parsed template that
    /// had no problem, which is then exactly its text.
    public var raw: String {
        get { given ?? Self.written(parts) }
        set { given = newValue }
    }
    /// Where the text starts in the file.
    public var location: SourceLocation?
    /// The text as given, when it is not written again from `parts`. A parsed template's literal parts are copies
    /// of its text: holding the text too held a report's prose twice (at 1,000× about 20 MB of the load's peak).
    private var given: String?

    /// A template with no expressions.
    public init(literal text: String, location: SourceLocation? = nil) {
        self.parts = text.isEmpty ? [] : [.literal(text)]; self.given = text; self.location = location
    }

    /// Creates a template from parts.
    public init(parts: [Part], raw: String, location: SourceLocation? = nil) {
        self.parts = parts; self.given = raw; self.location = location
    }

    /// A parsed template whose text is `parts` written again.
    private init(parts: [Part], location: SourceLocation?) {
        self.parts = parts; self.given = nil; self.location = location
    }

    /// `parts` as a template's text writes them: a literal brace doubled (`{{`, `}}`), an expression's source
    /// between braces. For the parts `parse` makes of a text without problems, this is that text.
    static func written(_ parts: [Part]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let s):
                if s.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) {
                    for c in s.unicodeScalars {
                        if c == "{" || c == "}" { out.unicodeScalars.append(c) }
                        out.unicodeScalars.append(c)
                    }
                } else {
                    out += s
                }
            case .expression(_, let source, _): out += "{" + source + "}"
            }
        }
        return out
    }

    /// Whether the text has any expression.
    public var hasExpressions: Bool {
        parts.contains {
            if case .expression = $0 { return true }; return false
        }
    }

    /// Parses `text`. `locate` maps an offset (in Unicode scalars of `text`) to its place in the file.
    /// Returns the template (possibly partial) and every problem found: unbalanced braces, syntax errors.
    public static func parse(
        _ text: String, at location: SourceLocation? = nil,
        locate: (Int) -> SourceLocation? = { _ in nil }
    ) -> (TextTemplate, [Diagnostic]) {
        // Bytes, not scalars: the braces are ASCII, and literal text is copied as runs of UTF-8 (appending scalar by
        // scalar was 40% of parsing a 100× report). `at` counts the scalars before byte `i`, for `locate`.
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        // Text without a brace (most prose) is one literal: the string itself, its storage shared with `raw`
        // instead of copied (at 1,000× the copies were 8 MB of the check's peak).
        let braced =
            text.utf8.withContiguousStorageIfAvailable { $0.contains(open) || $0.contains(close) }
            ?? text.utf8.contains { $0 == open || $0 == close }
        if !braced { return (TextTemplate(literal: text, location: location), []) }
        let bytes = Array(text.utf8)
        var parts: [Part] = [], literal: [UInt8] = [], problems: [Diagnostic] = []
        var i = 0, at = 0
        func flush() {
            if !literal.isEmpty {
                parts.append(.literal(String(decoding: literal, as: UTF8.self))); literal.removeAll()
            }
        }
        while i < bytes.count {
            let c = bytes[i]
            let next: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
            if (c == open || c == close) && next == c { literal.append(c); i += 2; at += 2; continue }
            if c == close {
                problems.append(
                    Diagnostic(
                        .error, Message("expr.braces.unbalanced-opens"), at: locate(at) ?? location,
                        hint: Message("expr.braces.write-literal-brace.hint"), code: "expr.braces"))
                i += 1; at += 1; continue
            }
            guard c == open else {
                literal.append(c)
                if c & 0xC0 != 0x80 { at += 1 }   // a scalar's first byte
                i += 1; continue
            }
            guard let end = bytes[(i + 1)...].firstIndex(of: close) else {
                problems.append(
                    Diagnostic(
                        .error, Message("expr.braces.unbalanced-expression-never-closed"),
                        at: locate(at) ?? location,
                        hint: Message("expr.braces.close-write-literal-brace.hint"), code: "expr.braces"))
                break
            }
            let source = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            let here = locate(at) ?? location
            do {
                let expr = try ExpressionParser.parse(source)
                flush()
                parts.append(.expression(expr, source: source, location: here))
            } catch {
                problems.append(
                    Diagnostic(
                        .error,
                        Message(
                            "expr.in-expression",
                            ["expression": "\(TextTemplate.excerpt(source))", "message": .message(error.message)]),
                        at: here,
                        hint: Message("expr.syntax.expressions-look-like.hint"),
                        code: "expr.syntax"))
            }
            at += bytes[i...end].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            i = end + 1
        }
        flush()
        let template =
            problems.isEmpty
            ? TextTemplate(parts: parts, location: location) : TextTemplate(parts: parts, raw: text, location: location)
        return (template, problems)
    }

    /// An expression's source as messages quote it: at most 60 characters, the middle left out.
    static func excerpt(_ source: String) -> String {
        guard source.count > 60 else { return source }
        return String(source.prefix(40)) + "…" + String(source.suffix(15))
    }
}

extension TextTemplate: Hashable {
    /// Whether the two have the same parts, text and location (the text compared as written, however it is held).
    public static func == (a: TextTemplate, b: TextTemplate) -> Bool {
        a.parts == b.parts && a.location == b.location && a.raw == b.raw
    }

    /// Hashes the parts and the location (equal templates have equal parts).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(parts)
        hasher.combine(location)
    }
}
