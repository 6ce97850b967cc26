import FolioDisplay
import FolioDocument

extension LayoutEngine {
    /// The lines `title` is broken into on the page (GB/T 9704 §7.3.1: at word boundaries, balanced, 梯形), for other
    /// outputs that set the title themselves (the Word file).
    public func titleLines(_ title: String) throws -> [String] {
        let size = Pt(theme.title.fontSize.points(em: TitleStyle.emBase))
        let maxWidth = min(metrics.typeArea.size.width, size * Double(theme.title.maxCharactersPerLine))
        return try TitleBalancer(measure: {
            try text.shapeLine($0, role: TextStyle.title.role, size: size, color: .black).width
        })
        .lines(for: title, maxWidth: maxWidth)
    }

    /// The lines a subtitle under the title is broken into (`report.subtitle`): balanced as a title's, within the
    /// type area's width, in the theme's subtitle face and size.
    public func subtitleLines(_ subtitle: String) throws -> [String] {
        let size = Pt(theme.title.subtitleSize.points(em: TitleStyle.emBase))
        let role = TextStyle.subtitle(theme).role
        return try TitleBalancer(measure: { try text.shapeLine($0, role: role, size: size, color: .black).width })
            .lines(for: subtitle, maxWidth: metrics.typeArea.size.width)
    }
}
