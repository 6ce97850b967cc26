import FolioDisplay

/// Line-series markers, distinct in shape so series differ in grayscale print.
enum MarkerShape: CaseIterable {
    case diamond, square, circle, triangle

    /// The marker for line series `i`.
    static func forSeries(_ i: Int) -> MarkerShape { allCases[i % allCases.count] }

    /// The marker as a filled path centred on `c` with half-size `r`.
    func path(at c: Point, radius r: Pt, color: Color) -> Path {
        switch self {
        case .diamond:
            return Path(
                segments: [
                    .move(c.offset(dy: -r)), .line(c.offset(dx: r)), .line(c.offset(dy: r)),
                    .line(c.offset(dx: -r)), .close,
                ], fill: color)
        case .square:
            let s = r * 0.85
            return .rect(Rect(x: c.x - s, y: c.y - s, width: s * 2, height: s * 2), fill: color)
        case .circle:
            // Four cubic arcs; 0.5523 is the usual Bézier circle constant 4(√2 − 1)/3.
            let k = r * 0.5523
            return Path(
                segments: [
                    .move(c.offset(dx: r)),
                    .cubic(c.offset(dx: r, dy: k), c.offset(dx: k, dy: r), c.offset(dy: r)),
                    .cubic(c.offset(dx: -k, dy: r), c.offset(dx: -r, dy: k), c.offset(dx: -r)),
                    .cubic(c.offset(dx: -r, dy: -k), c.offset(dx: -k, dy: -r), c.offset(dy: -r)),
                    .cubic(c.offset(dx: k, dy: -r), c.offset(dx: r, dy: -k), c.offset(dx: r)),
                    .close,
                ], fill: color)
        case .triangle:
            return Path(
                segments: [
                    .move(c.offset(dy: -r)), .line(c.offset(dx: r, dy: r * 0.8)),
                    .line(c.offset(dx: -r, dy: r * 0.8)), .close,
                ], fill: color)
        }
    }

    /// The box a marker covers.
    static func box(at c: Point, radius r: Pt) -> Rect {
        Rect(x: c.x - r, y: c.y - r, width: r * 2, height: r * 2)
    }
}
