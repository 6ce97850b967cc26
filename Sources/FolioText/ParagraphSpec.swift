import FolioDisplay

/// What a paragraph is to be set into.
public struct ParagraphSpec: Sendable {
    /// The text, in styled pieces.
    public var spans: [TextSpan]
    /// Line length (type width, 442.205 pt in gongwen).
    public var width: Pt
    /// Indent of the paragraph's first line (GB/T 9704 §7.3.3: 2 characters = 2 × grid pitch).
    public var firstLineIndent: Pt
    /// Character pitch for full-width characters (GB/T 9704 §5.2.3: 15.793 pt); nil = natural advance.
    public var gridPitch: Pt?
    /// Justify every line but the last.
    public var justify: Bool
    /// clreq §3.1.6: adjacent full-width punctuation pairs take 1.5 em.
    public var compressPairs: Bool
    /// GB/T 15834 §5.1.10: a full-width mark at line end is trimmed to half width.
    public var trimLineEnd: Bool
    /// clreq §3.1.6 option: an opening bracket or quote at a line start loses its blank half.
    public var trimLineStart: Bool
    /// clreq "Line Adjustment" reduction steps 3–5 and 7: isolated marks may give up their blank half
    /// to pull a character back rather than spread the line.
    public var squeeze: Bool
    /// Word/WPS document grid (clreq "Handling of Grid Alignment"): Latin and digit runs are padded to whole
    /// cells so full-width characters stay on the grid; no squeeze, no trims.
    public var gridPreserving: Bool
    /// Creates a paragraph specification.
    public init(spans: [TextSpan], width: Pt, firstLineIndent: Pt = .zero, gridPitch: Pt? = nil,
                justify: Bool = true, compressPairs: Bool = true, trimLineEnd: Bool = false,
                trimLineStart: Bool = false, squeeze: Bool = false, gridPreserving: Bool = false) {
        self.spans = spans; self.width = width; self.firstLineIndent = firstLineIndent
        self.gridPitch = gridPitch; self.justify = justify
        self.compressPairs = compressPairs
        self.trimLineEnd = trimLineEnd && !gridPreserving
        self.trimLineStart = trimLineStart && !gridPreserving
        self.squeeze = squeeze && !gridPreserving
        self.gridPreserving = gridPreserving
    }
}

/// A paragraph broken into lines.
public struct ParagraphLayout: Sendable {
    /// Each line's runs positioned from x = 0 (the first line already includes the indent).
    public var lines: [ShapedLine]
    /// Source text of each line.
    public var lineTexts: [String]
    /// `lineTexts` joined by newlines: stable, for golden tests.
    public var breakDump: String
    /// Creates a layout.
    public init(lines: [ShapedLine], lineTexts: [String]) {
        self.lines = lines; self.lineTexts = lineTexts
        breakDump = lineTexts.joined(separator: "\n")
    }
}
