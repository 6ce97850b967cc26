/// A role of text in a document, mapped by the theme to a font stack (GB/T 9704 §7.3).
public enum FontRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// The document title (小标宋).
    case title
    /// Body text (仿宋).
    case body
    /// Level-1 headings (黑体).
    case heading1
    /// Level-2 headings (楷体).
    case heading2
    /// Level-3 headings (仿宋, bold optional).
    case heading3
    /// Level-4 headings (仿宋).
    case heading4
    /// Page numbers (宋体).
    case pageNumber
    /// Chart and table text (黑体 / sans).
    case chart
    /// Latin letters and digits, when the theme names a Times-compatible face.
    case latin
}

/// A single line of shaped text, ready to place: runs positioned from x = 0 on the baseline y = 0.
public struct ShapedLine: Hashable, Sendable {
    /// Advance width of the line.
    public var width: Pt
    /// Height above the baseline (the em box's ascent, 0.88 em for CJK).
    public var ascent: Pt
    /// Depth below the baseline.
    public var descent: Pt
    /// Glyph runs with their offsets from the line origin.
    public var runs: [PositionedRun]
    /// Creates a shaped line.
    public init(width: Pt, ascent: Pt, descent: Pt, runs: [PositionedRun]) {
        self.width = width; self.ascent = ascent; self.descent = descent; self.runs = runs
    }
    /// The line as frame items with its baseline start at `origin`.
    public func items(at origin: Point) -> [FrameItem] {
        runs.map { .text($0.run, at: origin.offset(dx: $0.x)) }
    }
}

/// A glyph run and its horizontal offset from the start of its line.
public struct PositionedRun: Hashable, Sendable {
    /// The run.
    public var run: GlyphRun
    /// Offset of the run's origin from the line's origin.
    public var x: Pt
    /// Creates a positioned run.
    public init(run: GlyphRun, x: Pt) { self.run = run; self.x = x }
}

/// What charts and other consumers need from the text engine: one line of text in a role and size.
///
/// `FolioText` implements it with real fonts; tests may implement it with fixed advances,
/// so chart tests need no fonts.
public protocol TextShaping: Sendable {
    /// Shapes `text` as one unbroken line in the face chosen for `role`, at `size`.
    func shapeLine(_ text: String, role: FontRole, size: Pt, color: Color) throws -> ShapedLine
}
