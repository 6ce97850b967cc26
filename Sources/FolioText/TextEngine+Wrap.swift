import FolioDisplay

extension TextEngine {
    /// The lines of a short text set into a narrow measure (a table cell, a table's note): one line as `shapeLine`
    /// sets it when it fits, else broken by the paragraph's rules (kinsoku, a figure kept with its unit, total fit),
    /// every line but the last justified when `justify`. A piece wider than `width` that no rule lets break is cut
    /// and reported in `emergencyBreaks`, as in paragraphs.
    public func wrap(
        _ text: String, role: FontRole, size: Pt, width: Pt, justify: Bool = false
    ) throws -> [ShapedLine] {
        let line = try shapeLine(text, role: role, size: size, color: .black)
        if line.width <= width { return [line] }
        let spec = ParagraphSpec(spans: [TextSpan(text: text, role: role, size: size)], width: width, justify: justify)
        return try layoutParagraph(spec).lines
    }

    /// The width of the widest piece of `text` that no line may break inside (a figure with its unit, a Latin
    /// word, a character with the marks that cling to it): a measure narrower than this cuts the text.
    public func widestUnbreakable(_ text: String, role: FontRole, size: Pt) throws -> Pt {
        let span = TextSpan(text: text, role: role, size: size)
        var widest = 0.0
        for segment in SourceText.segments([span], dropHanLatinSpaces: true) {
            let store = try locked { try makeUnits(segment, spans: [span], grid: nil) }
            let bounds = try boundaries(store, options: Self.lineOptions, gridPadPitch: nil)
            var piece = 0.0
            for (i, unit) in store.units.enumerated() {
                if i > 0 {
                    let bound = bounds[safe: i] ?? Boundary()
                    if bound.allowBreak {
                        widest = max(widest, piece)
                        piece = 0
                    } else {
                        piece += bound.glue - bound.compression
                    }
                }
                piece += unit.advance
            }
            widest = max(widest, piece)
        }
        return Pt(widest)
    }
}
