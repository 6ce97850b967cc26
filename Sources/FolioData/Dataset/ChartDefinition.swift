/// A chart as the dataset declares it (`charts:` item). The resolver turns it into a
/// numbered `ChartSpec` with its categories and computed series (growth, difference, CAGR).
public struct ChartDefinition: Sendable {
    /// Chart kinds the dataset may name (the raw values of FolioDocument's `ChartKind`).
    public static let kinds = ["bar-line", "bars", "line", "horizontal-bars"]
    /// The id the body places it by (`- chart: income`).
    public var id: String
    /// One of `ChartDefinition.kinds`.
    public var kind: String
    /// The caption text without its number; may hold expressions.
    public var title: TextTemplate
    /// Names of every data value the chart reads, in legend order (a computed series names its inputs).
    public var series: [String]
    /// What each plotted series is: a data value or a series computed from data values, in legend order.
    /// Empty in definitions made before items existed: the resolver then draws `series` (and `growth`).
    public var items: [ChartSeriesItem]
    /// Whether to add a growth-rate series (%) of the first series (the older spelling of `- growth: name`).
    public var growth: Bool
    /// The years drawn (`years: [2016, 2020]`); growth is still computed from the year before. Nil: all years.
    public var years: ClosedRange<Int>?
    /// Where the figures come from (note "数据来源：…").
    public var source: TextTemplate?
    /// A further note below the chart.
    public var note: TextTemplate?
    /// Where each series name is written (parallel to `series`).
    public var seriesLocations: [SourceLocation?]
    /// Where the chart is declared.
    public var location: SourceLocation?

    /// Creates a chart definition.
    public init(
        id: String, kind: String, title: TextTemplate, series: [String], items: [ChartSeriesItem] = [],
        growth: Bool = false, source: TextTemplate? = nil, note: TextTemplate? = nil,
        seriesLocations: [SourceLocation?] = [], location: SourceLocation? = nil,
        years: ClosedRange<Int>? = nil
    ) {
        self.years = years
        self.id = id; self.kind = kind; self.title = title; self.series = series; self.items = items
        self.growth = growth; self.source = source; self.note = note
        self.seriesLocations = seriesLocations; self.location = location
    }

    /// The plotted series: `items`, or for an item-less definition each of `series` then its growth.
    public var plottedItems: [ChartSeriesItem] {
        guard items.isEmpty else { return items }
        var out = series.enumerated().map { i, name in
            ChartSeriesItem(.value(name), location: seriesLocations.indices.contains(i) ? seriesLocations[i] : nil)
        }
        if growth, let first = series.first { out.append(ChartSeriesItem(.growth(first), location: location)) }
        return out
    }
}

/// One series of a chart in the dataset: `- 农民人均纯收入`, or a mapping that computes one
/// (`- growth: 农民人均纯收入`, `- difference: [城镇居民人均可支配收入, 农民人均纯收入]`, `- cagr: 财政收入`)
/// with optional `name`, `mark` (bar, line) and `axis` (left, right).
public struct ChartSeriesItem: Sendable, Hashable {
    /// What the series is computed from. Nothing is typed: every figure comes from `data:`.
    public enum Source: Sendable, Hashable {
        /// The data value itself.
        case value(String)
        /// Its growth in % over the previous year the data has (增长速度).
        case growth(String)
        /// The first value minus the second, year by year (or as single values).
        case difference(String, String)
        /// Its compound annual growth in % from its first to its last year (年均增长), one figure.
        case cagr(String)

        /// The data values read.
        public var names: [String] {
            switch self {
            case let .value(n), let .growth(n), let .cagr(n): return [n]
            case let .difference(a, b): return [a, b]
            }
        }
    }
    /// The keys that select a computed series (`value` names the data value itself).
    public static let sourceKeys = ["value", "growth", "difference", "cagr"]
    /// All keys of a series mapping.
    public static let keys = sourceKeys + ["name", "mark", "axis"]

    /// The series' source.
    public var source: Source
    /// The legend name, replacing the default ("增长速度", the value's name, "A与B之差", "年均增长速度").
    public var name: String?
    /// "bar" or "line", replacing the chart kind's default.
    public var mark: String?
    /// "left" or "right", replacing the default (percentages beside bars go right).
    public var axis: String?
    /// Where the item is written.
    public var location: SourceLocation?

    /// Creates a series item.
    public init(
        _ source: Source, name: String? = nil, mark: String? = nil, axis: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.source = source; self.name = name; self.mark = mark; self.axis = axis; self.location = location
    }
}
