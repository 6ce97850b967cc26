/// Why a chart cannot be drawn: each case names the chart and says what to change.
public enum ChartError: Error, CustomStringConvertible, Equatable {
    /// The chart has no categories.
    case noCategories(chart: String)
    /// The chart has no series, or no series has a single value.
    case noValues(chart: String)
    /// The width (or plot height) leaves no room for the plot.
    case tooSmall(chart: String, width: Double)

    /// A one-line message: what, where, what to do.
    public var description: String {
        switch self {
        case let .noCategories(chart):
            return "chart “\(chart)” has no categories: give it at least one category (e.g. a year)"
        case let .noValues(chart):
            return "chart “\(chart)” has no values to plot: give at least one series a number"
        case let .tooSmall(chart, width):
            return
                "chart “\(chart)” does not fit in \(Int(width)) pt: make the chart wider or its text smaller in the theme"
        }
    }
}
