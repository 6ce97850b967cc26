import FolioDisplay
import FolioDocument

extension LayoutEngine {
    /// Whether `table` is set turned a quarter on pages of its own (GB/T 9704 §8 横排表格), for other outputs that set
    /// tables themselves (the Word file gives it a landscape section).
    public func turns(_ table: TableSpec) throws -> Bool {
        try TableComposer(theme: theme, metrics: metrics, text: text).turns(table)
    }

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
