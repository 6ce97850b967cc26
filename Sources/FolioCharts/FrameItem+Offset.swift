import FolioDisplay

/// A block of chart items built at the origin, with its height.
struct ChartBlock {
    var items: [FrameItem] = []
    var height: Pt = .zero

    /// The items moved down by `dy`.
    func items(atY dy: Pt) -> [FrameItem] { items.map { $0.offset(dx: .zero, dy: dy) } }
}
