/// How full-width punctuation is set (clreq §3.1.6, "Line Adjustment" and "Handling of Grid Alignment";
/// GB/T 15834 §5.1.10): the one options type the theme writes and the paragraph setter reads. Its defaults,
/// stated once in `init`, are those of both bundled themes.
public struct PunctuationOptions: Sendable, Hashable {
    /// Compress two adjacent full-width marks to 1.5 em (clreq §3.1.6).
    public var compressPairs: Bool
    /// Trim a full-width mark at line end to half width (GB/T 15834 §5.1.10).
    public var trimLineEnd: Bool
    /// Trim the blank half of an opening bracket or quote at the left edge of the type area (clreq §3.1.6: "half
    /// a character space can be trimmed before the bracket"); one at a paragraph's first-line indent keeps it
    /// (JLreq §3.1.5 a). On by default: without it such a line shows a half-em notch at the edge.
    public var trimLineStart: Bool
    /// Reduce isolated marks (、，；： brackets, then 。？！) by up to a quarter em to pull a character back
    /// instead of spreading a line, and, as a tight line's last resort, 、，；： to half an em and the gaps between
    /// full-width characters by 0.04 em (clreq "Line Adjustment", reduction steps 3–7).
    public var squeeze: Bool
    /// Word/WPS document-grid layout (文档网格): every full-width character keeps exactly one cell, a Latin or
    /// digit run is padded to a whole number of cells (clreq "Handling of Grid Alignment"), and no mark is
    /// squeezed, trimmed or pair-compressed.
    public var gridPreserving: Bool
    /// The gap between a Han character and a Latin letter, digit, % or ‰, in em of the Han side (clreq §3.2:
    /// ¼ em). Fixed: justification adds to it only the line's even letter-spacing.
    public var latinGap: Double
    /// Let the pause or stop mark (、，。；：？！) that ends a line hang past the type area's right edge, only where
    /// nothing else keeps the line within its bounds: the line before the figure would be letter-spaced past the
    /// bound and the light squeezes do not take the figure in. It comes before the last resort's half-width
    /// clause marks (clreq §3.1.7 "Hanging punctuation", used to avoid a line-start violation; Word's
    /// 允许标点溢出边界, on in its Chinese paragraphs).
    public var hangLineEnd: Bool

    /// Creates punctuation options.
    public init(
        compressPairs: Bool = true, trimLineEnd: Bool = false, trimLineStart: Bool = true,
        squeeze: Bool = true, gridPreserving: Bool = false, latinGap: Double = 0.25, hangLineEnd: Bool = true
    ) {
        self.compressPairs = compressPairs; self.trimLineEnd = trimLineEnd; self.trimLineStart = trimLineStart
        self.squeeze = squeeze; self.gridPreserving = gridPreserving; self.latinGap = latinGap
        self.hangLineEnd = hangLineEnd
    }

    /// The options as set: on the document grid no mark is trimmed or squeezed (pair compression and the
    /// Han–Latin gap are dropped where the grid is known, by the setter).
    public var effective: PunctuationOptions {
        guard gridPreserving else { return self }
        return PunctuationOptions(
            compressPairs: compressPairs, trimLineEnd: false, trimLineStart: false,
            squeeze: false, gridPreserving: true, latinGap: latinGap, hangLineEnd: hangLineEnd)
    }
}
