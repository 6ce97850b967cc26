import FolioDisplay
import FolioDocument
import FolioCharts

/// One chart alone on a page exactly its size plus a margin (`folio chart`: slides, web pages), laid out as it
/// appears in the report: the same width and text.
public enum ChartPage {
    /// The margin around the chart, so that nothing touches the edge of a slide or image.
    public static let margin = Pt(8)

    /// The page holding `chart` at the width the theme gives charts in the type area.
    ///
    /// Throws `ChartError` for a chart that cannot be laid out, and whatever `text` throws.
    public static func page(for chart: ChartSpec, theme: Theme, text: any TextShaping) throws -> Page {
        let width = PageMetrics(theme: theme).chartWidth(theme.charts)
        let figure = try ChartComposer.frame(for: chart, style: theme.charts, width: width, shaper: text)
        var frame = Frame(size: Size(width: figure.size.width + margin * 2, height: figure.size.height + margin * 2))
        frame.place(figure, at: Point(x: margin, y: margin))
        return Page(index: 0, label: "1", frame: frame)
    }
}
