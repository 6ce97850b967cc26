import FolioDisplay
import FolioDocument

/// The sizes a chart is built with, resolved from the theme's `ChartStyle` into points.
struct ChartMetrics {
    /// Figure width.
    let width: Pt
    /// Chart text size (axis, labels, legend, note).
    let fontSize: Pt
    /// Caption size.
    let captionSize: Pt
    /// Plot-area height.
    let plotHeight: Pt
    /// The basic spacing: half the chart text size.
    var gap: Pt { fontSize * 0.5 }
    /// Bar fills, in series order.
    let barFills: [Color]
    /// Line colours, in series order.
    let lineColors: [Color]

    /// The body size ems are measured against (GB/T 9704 §7.3.3: body text is 3号, 16 pt).
    static let bodySize = 16.0

    init(style: ChartStyle, width: Pt) {
        self.width = width
        let fs = style.fontSize.points(em: Self.bodySize)
        fontSize = Pt(fs > 0 && fs.isFinite ? fs : 9)
        let cs = style.captionSize.points(em: Self.bodySize)
        captionSize = Pt(cs > 0 && cs.isFinite ? cs : 12)
        let h = style.height.points(em: fontSize.value)
        // 70 mm is the gongwen theme's plot height; also the fallback for an unusable value.
        plotHeight = Pt(h > 0 && h.isFinite ? h : 70 * 72 / 25.4)
        if style.color {
            // Colour theme: hues that still differ in lightness when printed in grey.
            // Luminances 0.33, 0.77, 0.54, 0.14: at least 0.19 apart, so no hatching is needed in grey print.
            barFills = [
                Color(red: 0.18, green: 0.35, blue: 0.60), Color(red: 0.98, green: 0.75, blue: 0.40),
                Color(red: 0.45, green: 0.58, blue: 0.38), Color(red: 0.16, green: 0.14, blue: 0.10),
            ]
            lineColors = [Color(red: 0.80, green: 0.15, blue: 0.15), .black, Color(red: 0.15, green: 0.45, blue: 0.20)]
        } else {
            let grays = style.barGrays.filter { $0.isFinite }.map { Color.gray(max(0, min($0, 0.92))) }
            barFills = grays.isEmpty ? [.gray(0.35), .gray(0.65), .gray(0.85)] : grays
            lineColors = [.black]
        }
    }

    /// The fill of bar series `i`.
    func barFill(_ i: Int) -> Color { barStyle(i).fill }
    /// The paint of bar series `i`: its fill, hatched when too close in lightness to an earlier series.
    func barStyle(_ i: Int) -> BarStyle {
        let styles = BarStyle.styles(fills: barFills, count: i + 1)
        return styles.last ?? BarStyle(fill: .gray(0.5), hatched: false)
    }
    /// The colour of line series `i`.
    func lineColor(_ i: Int) -> Color { lineColors.isEmpty ? .black : lineColors[i % lineColors.count] }
}

/// Chart text through the text engine (role `.chart`), in black (GB/T 9704 R22).
struct ChartText {
    let shaper: any TextShaping

    /// One shaped line of `text` at `size`.
    func line(_ text: String, size: Pt) throws -> ShapedLine {
        try shaper.shapeLine(text, role: .chart, size: size, color: .black)
    }
}

/// A shaped line placed by its baseline start, with its ink-free bounding box.
struct PlacedText {
    let line: ShapedLine
    var origin: Point

    /// The box from ascent to descent over the advance width.
    var box: Rect {
        Rect(x: origin.x, y: origin.y - line.ascent, width: line.width, height: line.ascent + line.descent)
    }
    /// The frame items.
    var items: [FrameItem] { line.items(at: origin) }

    /// Placed so that its box has its top-left corner at `corner`.
    static func topLeft(_ line: ShapedLine, _ corner: Point) -> PlacedText {
        PlacedText(line: line, origin: corner.offset(dy: line.ascent))
    }
    /// Placed centred on `x` with its box's vertical centre at `y`.
    static func centred(_ line: ShapedLine, x: Pt, midY: Pt) -> PlacedText {
        PlacedText(line: line, origin: Point(x: x - line.width / 2, y: midY + (line.ascent - line.descent) / 2))
    }
}
