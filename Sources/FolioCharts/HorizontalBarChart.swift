import FolioDisplay
import FolioDocument

/// The plot block of a horizontal bar chart (rankings, shares): category names on the left, bars from the
/// zero line with value labels at their ends, the value axis and its unit below.
struct HorizontalBarChart {
    let spec: ChartSpec
    let metrics: ChartMetrics
    let text: ChartText
    let series: [PlottedSeries]
    let unit: UnitScale

    /// The whole block.
    func block() throws -> ChartBlock {
        let fs = metrics.fontSize, gap = metrics.gap
        let n = max(1, spec.categories.count), m = max(1, series.count)
        let names = try spec.categories.map { try text.line($0, size: fs) }
        let nameWidth = min(names.map(\.width).max() ?? .zero, metrics.width * 0.35)
        let values = series.flatMap(\.present)
        let axis = ValueAxis(AxisPlan.scale(values))
        var widestLabel = Pt.zero
        for s in series {
            for v in s.present { widestLabel = max(widestLabel, try text.line(s.label(v), size: fs).width) }
        }
        let x0 = nameWidth + gap, x1 = metrics.width - widestLabel - gap
        guard x1 - x0 >= fs * 3 else { throw ChartError.tooSmall(chart: spec.id, width: metrics.width.value) }
        // Rows at least 1.3 em tall per series so labels never touch; otherwise the theme's plot height.
        let height = max(metrics.plotHeight, fs * 1.3 * Double(n * m))
        let plot = Rect(x: x0, y: gap, width: x1 - x0, height: height)
        // Bars fill 65 % of their row, at most 2 em thick each (a few categories would otherwise give slabs).
        let row = height / Double(n), barHeight = min(row * 0.65 / Double(m), fs * 2)
        func x(_ v: Double) -> Pt { plot.minX + plot.size.width * axis.fraction(v) }

        var block = ChartBlock(), obstacles: [Rect] = [], pending: [(ShapedLine, [Point])] = []
        for i in 0...axis.intervals {
            let gx = x(axis.tick(i))
            block.items.append(
                .path(
                    .line(
                        from: Point(x: gx, y: plot.minY), to: Point(x: gx, y: plot.maxY),
                        stroke: Stroke(color: .gray(0.82), width: 0.4))))
            let label = try text.line(ValueFormat.number(axis.tick(i), decimals: axis.decimals), size: fs)
            let lx = max(.zero, min(gx - label.width / 2, metrics.width - label.width))
            block.items += PlacedText.topLeft(label, Point(x: lx, y: plot.maxY + gap * 0.6)).items
        }
        for (i, name) in names.enumerated() {
            let mid = plot.minY + row * (Double(i) + 0.5)
            block.items += PlacedText.centred(name, x: max(name.width / 2, nameWidth - name.width / 2), midY: mid).items
            for s in series {
                guard i < s.values.count, let v = s.values[i] else { continue }
                let top = mid - barHeight * Double(m) / 2 + barHeight * Double(s.slot)
                let rect = Rect(x: min(x(0), x(v)), y: top, width: max(x(0), x(v)) - min(x(0), x(v)), height: barHeight)
                block.items += metrics.barStyle(s.slot).paths(rect).map(FrameItem.path)
                obstacles.append(rect)
                let line = try text.line(s.label(v), size: fs)
                let y = top + barHeight / 2 - (line.ascent + line.descent) / 2
                let outside =
                    v >= 0 ? Point(x: rect.maxX + gap * 0.4, y: y) : Point(x: rect.minX - gap * 0.4 - line.width, y: y)
                pending.append((line, [outside]))
            }
        }
        block.items.append(
            .path(
                .line(
                    from: Point(x: x(0), y: plot.minY), to: Point(x: x(0), y: plot.maxY),
                    stroke: Stroke(color: .black, width: 0.75))))
        var placer = LabelPlacer(
            bounds: Rect(x: .zero, y: .zero, width: metrics.width, height: plot.maxY + gap), obstacles: obstacles)
        for (line, candidates) in pending { placer.place(line, candidates: candidates) }
        block.items += placer.placed.flatMap(\.items)
        var bottom = plot.maxY + gap * 0.6 + fs * 1.1
        if !unit.unit.isEmpty {
            let head = try text.line("单位：\(unit.unit)", size: fs)
            block.items +=
                PlacedText.topLeft(head, Point(x: max(.zero, metrics.width - head.width), y: bottom + gap * 0.3)).items
            bottom += gap * 0.3 + head.ascent + head.descent
        }
        block.height = bottom
        return block
    }
}
