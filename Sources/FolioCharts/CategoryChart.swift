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

    /// The whole block.
    func block() throws -> ChartBlock {
        let fs = metrics.fontSize, gap = metrics.gap
        let hasRight = series.contains { $0.onRight }
        let plan = AxisPlan(leftValues: series.filter { !$0.onRight }.flatMap(\.present),
                            rightValues: hasRight ? series.filter(\.onRight).flatMap(\.present) : nil,
                            plotHeight: metrics.plotHeight, labelRoom: fs * 1.25 + gap)
        let leftTicks = try tickLabels(plan.left)
        let rightTicks = try plan.right.map(tickLabels) ?? []
        let leftWidth = leftTicks.compactMap { $0?.width }.max() ?? .zero
        let rightWidth = rightTicks.compactMap { $0?.width }.max() ?? .zero
        let heads = try headLines()
        let plotTop = fs * 1.0 + gap + fs * 0.5   // head row, gap, half a tick label above the top grid line
        let x0 = leftWidth + gap * 1.2
        let x1 = metrics.width - (hasRight ? rightWidth + gap * 1.2 : gap)
        guard x1 - x0 >= fs * 3 else { throw ChartError.tooSmall(chart: spec.id, width: metrics.width.value) }
        let plot = Rect(x: x0, y: plotTop, width: x1 - x0, height: metrics.plotHeight)
        let g = Geometry(plot: plot, plan: plan, band: plot.size.width / Double(max(1, spec.categories.count)))

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

    /// Shaped tick labels, nil where a tick is not labelled.
    private func tickLabels(_ axis: ValueAxis) throws -> [ShapedLine?] {
        try (0...axis.intervals).map { i in
            axis.isLabelled(i) ? try text.line(ValueFormat.number(axis.tick(i), decimals: axis.decimals),
                                              size: metrics.fontSize) : nil
        }
    }

    /// Light horizontal grid lines at every tick; the zero line is drawn later as the bars' baseline.
    private func grid(_ g: Geometry) -> [FrameItem] {
        (0...g.plan.left.intervals).map { i in
            .path(.line(from: Point(x: g.plot.minX, y: g.gridY(i)), to: Point(x: g.plot.maxX, y: g.gridY(i)),
                        stroke: Stroke(color: .gray(0.82), width: 0.4)))
        }
    }

    /// Tick labels: left ones right-aligned before the plot, right ones left-aligned after it.
    private func axisLabels(_ g: Geometry, left: [ShapedLine?], right: [ShapedLine?]) -> [FrameItem] {
        var items: [FrameItem] = []
        for (i, line) in left.enumerated() {
            guard let line else { continue }
            let x = g.plot.minX - metrics.gap * 0.8 - line.width
            items += PlacedText.centred(line, x: x + line.width / 2, midY: g.gridY(i)).items
        }
        for (i, line) in right.enumerated() {
            guard let line else { continue }
            let x = g.plot.maxX + metrics.gap * 0.8
            items += PlacedText.centred(line, x: x + line.width / 2, midY: g.gridY(i)).items
        }
        return items
    }

    /// The unit heads: the left unit ("元") and, for a percent axis, "增速（%）" — never a bare "%",
    /// which a text extractor would put at the start of a line.
    private func headLines() throws -> (left: ShapedLine?, right: ShapedLine?) {
        let left = leftUnit.unit.isEmpty ? nil : try text.line(leftUnit.unit, size: metrics.fontSize)
        guard let rightUnit, !rightUnit.isEmpty else { return (left, nil) }
        let growth = series.contains { $0.onRight && $0.source.name.contains("增") }
        let head = rightUnit == "%" ? (growth ? "增速（%）" : "比重（%）") : rightUnit
        return (left, try text.line(head, size: metrics.fontSize))
    }

    private func placeHeads(_ heads: (left: ShapedLine?, right: ShapedLine?), _ g: Geometry,
                            leftWidth: Pt, rightWidth: Pt) -> [FrameItem] {
        var items: [FrameItem] = []
        if let left = heads.left {
            let centre = g.plot.minX - metrics.gap * 0.8 - leftWidth / 2
            let x = max(.zero, min(centre - left.width / 2, metrics.width - left.width))
            items += PlacedText.topLeft(left, Point(x: x, y: .zero)).items
        }
        if let right = heads.right {
            let centre = g.plot.maxX + metrics.gap * 0.8 + rightWidth / 2
            let x = max(.zero, min(centre - right.width / 2, metrics.width - right.width))
            items += PlacedText.topLeft(right, Point(x: x, y: .zero)).items
        }
        return items
    }

    /// Category labels under the plot; with many categories only every k-th is labelled so none overlap.
    private func categoryLabels(_ g: Geometry) throws -> (items: [FrameItem], bottom: Pt) {
        let lines = try spec.categories.map { try text.line($0, size: metrics.fontSize) }
        let widest = lines.map(\.width).max() ?? .zero
        let every = max(1, Int(((widest + metrics.gap) / g.band).rounded(.up)))
        let top = g.plot.maxY + metrics.fontSize * 0.6
        var items: [FrameItem] = [], bottom = top + metrics.fontSize
        for (i, line) in lines.enumerated() where i % every == 0 {
            let x = max(.zero, min(g.centre(i) - line.width / 2, metrics.width - line.width))
            let placed = PlacedText.topLeft(line, Point(x: x, y: top))
            items += placed.items
            bottom = max(bottom, placed.box.maxY)
        }
        return (items, bottom)
    }
}
