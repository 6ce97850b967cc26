import FolioMessages

/// Why a chart cannot be drawn: each case names the chart and says what to change.
public enum ChartError: MessageError, CustomStringConvertible, Equatable {
    /// The chart has no categories.
    case noCategories(chart: String)
    /// The chart has no series, or no series has a single value.
    case noValues(chart: String)
    /// The width (or plot height) leaves no room for the plot.
    case tooSmall(chart: String, width: Double)

    /// A one-line message: what, where, what to do.
    public var message: Message {
        switch self {
        case let .noCategories(chart): Message("chart.layout.no-categories", ["chart": "\(chart)"])
        case let .noValues(chart): Message("chart.layout.no-values", ["chart": "\(chart)"])
        case let .tooSmall(chart, width):
            Message("chart.layout.too-small", ["chart": "\(chart)", "width": .number(Int(width))])
        }
    }

    /// The message in English.
    public var description: String { message.english }
}
