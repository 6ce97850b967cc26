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

    /// The width of a chart: the theme's share of the type width, kept between 30% and all of it.
    public func chartWidth(_ style: ChartStyle) -> Pt {
        typeArea.size.width * min(1, max(0.3, style.widthRatio))
    }
}
