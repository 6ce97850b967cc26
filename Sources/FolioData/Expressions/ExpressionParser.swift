/// A syntax error inside `{…}`: what is wrong and at which character of the expression.
public struct ExpressionSyntaxError: Error, Sendable, Hashable {
    /// What is wrong.
    public var message: String
    /// Offset in Unicode scalars from the start of the expression text.
    public var offset: Int
}

/// Parses the text between `{` and `}`. Grammar:
///
///     full   := expr (":" format)?
///     expr   := term (("+" | "-") term)*
///     term   := "-" term | number | name ("[" year "]")? | name "(" expr ("," expr)* ")" | "(" expr ")"
///
/// `format` is parsed by `DisplayFormat.parse` (a unit, 万 or 亿, and/or `.N` decimals).
/// Full-width （ ） ， ： are accepted as ( ) , because clerks type them with a Chinese IME.
public struct ExpressionParser {
    private enum Token: Equatable {
        case name(String), number(String), symbol(Character), end
    }
    private var tokens: [(token: Token, offset: Int)] = []
    private var index = 0

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
            throw ExpressionSyntaxError(message: "unexpected “\(parser.describe(parser.current.token))” after the expression",
                                        offset: parser.current.offset)
        }
        return expr
    }

    private static let symbols: Set<Character> = ["+", "-", "(", ")", "[", "]", ","]
    private static let fullWidth: [Character: Character] = ["（": "(", "）": ")", "，": ",", "－": "-", "＋": "+"]

    private static func tokenize(_ text: String) throws(ExpressionSyntaxError) -> [(token: Token, offset: Int)] {
        let chars = Array(text.unicodeScalars).map { Character($0) }
        var out: [(token: Token, offset: Int)] = []
        var i = 0
        while i < chars.count {
            let c = fullWidth[chars[i]] ?? chars[i]
            if c.isWhitespace { i += 1; continue }
            if symbols.contains(c) { out.append((.symbol(c), i)); i += 1; continue }
            if c.isASCII && c.isNumber {
                let start = i
                while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "." { i += 1 }
                out.append((.number(String(chars[start..<i])), start)); continue
            }
            if c == "{" || c == "}" {
                throw ExpressionSyntaxError(message: "“\(c)” inside an expression; braces do not nest", offset: i)
            }
            let start = i
            while i < chars.count {
                let d = fullWidth[chars[i]] ?? chars[i]
                if d.isWhitespace || symbols.contains(d) || d == "{" || d == "}" { break }
                i += 1
            }
            out.append((.name(String(chars[start..<i])), start))
        }
        out.append((.end, chars.count))
        return out
    }

    private var current: (token: Token, offset: Int) {
        index < tokens.count ? tokens[index] : (.end, tokens.last?.offset ?? 0)
    }

    private mutating func advance() { index += 1 }

    private func describe(_ t: Token) -> String {
        switch t {
        case .name(let s), .number(let s): return s
        case .symbol(let c): return String(c)
        case .end: return "end"
        }
    }

    private mutating func expect(_ symbol: Character, _ what: String) throws(ExpressionSyntaxError) {
        guard current.token == .symbol(symbol) else {
            let found = current.token == .end ? "the end of the expression" : "“\(describe(current.token))”"
            throw ExpressionSyntaxError(message: "expected “\(symbol)” \(what), found \(found)", offset: current.offset)
        }
        advance()
    }

    private mutating func parseSum() throws(ExpressionSyntaxError) -> Expression {
        var lhs = try parseTerm()
        while case .symbol(let c) = current.token, c == "+" || c == "-" {
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
            advance(); return .negate(try parseTerm())
        case .symbol("("):
            advance()
            let inner = try parseSum()
            try expect(")", "to close “(”")
            return inner
        case .number(let text):
            advance()
            guard let q = Quantity(parsing: text) else {
                throw ExpressionSyntaxError(message: "“\(text)” is not a number", offset: offset)
            }
            return .number(q, text: text)
        case .name(let name):
            advance()
            return try parseAfterName(name)
        case .end:
            throw ExpressionSyntaxError(message: "expected a name or a number, found the end of the expression", offset: offset)
        case .symbol(let c):
            throw ExpressionSyntaxError(message: "expected a name or a number, found “\(c)”", offset: offset)
        }
    }

    private mutating func parseAfterName(_ name: String) throws(ExpressionSyntaxError) -> Expression {
        if current.token == .symbol("[") {
            advance()
            guard case .number(let year) = current.token else {
                throw ExpressionSyntaxError(message: "expected a year after “\(name)[”, e.g. \(name)[2020]",
                                            offset: current.offset)
            }
            advance()
            try expect("]", "after the year")
            return .reference(name: name, year: year)
        }
        if current.token == .symbol("(") {
            advance()
            var args: [Expression] = [try parseSum()]
            while current.token == .symbol(",") { advance(); args.append(try parseSum()) }
            try expect(")", "to close the arguments of \(name)(…)")
            return .call(function: name, arguments: args)
        }
        return .reference(name: name, year: nil)
    }
}
