import FolioDisplay
import FolioDocument

extension CategoryChart {
    /// A value label waiting for a place: its line and candidate top-left corners, best first.
    private struct PendingLabel { var line: ShapedLine; var candidates: [Point] }

    /// Bars, the zero baseline, lines, markers and the value labels that fit without overlapping.
    func marks(_ g: Geometry) throws -> (items: [FrameItem], labels: [PlacedText]) {
        let bars = series.filter(\.isBar), lines = series.filter { !$0.isBar }
        var items: [FrameItem] = [], obstacles: [Rect] = [], pending: [PendingLabel] = []
        var segments: [(Point, Point)] = []
        let fs = metrics.fontSize, gap = metrics.gap
        // Bars: a group per category, at most 4 em per bar, 70 % of the band for the group.
        let groupWidth = min(g.band * 0.7, fs * 4 * Double(max(1, bars.count)))
        let barWidth = groupWidth / Double(max(1, bars.count))
        let labelSize = try valueLabelSize(bars, slot: bars.count > 1 ? barWidth : g.band * 0.9)
        for s in bars {
            for (i, value) in s.values.enumerated() {
                guard let value else { continue }   // a gap: no bar
                let x = g.centre(i) - groupWidth / 2 + barWidth * Double(s.slot)
                let y0 = g.y(0, right: s.onRight), y1 = g.y(value, right: s.onRight)
                let rect = Rect(x: x, y: min(y0, y1), width: barWidth, height: max(y0, y1) - min(y0, y1))
                items += metrics.barStyle(s.slot).paths(rect).map(FrameItem.path)
                obstacles.append(rect)
                let line = try text.line(s.label(at: i, value), size: labelSize)
                let cx = x + barWidth / 2 - line.width / 2
                let height = line.ascent + line.descent
                let above = Point(x: cx, y: rect.minY - gap * 0.4 - height)
                let below = Point(x: cx, y: rect.maxY + gap * 0.4)
                pending.append(PendingLabel(line: line, candidates: value >= 0 ? [above] : [below]))
            }
        }
        if !bars.isEmpty {
            let y = g.y(0, right: false)
            items.append(
                .path(
                    .line(
                        from: Point(x: g.plot.minX, y: y), to: Point(x: g.plot.maxX, y: y),
                        stroke: Stroke(color: .black, width: 0.75))))
        } else {
            items.append(
                .path(
                    .line(
                        from: Point(x: g.plot.minX, y: g.plot.maxY), to: Point(x: g.plot.maxX, y: g.plot.maxY),
                        stroke: Stroke(color: .black, width: 0.5))))
        }
        let radius = fs * 0.3
        for s in lines {
            let color = metrics.lineColor(s.slot)
            let points = s.values.enumerated().map { i, v in
                v.map { Point(x: g.centre(i), y: g.y($0, right: s.onRight)) }
            }
            if let path = polyline(points, color: color, dashed: s.slot % 2 == 1) { items.append(.path(path)) }
            for (a, b) in zip(points, points.dropFirst()) {
                if let a, let b { segments.append((a, b)) }
            }
            for (i, point) in points.enumerated() {
                guard let point, let value = s.values[i] else { continue }
                items.append(.path(MarkerShape.forSeries(s.slot).path(at: point, radius: radius, color: color)))
                obstacles.append(MarkerShape.box(at: point, radius: radius))
                let line = try text.line(s.label(at: i, value), size: labelSize)
                pending.append(
                    PendingLabel(
                        line: line,
                        candidates: lineCandidates(
                            line, at: point, radius: radius,
                            preferBelow: value < 0)))
            }
        }
        var placer = LabelPlacer(
            bounds: Rect(x: .zero, y: .zero, width: metrics.width, height: g.plot.maxY + fs),
            obstacles: obstacles, segments: segments)
        for label in pending { placer.place(label.line, candidates: label.candidates) }
        items += placer.placed.flatMap(\.items)
        return (items, placer.placed)
    }

    /// The value-label size: the chart text size, made smaller (down to 70 %) when the widest bar label is
    /// wider than its slot; labels that still collide are left out by the placer.
    private func valueLabelSize(_ bars: [PlottedSeries], slot: Pt) throws -> Pt {
        let fs = metrics.fontSize
        var widest = Pt.zero
        for s in bars {
            for (i, v) in s.values.enumerated() {
                guard let v else { continue }
                widest = max(widest, try text.line(s.label(at: i, v), size: fs).width)
            }
        }
        guard widest > slot * 0.95, widest.value > 0 else { return fs }
        return fs * max(0.7, (slot * 0.95) / widest)
    }

    /// A line through the points, broken at gaps (nil): never interpolated across a missing value.
    private func polyline(_ points: [Point?], color: Color, dashed: Bool) -> Path? {
        var segments: [PathSegment] = [], previous: Point?
        for point in points {
            if let point { segments.append(previous == nil ? .move(point) : .line(point)) }
            previous = point
        }
        guard segments.contains(where: { if case .line = $0 { return true } else { return false } }) else { return nil }
        return Path(segments: segments, stroke: Stroke(color: color, width: 1.2, dash: dashed ? [4, 2] : []))
    }

    /// Places to try for a line label around its marker: above, below, right, left, then the diagonals.
    private func lineCandidates(_ line: ShapedLine, at p: Point, radius: Pt, preferBelow: Bool) -> [Point] {
        let h = line.ascent + line.descent, w = line.width, d = radius + metrics.gap * 0.3
        let above = Point(x: p.x - w / 2, y: p.y - d - h), below = Point(x: p.x - w / 2, y: p.y + d)
        let right = Point(x: p.x + d, y: p.y - h / 2), left = Point(x: p.x - d - w, y: p.y - h / 2)
        let upRight = Point(x: p.x + d * 0.7, y: p.y - d - h), upLeft = Point(x: p.x - d * 0.7 - w, y: p.y - d - h)
        let downRight = Point(x: p.x + d * 0.7, y: p.y + d), downLeft = Point(x: p.x - d * 0.7 - w, y: p.y + d)
        let vertical = preferBelow ? [below, above] : [above, below]
        return vertical + [upRight, upLeft, right, left, downRight, downLeft]
    }
}
