/// A value expression written inside `{…}` in prose: names, years, + and −, and a few
/// statistical functions. Nothing here executes code; evaluation is `Dataset.evaluate`.
public indirect enum Expression: Sendable, Hashable {
    /// A number literal (also used for years in function arguments), with its text.
    case number(Quantity, text: String)
    /// A data value, optionally one period of a series: `农民人均纯收入[2020]`, `[2025H1]`, `[本期]`
    /// (the text between the brackets, resolved against the report's period when evaluated).
    case reference(name: String, year: String?)
    /// A period standing alone: a literal (`2025H1`, `2025-01..10`) or a named one (`本期`, `上期`, `基期`…).
    /// As a function argument it names a period; on its own it prints as text (`{本期}` → 2025年上半年).
    case period(String)
    /// `a + b` or `a - b`.
    case binary(BinaryOperator, Expression, Expression)
    /// `-a`.
    case negate(Expression)
    /// `增长率(农民人均纯收入, 2015, 2020)`.
    case call(function: String, arguments: [Expression])
    /// An expression with a display format after a colon: `财政收入[2020]:亿元`, `增长率(…):.2`.
    case formatted(Expression, DisplayFormat)
}

/// How a value is shown: scaled into another unit or by 万/亿, and with how many decimals
/// (the part after “:” in `{财政收入[2020]:亿元}`). The unit itself is never printed: the prose
/// writes it after the braces, as official text does (“{财政收入[2020]:亿元}亿元”).
public struct DisplayFormat: Sendable, Hashable {
    /// A unit to convert into (万元 → 亿元), checked against `Units`.
    public var unit: String?
    /// A bare magnitude (万 = 10⁴, 亿 = 10⁸) to divide by, whatever the unit.
    public var magnitude: Double?
    /// Decimals to print, overriding the figure's own.
    public var decimals: Int?
    /// Creates a format.
    public init(unit: String? = nil, magnitude: Double? = nil, decimals: Int? = nil) {
        self.unit = unit; self.magnitude = magnitude; self.decimals = decimals
    }
}

/// The arithmetic an expression allows: differences and sums only.
public enum BinaryOperator: String, Sendable, Hashable {
    /// Addition.
    case plus = "+"
    /// Subtraction (a difference between years).
    case minus = "-"
}

/// The functions expressions may call, with the form the user writes.
public enum ExpressionFunction: String, Sendable, CaseIterable {
    /// `增长率(名称, 2015, 2020)`: growth from the first year to the second, in % (1 decimal).
    case growth = "增长率"
    /// `年均增长(名称, 2015, 2020)`: compound annual growth rate, in % (1 decimal).
    case annualGrowth = "年均增长"
    /// `占比(部分, 整体)`: share, in % (1 decimal).
    case share = "占比"
    /// `合计(a, b, …)`: sum.
    case sum = "合计"
    /// `年份范围(名称)` or `年份范围(2016, 2020)`: the years a series covers, "2015—2020年".
    case yearRange = "年份范围"
    /// `变化(名称, 上期, 本期)`: the change in bulletin wording — 增长3.2%, 下降1.5% or 持平.
    case change = "变化"
    /// `比较(名称, 基期, 本期)`: the change naming its base — 比上年增长3.2%, 比2015年下降1.5%, 与上年持平.
    case comparison = "比较"
    /// `年均变化(名称, 基期, 本期)`: the annual-average change in words — 年均增长5.4%, 年均下降1.2%.
    case annualChange = "年均变化"

    /// How to call it, for messages.
    public var usage: String {
        switch self {
        case .growth: return "增长率(名称, 起始期, 结束期)"
        case .annualGrowth: return "年均增长(名称, 起始年份, 结束年份)"
        case .share: return "占比(部分, 整体)"
        case .sum: return "合计(名称1, 名称2, …)"
        case .yearRange: return "年份范围(名称) / 年份范围(起始年份, 结束年份)"
        case .change: return "变化(名称, 起始期, 结束期)"
        case .comparison: return "比较(名称, 起始期, 结束期)"
        case .annualChange: return "年均变化(名称, 起始年份, 结束年份)"
        }
    }
}
