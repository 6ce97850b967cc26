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
    /// Creates a chart spec.
    public init(id: String, number: Int, title: String, kind: ChartKind, categories: [String],
                series: [ChartSeries], note: String? = nil) {
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
    /// Creates a series.
    public init(name: String, unit: String, values: [Double?], mark: SeriesMark = .bar,
                axis: SeriesAxis = .left, decimals: Int = 0, isSample: Bool = false) {
        self.name = name; self.unit = unit; self.values = values; self.mark = mark
        self.axis = axis; self.decimals = decimals; self.isSample = isSample
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
