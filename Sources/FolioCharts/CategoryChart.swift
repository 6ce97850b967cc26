import FolioDisplay
import FolioDocument

/// The plot block of a vertical category chart (bar-line, grouped bars, lines): unit heads, grid, ticks,
/// bars with value labels, lines with markers and labels, category labels. Built at the origin, `width` wide.
struct CategoryChart {
    let spec: ChartSpec
    let metrics: ChartMetrics
    let text: ChartText
    let series: [PlottedSeries]
    let leftUnit: UnitScale
    let rightUnit: String?

    /// Geometry shared by the drawing steps.
    struct Geometry {
        var plot: Rect
        var plan: AxisPlan
        var band: Pt
        func centre(_ i: Int) -> Pt { plot.minX + band * (Double(i) + 0.5) }
        func y(_ value: Double, right: Bool) -> Pt {
            let axis = right ? (plan.right ?? plan.left) : plan.left
            return plot.maxY - plot.size.height * axis.fraction(value)
        }
        func gridY(_ i: Int) -> Pt { plot.maxY - plot.size.height * (Double(i) / Double(plan.left.intervals)) }
    }

    /// The widest band a category gets, in ems: a single year is a bar of its own width, not a slab
    /// across the type area (11 em ≈ 35 mm at 9 pt, about a fifth of the 156 mm type width).
    static let maxBandEms = 11.0

    /// The whole block.
    func block() throws -> ChartBlock {
        let fs = metrics.fontSize, gap = metrics.gap
        let onRight = series.filter(\.onRight)
        let input = AxisPlan.Input(
            bars: series.filter { $0.isBar && !$0.onRight }.flatMap(\.present),
            leftLines: series.filter { !$0.isBar && !$0.onRight }.flatMap(\.present),
            right: onRight.isEmpty ? nil : onRight.flatMap(\.present))
        let plan = AxisPlan(input, plotHeight: metrics.plotHeight, labelRoom: fs * 1.25 + gap)
        let leftTicks = try tickLabels(plan.left)
        let rightTicks = try plan.right.map(tickLabels) ?? []
        let leftWidth = leftTicks.map(\.width).max() ?? .zero
        let rightWidth = rightTicks.map(\.width).max() ?? .zero
        var heads = try headLines()
        if plan.right == nil { heads.right = nil }
        let plotTop = fs * 1.0 + gap + fs * 0.5   // head row, gap, half a tick label above the top grid line
        // The heads sit in their own row above the plot and may reach over it; only tick labels take width.
        var x0 = leftWidth + gap * 1.2
        var x1 = metrics.width - (plan.right != nil ? rightWidth + gap * 1.2 : gap)
        guard x1 - x0 >= fs * 3 else { throw ChartError.tooSmall(chart: spec.id, width: metrics.width.value) }
        let n = Double(max(1, spec.categories.count))
        let widest = fs * Self.maxBandEms * n
        if x1 - x0 > widest {   // few categories: a narrower plot, centred
            let extra: Pt = (x1 - x0 - widest) / 2.0
            x0 += extra; x1 -= extra
        }
        let plot = Rect(x: x0, y: plotTop, width: x1 - x0, height: metrics.plotHeight)
        let g = Geometry(plot: plot, plan: plan, band: plot.size.width / n)

        var block = ChartBlock()
        block.items += grid(g)
        let marks = try self.marks(g)
        block.items += marks.items
        block.items += axisLabels(g, left: leftTicks, right: rightTicks)
        block.items += placeHeads(heads, g, leftWidth: leftWidth, rightWidth: rightWidth)
        let categories = try categoryLabels(g)
        block.items += categories.items
        block.height = categories.bottom
        return block
    }

    /// Shaped tick labels, one per tick: both axes are labelled over the full plot height.
    private func tickLabels(_ axis: ValueAxis) throws -> [ShapedLine] {
        try (0...axis.intervals).map { i in
            try text.line(ValueFormat.number(axis.tick(i), decimals: axis.decimals), size: metrics.fontSize)
        }
    }

    /// Light horizontal grid lines at every tick (one set, shared by both axes); the zero line is drawn
    /// later as the bars' baseline.
    private func grid(_ g: Geometry) -> [FrameItem] {
        (0...g.plan.left.intervals).map { i in
            .path(
                .line(
                    from: Point(x: g.plot.minX, y: g.gridY(i)), to: Point(x: g.plot.maxX, y: g.gridY(i)),
                    stroke: Stroke(color: .gray(0.82), width: 0.4)))
        }
    }

    /// Tick labels: left ones right-aligned before the plot, right ones left-aligned after it.
    private func axisLabels(_ g: Geometry, left: [ShapedLine], right: [ShapedLine]) -> [FrameItem] {
        var items: [FrameItem] = []
        for (i, line) in left.enumerated() {
            let x = g.plot.minX - metrics.gap * 0.8 - line.width
            items += PlacedText.centred(line, x: x + line.width / 2, midY: g.gridY(i)).items
        }
        for (i, line) in right.enumerated() {
            let x = g.plot.maxX + metrics.gap * 0.8
            items += PlacedText.centred(line, x: x + line.width / 2, midY: g.gridY(i)).items
        }
        return items
    }

    /// The unit heads: the left unit ("元") and, for a percent axis, "增速（%）" — never a bare "%",
    /// which a text extractor would put at the start of a line.
    private func headLines() throws -> (left: ShapedLine?, right: ShapedLine?) {
        let left =
            leftUnit.unit.isEmpty ? nil : try text.line(head(leftUnit.unit, right: false), size: metrics.fontSize)
        guard let rightUnit, !rightUnit.isEmpty else { return (left, nil) }
        return (left, try text.line(head(rightUnit, right: true), size: metrics.fontSize))
    }

    /// The head for an axis unit: "%" becomes "增速（%）" over growth rates and "比重（%）" otherwise.
    private func head(_ unit: String, right: Bool) -> String {
        guard unit == "%" else { return unit }
        let growth = series.contains { $0.onRight == right && $0.source.name.contains("增") }
        return growth ? "增速（%）" : "比重（%）"
    }

    /// The heads over the tick-label columns, kept inside the frame.
    private func placeHeads(
        _ heads: (left: ShapedLine?, right: ShapedLine?), _ g: Geometry,
        leftWidth: Pt, rightWidth: Pt
    ) -> [FrameItem] {
        var items: [FrameItem] = []
        if let left = heads.left {
            let x = max(.zero, min(g.plot.minX - metrics.gap * 0.8 - left.width, metrics.width - left.width))
            items += PlacedText.topLeft(left, Point(x: x, y: .zero)).items
        }
        if let right = heads.right {
            let x = max(.zero, min(g.plot.maxX + metrics.gap * 0.8, metrics.width - right.width))
            items += PlacedText.topLeft(right, Point(x: x, y: .zero)).items
        }
        return items
    }
}
