/// The result of an expression, ready to print.
public enum ExpressionValue: Sendable, Hashable {
    /// A figure with its decimals.
    case number(Quantity)
    /// A percentage and its decimals (one unless a format says otherwise), printed with "%".
    case percent(Double, decimals: Int)
    /// Text, e.g. a year range.
    case text(String)

    /// As printed in prose, or nil for a figure too large to print exactly (`NumberFormatting.maximumMagnitude`).
    public var printable: String? {
        switch self {
        case .number(let q): return NumberFormatting.plainIfPrintable(q.value, decimals: q.decimals)
        case .percent(let p, let d): return NumberFormatting.plainIfPrintable(p, decimals: d).map { $0 + "%" }
        case .text(let t): return t
        }
    }

    /// As printed in prose: "11379", "30.2%", "2015—2020年".
    public var formatted: String {
        switch self {
        case .number(let q): return q.formatted
        case .percent(let p, let d): return NumberFormatting.percent(p, decimals: d)
        case .text(let t): return t
        }
    }
}

/// Why an expression cannot be evaluated (the location is added by the caller: the `{`).
public struct ExpressionError: Error, Sendable, Hashable {
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?
    /// Diagnostic code, e.g. "expr.unknown-name".
    public var code: String
    /// Creates an error.
    public init(_ message: String, hint: String? = nil, code: String) {
        self.message = message; self.hint = hint; self.code = code
    }
}
