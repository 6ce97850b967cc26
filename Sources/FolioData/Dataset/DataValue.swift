/// A number as written in the data, with the decimals it was written with
/// (21027.13 keeps two, 2687.8 keeps one, 11379 none).
public struct Quantity: Sendable, Hashable {
    /// The value.
    public var value: Double
    /// Decimal places to print.
    public var decimals: Int
    /// Creates a quantity.
    public init(_ value: Double, decimals: Int) { self.value = value; self.decimals = decimals }

    /// A number from a program, with the decimals its shortest exact writing has: 12500 prints "12500" (never
    /// "12500.0"), 2687.8 prints "2687.8", 21027.13 prints "21027.13". At most 6 decimals (the most Folio prints);
    /// a number that needs more is rounded to 6. No text round trip: the value is kept as given.
    public init(_ value: Double) {
        var decimals = 0
        while decimals < 6, Double(NumberFormatting.plain(value, decimals: decimals)) != value { decimals += 1 }
        if decimals == 6 {
            // Not exact in 6 decimals (0.1 + 0.2 is 0.30000000000000004): those rounded to 6 less their trailing zeros.
            let rounded = NumberFormatting.plain(value, decimals: 6)
            decimals -= rounded.reversed().prefix { $0 == "0" }.count
        }
        self.init(value, decimals: decimals)
    }

    /// A whole number from a program: no decimals.
    public init(_ value: Int) { self.init(Double(value), decimals: 0) }

    /// Parses `11379`, `-3`, `2687.8`; nil for anything else (no exponents, no separators).
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let body = t.hasPrefix("-") ? String(t.dropFirst()) : t
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let v = Double(t), v.isFinite
        else { return nil }
        self.init(v, decimals: parts.count == 2 ? parts[1].count : 0)
    }

    /// The value printed with its decimals ("2687.8").
    public var formatted: String { NumberFormatting.plain(value, decimals: decimals) }
}

/// One period's figure in a series.
public struct SeriesPoint: Sendable, Hashable {
    /// The period's key ("2020", "2025H1", "2025-01..10"; `ReportPeriod.key`).
    public var year: String
    /// The figure.
    public var quantity: Quantity
    /// Where the figure is.
    public var location: SourceLocation?
    /// Whether the figure is still a to-fill marker (`!todo`, `【待填】`): it prints 【待填】 and charts leave it out.
    public var toFill = false
    /// The period the key names (nil only for a key that is no period, which the loader never produces).
    public var period: ReportPeriod? { try? ReportPeriod(parsing: year) }
    /// Creates a point.
    public init(year: String, quantity: Quantity, location: SourceLocation? = nil) {
        self.year = year; self.quantity = quantity; self.location = location
    }
}

/// A named figure of the `data:` mapping: one value, or one value per year.
public struct DataValue: Sendable {
    /// The figures themselves.
    public enum Content: Sendable, Hashable {
        /// One value (`value: 118.6`, or `sum: [a, b]` already added up).
        case scalar(Quantity)
        /// One value per year, in ascending year order (`values: { 2015: 8740, 2020: 11379 }`).
        case series([SeriesPoint])
    }
    /// The name prose uses in expressions ("农民人均纯收入").
    public var name: String
    /// The unit ("元", "万元", "%"); empty when the figure is a bare count.
    public var unit: String
    /// The figures.
    public var content: Content
    /// Whether the figures are sample data (charts then say "示例数据").
    public var isSample: Bool
    /// For a `sum:`, the names added up (empty otherwise).
    public var parts: [String] = []
    /// For a figure read from a data file, the file (as the dataset names it); nil when written in the YAML.
    public var origin: String?
    /// Where the name is written.
    public var location: SourceLocation?
    /// For a single value, whether it is still a to-fill marker (`!todo`, `【待填】`).
    public var toFill = false
    /// Growth in % as a statistics office states it (`growth: { 2025: 10.5 }`, on comparable prices), by period
    /// key: the growth into that period from the same period a year earlier. The wording functions use it.
    /// A stated growth may itself be a to-fill marker (`SeriesPoint.toFill`).
    public var statedGrowth: [String: SeriesPoint] = [:]

    /// Creates a value.
    public init(
        name: String, unit: String = "", content: Content, isSample: Bool = false,
        location: SourceLocation? = nil
    ) {
        self.name = name; self.unit = unit; self.content = content
        self.isSample = isSample; self.location = location
    }

    /// The series points (empty for a scalar).
    public var points: [SeriesPoint] {
        if case .series(let p) = content { return p }
        return []
    }

    /// The figure for a period key, if the series has it.
    public func quantity(year: String) -> Quantity? {
        points.first { $0.year == year }?.quantity
    }

    /// The point for a period, if the series has it.
    public func point(_ period: ReportPeriod) -> SeriesPoint? {
        points.first { $0.year == period.key }
    }

    /// The points whose figures are known (to-fill markers left out), for charts.
    public var filledPoints: [SeriesPoint] { points.filter { !$0.toFill } }
}
