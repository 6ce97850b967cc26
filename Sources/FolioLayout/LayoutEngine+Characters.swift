import FolioDisplay
import FolioDocument

extension LayoutEngine {
    /// The characters each font role and weight can draw in `document`, known before layout, so that the PDF writer can
    /// cut every font file down to what it will draw (a Noto CJK face cut to the twenty characters of
    /// a title costs 2 ms in hb-subset; cut to the whole report's characters, 24 ms).
    ///
    /// It reads the composers' table of roles (`TextStyle`, `Theme.headingStyle`): titles, headings by level,
    /// run-in text, paragraphs, the signature, charts and tables (every string of the spec), folios
    /// (`pageNumberCharacters`), the running header, the cover and the contents, each in the style the composer
    /// sets it in. What the layout generates rather than reads (`generatedCharacters`, `literalCharacters`:
    /// numbers, dates, chart labels) goes to the body and chart styles. A prediction that misses a character costs size and time, never correctness: the writer draws such
    /// a run from the whole font (`FontPlanTests`: for the bundled reports, both themes and the stress text, no run
    /// needs it).
    public func charactersByStyle(_ document: Document) -> [CharacterStyle: Set<Unicode.Scalar>] {
        var sets: [CharacterStyle: ScalarAccumulator] = [:]
        func add(_ text: String, _ style: CharacterStyle) { sets[style, default: .init()].add(text) }
        let meta = document.metadata
        add(meta.title, TextStyle.title)
        add(meta.issuer, TextStyle.body)
        add(meta.date.chinese, TextStyle.body)
        if theme.frontMatter?.cover != nil {
            add(meta.title, TextStyle.Cover.title)
            add(meta.subject, TextStyle.Cover.text)
            add(meta.issuer, TextStyle.Cover.issuer)
            add(meta.date.chinese, TextStyle.Cover.text)
        }
        if let contents = theme.frontMatter?.contents {
            add(contents.title + "\u{3000}", TextStyle.Contents.title)   // 目　录
        }
        if theme.runningHeader != nil { add(meta.title, TextStyle.runningHeader) }
        add(pageNumberCharacters, TextStyle.folio)
        for block in document.blocks { addBlock(block, into: &sets) }
        if let imprint = document.imprint {
            add(
                (imprint.copiesLine ?? "") + (imprint.printer ?? "") + (imprint.printedLine ?? ""),
                TextStyle.Official.text)
        }
        var result = sets.mapValues(\.set)
        for style in [TextStyle.body, TextStyle.chart] {
            result[style, default: []].formUnion(Self.generatedCharacters)
            result[style, default: []].formUnion(Self.literalCharacters)
        }
        return result
    }

    /// What page numbers can print: the theme's format around decimal digits or lower-case roman numerals.
    private var pageNumberCharacters: String {
        theme.pageNumbers.format.replacingOccurrences(of: "{n}", with: "") + "0123456789ivxlcdm"
    }

    /// Adds the characters of one block to the roles the composers set them in.
    private func addBlock(_ block: Block, into sets: inout [CharacterStyle: ScalarAccumulator]) {
        func add(_ text: String, _ style: CharacterStyle) { sets[style, default: .init()].add(text) }
        switch block {
        case .header(let header):
            for name in header.mark { add(name, TextStyle.Official.mark) }
            add(header.copyNumber ?? "", TextStyle.Official.text)
            for corner in [header.secrecy, header.urgency].compactMap({ $0 }) { add(corner, TextStyle.Official.corner) }
            add((header.number ?? "") + "签发人：", TextStyle.Official.text)
            for signer in header.signers { add(signer + "　", TextStyle.Official.signer) }
        case .recipients(let text), .notice(let text): add(text, TextStyle.Official.text)
        case .attendance(let label, let names, _):
            add(label + "：", TextStyle.Official.attachmentLabel)
            add(names, TextStyle.Official.text)
        case .attachmentList(let titles): add("附件：0123456789." + titles.joined(), TextStyle.Official.text)
        case .attachmentHead(let label, let title):
            add(label, TextStyle.Official.attachmentLabel)
            add(title, TextStyle.title)
        case .title(let title): add(title, TextStyle.title)
        case .subtitle(let subtitle):
            add(subtitle.text + subtitle.speaker + subtitle.dateLine, TextStyle.subtitle(theme))
        case .heading(let heading):
            add(heading.title, theme.headingStyle(level: heading.level))
            if theme.runningHeader != nil { add(heading.title, TextStyle.runningHeader) }
            if theme.frontMatter?.contents != nil { add(heading.title, TextStyle.Contents.entry(level: heading.level)) }
            if let runIn = heading.runIn { add(runIn, TextStyle.body) }
        case .paragraph(let paragraph): add(paragraph.text, TextStyle.body)
        case .chart(let chart): collectStrings(chart) { add($0, TextStyle.chart) }
        case .table(let table): collectStrings(table) { add($0, TextStyle.chart) }
        case .image(let image): if let caption = image.caption { add(caption, TextStyle.chart) }
        case .signature(let signature):
            add(signature.issuer + signature.signers.map(\.title).joined(), TextStyle.body)
            add(signature.date.chinese, TextStyle.body)
        }
    }

    /// Characters the layout sets without reading them from the document (body and chart text): printable ASCII
    /// (numbers, page labels such as "ii"), common CJK punctuation, Chinese numerals and the units of
    /// dates, captions and figures.
    public static let generatedCharacters: Set<Unicode.Scalar> = {
        var set = Set((0x20...0x7E).compactMap(Unicode.Scalar.init))
        set.formUnion(
            "—–－…·・、，。；：？！“”‘’（）《》〈〉【】〔〕％‰℃×÷±～　年月日第部分页图表注〇一二三四五六七八九十百千万亿"
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

    /// Calls `found` with every `String` reachable through `value`'s stored properties (by reflection, so that
    /// a field added later is covered).
    private func collectStrings(_ value: Any, _ found: (String) -> Void) {
        if let text = value as? String { found(text); return }
        if value is Double || value is Int || value is Bool { return }
        for child in Mirror(reflecting: value).children { collectStrings(child.value, found) }
    }
}

/// A set of scalars filled fast: a bit per scalar of the Basic Multilingual Plane, a `Set` for the rest
/// (a 100× report adds 1.5 million scalars; hashing each was most of the plan's time).
struct ScalarAccumulator {
    private var bmp = [UInt64](repeating: 0, count: 1024)
    private var astral = Set<Unicode.Scalar>()

    /// An empty set.
    init() {}

    /// Adds the scalars of `text`.
    mutating func add(_ text: String) {
        for scalar in text.unicodeScalars {
            let v = Int(scalar.value)
            if v < 0x10000 { bmp[v >> 6] |= 1 << UInt64(v & 63) } else { astral.insert(scalar) }
        }
    }

    /// The scalars added.
    var set: Set<Unicode.Scalar> {
        var result = astral
        for (word, bits) in bmp.enumerated() where bits != 0 {
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 {
                if let scalar = Unicode.Scalar(UInt32(word << 6 | bit)) { result.insert(scalar) }
            }
        }
        return result
    }
}
