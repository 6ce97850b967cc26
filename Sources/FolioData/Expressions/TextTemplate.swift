import FolioMessages
/// Prose with expressions: "达到{农民人均纯收入[2020]}元". `{{` and `}}` are literal braces.
/// Each expression keeps the location of its `{` so errors point into the string.
public struct TextTemplate: Sendable, Hashable {
    /// A piece of the text.
    public enum Part: Sendable, Hashable {
        /// Text printed as it is.
        case literal(String)
        /// An expression, its source text (between the braces) and where its `{` is.
        case expression(Expression, source: String, location: SourceLocation?)
    }
    /// The pieces, in order.
    public var parts: [Part]
    /// The text as written.
    public var raw: String
    /// Where the text starts in the file.
    public var location: SourceLocation?

    /// A template with no expressions.
    public init(literal text: String, location: SourceLocation? = nil) {
        self.parts = text.isEmpty ? [] : [.literal(text)]; self.raw = text; self.location = location
    }

    /// Creates a template from parts.
    public init(parts: [Part], raw: String, location: SourceLocation? = nil) {
        self.parts = parts; self.raw = raw; self.location = location
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
        return (TextTemplate(parts: parts, raw: text, location: location), problems)
    }

    /// An expression's source as messages quote it: at most 60 characters, the middle left out.
    static func excerpt(_ source: String) -> String {
        guard source.count > 60 else { return source }
        return String(source.prefix(40)) + "…" + String(source.suffix(15))
    }
}
