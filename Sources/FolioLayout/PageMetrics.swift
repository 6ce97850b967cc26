import FolioDisplay
import FolioDocument

/// The theme's page geometry in points, derived once (GB/T 9704 §5.2.1, §5.2.3).
public struct PageMetrics: Sendable, Hashable {
    /// Paper size.
    public var paper: Size
    /// The type area (版心).
    public var typeArea: Rect
    /// Body font size (3号 = 16 pt).
    public var bodySize: Pt
    /// Character pitch: type width / characters per line (156 mm / 28 = 15.793 pt).
    public var charPitch: Pt
    /// Baseline pitch of the body grid (28.95 pt by default).
    public var linePitch: Pt
    /// Lines on a full page (22).
    public var linesPerPage: Int

    /// Derives the metrics from a theme.
    public init(theme: Theme) {
        let em = theme.grid.fontSize.points(em: Grid.emBase)
        func pt(_ l: Length) -> Pt { Pt(l.points(em: em)) }
        paper = Size(width: pt(theme.page.width), height: pt(theme.page.height))
        typeArea = Rect(
            x: pt(theme.page.left), y: pt(theme.page.top),
            width: pt(theme.page.typeWidth), height: pt(theme.page.typeHeight))
        bodySize = Pt(em)
        charPitch = typeArea.size.width / Double(theme.grid.charactersPerLine)
        linePitch = pt(theme.grid.linePitch)
        linesPerPage = theme.grid.linesPerPage
    }

    /// The baseline of body text within a grid cell, from the cell's top: the em box is centred
    /// vertically in the cell and the ideographic ascent is 0.88 em (reference §1.3: first baseline
    /// ≈ 125.46 pt = 104.882 + (28.95 − 16)/2 + 0.88 × 16).
    public func baselineInCell(size: Pt) -> Pt {
        (linePitch - size) / 2 + size * 0.88
    }

    /// The top of grid line `k` (0-based) on a page.
    public func cellTop(_ k: Int) -> Pt { typeArea.minY + linePitch * Double(k) }

    /// The page turned a quarter for a landscape table (横排, GB/T 9704-2012 §8), as the reader holds it: the upright
    /// page's left edge (the binding of an odd page) on top, its type area's height across and its width down, as
    /// many whole grid lines as that width holds.
    public var turned: PageMetrics {
        var m = self
        m.paper = Size(width: paper.height, height: paper.width)
        m.typeArea = Rect(
            x: paper.height - typeArea.maxY, y: typeArea.minX, width: typeArea.size.height, height: typeArea.size.width)
        m.linesPerPage = max(1, Int((typeArea.size.width / linePitch + 1e-9).rounded(.down)))
        return m
    }

    /// From a turned page's coordinates (`turned`) to the upright page's: the turned page's top lies along the upright
    /// page's left edge, so that on odd and even pages alike the table's head is on the left (§8: towards the binding
    /// of an odd page, the outer edge of an even one) and its lines read from the foot upwards.
    public var turning: Transform { Transform(a: 0, b: -1, c: 1, d: 0, tx: .zero, ty: paper.height) }

    /// Where a rectangle of the turned page (`turned`) lies on the upright page.
    public func turnedBack(_ r: Rect) -> Rect { turning.bounds(of: r) }

    /// The width of a chart: the theme's share of the type width, kept between 30% and all of it.
    public func chartWidth(_ style: ChartStyle) -> Pt {
        typeArea.size.width * min(1, max(0.3, style.widthRatio))
    }
}
