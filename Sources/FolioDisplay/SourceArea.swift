/// Where a block of the source is printed on a page: a rectangle of the page (points, y down from the page top)
/// and the dataset line the block starts on. Draws nothing: renderers never read it. The workbench maps a click
/// on a preview page to the paragraph or heading printed there with it.
public struct SourceArea: Hashable, Sendable, Codable {
    /// The printed lines, in page coordinates.
    public var rect: Rect
    /// The line of the dataset where the paragraph or heading is written (from 1).
    public var line: Int
    /// Creates an area.
    public init(rect: Rect, line: Int) { self.rect = rect; self.line = line }
}

extension Page {
    /// The dataset line of the paragraph or heading printed at `point` (page coordinates), if any.
    public func sourceLine(at point: Point) -> Int? {
        sourceAreas.first { $0.rect.contains(point) }?.line
    }
}
