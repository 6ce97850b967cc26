import FolioDisplay

/// A piece of the flow as the paginator sees it: a whole number of grid lines, drawn relative to the
/// top-left of its first cell (x from the type area's left edge), and whether a page may break before it.
///
/// This is the "measure" half of platypus' measure/split/draw: blocks are composed into units once,
/// and the paginator only chooses where pages end.
struct FlowUnit: Sendable {
    /// Grid lines the unit occupies.
    var lines: Int
    /// Whether a page break may fall right before this unit (false inside keep-together groups).
    var breakBefore: Bool
    /// Whether the unit disappears when it would be the first on a page (blank spacer lines).
    var droppableAtTop: Bool = false
    /// The content, relative to the unit's top-left.
    var items: [FrameItem]
    /// Whether the next unit must stay on this unit's page (headings).
    var keepWithNext: Bool = false
    /// A one-line unit to repeat above this one when it starts a page (a table's header row, R21).
    var headerOnNewPage: [FrameItem]? = nil
    /// Bookmarks, with y relative to the unit's top.
    var outline: [OutlineEntry] = []
}

extension FrameItem {
    /// The item moved by `dx`, `dy`.
    func offset(dx: Pt, dy: Pt) -> FrameItem {
        switch self {
        case .text(let run, let p):
            return .text(run, at: p.offset(dx: dx, dy: dy))
        case .path(var path):
            path.segments = path.segments.map { $0.offset(dx: dx, dy: dy) }
            return .path(path)
        case .group(let frame, let t):
            return .group(frame, Transform.translate(dx, dy).concatenating(t))
        case .link(let r, let target):
            return .link(r.offset(dx: dx, dy: dy), target)
        }
    }
}

extension PathSegment {
    /// The segment moved by `dx`, `dy`.
    func offset(dx: Pt, dy: Pt) -> PathSegment {
        switch self {
        case .move(let p): return .move(p.offset(dx: dx, dy: dy))
        case .line(let p): return .line(p.offset(dx: dx, dy: dy))
        case .cubic(let a, let b, let c):
            return .cubic(a.offset(dx: dx, dy: dy), b.offset(dx: dx, dy: dy), c.offset(dx: dx, dy: dy))
        case .close: return .close
        }
    }
}
