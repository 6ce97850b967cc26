import FolioDisplay
import FolioDocument
import FolioText

extension PageFurniture {
    /// The running header of a body page (the `report` theme; GB/T 9704 has none): the report title at the
    /// left, `section` (the level-1 heading in force) at the right, both in the folio's face, and a rule in
    /// the accent colour `above` the type area. When both do not fit side by side the title is left out.
    ///
    /// The header is page furniture, not content: its glyphs are written without source text (an empty
    /// string covering every glyph in one cluster, which Cairo turns into an empty /ActualText), so text
    /// extraction, search and copy read a paragraph that crosses a page as one piece, as they do for the
    /// folio numbers a reader skips — the role PDF/UA gives to artifacts, which Cairo 1.16 cannot mark.
    func runningHeader(title: String, section: String?) throws -> [FrameItem] {
        guard let style = theme.runningHeader else { return [] }
        let size = Pt(style.fontSize.points(em: RunningHeaderStyle.emBase))
        let ruleY = metrics.typeArea.minY - Pt(style.above.points(em: size.value))
        let rule = Pt(style.rule.points(em: size.value))
        let gray = Color.gray(0.3)
        // The text sits a third of its size above the rule: close enough to read as one unit with it.
        let baseline = ruleY - rule / 2 - size * 0.4
        var items: [FrameItem] = []
        let right = try section.map {
            try text.shapeLine($0, role: TextStyle.runningHeader.role, size: size, color: gray)
        }
        let left = try text.shapeLine(title, role: TextStyle.runningHeader.role, size: size, color: gray)
        let width = metrics.typeArea.size.width
        if let right {
            items += Self.silent(right.items(at: Point(x: metrics.typeArea.maxX - right.width, y: baseline)))
        }
        if left.width + (right.map { $0.width + size * 2 } ?? .zero) <= width {
            items += Self.silent(left.items(at: Point(x: metrics.typeArea.minX, y: baseline)))
        }
        if rule.value > 0 {
            items.append(
                .path(
                    .line(
                        from: Point(x: metrics.typeArea.minX, y: ruleY),
                        to: Point(x: metrics.typeArea.maxX, y: ruleY),
                        stroke: Stroke(color: accent, width: rule))))
        }
        return items
    }

    /// The front matter's accent colour (black without front matter).
    var accent: Color {
        theme.frontMatter?.accent ?? .black
    }

    /// Text items whose glyphs carry no source text (furniture that extraction should skip).
    static func silent(_ items: [FrameItem]) -> [FrameItem] {
        items.map { item in
            guard case .text(var run, let origin) = item else { return item }
            run.text = ""
            run.clusters = [TextCluster(byteCount: 0, glyphCount: run.glyphs.count)]
            return .text(run, at: origin)
        }
    }
}
