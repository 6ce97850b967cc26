import FolioDisplay

/// The smallest piece the engine places: one HarfBuzz cluster (usually one character) in one face,
/// with its glyphs, its advance in points and its layout traits.
struct TextUnit {
    /// Source text of the unit.
    var text: String
    /// Its length in UTF-16 code units (ICU's offsets).
    var utf16Count: Int
    /// The face that draws it.
    var face: FontFace
    /// Font size in points.
    var size: Double
    /// Glyphs relative to the unit's origin, in points.
    var glyphs: [PlacedGlyph]
    /// Advance in points (on the grid for full-width characters).
    var advance: Double
    /// First and last scalar of the text.
    var first: Unicode.Scalar
    var last: Unicode.Scalar
    /// Occupies a full-width cell (Han, full-width punctuation, full-width quotes in a CJK face).
    var isWide = false
    /// Compressible blank on the left and right of a full-width mark, points (clreq §3.1.6).
    var blankLeft = 0.0
    var blankRight = 0.0

    /// Creates a unit; whether it is a space is decided once here.
    init(text: String, utf16Count: Int, face: FontFace, size: Double, glyphs: [PlacedGlyph], advance: Double,
         first: Unicode.Scalar, last: Unicode.Scalar) {
        self.text = text; self.utf16Count = utf16Count; self.face = face; self.size = size
        self.glyphs = glyphs; self.advance = advance; self.first = first; self.last = last
        isSpace = text.utf8.allSatisfy { $0 == 0x20 }
    }

    /// A Han ideograph (one side of the Han–Latin gap).
    var isHan: Bool { CharClass.isHan(first) }
    /// A Latin letter or digit (the other side).
    var isLatin: Bool { CharClass.isLatin(first) && CharClass.isLatin(last) }
    /// An ASCII space (dropped at line ends); stored, because the break optimizer and line setter ask often.
    var isSpace: Bool
    /// One half of —— or …… .
    var isLong: Bool { CharClass.isLong(first) }
    /// Full-width punctuation (not Han): what pair compression and the last-line rule look at.
    var isWidePunctuation: Bool { isWide && !isHan && CharClass.blank(first) != .none }
    /// Punctuation or a space: not a "character" for the single-character last-line rule (R18).
    var isPunctuationLike: Bool {
        isSpace || isWidePunctuation || isLong || CharClass.notAtLineStart.contains(first.value)
    }
    /// A sentence-end mark 。？！． : reduced last (clreq reduction step 7).
    var isStop: Bool { [0x3002, 0xFF1F, 0xFF01, 0xFF0E].contains(first.value) }
    /// Ends a number ("2687.8", "30.2%"): no break may follow it.
    var endsNumber: Bool { CharClass.isDigit(last) || CharClass.isNumberSuffix(last) }
    /// The em of this unit.
    var em: Double { size }
}

/// What lies between unit i−1 and unit i.
struct Boundary {
    /// Han–Latin gap (clreq §3.2), points; removed when the line breaks here.
    var glue = 0.0
    /// How far the gap may shrink (to ⅛ em) and stretch (to ½ em), points.
    var glueShrink = 0.0
    var glueStretch = 0.0
    /// Blank removed by pair compression (clreq §3.1.6), points; not applied when the line breaks here.
    var compression = 0.0
    /// Inter-character space may be added here when justifying.
    var justifiable = false
    /// Blank of an isolated mark that may be removed when the line must shrink, points: interpuncts,
    /// brackets, 、，；： (clreq reduction steps 3–5), used before the Han–Latin gaps shrink.
    var squeeze = 0.0
    /// Blank of an isolated 。？！ that may be removed last (clreq reduction step 7), points.
    var squeezeLate = 0.0
    /// Nominal stretchability of the gap for the break optimizer, points.
    var gapStretch = 0.0
    /// A line may break here.
    var allowBreak = false
}
