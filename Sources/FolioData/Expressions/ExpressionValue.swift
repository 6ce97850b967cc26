import FolioMessages
/// The result of an expression, ready to print.
public enum ExpressionValue: Sendable, Hashable {
    /// A figure with its decimals.
    case number(Quantity)
    /// A percentage and its decimals (one unless a format says otherwise), printed with "%".
    case percent(Double, decimals: Int)
    /// Text, e.g. a year range.
    case text(String)
    /// A change in the words of a statistical bulletin: 增长3.2%, 下降1.5%, 持平 (`变化`, `比较`, `年均变化`).
    case change(ChangeWording)

    /// As printed in prose, or nil for a figure too large to print exactly (`NumberFormatting.maximumMagnitude`).
    public var printable: String? {
        switch self {
        case .number(let q): return NumberFormatting.plainIfPrintable(q.value, decimals: q.decimals)
        case .percent(let p, let d): return NumberFormatting.plainIfPrintable(p, decimals: d).map { $0 + "%" }
        case .text(let t): return t
        case .change(let w):
            return NumberFormatting.plainIfPrintable(abs(w.percent), decimals: w.decimals).map { _ in w.formatted }
        }
    }

    /// As printed in prose: "11379", "30.2%", "2015—2020年", "下降1.5%".
    public var formatted: String {
        switch self {
        case .number(let q): return q.formatted
        case .percent(let p, let d): return NumberFormatting.percent(p, decimals: d)
        case .text(let t): return t
        case .change(let w): return w.formatted
        }
    }
}

/// A change worded as statistical bulletins word it: the direction is a word and the figure has no sign
/// (增长3.2%, 下降1.5%; a change that rounds to zero at the printed decimals is 持平), optionally after its
/// base (比上年增长3.2%, 与上年持平) or as an annual average (年均增长5.4%).
public struct ChangeWording: Sendable, Hashable {
    /// The change in %, signed.
    public var percent: Double
    /// Decimals to print (one unless a format says otherwise).
    public var decimals: Int
    /// The base in words (上年, 上年同期, 2015年), or nil when the wording does not name it.
    public var base: String?
    /// Whether the change is an annual average (年均).
    public var annual: Bool

    /// Creates a wording.
    public init(percent: Double, decimals: Int = 1, base: String? = nil, annual: Bool = false) {
        self.percent = percent; self.decimals = decimals; self.base = base; self.annual = annual
    }

    /// 增长3.2%, 下降1.5%, 持平, 比上年增长3.2%, 与上年持平, 年均增长5.4%.
    public var formatted: String {
        let magnitude = NumberFormatting.percent(abs(percent), decimals: decimals)
        let flat = NumberFormatting.plain(abs(percent), decimals: decimals).allSatisfy { $0 == "0" || $0 == "." }
        if flat { return base.map { "与\($0)持平" } ?? "持平" }
        let lead = (base.map { "比\($0)" } ?? "") + (annual ? "年均" : "")
        return lead + (percent > 0 ? "增长" : "下降") + magnitude
    }
}

/// Why an expression cannot be evaluated (the location is added by the caller: the `{`).
public struct ExpressionError: Error, Sendable, Hashable {
    /// What is wrong.
    public var messageText: Message
    /// What to do about it.
    public var hintText: Message?
    /// Diagnostic code, e.g. "expr.unknown-name".
    public var code: String
    /// Creates an error.
    public init(_ message: some MessageConvertible, hint: (any MessageConvertible)? = nil, code: String) {
        self.messageText = message.asMessage; self.hintText = hint?.asMessage; self.code = code
    }
    /// The message in English.
    public var message: String { messageText.english }
    /// The hint in English.
    public var hint: String? { hintText?.english }
}
