import FolioMessages
import FolioData
import FolioDisplay

/// A theme: everything about the look of a report that is not its content.
/// Themes are data (Assets/themes/*.yaml); `gongwen` follows GB/T 9704-2012. Every key is checked when the
/// theme is read: an unknown key or a value outside its range (docs/limits.md, "Theme") is an error at its
/// file:line:col.
public struct Theme: Sendable, Hashable, Decodable {
    /// The theme's name ("gongwen").
    public var name: String
    /// Paper and margins.
    public var page: PageGeometry
    /// The body character and line grid.
    public var grid: Grid
    /// Font family stacks by role, and the fallback list.
    public var fonts: FontTable
    /// Title style.
    public var title: TitleStyle
    /// Heading numbering and faces, levels 1…4.
    public var headings: [HeadingStyle]
    /// Page-number style (GB/T 9704 §7.5).
    public var pageNumbers: PageNumberStyle
    /// Punctuation handling.
    public var punctuation: PunctuationOptions
    /// Chart look.
    public var charts: ChartStyle
    /// Cover page and table of contents before the body (the `report` theme); nil: none (GB/T 9704 has
    /// neither: a 公文 starts with its title).
    public var frontMatter: FrontMatterStyle?
    /// A header above the type area on body pages (the `report` theme); nil: none (GB/T 9704 has none).
    public var runningHeader: RunningHeaderStyle?
    /// Which of GB/T 9704's formats the 版头 and 版记 follow: the 文件格式 of §7, or the 信函格式 and 纪要格式 of §10.
    public var format: DocumentFormat

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case name, page, grid, fonts, title, headings, pageNumbers, punctuation, charts, frontMatter, runningHeader
        case format
    }

    /// Decodes a theme; lengths measured in ems of the body (page, cover, contents) are checked against the grid's
    /// font size.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "the theme")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        grid = try c.decode(Grid.self, forKey: .grid)
        page = try c.decode(PageGeometry.self, forKey: .page)
        fonts = try c.decode(FontTable.self, forKey: .fonts)
        title = try c.decode(TitleStyle.self, forKey: .title)
        headings = try c.decode([HeadingStyle].self, forKey: .headings)
        pageNumbers = try c.decode(PageNumberStyle.self, forKey: .pageNumbers)
        punctuation = try c.decodeIfPresent(PunctuationKeys.self, forKey: .punctuation)?.options ?? PunctuationOptions()
        charts = try c.decode(ChartStyle.self, forKey: .charts)
        frontMatter = try c.decodeIfPresent(FrontMatterStyle.self, forKey: .frontMatter)
        runningHeader = try c.decodeIfPresent(RunningHeaderStyle.self, forKey: .runningHeader)
        format = try c.choice(.format, default: DocumentFormat.document, what: Message("theme.what.format"))
        let body = grid.fontSize.points(em: Grid.emBase)
        try page.check(em: body, at: c.codingPath + [CodingKeys.page])
        try frontMatter?.check(em: body, at: c.codingPath + [CodingKeys.frontMatter])
    }
}

/// GB/T 9704-2012's document formats.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable, Decodable {
    /// 文件格式 (§7): the mark 35 mm under the type area's top, 发文字号 under it, the red line.
    case document
    /// 信函格式 (§10.1): the mark 30 mm under the paper's top, red double lines 170 mm long under it and 20 mm above
    /// the paper's foot, 发文字号 at the right under the first, no page number on the first page, a 版记 without
    /// 印发 line or rules.
    case letter
    /// 纪要格式 (§10.3): the mark ("…纪要") as in 文件格式, no 发文字号 or red line required.
    case minutes
    /// 命令（令）格式 (§10.2): the mark ("…令") 20 mm under the type area's top, the 令号 two lines under it, the body
    /// two lines under the 令号 (no title on the page), signed with the 签发人's 职务 and 签名章 (§7.3.5.3).
    case order
}

/// The font family stacks of a theme, keyed by role (first installed family wins), and the fallback list
/// searched for characters a role's face lacks. A role the theme leaves out has an empty stack.
public struct FontTable: Sendable, Hashable, Decodable {
    /// The stack of each role.
    public var stacks: [FontRole: [String]]
    /// Families searched, in order, for a character the role's face lacks.
    public var fallback: [String]

    /// The key of the fallback list beside the roles' keys.
    static let fallbackKey = "fallback"

    /// Creates a table.
    public init(stacks: [FontRole: [String]], fallback: [String]) { self.stacks = stacks; self.fallback = fallback }

    /// The stack of `role` (empty when the theme names none).
    public subscript(role: FontRole) -> [String] { stacks[role] ?? [] }

    /// Decodes `role: [families]` lines, keys being `FontRole` names and `fallback`.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(allowing: FontRole.allCases.map(\.rawValue) + [Self.fallbackKey], in: "fonts")
        let c = try decoder.container(keyedBy: PathKey.self)
        var stacks: [FontRole: [String]] = [:]
        for role in FontRole.allCases {
            stacks[role] = try c.decodeIfPresent([String].self, forKey: PathKey(stringValue: role.rawValue))
        }
        self.stacks = stacks
        fallback = try c.decodeIfPresent([String].self, forKey: PathKey(stringValue: Self.fallbackKey)) ?? []
    }
}

/// Paper size and margins (GB/T 9704 §5.2.1: top 37 mm, binding 28 mm, type area 156 × 225 mm).
public struct PageGeometry: Sendable, Hashable, Decodable {
    /// Paper width.
    public var width: Length
    /// Paper height.
    public var height: Length
    /// Top margin (天头).
    public var top: Length
    /// Left (binding) margin (订口).
    public var left: Length
    /// Type-area width (版心宽).
    public var typeWidth: Length
    /// Type-area height (版心高).
    public var typeHeight: Length

    /// Paper sides a PDF can hold: 1 inch to 200 inches (ISO 32000-1 Annex C, user-space limit).
    public static let paperRange = 72.0...14_400.0

    private enum CodingKeys: String, CodingKey, CaseIterable { case width, height, top, left, typeWidth, typeHeight }

    /// Decodes the geometry; its ranges are checked by `check(em:at:)` once the body size is known.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "page")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        width = try c.decode(Length.self, forKey: .width)
        height = try c.decode(Length.self, forKey: .height)
        top = try c.decode(Length.self, forKey: .top)
        left = try c.decode(Length.self, forKey: .left)
        typeWidth = try c.decode(Length.self, forKey: .typeWidth)
        typeHeight = try c.decode(Length.self, forKey: .typeHeight)
    }

    /// Checks the paper against `paperRange`, the margins (from 0) and the type area (from 1 pt) against the
    /// paper: the type area lies on the page.
    func check(em: Double, at path: [any CodingKey]) throws {
        try width.check(em: em, in: Self.paperRange, at: path + [CodingKeys.width])
        try height.check(em: em, in: Self.paperRange, at: path + [CodingKeys.height])
        let w = width.points(em: em), h = height.points(em: em)
        try left.check(em: em, in: 0...(w - 1), at: path + [CodingKeys.left])
        try top.check(em: em, in: 0...(h - 1), at: path + [CodingKeys.top])
        try typeWidth.check(em: em, in: 1...(w - left.points(em: em)), at: path + [CodingKeys.typeWidth])
        try typeHeight.check(em: em, in: 1...(h - top.points(em: em)), at: path + [CodingKeys.typeHeight])
    }
}

/// The body grid (GB/T 9704 §5.2.3: 22 lines of 28 characters).
public struct Grid: Sendable, Hashable, Decodable {
    /// Body font size (3号 = 16 pt).
    public var fontSize: Length
    /// Characters in a full line; the character pitch is the type width divided by this.
    public var charactersPerLine: Int
    /// Lines on a full page.
    public var linesPerPage: Int
    /// Baseline-to-baseline distance (28.95 pt, Word's "固定值 28.95 磅"; 28–29 pt allowed).
    public var linePitch: Length
    /// First-line indent in characters (§7.3.3: 左空二字).
    public var indent: Int

    /// What one em of `fontSize` is when the size itself is written in ems: 3号, 16 pt.
    public static let emBase = 16.0
    /// The line pitches GB/T 9704 practice allows for the 22-line grid: 28 pt (22 lines = 217 mm) to
    /// 29 pt (225.07 mm, 0.07 mm over, inside the §6 tolerance of 1 mm); Word's default is 28.95 pt.
    public static let gongwenPitchRange = 28.0...29.0

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case fontSize, charactersPerLine, linesPerPage, linePitch, indent
    }

    /// Creates a grid.
    public init(fontSize: Length, charactersPerLine: Int, linesPerPage: Int, linePitch: Length, indent: Int = 2) {
        self.fontSize = fontSize; self.charactersPerLine = charactersPerLine; self.linesPerPage = linesPerPage
        self.linePitch = linePitch; self.indent = indent
    }

    /// Decodes a grid and validates it: sizes and counts in range, and for the 28 × 22 grid of GB/T 9704 §5.2.3
    /// a line pitch of 28–29 pt (a diagnostic at `grid.linePitch` otherwise).
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "grid")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let fontSize = try c.length(.fontSize, em: Self.emBase, in: 4...72)
        let size = fontSize.points(em: Self.emBase)
        let defaults = Grid(fontSize: fontSize, charactersPerLine: 1, linesPerPage: 1, linePitch: fontSize)
        self.init(
            fontSize: fontSize, charactersPerLine: try c.count(.charactersPerLine, in: 1...200),
            linesPerPage: try c.count(.linesPerPage, in: 1...200),
            linePitch: try c.length(.linePitch, em: size, in: 1...1000),
            indent: try c.count(.indent, in: 0...10, default: defaults.indent))
        let pitch = linePitch.points(em: size)
        if charactersPerLine == 28 && linesPerPage == 22 && !Self.gongwenPitchRange.contains(pitch) {
            throw SchemaProblem(
                at: c.codingPath + [CodingKeys.linePitch], Message("theme.range.pitch", ["value": "\(linePitch)"]),
                hint: Message("theme.range.lines-gb-t-grid.hint"), code: "theme.range")
        }
    }
}

/// The document title (GB/T 9704 §7.3.1: 2号小标宋, centred).
public struct TitleStyle: Sendable, Hashable, Decodable {
    /// Font size (2号 = 22 pt).
    public var fontSize: Length
    /// Line pitch within a multi-line title.
    public var linePitch: Length
    /// Longest title line, in title characters, before it is broken into a balanced shape.
    public var maxCharactersPerLine: Int
    /// Empty body lines between the title and the text (§7.3.2: 标题下空一行); with a subtitle, between the title
    /// and the subtitle and again between the speaker and the text.
    public var linesAfter: Int
    /// The font role of a subtitle and speaker under the title (`report.subtitle`, `report.speaker`): 楷体 in the
    /// 公文 themes (their level-2 heading face), as published government work reports and speeches set them.
    public var subtitleFont: FontRole = .heading2
    /// Their size (三号, 16 pt).
    public var subtitleSize: Length = .pt(16)

    /// What one em is for the title's lengths written in ems: 2号, 22 pt.
    public static let emBase = 22.0

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case fontSize, linePitch, maxCharactersPerLine, linesAfter, subtitleFont, subtitleSize
    }

    /// Decodes the style, every value in range; `subtitleFont` and `subtitleSize` may be left out.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "title")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fontSize = try c.length(.fontSize, em: Self.emBase, in: 4...144)
        linePitch = try c.length(.linePitch, em: Self.emBase, in: 1...1000)
        maxCharactersPerLine = try c.count(.maxCharactersPerLine, in: 4...200)
        linesAfter = try c.count(.linesAfter, in: 0...10)
        subtitleFont = try c.choice(.subtitleFont, default: subtitleFont, what: Message("theme.what.font-role"))
        subtitleSize = try c.length(.subtitleSize, em: Self.emBase, in: 4...72, default: subtitleSize)
    }
}

/// One heading level.
public struct HeadingStyle: Sendable, Hashable, Decodable {
    /// Number format: `{cn}` Chinese numeral, `{n}` Arabic; e.g. "{cn}、", "（{cn}）", "{n}.", "（{n}）".
    public var numbering: String
    /// The font role the heading is set in.
    public var font: FontRole
    /// Synthetic bold (for faces with no bold, e.g. level-3 仿宋加粗, a local rule).
    public var bold: Bool

    private enum CodingKeys: String, CodingKey, CaseIterable { case numbering, font, bold }

    /// Creates a heading style.
    public init(numbering: String, font: FontRole, bold: Bool = false) {
        self.numbering = numbering; self.font = font; self.bold = bold
    }

    /// Decodes the style; `font` must name a font role.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "a heading")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let font: FontRole = try c.choice(.font, what: Message("theme.what.font-role"))
        self.init(numbering: try c.decode(String.self, forKey: .numbering), font: font)
        bold = try c.value(.bold, default: bold)
    }
}

/// Where page numbers stand.
public enum PageNumberPosition: String, Sendable, Hashable, CaseIterable, Decodable {
    /// Odd pages one character in from the right, even pages from the left (GB/T 9704 §7.5).
    case outer
    /// Centred under the type area.
    case center
}

/// Page numbers (GB/T 9704 §7.5: 4号半角 digits between 一字线, 7 mm below the type area,
/// odd pages one character in from the right, even pages one character in from the left).
public struct PageNumberStyle: Sendable, Hashable, Decodable {
    /// Placement.
    public var position: PageNumberPosition
    /// Digit size (4号 = 14 pt).
    public var fontSize: Length
    /// Distance from the type-area bottom to the dash line.
    public var below: Length
    /// Inset from the type-area edge (一字).
    public var inset: Length
    /// The printed folio, `{n}` standing for the number: "— {n} —" (§7.5, the default) or "{n}".
    public var format: String

    /// What one em is for the digit size written in ems: 4号, 14 pt (`below` and `inset` are in ems of the digits).
    public static let emBase = 14.0

    private enum CodingKeys: String, CodingKey, CaseIterable { case position, fontSize, below, inset, format }

    /// Creates a page-number style.
    public init(
        position: PageNumberPosition = .outer, fontSize: Length, below: Length, inset: Length,
        format: String = "— {n} —"
    ) {
        self.position = position; self.fontSize = fontSize; self.below = below; self.inset = inset
        self.format = format
    }

    /// Decodes the style; `format` must hold `{n}`.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "pageNumbers")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let fontSize = try c.length(.fontSize, em: Self.emBase, in: 4...72)
        let size = fontSize.points(em: Self.emBase)
        self.init(
            fontSize: fontSize, below: try c.length(.below, em: size, in: 0...300),
            inset: try c.length(.inset, em: size, in: 0...300))
        position = try c.choice(.position, default: position, what: Message("theme.what.page-number-position"))
        format = try c.value(.format, default: format)
        guard format.contains("{n}") else {
            throw SchemaProblem(
                at: c.codingPath + [CodingKeys.format], Message("theme.format.no-n", ["format": "\(format)"]),
                hint: Message("theme.format.write-e-g-n.hint"), code: "theme.format")
        }
    }
}

/// The theme's `punctuation` mapping, read onto `PunctuationOptions` (the one options type, whose defaults
/// fill what the theme leaves out).
struct PunctuationKeys: Decodable {
    /// The options read.
    var options: PunctuationOptions

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case compressPairs, trimLineEnd, trimLineStart, squeeze, gridPreserving, latinGap, hangLineEnd
    }

    init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "punctuation")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = PunctuationOptions()
        options = PunctuationOptions(
            compressPairs: try c.value(.compressPairs, default: d.compressPairs),
            trimLineEnd: try c.value(.trimLineEnd, default: d.trimLineEnd),
            trimLineStart: try c.value(.trimLineStart, default: d.trimLineStart),
            squeeze: try c.value(.squeeze, default: d.squeeze),
            gridPreserving: try c.value(.gridPreserving, default: d.gridPreserving),
            latinGap: try c.value(.latinGap, default: d.latinGap),
            hangLineEnd: try c.value(.hangLineEnd, default: d.hangLineEnd))
        guard (0...0.5).contains(options.latinGap) else {
            throw SchemaProblem(
                at: c.codingPath + [CodingKeys.latinGap],
                Message("theme.range.latin-gap", ["value": "\(options.latinGap)"]),
                hint: Message("theme.range.clreq-asks-about-em.hint"), code: "theme.range")
        }
    }
}

/// Chart look.
public struct ChartStyle: Sendable, Hashable, Decodable {
    /// Chart width as a share of the type width (0.3…1).
    public var widthRatio: Double
    /// Chart plot height.
    public var height: Length
    /// Text size inside charts.
    public var fontSize: Length
    /// Caption size.
    public var captionSize: Length
    /// Fill greys (0 black … 1 white) for bar series, in order; distinct in lightness for grayscale print.
    public var barGrays: [Double]
    /// Use colour (report theme) instead of greys.
    public var color: Bool

    /// What one em is for chart text sizes written in ems: the body's 16 pt (`height` is in ems of `fontSize`).
    public static let emBase = 16.0

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case widthRatio, height, fontSize, captionSize, barGrays, color
    }

    /// Creates a chart style.
    public init(
        widthRatio: Double, height: Length, fontSize: Length, captionSize: Length, barGrays: [Double], color: Bool
    ) {
        self.widthRatio = widthRatio; self.height = height; self.fontSize = fontSize
        self.captionSize = captionSize; self.barGrays = barGrays; self.color = color
    }

    /// Decodes the style, every value in range; each grey lies in 0…1.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "charts")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        widthRatio = try c.number(.widthRatio, in: 0.3...1)
        fontSize = try c.length(.fontSize, em: Self.emBase, in: 4...72)
        captionSize = try c.length(.captionSize, em: Self.emBase, in: 4...72)
        height = try c.length(.height, em: fontSize.points(em: Self.emBase), in: 10...2000)
        barGrays = try c.decode([Double].self, forKey: .barGrays)
        color = try c.decode(Bool.self, forKey: .color)
        guard (1...64).contains(barGrays.count), barGrays.allSatisfy({ (0...1).contains($0) }) else {
            throw SchemaProblem(
                at: c.codingPath + [CodingKeys.barGrays], Message("theme.range.greys"),
                hint: Message("theme.range.greys.hint"), code: "theme.range")
        }
    }
}

/// Front matter before the body (the `report` theme): a cover and a table of contents. Every field may be
/// left out of a theme file; a missing `cover` or `contents` means that page is not made.
public struct FrontMatterStyle: Sendable, Hashable, Decodable {
    /// The cover page: title, subject, issuing body and date; no page number.
    public var cover: CoverStyle?
    /// The table of contents, numbered in lower-case roman.
    public var contents: ContentsStyle?
    /// The accent colour of rules on the cover and in the header (written "#RRGGBB").
    public var accent: Color

    private enum CodingKeys: String, CodingKey, CaseIterable { case cover, contents, accent }

    /// Creates front-matter options.
    public init(
        cover: CoverStyle? = CoverStyle(), contents: ContentsStyle? = ContentsStyle(),
        accent: Color = Color(red: 0x1F / 255, green: 0x4E / 255, blue: 0x8C / 255)
    ) {
        self.cover = cover; self.contents = contents; self.accent = accent
    }

    /// Decodes the options; `accent` must be "#RRGGBB".
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "frontMatter")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            cover: try c.decodeIfPresent(CoverStyle.self, forKey: .cover),
            contents: try c.decodeIfPresent(ContentsStyle.self, forKey: .contents))
        accent = try c.colour(.accent, default: accent)
    }

    /// Checks the sizes measured against the body (`em`).
    func check(em: Double, at path: [any CodingKey]) throws {
        try cover?.check(em: em, at: path + [CodingKeys.cover])
        try contents?.titleSize.check(
            em: em, in: 4...144, at: path + [CodingKeys.contents, PathKey(stringValue: "titleSize")])
    }
}

/// The cover page.
public struct CoverStyle: Sendable, Hashable, Decodable {
    /// Title size.
    public var titleSize: Length
    /// Size of the subject line under the title and of the issuer and date.
    public var textSize: Length

    private enum CodingKeys: String, CodingKey, CaseIterable { case titleSize, textSize }

    /// Creates cover options.
    public init(titleSize: Length = .pt(26), textSize: Length = .pt(15)) {
        self.titleSize = titleSize; self.textSize = textSize
    }

    /// Decodes the options; absent fields take the defaults of `init`, ranges are checked by `check(em:at:)`.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "cover")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        titleSize = try c.value(.titleSize, default: titleSize)
        textSize = try c.value(.textSize, default: textSize)
    }

    /// Checks the sizes, in ems of the body `em`.
    func check(em: Double, at path: [any CodingKey]) throws {
        try titleSize.check(em: em, in: 4...144, at: path + [CodingKeys.titleSize])
        try textSize.check(em: em, in: 4...72, at: path + [CodingKeys.textSize])
    }
}

/// The table of contents: headings down to `levels` with their page numbers, dotted leaders and links.
public struct ContentsStyle: Sendable, Hashable, Decodable {
    /// The contents' own heading ("目录").
    public var title: String
    /// Deepest heading level listed (1…4).
    public var levels: Int
    /// Size of the contents' heading.
    public var titleSize: Length

    private enum CodingKeys: String, CodingKey, CaseIterable { case title, levels, titleSize }

    /// Creates contents options.
    public init(title: String = "目录", levels: Int = 2, titleSize: Length = .pt(18)) {
        self.title = title; self.levels = levels; self.titleSize = titleSize
    }

    /// Decodes the options; `levels` must be 1…4.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "contents")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        title = try c.value(.title, default: title)
        levels = try c.count(.levels, in: 1...4, default: levels)
        titleSize = try c.value(.titleSize, default: titleSize)
    }
}

/// A running header: the report title on the left, the current level-1 heading on the right, a rule below.
public struct RunningHeaderStyle: Sendable, Hashable, Decodable {
    /// Text size.
    public var fontSize: Length
    /// Distance from the rule up from the type area's top edge.
    public var above: Length
    /// Rule thickness; 0 for none.
    public var rule: Length

    /// What one em is for the header's size written in ems: 9 pt (`above` and `rule` are in ems of the text).
    public static let emBase = 9.0

    private enum CodingKeys: String, CodingKey, CaseIterable { case fontSize, above, rule }

    /// Creates a header style.
    public init(fontSize: Length = .pt(9), above: Length = .mm(6), rule: Length = .pt(0.5)) {
        self.fontSize = fontSize; self.above = above; self.rule = rule
    }

    /// Decodes the style; absent fields take the defaults of `init`, every value in range.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self, in: "runningHeader")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        fontSize = try c.length(.fontSize, em: Self.emBase, in: 4...72, default: fontSize)
        let size = fontSize.points(em: Self.emBase)
        above = try c.length(.above, em: size, in: 0...300, default: above)
        rule = try c.length(.rule, em: size, in: 0...20, default: rule)
    }
}
