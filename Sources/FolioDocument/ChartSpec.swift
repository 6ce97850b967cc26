import FolioData

/// A chart as layout needs it: categories, series with their values already computed
/// (growth rates included), a numbered caption and an optional note.
public struct ChartSpec: Sendable, Hashable {
    /// The chart's id in the dataset.
    public var id: String
    /// The figure number, counted across the report (1 for "图1").
    public var number: Int
    /// The caption text without its number ("2015—2020年农民人均纯收入及其增长速度").
    public var title: String
    /// The kind of chart.
    public var kind: ChartKind
    /// Category labels along the axis (years as "2015", or names).
    public var categories: [String]
    /// The series, each with one value (or a gap) per category.
    public var series: [ChartSeries]
    /// Note below the chart ("数据来源：…"); sample data adds "示例数据".
    public var note: String?
    /// In a draft, the marker drawn in place of a plot whose figures are all still to fill in (【待填】); nil when the
    /// chart has figures.
    public var pendingMarker: String?
    /// Where the chart is placed in the dataset's body (what the workbench maps a click on the chart to).
    public var source: SourceLocation?
    /// Creates a chart spec.
    public init(
        id: String, number: Int, title: String, kind: ChartKind, categories: [String],
        series: [ChartSeries], note: String? = nil
    ) {
        self.id = id; self.number = number; self.title = title; self.kind = kind
        self.categories = categories; self.series = series; self.note = note
    }
    /// "图1 2015—2020年农民人均纯收入及其增长速度".
    public var caption: String { "图\(number) \(title)" }
}

/// The chart kinds of the statistical bulletins.
public enum ChartKind: String, Sendable, Hashable, Codable {
    /// Bars for values and a growth-rate line on a right-hand percent axis.
    case barLine = "bar-line"
    /// Bars only, one group per category.
    case bars
    /// Lines only.
    case line
    /// Horizontal bars (rankings, shares).
    case horizontalBars = "horizontal-bars"
}

/// One series of a chart.
public struct ChartSeries: Sendable, Hashable {
    /// The name shown in the legend ("农民人均纯收入").
    public var name: String
    /// The unit ("元", "万元", "%").
    public var unit: String
    /// One value per category; nil is a gap (never interpolated).
    public var values: [Double?]
    /// Drawn as bars or as a line.
    public var mark: SeriesMark
    /// Plotted against the left (values) or right (percent) axis.
    public var axis: SeriesAxis
    /// Decimal places for value labels.
    public var decimals: Int
    /// Whether the figures are sample data (the note then says "示例数据").
    public var isSample: Bool
    /// Value labels that replace the plain number at some points ("比2015年增长30.2%" where a growth
    /// rate is measured over more than one year); empty or nil entries print the number.
    public var labels: [String?]
    /// Creates a series.
    public init(
        name: String, unit: String, values: [Double?], mark: SeriesMark = .bar,
        axis: SeriesAxis = .left, decimals: Int = 0, isSample: Bool = false, labels: [String?] = []
    ) {
        self.name = name; self.unit = unit; self.values = values; self.mark = mark
        self.axis = axis; self.decimals = decimals; self.isSample = isSample; self.labels = labels
    }

    /// The label at category `i`, if one replaces the number there.
    public func label(at i: Int) -> String? {
        guard labels.indices.contains(i), let l = labels[i], !l.isEmpty else { return nil }
        return l
    }
}

/// How a series is drawn.
public enum SeriesMark: String, Sendable, Hashable, Codable {
    /// Vertical (or horizontal) bars.
    case bar
    /// A line with markers.
    case line
}

/// Which value axis a series uses.
public enum SeriesAxis: String, Sendable, Hashable, Codable {
    /// The left axis (values, with their unit).
    case left
    /// The right axis (percent).
    case right
}

/// The computed series of the statistical bulletins, as pure functions of the figures (never typed):
/// growth over the previous year (增长速度), differences, and the average annual growth (年均增长).
public enum SeriesMath {
    /// Growth in % of each figure over the previous figure the series has (the bulletin's 增长速度), and
    /// for a figure whose previous one is more than a year back, a label naming the base year
    /// ("比2015年增长30.2%", "比2017年下降4.9%"), so a five-year rise is never read as one year's.
    /// Nil for the first figure, for missing figures (gaps stay gaps), and from a zero base (never inf or nan).
    /// - Parameters:
    ///   - values: one figure (or nil) per year.
    ///   - years: the years, parallel to `values` ("2015").
    public static func growth(_ values: [Double?], years: [String]) -> (rates: [Double?], labels: [String?]) {
        var rates: [Double?] = [], labels: [String?] = [], previous: (value: Double, index: Int)?
        for (i, v) in values.enumerated() {
            guard let v, v.isFinite else { rates.append(nil); labels.append(nil); continue }
            if let p = previous, p.value != 0 {
                let rate = (v - p.value) / abs(p.value) * 100
                rates.append(rate)
                labels.append(
                    spansYears(from: p.index, to: i, years: years)
                        ? baseYearLabel(rate, year: years[p.index]) : nil)
            } else {
                rates.append(nil); labels.append(nil)
            }
            previous = (v, i)
        }
        return (rates, labels)
    }

    /// `a − b` for each position where both are present.
    public static func difference(_ a: [Double?], _ b: [Double?]) -> [Double?] {
        (0..<max(a.count, b.count)).map { i in
            guard i < a.count, i < b.count, let x = a[i], let y = b[i], x.isFinite, y.isFinite else { return nil }
            return x - y
        }
    }

    /// The average annual growth in % from the first to the last figure present (年均增长,
    /// (last / first)^(1 / years) − 1): nil with fewer than two figures, years that are not numbers,
    /// or a first figure that is not positive.
    public static func cagr(_ values: [Double?], years: [String]) -> Double? {
        let present = zip(values, years).compactMap { v, y -> (Double, Int)? in
            guard let v, v.isFinite, let year = Int(y) else { return nil }
            return (v, year)
        }
        guard let first = present.first, let last = present.last, last.1 > first.1,
            first.0 > 0, last.0 >= 0
        else { return nil }
        return (pow(last.0 / first.0, 1 / Double(last.1 - first.1)) - 1) * 100
    }

    /// Whether the figure at `i` follows its base at `base` after more than one year.
    static func spansYears(from base: Int, to i: Int, years: [String]) -> Bool {
        guard years.indices.contains(base), years.indices.contains(i) else { return false }
        if let a = Int(years[base]), let b = Int(years[i]) { return b - a > 1 }
        return i - base > 1
    }

    /// "比2015年增长30.2%" or "比2015年下降4.9%" (the bulletins say 下降 rather than a negative growth).
    static func baseYearLabel(_ rate: Double, year: String) -> String {
        let magnitude = abs(rate)
        let digits = (magnitude * 10).rounded() / 10
        let text = String(format1: digits)
        let base = Int(year) != nil ? year + "年" : ReportPeriod.label(key: year)
        return rate < 0 && digits > 0 ? "比\(base)下降\(text)%" : "比\(base)增长\(text)%"
    }
}

extension String {
    /// A number with one decimal ("30.2"), without Foundation.
    init(format1 value: Double) {
        // A rate the loader lets through is below 10^15 (DatasetValidator.checkChartGrowth); anything else
        // is printed as Swift prints a Double rather than trapping in the conversion to Int.
        guard let tenths = Int(exactly: (abs(value) * 10).rounded()) else {
            self = value.isFinite ? "\(value)" : "—"
            return
        }
        self = (value < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
