/// A theme: everything about the look of a report that is not its content.
/// Themes are data (Assets/themes/*.yaml); `gongwen` follows GB/T 9704-2012.
public struct Theme: Sendable, Hashable, Codable {
    /// The theme's name ("gongwen").
    public var name: String
    /// Paper and margins.
    public var page: PageGeometry
    /// The body character and line grid.
    public var grid: Grid
    /// Font family stacks by role (keys: title, body, heading1…heading4, pageNumber, chart, latin).
    public var fonts: [String: [String]]
    /// Title style.
    public var title: TitleStyle
    /// Heading numbering and faces, levels 1…4.
    public var headings: [HeadingStyle]
    /// Page-number style (GB/T 9704 §7.5).
    public var pageNumbers: PageNumberStyle
    /// Punctuation handling.
    public var punctuation: PunctuationStyle
    /// Chart look.
    public var charts: ChartStyle
    /// Cover page and table of contents before the body (the `report` theme); nil: none (GB/T 9704 has
    /// neither: a 公文 starts with its title).
    public var frontMatter: FrontMatterStyle?
    /// A header above the type area on body pages (the `report` theme); nil: none (GB/T 9704 has none).
    public var runningHeader: RunningHeaderStyle?
}

/// Paper size and margins (GB/T 9704 §5.2.1: top 37 mm, binding 28 mm, type area 156 × 225 mm).
public struct PageGeometry: Sendable, Hashable, Codable {
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
}

/// The body grid (GB/T 9704 §5.2.3: 22 lines of 28 characters).
public struct Grid: Sendable, Hashable, Codable {
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

    /// The line pitches GB/T 9704 practice allows for the 22-line grid: 28 pt (22 lines = 217 mm) to
    /// 29 pt (225.07 mm, 0.07 mm over, inside the §6 tolerance of 1 mm); Word's default is 28.95 pt.
    public static let gongwenPitchRange = 28.0...29.0

    private enum CodingKeys: String, CodingKey { case fontSize, charactersPerLine, linesPerPage, linePitch, indent }

    /// Creates a grid.
    public init(fontSize: Length, charactersPerLine: Int, linesPerPage: Int, linePitch: Length, indent: Int) {
        self.fontSize = fontSize; self.charactersPerLine = charactersPerLine; self.linesPerPage = linesPerPage
        self.linePitch = linePitch; self.indent = indent
    }

    /// Decodes a grid and validates it: positive counts, and for the 28 × 22 grid of GB/T 9704 §5.2.3 a
    /// line pitch of 28–29 pt (a diagnostic at `grid.linePitch` otherwise).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fontSize = try c.decode(Length.self, forKey: .fontSize)
        charactersPerLine = try c.decode(Int.self, forKey: .charactersPerLine)
        linesPerPage = try c.decode(Int.self, forKey: .linesPerPage)
        linePitch = try c.decode(Length.self, forKey: .linePitch)
        indent = try c.decodeIfPresent(Int.self, forKey: .indent) ?? 2
        guard charactersPerLine > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .charactersPerLine, in: c,
                debugDescription: "charactersPerLine must be at least 1 (GB/T 9704 §5.2.3: 28)")
        }
        guard linesPerPage > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .linesPerPage, in: c,
                debugDescription: "linesPerPage must be at least 1 (GB/T 9704 §5.2.3: 22)")
        }
        let pitch = linePitch.points(em: fontSize.points(em: 16))
        let gongwenGrid = charactersPerLine == 28 && linesPerPage == 22
        if gongwenGrid && !Self.gongwenPitchRange.contains(pitch) {
            throw DecodingError.dataCorruptedError(forKey: .linePitch, in: c,
                debugDescription: "linePitch \(linePitch) is outside 28pt–29pt: 22 lines of the GB/T 9704 grid "
                    + "need a pitch of 28–29 pt to fill the 225 mm type area (write e.g. 28.95pt)")
        }
        guard pitch > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .linePitch, in: c,
                debugDescription: "linePitch must be positive, e.g. 28.95pt")
        }
    }
}

/// The document title (GB/T 9704 §7.3.1: 2号小标宋, centred).
public struct TitleStyle: Sendable, Hashable, Codable {
    /// Font size (2号 = 22 pt).
    public var fontSize: Length
    /// Line pitch within a multi-line title.
    public var linePitch: Length
    /// Longest title line, in title characters, before it is broken into a balanced shape.
    public var maxCharactersPerLine: Int
    /// Empty body lines between the title and the text (§7.3.2: 标题下空一行).
    public var linesAfter: Int
}

/// One heading level.
public struct HeadingStyle: Sendable, Hashable, Codable {
    /// Number format: `{cn}` Chinese numeral, `{n}` Arabic; e.g. "{cn}、", "（{cn}）", "{n}.", "（{n}）".
    public var numbering: String
    /// Font role key into `Theme.fonts`.
    public var font: String
    /// Synthetic bold (for faces with no bold, e.g. level-3 仿宋加粗, a local rule).
    public var bold: Bool
}

/// Page numbers (GB/T 9704 §7.5: 4号半角 digits between 一字线, 7 mm below the type area,
/// odd pages one character in from the right, even pages one character in from the left).
public struct PageNumberStyle: Sendable, Hashable, Codable {
    /// Placement: "outer" (the standard) or "center".
    public var position: String
    /// Digit size (4号 = 14 pt).
    public var fontSize: Length
    /// Distance from the type-area bottom to the dash line.
    public var below: Length
    /// Inset from the type-area edge (一字).
    public var inset: Length
    /// The printed folio, `{n}` standing for the number: "— {n} —" (§7.5, the default) or "{n}".
    public var format: String

    /// The placements a theme may name.
    public static let positions: Set<String> = ["outer", "center"]
    /// The GB/T 9704 §7.5 folio: the number between two 一字线.
    public static let gongwenFormat = "— {n} —"

    private enum CodingKeys: String, CodingKey { case position, fontSize, below, inset, format }

    /// Creates a page-number style.
    public init(position: String, fontSize: Length, below: Length, inset: Length, format: String = gongwenFormat) {
        self.position = position; self.fontSize = fontSize; self.below = below; self.inset = inset
        self.format = format
    }

    /// Decodes the style; `position` must be "outer" or "center"; `format` defaults to "— {n} —" and must hold `{n}`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        position = try c.decodeIfPresent(String.self, forKey: .position) ?? "outer"
        fontSize = try c.decode(Length.self, forKey: .fontSize)
        below = try c.decode(Length.self, forKey: .below)
        inset = try c.decode(Length.self, forKey: .inset)
        format = try c.decodeIfPresent(String.self, forKey: .format) ?? Self.gongwenFormat
        guard format.contains("{n}") else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c,
                debugDescription: "page-number format “\(format)” has no {n}: write e.g. \"— {n} —\" or \"{n}\"")
        }
        guard Self.positions.contains(position) else {
            throw DecodingError.dataCorruptedError(forKey: .position, in: c,
                debugDescription: "page-number position “\(position)” is unknown: write outer (GB/T 9704 §7.5) or center")
        }
    }
}

/// Punctuation options (clreq §3.1.6, GB/T 15834 §5.1.10). Every field but `compressPairs` and
/// `trimLineEnd` may be left out of a theme file (defaults below).
public struct PunctuationStyle: Sendable, Hashable, Codable {
    /// Compress two adjacent full-width marks to 1.5 em.
    public var compressPairs: Bool
    /// Trim a full-width mark at line end to half width (GB/T 15834 §5.1.10).
    public var trimLineEnd: Bool
    /// Trim the blank half of an opening bracket or quote at a line start (clreq §3.1.6 option). Default false.
    public var trimLineStart: Bool
    /// Reduce isolated marks (、，；： brackets, then 。？！) by up to half an em to pull a character back
    /// instead of spreading a line (clreq "Line Adjustment", reduction steps 3–5 and 7). Default true.
    public var squeeze: Bool
    /// Word/WPS document-grid layout (文档网格): every full-width character keeps exactly one cell, a Latin or
    /// digit run is padded to a whole number of cells (clreq "Handling of Grid Alignment"), no mark is
    /// squeezed, trimmed or pair-compressed (every mark keeps its cell, as in Word's grid). Default false.
    public var gridPreserving: Bool

    private enum CodingKeys: String, CodingKey { case compressPairs, trimLineEnd, trimLineStart, squeeze, gridPreserving }

    /// Creates punctuation options.
    public init(compressPairs: Bool = true, trimLineEnd: Bool = false, trimLineStart: Bool = false,
                squeeze: Bool = true, gridPreserving: Bool = false) {
        self.compressPairs = compressPairs; self.trimLineEnd = trimLineEnd; self.trimLineStart = trimLineStart
        self.squeeze = squeeze; self.gridPreserving = gridPreserving
    }

    /// Decodes the options; absent fields take the defaults of `init`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        compressPairs = try c.decodeIfPresent(Bool.self, forKey: .compressPairs) ?? true
        trimLineEnd = try c.decodeIfPresent(Bool.self, forKey: .trimLineEnd) ?? false
        trimLineStart = try c.decodeIfPresent(Bool.self, forKey: .trimLineStart) ?? false
        squeeze = try c.decodeIfPresent(Bool.self, forKey: .squeeze) ?? true
        gridPreserving = try c.decodeIfPresent(Bool.self, forKey: .gridPreserving) ?? false
    }
}

/// Chart look.
public struct ChartStyle: Sendable, Hashable, Codable {
    /// Chart width as a share of the type width (0…1).
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

    /// Creates a chart style.
    public init(widthRatio: Double, height: Length, fontSize: Length, captionSize: Length, barGrays: [Double], color: Bool) {
        self.widthRatio = widthRatio; self.height = height; self.fontSize = fontSize
        self.captionSize = captionSize; self.barGrays = barGrays; self.color = color
    }
}

/// Front matter before the body (the `report` theme): a cover and a table of contents. Every field may be
/// left out of a theme file; a missing `cover` or `contents` means that page is not made.
public struct FrontMatterStyle: Sendable, Hashable, Codable {
    /// The cover page: title, subject, issuing body and date; no page number.
    public var cover: CoverStyle?
    /// The table of contents, numbered in lower-case roman.
    public var contents: ContentsStyle?
    /// The accent colour of rules on the cover and in the header, as "#RRGGBB".
    public var accent: String

    private enum CodingKeys: String, CodingKey { case cover, contents, accent }

    /// Creates front-matter options.
    public init(cover: CoverStyle? = CoverStyle(), contents: ContentsStyle? = ContentsStyle(), accent: String = "#1F4E8C") {
        self.cover = cover; self.contents = contents; self.accent = accent
    }

    /// Decodes the options; `accent` must be "#RRGGBB".
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cover = try c.decodeIfPresent(CoverStyle.self, forKey: .cover)
        contents = try c.decodeIfPresent(ContentsStyle.self, forKey: .contents)
        accent = try c.decodeIfPresent(String.self, forKey: .accent) ?? "#1F4E8C"
        guard HexColor(accent) != nil else {
            throw DecodingError.dataCorruptedError(forKey: .accent, in: c,
                debugDescription: "accent “\(accent)” is not a colour: write six hex digits, e.g. \"#1F4E8C\"")
        }
    }
}

/// The cover page.
public struct CoverStyle: Sendable, Hashable, Codable {
    /// Title size.
    public var titleSize: Length
    /// Size of the subject line under the title and of the issuer and date.
    public var textSize: Length

    private enum CodingKeys: String, CodingKey { case titleSize, textSize }

    /// Creates cover options.
    public init(titleSize: Length = .pt(26), textSize: Length = .pt(15)) {
        self.titleSize = titleSize; self.textSize = textSize
    }

    /// Decodes the options; absent fields take the defaults of `init`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        titleSize = try c.decodeIfPresent(Length.self, forKey: .titleSize) ?? .pt(26)
        textSize = try c.decodeIfPresent(Length.self, forKey: .textSize) ?? .pt(15)
    }
}

/// The table of contents: headings down to `levels` with their page numbers, dotted leaders and links.
public struct ContentsStyle: Sendable, Hashable, Codable {
    /// The contents' own heading ("目录").
    public var title: String
    /// Deepest heading level listed (1…4).
    public var levels: Int
    /// Size of the contents' heading.
    public var titleSize: Length

    private enum CodingKeys: String, CodingKey { case title, levels, titleSize }

    /// Creates contents options.
    public init(title: String = "目录", levels: Int = 2, titleSize: Length = .pt(18)) {
        self.title = title; self.levels = levels; self.titleSize = titleSize
    }

    /// Decodes the options; `levels` must be 1…4.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? "目录"
        levels = try c.decodeIfPresent(Int.self, forKey: .levels) ?? 2
        titleSize = try c.decodeIfPresent(Length.self, forKey: .titleSize) ?? .pt(18)
        guard (1...4).contains(levels) else {
            throw DecodingError.dataCorruptedError(forKey: .levels, in: c,
                debugDescription: "contents levels \(levels) is out of range: write 1 to 4 (e.g. 2: 一、 and （一）)")
        }
    }
}

/// A running header: the report title on the left, the current level-1 heading on the right, a rule below.
public struct RunningHeaderStyle: Sendable, Hashable, Codable {
    /// Text size.
    public var fontSize: Length
    /// Distance from the rule up from the type area's top edge.
    public var above: Length
    /// Rule thickness; 0 for none.
    public var rule: Length

    private enum CodingKeys: String, CodingKey { case fontSize, above, rule }

    /// Creates a header style.
    public init(fontSize: Length = .pt(9), above: Length = .mm(6), rule: Length = .pt(0.5)) {
        self.fontSize = fontSize; self.above = above; self.rule = rule
    }

    /// Decodes the style; absent fields take the defaults of `init`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fontSize = try c.decodeIfPresent(Length.self, forKey: .fontSize) ?? .pt(9)
        above = try c.decodeIfPresent(Length.self, forKey: .above) ?? .mm(6)
        rule = try c.decodeIfPresent(Length.self, forKey: .rule) ?? .pt(0.5)
    }
}

/// A colour written "#RRGGBB" in a theme, as red, green and blue in 0…1.
public struct HexColor: Sendable, Hashable {
    /// Red, green, blue, 0…1.
    public var red: Double, green: Double, blue: Double

    /// Parses "#RRGGBB"; nil for anything else.
    public init?(_ text: String) {
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
        red = Double((value >> 16) & 0xFF) / 255
        green = Double((value >> 8) & 0xFF) / 255
        blue = Double(value & 0xFF) / 255
    }
}
