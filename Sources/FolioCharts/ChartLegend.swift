import FolioDisplay

/// The legend: one entry per series, "name（unit）" after a swatch (a bar sample, or a line with its marker),
/// entries centred in rows that wrap when the width runs out.
struct ChartLegend {
    let metrics: ChartMetrics
    let text: ChartText

    /// The legend block for `series`.
    func block(_ series: [PlottedSeries]) throws -> ChartBlock {
        let fs = metrics.fontSize, gap = metrics.gap
        let swatchWidth = fs * 1.8, spacing = fs * 1.5, rowHeight = fs * 1.5
        let entries = try series.map { s -> (PlottedSeries, ShapedLine) in
            let name = s.unit.isEmpty ? s.source.name : "\(s.source.name)（\(s.unit)）"
            return (s, try text.line(name, size: fs))
        }
        var rows: [[(PlottedSeries, ShapedLine)]] = [[]], rowWidth = Pt.zero
        for entry in entries {
            let w = swatchWidth + gap * 0.6 + entry.1.width
            if let last = rows.last, !last.isEmpty, rowWidth + spacing + w > metrics.width {
                rows.append([]); rowWidth = .zero
            }
            rowWidth += (rows[rows.count - 1].isEmpty ? .zero : spacing) + w
            rows[rows.count - 1].append(entry)
        }
        var block = ChartBlock()
        for (r, row) in rows.enumerated() where !row.isEmpty {
            let total =
                row.reduce(Pt.zero) { $0 + swatchWidth + gap * 0.6 + $1.1.width } + spacing * Double(row.count - 1)
            var x = max(.zero, (metrics.width - total) / 2)
            let midY = rowHeight * Double(r) + rowHeight / 2
            for (s, line) in row {
                block.items += swatch(s, x: x, midY: midY, width: swatchWidth)
                let label = PlacedText.centred(line, x: x + swatchWidth + gap * 0.6 + line.width / 2, midY: midY)
                block.items += label.items
                x += swatchWidth + gap * 0.6 + line.width + spacing
            }
        }
        block.height = rowHeight * Double(rows.filter { !$0.isEmpty }.count)
        return block
    }

    private func swatch(_ s: PlottedSeries, x: Pt, midY: Pt, width: Pt) -> [FrameItem] {
        let fs = metrics.fontSize
        if s.isBar {
            let rect = Rect(x: x + width * 0.15, y: midY - fs * 0.35, width: width * 0.7, height: fs * 0.7)
            return metrics.barStyle(s.slot).paths(rect).map(FrameItem.path)
        }
        let color = metrics.lineColor(s.slot), centre = Point(x: x + width / 2, y: midY)
        return [
            .path(
                .line(
                    from: Point(x: x, y: midY), to: Point(x: x + width, y: midY),
                    stroke: Stroke(color: color, width: 1.2, dash: s.slot % 2 == 1 ? [4, 2] : []))),
            .path(MarkerShape.forSeries(s.slot).path(at: centre, radius: fs * 0.3, color: color)),
        ]
    }
}
