import FolioDisplay
import FolioDocument

/// Lays out charts as the national statistical bulletins draw them ("图1 2016—2020年农村居民人均可支配收入及其
/// 增长速度"): caption above, plot, legend, source note below; legible in grayscale print.
public enum ChartComposer {
    /// The whole figure as one frame `width` wide: caption above ("图1 …", centred, style.captionSize, role .chart),
    /// plot, legend, note below ("数据来源：…"). Height follows from style.height + text.
    ///
    /// Throws `ChartError` for a chart without categories or values or too narrow to draw, and whatever the
    /// shaper throws.
    public static func frame(
        for chart: ChartSpec, style: ChartStyle, width: Pt, shaper: any TextShaping
    ) throws -> Frame {
        guard !chart.categories.isEmpty else { throw ChartError.noCategories(chart: chart.id) }
        guard width.value.isFinite, width.value > 0 else {
            throw ChartError.tooSmall(chart: chart.id, width: width.value)
        }
        let metrics = ChartMetrics(style: style, width: width)
        let text = ChartText(shaper: shaper)
        let (series, leftUnit, rightUnit) = PlottedSeries.make(chart)
        let waiting = !series.contains(where: { !$0.present.isEmpty })
        guard !waiting || chart.pendingMarker != nil else { throw ChartError.noValues(chart: chart.id) }

        var items: [FrameItem] = []
        // The caption centred: one run (searched as a whole line) unless it would have to shrink past legibility.
        var captionItems: [FrameItem] = []
        var y = Pt.zero
        for line in try fittedLines(chart.caption, size: metrics.captionSize, width: width, text: text) {
            let placed = PlacedText.topLeft(line, Point(x: (width - line.width) / 2, y: y))
            captionItems += placed.items
            y = placed.box.maxY + metrics.captionSize * Self.lineGap
        }
        // Structure (a tagged PDF's reading order): the caption, the figure with its numbers in words, the note.
        items += captionItems.tagged(.caption)
        y += metrics.gap * 1.2 - metrics.captionSize * Self.lineGap

        if waiting {
            // A draft's chart whose figures are all still to fill in: its place on the page, marked 【待填】.
            let (marks, height) = try placeholder(chart.pendingMarker ?? "", metrics: metrics, text: text, top: y)
            items += marks.tagged(.figure(alternativeText: chart.caption + "：" + (chart.pendingMarker ?? "")))
            y += height + metrics.gap
            return Frame(size: Size(width: width, height: y + metrics.gap * 0.4), items: items)
        }
        let plot: ChartBlock
        switch chart.kind {
        case .horizontalBars:
            plot = try HorizontalBarChart(spec: chart, metrics: metrics, text: text, series: series, unit: leftUnit)
                .block()
        case .barLine, .bars, .line:
            plot = try CategoryChart(
                spec: chart, metrics: metrics, text: text, series: series,
                leftUnit: leftUnit, rightUnit: rightUnit
            ).block()
        }
        var figure = plot.items(atY: y)
        y += plot.height + metrics.gap

        let legend = try ChartLegend(metrics: metrics, text: text).block(series)
        figure += legend.items(atY: y)
        items += figure.tagged(.figure(alternativeText: chart.alternativeText))
        y += legend.height

        if let note = noteText(chart) {
            y += metrics.gap * 0.6
            var noteItems: [FrameItem] = []
            for (k, line) in try fittedLines(note, size: metrics.fontSize, width: width, text: text).enumerated() {
                if k > 0 { y += metrics.fontSize * Self.lineGap }
                let placed = PlacedText.topLeft(line, Point(x: .zero, y: y))
                noteItems += placed.items
                y = placed.box.maxY
            }
            items += noteItems.tagged(.paragraph)
        }
        return Frame(size: Size(width: width, height: y + metrics.gap * 0.4), items: items)
    }

    /// A dashed frame the plot's size with `marker` (【待填】) in its centre, and its height.
    static func placeholder(
        _ marker: String, metrics: ChartMetrics, text: ChartText, top: Pt
    ) throws -> ([FrameItem], Pt) {
        let box = Rect(x: .zero, y: top, width: metrics.width, height: metrics.plotHeight)
        let frame = FrameItem.path(.rect(box, stroke: Stroke(color: .gray(0.5), width: 0.5, dash: [3, 3])))
        let label = try text.line(marker, size: metrics.fontSize)
        let placed = PlacedText.centred(label, x: metrics.width / 2, midY: top + metrics.plotHeight / 2)
        return ([frame] + placed.items, metrics.plotHeight)
    }

    /// The note, with "示例数据" added when a series is sample data and the note does not say so.
    static func noteText(_ chart: ChartSpec) -> String? {
        let sample = chart.series.contains(where: \.isSample)
        guard let note = chart.note?.trimmingSpaces, !note.isEmpty else { return sample ? "注：示例数据" : nil }
        return sample && !note.contains("示例数据") ? note + "（示例数据）" : note
    }

    /// A text too wide for its line shrinks to no less than this share of its size; past it, it is broken.
    static let leastShrink = 0.85
    /// The gap between the lines of a broken caption or note, as a share of their size.
    static let lineGap = 0.3

    /// `string` as the lines it is set in `width`: one line at `size`, or one line shrunk by at most `leastShrink`,
    /// or else lines at `size` broken between characters (no closing mark at a line's start), as many as the
    /// narrowest breaking needs and as even as that count allows. A caption shrunk to fit a long title was 5 pt.
    static func fittedLines(_ string: String, size: Pt, width: Pt, text: ChartText) throws -> [ShapedLine] {
        let line = try text.line(string, size: size)
        guard line.width > width, line.width.value > 0 else { return [line] }
        if width / line.width >= leastShrink { return [try fitted(string, size: size, width: width, text: text)] }
        guard var best = try text.wrapped(string, width: width, size: size, maxLines: 12) else {
            return [try fitted(string, size: size, width: width, text: text)]
        }
        // The narrowest measure that keeps the count: lines as even as the breaks allow.
        var low = line.width / Double(best.count), high = width
        for _ in 0..<8 {
            let middle = (low + high) * 0.5
            if let lines = try text.wrapped(string, width: middle, size: size, maxLines: best.count) {
                best = lines
                high = middle
            } else {
                low = middle
            }
        }
        return best
    }

    /// `string` as one line at `size`, or smaller so that it fits in `width`.
    static func fitted(_ string: String, size: Pt, width: Pt, text: ChartText) throws -> ShapedLine {
        let line = try text.line(string, size: size)
        guard line.width > width, line.width.value > 0 else { return line }
        return try text.line(string, size: size * (width / line.width) * 0.999)
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
