import FolioDisplay
import FolioDocument

/// word/styles.xml from the theme: the body (Normal) on the GB/T 9704 grid with its two-character first-line indent,
/// the title, four heading levels with the theme's faces and outline levels, captions and table text.
struct WordStyles {
    let theme: Theme

    /// The first family of a role's stack: the face the standard names (Word substitutes when it is missing).
    func family(_ role: FontRole) -> String {
        theme.fonts.stacks[role]?.first ?? theme.fonts.stacks[.body]?.first ?? "FangSong"
    }

    /// Body size in points (3号).
    var bodySize: Double { theme.grid.fontSize.points(em: Grid.emBase) }
    /// The grid's line pitch in points.
    var linePitch: Double { theme.grid.linePitch.points(em: bodySize) }
    /// The size of table text and captions' cells, in points.
    var cellSize: Double { theme.charts.fontSize.points(em: ChartStyle.emBase) * 1.25 }
    /// The size of captions, in points.
    var captionSize: Double { theme.charts.captionSize.points(em: ChartStyle.emBase) }

    /// The body's character spacing in twips that sets `charactersPerLine` characters on the type width
    /// (GB/T 9704 §5.2.3: 28 characters of 3号 on 156 mm need 15.79 pt each, a little under the 16 pt size),
    /// rounded down so the last character still fits.
    var bodyCharacterSpacing: Int {
        let pitch = theme.page.typeWidth.points(em: bodySize) / Double(theme.grid.charactersPerLine)
        return Int(((pitch - bodySize) * 20).rounded(.down))
    }

    /// Run properties: a face for every script, a size, bold.
    func runProperties(_ role: FontRole, size: Double, bold: Bool = false, color: String? = nil) -> String {
        let f = WordXML.escape(family(role))
        var out = #"<w:rFonts w:ascii="\#(f)" w:hAnsi="\#(f)" w:eastAsia="\#(f)" w:cs="\#(f)"/>"#
        if bold { out += "<w:b/>" }
        if let color { out += #"<w:color w:val="\#(color)"/>"# }
        out += #"<w:sz w:val="\#(WordXML.halfPoints(size))"/><w:szCs w:val="\#(WordXML.halfPoints(size))"/>"#
        return out
    }

    /// One paragraph style.
    private func style(
        id: String, name: String, basedOn: String? = "Normal", paragraph: String, run: String, outline: Int? = nil
    ) -> String {
        let based = basedOn.map { #"<w:basedOn w:val="\#($0)"/>"# } ?? ""
        let level = outline.map { #"<w:outlineLvl w:val="\#($0)"/>"# } ?? ""
        return #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(name)"/>\#(based)<w:qFormat/>"#
            + "<w:pPr>\(paragraph)\(level)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }

    /// Exact line spacing on the grid's pitch.
    var gridSpacing: String {
        #"<w:spacing w:before="0" w:after="0" w:line="\#(WordXML.twips(points: linePitch))" w:lineRule="exact"/>"#
    }

    /// The whole part.
    var xml: String {
        let indent = theme.grid.indent * 100
        let titleSize = theme.title.fontSize.points(em: TitleStyle.emBase)
        let titlePitch = theme.title.linePitch.points(em: TitleStyle.emBase)
        var styles = [
            style(
                id: "Normal", name: "Normal", basedOn: nil,
                paragraph:
                    #"<w:jc w:val="both"/>\#(gridSpacing)<w:ind w:firstLineChars="\#(indent)" w:firstLine="\#(WordXML.twips(points: bodySize * Double(theme.grid.indent)))"/>"#,
                run: runProperties(.body, size: bodySize) + #"<w:spacing w:val="\#(bodyCharacterSpacing)"/>"#),
            style(
                id: "Title", name: "Title",
                paragraph:
                    #"<w:jc w:val="center"/><w:spacing w:before="0" w:after="0" w:line="\#(WordXML.twips(points: titlePitch))" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/>"#,
                run: runProperties(.title, size: titleSize)),
            // The subtitle and speaker under a title: centred on the grid, in the theme's subtitle face and size.
            style(
                id: "Subtitle", name: "Subtitle",
                paragraph:
                    #"<w:jc w:val="center"/>\#(gridSpacing)<w:ind w:firstLineChars="0" w:firstLine="0"/><w:keepNext/>"#,
                run: runProperties(
                    theme.title.subtitleFont, size: theme.title.subtitleSize.points(em: TitleStyle.emBase))),
            style(
                id: "Caption", name: "caption",
                paragraph: #"<w:jc w:val="center"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:keepNext/>"#,
                run: runProperties(.chart, size: captionSize)),
            style(
                id: "TableText", name: "Table Text",
                paragraph:
                    #"<w:jc w:val="center"/><w:spacing w:before="0" w:after="0" w:line="\#(WordXML.twips(points: linePitch))" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/>"#,
                run: runProperties(.chart, size: cellSize * 0.8)),
        ]
        for (i, heading) in theme.headings.prefix(4).enumerated() {
            styles.append(
                style(
                    id: "Heading\(i + 1)", name: "heading \(i + 1)",
                    paragraph: "<w:keepNext/>", run: runProperties(heading.font, size: bodySize, bold: heading.bold),
                    outline: i))
        }
        return WordXML.declaration
            + #"<w:styles \#(WordXML.namespaces)><w:docDefaults><w:rPrDefault><w:rPr>\#(runProperties(.body, size: bodySize))"#
            + #"<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>"#
            + styles.joined() + "</w:styles>"
    }
}
