import FolioDisplay
import FolioDocument

extension LayoutEngine {
    /// The characters each font role and weight can draw in `document`, known before layout, so that the PDF writer can
    /// cut every font file down to what it will draw (issue 8: a Noto CJK face cut to the twenty characters of
    /// a title costs 3 ms in hb-subset; cut to the whole report's characters, 24 ms).
    ///
    /// It mirrors the composers' choice of role: titles in `.title`; headings in their level's theme font, a
    /// run-in heading's text in `.body`; paragraphs and the signature in `.body`; charts and tables in `.chart`
    /// (every string of the spec); page numbers and the running header in `.pageNumber`; the cover's issuer and
    /// the contents title and level-1 entries in `.heading1`. Characters the layout generates rather than reads
    /// (`generatedCharacters`) and every string of the theme go to every style used, digits and punctuation first among them.
    /// A prediction that misses a character costs size and time, never correctness: the writer draws such a
    /// run from the whole font (tested for the bundled reports: no run needs it).
    public func charactersByStyle(_ document: Document) -> [CharacterStyle: Set<Unicode.Scalar>] {
        var sets: [CharacterStyle: Set<Unicode.Scalar>] = [:]
        func add(_ text: String, _ role: FontRole) { sets[CharacterStyle(role: role), default: []].formUnion(text.unicodeScalars) }
        let meta = document.metadata
        add(meta.title, .title)
        add(meta.subject, .body)
        add(meta.issuer, .heading1)
        add(meta.issuer, .body)
        add(meta.date.chinese, .body)
        add(meta.title, .pageNumber)   // the running header
        for block in document.blocks { addBlock(block, into: &sets) }
        var everywhere = Self.generatedCharacters
        collectStrings(theme, into: &everywhere)
        for style in sets.keys { sets[style, default: []].formUnion(everywhere) }
        sets[CharacterStyle(role: .chart), default: []].formUnion(Self.literalCharacters)
        sets[CharacterStyle(role: .body), default: []].formUnion(Self.literalCharacters)
        return sets
    }

    /// Every character `document` can draw, whatever its role: each string of the document and of the theme
    /// (by reflection, so that fields added later are covered) with `generatedCharacters` and
    /// `literalCharacters`. The set for a font file `charactersByStyle` did not foresee.
    public func allCharacters(_ document: Document) -> Set<Unicode.Scalar> {
        var set = Self.generatedCharacters.union(Self.literalCharacters)
        collectStrings(document, into: &set)
        collectStrings(theme, into: &set)
        return set
    }

    /// Adds the characters of one block to the roles the composers set them in.
    private func addBlock(_ block: Block, into sets: inout [CharacterStyle: Set<Unicode.Scalar>]) {
        func add(_ text: String, _ role: FontRole, bold: Bool = false) {
            sets[CharacterStyle(role: role, bold: bold), default: []].formUnion(text.unicodeScalars)
        }
        switch block {
        case .title(let title): add(title, .title)
        case .heading(let heading):
            let style = theme.headings[safe: heading.level - 1]
            add(heading.title, FontRole(themeKey: style?.font ?? "heading\(heading.level)") ?? .body,
                bold: style?.bold ?? false)
            add(heading.title, .pageNumber)                            // running header
            add(heading.title, heading.level == 1 ? .heading1 : .body)   // contents entry
            if let runIn = heading.runIn { add(runIn, .body) }
        case .paragraph(let paragraph): add(paragraph.text, .body)
        case .chart(let chart): collectStrings(chart, into: &sets[CharacterStyle(role: .chart), default: []])
        case .table(let table): collectStrings(table, into: &sets[CharacterStyle(role: .chart), default: []])
        case .signature(let signature):
            add(signature.issuer, .body)
            add(signature.date.chinese, .body)
        }
    }

    /// Characters the layout sets without reading them from the document, in every role: printable ASCII
    /// (numbers, page labels such as "ii"), common CJK punctuation, Chinese numerals and the units of
    /// dates, captions and figures.
    public static let generatedCharacters: Set<Unicode.Scalar> = {
        var set = Set((0x20...0x7E).compactMap(Unicode.Scalar.init))
        set.formUnion("—–－…·・、，。；：？！“”‘’（）《》〈〉【】〔〕％‰℃×÷±～　年月日第部分页图表注〇一二三四五六七八九十百千万亿"
            .unicodeScalars)
        return set
    }()

    /// Every CJK character of a string literal in FolioLayout, FolioCharts and FolioDocument (chart labels such
    /// as "单位：%", "增减", "…之差"; collected with grep when this was written), for the roles that set them
    /// (chart and body). A label added later and missed here is still drawn correctly, from the whole font.
    public static let literalCharacters: Set<Unicode.Scalar> = Set(
        ("「」『』下与之二于人位使例值倾元党入关其农况减列力加单及发右名和固均坚基增夯如字完定宜实对封差并应度"
            + "建强当录形情意成或把持指据排收数整文暨期本机来标梯比民源的目相短础磅示称空纯组织编署菱让词起适速重长降面．")
            .unicodeScalars)

    /// Adds the scalars of every `String` reachable through `value`'s stored properties to `set` (by
    /// reflection, so that a field added later is covered).
    private func collectStrings(_ value: Any, into set: inout Set<Unicode.Scalar>) {
        if let text = value as? String { set.formUnion(text.unicodeScalars); return }
        if value is Double || value is Int || value is Bool { return }
        for child in Mirror(reflecting: value).children { collectStrings(child.value, into: &set) }
    }
}
