/// A chart as the dataset declares it (`charts:` item). The resolver turns it into a
/// numbered `ChartSpec` with its categories and growth series computed.
public struct ChartDefinition: Sendable {
    /// Chart kinds the dataset may name (the raw values of FolioDocument's `ChartKind`).
    public static let kinds = ["bar-line", "bars", "line", "horizontal-bars"]
    /// The id the body places it by (`- chart: income`).
    public var id: String
    /// One of `ChartDefinition.kinds`.
    public var kind: String
    /// The caption text without its number; may hold expressions.
    public var title: TextTemplate
    /// Names of data values drawn, in legend order.
    public var series: [String]
    /// Whether to add a growth-rate series (%) between consecutive years the data has.
    public var growth: Bool
    /// Where the figures come from (note "数据来源：…").
    public var source: TextTemplate?
    /// A further note below the chart.
    public var note: TextTemplate?
    /// Where each series name is written (parallel to `series`).
    public var seriesLocations: [SourceLocation?]
    /// Where the chart is declared.
    public var location: SourceLocation?

    /// Creates a chart definition.
    public init(id: String, kind: String, title: TextTemplate, series: [String], growth: Bool = false,
                source: TextTemplate? = nil, note: TextTemplate? = nil,
                seriesLocations: [SourceLocation?] = [], location: SourceLocation? = nil) {
        self.id = id; self.kind = kind; self.title = title; self.series = series; self.growth = growth
        self.source = source; self.note = note; self.seriesLocations = seriesLocations; self.location = location
    }
}
