import FolioDisplay

/// How a bar series is painted so that series stay apart on a black-and-white printer: a fill, and
/// diagonal hatching when the fill's lightness is too close to an earlier series' fill.
struct BarStyle: Equatable {
    /// The fill.
    let fill: Color
    /// Whether diagonal hatching is drawn over the fill.
    let hatched: Bool

    /// The smallest lightness difference (luminance, 0…1) told apart in grey print without help: 0.15, about
    /// two steps of a laser printer's halftone as measured on the gongwen greys (0.35/0.65/0.85 are ≥ 0.2 apart).
    static let minimumLightnessGap = 0.15

    /// Styles for `count` series from the theme's fills: a fill whose luminance is within the gap of an earlier
    /// unhatched one is hatched (hatched fills are then compared among themselves).
    static func styles(fills: [Color], count: Int) -> [BarStyle] {
        var out: [BarStyle] = []
        for i in 0..<max(0, count) {
            let fill = fills.isEmpty ? Color.gray(0.5) : fills[i % fills.count]
            let plainClash = out.contains {
                !$0.hatched && abs($0.fill.luminance - fill.luminance) < minimumLightnessGap
            }
            out.append(BarStyle(fill: fill, hatched: plainClash))
        }
        return out
    }

    /// The bar: fill, thin outline, and the hatching clipped to the rectangle.
    func paths(_ rect: Rect) -> [Path] {
        var paths = [Path.rect(rect, fill: fill, stroke: Stroke(color: .gray(0.2), width: 0.3))]
        guard hatched else { return paths }
        let stroke = Stroke(color: fill.luminance > 0.5 ? .gray(0.15) : .white, width: 0.5)
        for (a, b) in Self.hatchSegments(rect, spacing: 3) { paths.append(.line(from: a, to: b, stroke: stroke)) }
        return paths
    }

    /// 45° lines x − y = c every `spacing` points, clipped to `rect` (rising to the right on the page).
    static func hatchSegments(_ rect: Rect, spacing: Pt) -> [(Point, Point)] {
        let w = rect.size.width.value, h = rect.size.height.value, s = spacing.value
        guard w > 0, h > 0, s > 0 else { return [] }
        var out: [(Point, Point)] = []
        // Lines y = h − (x − t) in rect coordinates for t from −h to w: enter at the bottom or left edge.
        var t = -h + s / 2
        while t < w {
            let x0 = max(0, t), y0 = h - (x0 - t)
            let x1 = min(w, t + h), y1 = h - (x1 - t)
            if x1 > x0 {
                out.append(
                    (
                        Point(x: rect.minX + Pt(x0), y: rect.minY + Pt(y0)),
                        Point(x: rect.minX + Pt(x1), y: rect.minY + Pt(y1))
                    ))
            }
            t += s
        }
        return out
    }
}
