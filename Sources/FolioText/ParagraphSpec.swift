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
    /// How punctuation is set; `punctuation.effective` is what the setter applies.
    public var punctuation: PunctuationOptions
    /// Creates a paragraph specification.
    public init(
        spans: [TextSpan], width: Pt, firstLineIndent: Pt = .zero, gridPitch: Pt? = nil,
        justify: Bool = true, punctuation: PunctuationOptions = PunctuationOptions()
    ) {
        self.spans = spans; self.width = width; self.firstLineIndent = firstLineIndent
        self.gridPitch = gridPitch; self.justify = justify; self.punctuation = punctuation
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
