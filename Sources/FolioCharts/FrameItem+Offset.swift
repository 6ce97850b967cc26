import FolioDisplay

extension FrameItem {
    /// The item moved by `dx`, `dy` (charts build each block at the origin, then stack the blocks).
    func offsetBy(dx: Pt, dy: Pt) -> FrameItem {
        switch self {
        case let .text(run, at): return .text(run, at: at.offset(dx: dx, dy: dy))
        case let .path(path):
            var moved = path
            moved.segments = path.segments.map { $0.offsetBy(dx: dx, dy: dy) }
            return .path(moved)
        case let .group(frame, transform): return .group(frame, Transform.translate(dx, dy).concatenating(transform))
        case let .link(rect, target): return .link(rect.offset(dx: dx, dy: dy), target)
        }
    }
}

extension PathSegment {
    /// The segment moved by `dx`, `dy`.
    func offsetBy(dx: Pt, dy: Pt) -> PathSegment {
        switch self {
        case let .move(p): return .move(p.offset(dx: dx, dy: dy))
        case let .line(p): return .line(p.offset(dx: dx, dy: dy))
        case let .cubic(a, b, c):
            return .cubic(a.offset(dx: dx, dy: dy), b.offset(dx: dx, dy: dy), c.offset(dx: dx, dy: dy))
        case .close: return .close
        }
    }
}

/// A block of chart items built at the origin, with its height.
struct ChartBlock {
    var items: [FrameItem] = []
    var height: Pt = .zero

    /// The items moved down by `dy`.
    func items(atY dy: Pt) -> [FrameItem] { items.map { $0.offsetBy(dx: .zero, dy: dy) } }
}
