import FolioMessages
/// A syntax error inside `{…}`: what is wrong and at which character of the expression.
public struct ExpressionSyntaxError: Error, Sendable, Hashable {
    /// What is wrong.
    public var message: Message
    /// Offset in Unicode scalars from the start of the expression text.
    public var offset: Int
}

/// Parses the text between `{` and `}`. Grammar:
///
///     full   := expr (":" format)?
///     expr   := term (("+" | "-") term)*
///     term   := "-" term | number | period | name ("[" period "]")? | name "(" expr ("," expr)* ")" | "(" expr ")"
///     period := year | 2025H1 | 2025Q3 | 2025-01..10 | 本期 | 上期 | 上年同期 | 本年 | 上年 | 基期 | 规划期
///
/// `format` is parsed by `DisplayFormat.parse` (a unit, 万 or 亿, and/or `.N` decimals).
/// Full-width （ ） ， ： are accepted as ( ) , because clerks type them with a Chinese IME.
public struct ExpressionParser {
    private enum Token: Equatable {
        case name(String)
        case number(String)
        case period(String)
        case symbol(Character)
        case end
    }
    private var tokens: [(token: Token, offset: Int)] = []
    private var index = 0
    /// Levels open at the current token: parentheses, signs, calls and the terms of a sum so far
    /// (a sum is a left-leaning tree, one level per operator). Bounded by InputLimits.maxExpressionDepth.
    private var depth = 0

    /// Opens a level at `offset`, refusing one past the limit: parsing, evaluation and the checks recurse
    /// once per level, so a 20,000-level expression would overflow the stack.
    private mutating func descend(at offset: Int) throws(ExpressionSyntaxError) {
        depth += 1
        guard depth <= InputLimits.maxExpressionDepth else {
            throw ExpressionSyntaxError(
                message:
                    Message("data.expression-nests-more-than", ["limit": "\(InputLimits.maxExpressionDepth)"]),
                offset: offset)
        }
    }

    /// Parses `text` into an expression.
    public static func parse(_ text: String) throws(ExpressionSyntaxError) -> Expression {
        let scalars = Array(text.unicodeScalars)
        if let colon = scalars.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            let head = String(String.UnicodeScalarView(scalars[..<colon]))
            let tail = String(String.UnicodeScalarView(scalars[(colon + 1)...]))
            let format = try DisplayFormat.parse(tail, offset: colon + 1)
            return .formatted(try parseExpression(head), format)
        }
        return try parseExpression(text)
    }

    /// Parses an expression without a format.
    static func parseExpression(_ text: String) throws(ExpressionSyntaxError) -> Expression {
        var parser = ExpressionParser()
        parser.tokens = try tokenize(text)
        let expr = try parser.parseSum()
        guard case .end = parser.current.token else {
            throw ExpressionSyntaxError(
                message: Message(
                    "data.unexpected-value-after-expression", ["value": "\(parser.describe(parser.current.token))"]),
                offset: parser.current.offset)
        }
        return expr
    }

    /// The symbols, by scalar value: + - ( ) [ ] ,
    private static func isSymbol(_ value: UInt32) -> Bool {
        switch value {
        case 0x2B, 0x2D, 0x28, 0x29, 0x5B, 0x5D, 0x2C: return true
        default: return false
        }
    }

    /// The half-width symbol a full-width one stands for (（ ） ， － ＋), else the scalar itself.
    private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0xFF0C: return ","
        case 0xFF0D: return "-"
        case 0xFF0B: return "+"
        default: return scalar
        }
    }

    /// An ASCII digit.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x30 < 10 }

    /// Tokens with their offsets in scalars. Read scalar by scalar: every character of an expression is one scalar
    /// to the grammar, and comparing scalar values spares hashing a `Character` at every step.
    private static func tokenize(_ text: String) throws(ExpressionSyntaxError) -> [(token: Token, offset: Int)] {
        let scalars = Array(text.unicodeScalars)
        var out: [(token: Token, offset: Int)] = []
        var i = 0
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        while i < scalars.count {
            let c = halfWidth(scalars[i])
            if c.properties.isWhitespace { i += 1; continue }
            if isSymbol(c.value) { out.append((.symbol(Character(c)), i)); i += 1; continue }
            if let length = periodLiteralLength(scalars, at: i) {
                out.append((.period(string(i..<(i + length))), i)); i += length; continue
            }
            if isDigit(c) {
                let start = i
                while i < scalars.count, isDigit(scalars[i]) || scalars[i] == "." { i += 1 }
                out.append((.number(string(start..<i)), start)); continue
            }
            if c == "{" || c == "}" {
                throw ExpressionSyntaxError(
                    message: Message("data.character-inside-expression-braces", ["character": "\(c)"]), offset: i)
            }
            let start = i
            while i < scalars.count {
                let d = halfWidth(scalars[i])
                if d.properties.isWhitespace || isSymbol(d.value) || d == "{" || d == "}" { break }
                i += 1
            }
            out.append((.name(string(start..<i)), start))
        }
        out.append((.end, scalars.count))
        return out
    }

    /// The length of a period literal starting at `i` (`2025H1`, `2025Q3`, `2025-01..10`), or nil: four digits
    /// followed by H/Q and a digit, or by `-`, digits, `..` and digits (which no sum of numbers can be).
    private static func periodLiteralLength(_ scalars: [Unicode.Scalar], at i: Int) -> Int? {
        func digit(_ k: Int) -> Bool { k < scalars.count && isDigit(scalars[k]) }
        guard (i..<(i + 4)).allSatisfy(digit), i == 0 || !isDigit(scalars[i - 1]), !digit(i + 4), i + 4 < scalars.count
        else { return nil }
        let mark = scalars[i + 4]
        if "HhQq".unicodeScalars.contains(mark), digit(i + 5), !digit(i + 6) { return 6 }
        guard mark == "-" else { return nil }
        var k = i + 5
        while digit(k) { k += 1 }
        guard k > i + 5, k + 1 < scalars.count, scalars[k] == ".", scalars[k + 1] == ".", digit(k + 2) else {
            return nil
        }
        k += 2
        while digit(k) { k += 1 }
        return k - i
    }

    private var current: (token: Token, offset: Int) {
        index < tokens.count ? tokens[index] : (.end, tokens.last?.offset ?? 0)
    }

    private mutating func advance() { index += 1 }

    private func describe(_ t: Token) -> String {
        switch t {
        case .name(let s), .number(let s), .period(let s): return s
        case .symbol(let c): return String(c)
        case .end: return "end"
        }
    }

    private mutating func expect(_ symbol: Character, _ what: Message) throws(ExpressionSyntaxError) {
        guard current.token == .symbol(symbol) else {
            let found: MessageArgument =
                current.token == .end ? .message(Message("expr.end")) : "“\(describe(current.token))”"
            throw ExpressionSyntaxError(
                message: Message(
                    "data.expected-symbol-what-found", ["symbol": "\(symbol)", "what": .message(what), "found": found]),
                offset: current.offset)
        }
        advance()
    }

    private mutating func parseSum() throws(ExpressionSyntaxError) -> Expression {
        let entry = depth
        defer { depth = entry }
        var lhs = try parseTerm()
        while case .symbol(let c) = current.token, c == "+" || c == "-" {
            try descend(at: current.offset)
            advance()
            let rhs = try parseTerm()
            lhs = .binary(c == "+" ? .plus : .minus, lhs, rhs)
        }
        return lhs
    }

    private mutating func parseTerm() throws(ExpressionSyntaxError) -> Expression {
        let (token, offset) = current
        switch token {
        case .symbol("-"):
            try descend(at: offset)
            defer { depth -= 1 }
            advance(); return .negate(try parseTerm())
        case .symbol("("):
            try descend(at: offset)
            defer { depth -= 1 }
            advance()
            let inner = try parseSum()
            try expect(")", Message("expr.to-close-paren"))
            return inner
        case .number(let text):
            advance()
            guard let q = Quantity(parsing: text) else {
                throw ExpressionSyntaxError(message: Message("data.text-number", ["text": "\(text)"]), offset: offset)
            }
            guard InputLimits.allows(magnitude: q.value) else {
                let shown = text.count > 24 ? String(text.prefix(24)) + "…" : text
                throw ExpressionSyntaxError(
                    message: Message("data.shown-too-large-numbers", ["shown": "\(shown)"]),
                    offset: offset)
            }
            guard q.decimals <= InputLimits.maxDecimals else {
                throw ExpressionSyntaxError(
                    message: Message(
                        "data.text-has-decimals-decimals",
                        ["text": "\(text)", "decimals": "\(q.decimals)", "limit": "\(InputLimits.maxDecimals)"]),
                    offset: offset)
            }
            return .number(q, text: text)
        case .period(let text):
            advance()
            return .period(text)
        case .name(let name):
            advance()
            if NamedPeriod(rawValue: name) != nil, current.token != .symbol("["), current.token != .symbol("(") {
                return .period(name)
            }
            return try parseAfterName(name)
        case .end:
            throw ExpressionSyntaxError(
                message: Message("data.expected-name-number-found"), offset: offset)
        case .symbol(let c):
            throw ExpressionSyntaxError(
                message: Message("data.expected-name-number-found-2", ["character": "\(c)"]), offset: offset)
        }
    }

    /// The `]` after a subscript's period.
    private mutating func closeSubscript(_ name: String, year: String) throws(ExpressionSyntaxError) -> Expression {
        try expect("]", Message("expr.after-period"))
        return .reference(name: name, year: year)
    }

    private mutating func parseAfterName(_ name: String) throws(ExpressionSyntaxError) -> Expression {
        if current.token == .symbol("[") {
            advance()
            let year: String
            switch current.token {
            case .number(let t), .period(let t): year = t
            case .name(let t) where NamedPeriod(rawValue: t) != nil: year = t
            default:
                throw ExpressionSyntaxError(
                    message: Message("data.expected-period-after-name", ["name": "\(name)"]),
                    offset: current.offset)
            }
            advance()
            // 名称[本年-5]: a named period shifted by whole years.
            if NamedPeriod(rawValue: year) != nil, current.token == .symbol("-") || current.token == .symbol("+") {
                let sign = current.token == .symbol("-") ? "-" : "+"
                advance()
                guard case .number(let n) = current.token, n.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                    throw ExpressionSyntaxError(
                        message: Message("data.expected-period-after-name", ["name": "\(name)"]),
                        offset: current.offset)
                }
                advance()
                return try closeSubscript(name, year: year + sign + n)
            }
            return try closeSubscript(name, year: year)
        }
        if current.token == .symbol("(") {
            try descend(at: current.offset)
            defer { depth -= 1 }
            advance()
            var args: [Expression] = [try parseSum()]
            while current.token == .symbol(",") { advance(); args.append(try parseSum()) }
            try expect(")", Message("expr.to-close-arguments", ["name": "\(name)"]))
            return .call(function: name, arguments: args)
        }
        return .reference(name: name, year: nil)
    }
}
