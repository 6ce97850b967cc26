import FolioDisplay
import FolioDocument
import FolioText

/// Page numbers (GB/T 9704 §7.5): 4号半角阿拉伯数字 between two 一字线 ("— 1 —"), the dash line 7 mm below
/// the type area's bottom; odd pages one character in from the right, even pages one character in from
/// the left (R11); or centred when the theme says so.
struct PageFurniture {
    let theme: Theme
    let metrics: PageMetrics
    let text: TextEngine

    /// Where the centre line of an em dash sits above the baseline in CJK fonts: the ideographic em box
    /// spans −0.12…0.88 em, and the dash is drawn on its middle, 0.38 em above the baseline.
    static let dashCentre = 0.38

    /// The items of page `number`'s folio.
    func pageNumber(_ number: Int) throws -> [FrameItem] {
        try pageNumber(label: String(number), odd: number % 2 == 1)
    }

    /// The items of a folio printing `label` ("7", or "ii" in the report theme's contents) in the theme's
    /// format ("— {n} —" by default); `odd` chooses the outer side (odd pages right, even pages left).
    func pageNumber(label number: String, odd: Bool) throws -> [FrameItem] {
        let style = theme.pageNumbers
        let size = Pt(style.fontSize.points(em: PageNumberStyle.emBase))
        let label = style.format.replacingOccurrences(of: "{n}", with: number)
        let shaped = try text.shapeLine(label, role: TextStyle.folio.role, size: size, color: .black)
        let below = Pt(style.below.points(em: size.value))
        let inset = Pt(style.inset.points(em: size.value))
        let baseline = metrics.typeArea.maxY + below + size * Self.dashCentre
        let x: Pt
        if style.position == .center {
            x = metrics.typeArea.minX + (metrics.typeArea.size.width - shaped.width) / 2
        } else if odd {
            x = metrics.typeArea.maxX - inset - shaped.width
        } else {
            x = metrics.typeArea.minX + inset
        }
        return shaped.items(at: Point(x: x, y: baseline))
    }
}
