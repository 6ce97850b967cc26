import FolioDisplay

/// Places labels greedily so that no two labels overlap each other or any obstacle (bars, line markers,
/// the segments of the lines):
/// each label takes its first candidate position that is free and inside the bounds, or is left out.
/// A dropped label is a lesser evil than an unreadable pile of digits; the value stays readable on the axis.
struct LabelPlacer {
    /// Where labels may go.
    let bounds: Rect
    /// Boxes that labels must not cover.
    private(set) var occupied: [Rect]
    /// The placed labels.
    private(set) var placed: [PlacedText] = []

    /// Line segments that labels must not cross.
    let segments: [(Point, Point)]

    init(bounds: Rect, obstacles: [Rect], segments: [(Point, Point)] = []) {
        self.bounds = bounds; occupied = obstacles; self.segments = segments
    }

    /// Places `line` at the first free candidate (given as box top-left corners); false if none is free.
    @discardableResult
    mutating func place(_ line: ShapedLine, candidates: [Point]) -> Bool {
        for corner in candidates {
            let text = PlacedText.topLeft(line, corner)
            let box = text.box
            guard box.minX >= bounds.minX, box.maxX <= bounds.maxX,
                box.minY >= bounds.minY, box.maxY <= bounds.maxY,
                !occupied.contains(where: { $0.intersects(box) }),
                !segments.contains(where: { Self.segment($0.0, $0.1, crosses: box) })
            else { continue }
            occupied.append(box)
            placed.append(text)
            return true
        }
        return false
    }

    /// Whether the segment a–b passes through the interior of `box` (Liang–Barsky clipping).
    static func segment(_ a: Point, _ b: Point, crosses box: Rect) -> Bool {
        let dx = (b.x - a.x).value, dy = (b.y - a.y).value
        var t0 = 0.0, t1 = 1.0
        let edges = [
            (-dx, (a.x - box.minX).value), (dx, (box.maxX - a.x).value),
            (-dy, (a.y - box.minY).value), (dy, (box.maxY - a.y).value),
        ]
        for (p, q) in edges {
            if p == 0 {
                if q <= 0 { return false }   // parallel to this edge and outside (or on it)
                continue
            }
            let t = q / p
            if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            if t0 >= t1 { return false }
        }
        return true
    }
}
