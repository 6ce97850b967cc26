import FolioDisplay

/// The smallest piece the engine places: one HarfBuzz cluster (usually one character) in one face,
/// with its glyphs, its advance in points and its layout traits.
///
/// A plain value (no String, Array or class member): its text and glyphs are ranges into the segment's
/// `UnitStore`, its face an index into the engine's face table. Copying a unit is a memcpy — at 100× the
/// retain/release of per-unit strings, glyph arrays and `FontFace` paths was a fifth of the layout time.
struct TextUnit {
    /// UTF-8 byte range of the unit's source text in `UnitStore.text`.
    var bytes: Range<Int>
    /// Its length in UTF-16 code units (ICU's offsets).
    var utf16Count: Int
    /// Number of characters (grapheme clusters): a unit may hold several (Noto CJK ligates "——").
    var cells: Int
    /// The face that draws it: an index into `TextEngine.faceTable`.
    var face: Int
    /// Font size in points.
    var size: Double
    /// Range of its glyphs (relative to the unit's origin, in points) in `UnitStore.glyphs`.
    var glyphs: Range<Int>
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
    /// An ASCII space (dropped at line ends); stored, because the break optimizer and line setter ask often.
    var isSpace: Bool
    /// A mark of a span whose marks keep their em (`TextSpan.keepsMarkWidths`): no blank of it is removed.
    var keepsWidth = false

    /// A Han ideograph (one side of the Han–Latin gap).
    var isHan: Bool { CharClass.isHan(first) }
    /// A Latin letter or digit (the other side).
    var isLatin: Bool { CharClass.isLatin(first) && CharClass.isLatin(last) }
    /// One half of —— or …… .
    var isLong: Bool { CharClass.isLong(first) }
    /// Full-width punctuation (not Han): what pair compression and the last-line rule look at.
    var isWidePunctuation: Bool { isWide && !isHan && CharClass.blank(first) != .none }
    /// Punctuation or a space: not a "character" for the single-character last-line rule (R18).
    var isPunctuationLike: Bool {
        isSpace || isWidePunctuation || isLong || CharClass.notAtLineStart.contains(first.value)
    }
    /// A clause mark ，、；： : the marks clreq reduces to ½ em in step 5, the tight line's last resort.
    var isClauseMark: Bool {
        switch first.value {
        case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A: return true
        default: return false
        }
    }
    /// A sentence-end mark 。？！． : reduced last (clreq reduction step 7).
    var isStop: Bool {
        switch first.value {
        case 0x3002, 0xFF1F, 0xFF01, 0xFF0E: return true
        default: return false
        }
    }
    /// A full-width pause or stop mark that may hang past the right edge at a line end (clreq §3.1.7: in
    /// Simplified Chinese all of 、，。；：？！); never a heading number's or enumerator's mark.
    var mayHang: Bool { isWide && !keepsWidth && (isClauseMark || isStop) }
    /// Ends a number ("2687.8", "30.2%"): no break may follow it.
    var endsNumber: Bool { CharClass.isDigit(last) || CharClass.isNumberSuffix(last) }
    /// The em of this unit.
    var em: Double { size }
}

/// The units of one segment and what they point into: the segment's UTF-8 text (the units' byte ranges tile
/// it in order) and the glyphs of all units.
struct UnitStore {
    /// The units in reading order.
    var units: [TextUnit] = []
    /// UTF-8 of the segment's text.
    var text: [UInt8] = []
    /// Glyphs of all units, each unit's relative to its own origin.
    var glyphs: [PlacedGlyph] = []

    /// Reserves room for about `characters` characters.
    mutating func reserve(_ characters: Int) {
        units.reserveCapacity(characters)
        text.reserveCapacity(characters * 3)
        glyphs.reserveCapacity(characters)
    }

    /// The source text of units `range` (empty when the range is empty).
    func text(of range: Range<Int>) -> String {
        guard let a = units[safe: range.lowerBound], let b = units[safe: range.upperBound - 1],
            a.bytes.lowerBound <= b.bytes.upperBound, b.bytes.upperBound <= text.count
        else { return "" }
        return String(decoding: text[a.bytes.lowerBound..<b.bytes.upperBound], as: UTF8.self)
    }
}

/// What lies between unit i−1 and unit i.
struct Boundary {
    /// Han–Latin gap (clreq §3.2), points; removed when the line breaks here. Fixed: justification adds to
    /// it only the line's even letter-spacing, as to every other justifiable gap (R16, R17).
    var glue = 0.0
    /// Blank removed by pair compression (clreq §3.1.6), points; not applied when the line breaks here.
    var compression = 0.0
    /// Inter-character space may be added here when justifying.
    var justifiable = false
    /// Blank of an isolated mark that may be removed when the line must shrink, points: interpuncts,
    /// brackets, 、，；： (clreq reduction steps 3–5), used before the Han–Latin gaps shrink.
    var squeeze = 0.0
    /// Part of the Han–Latin gap that may be removed when the line must shrink, after the marks' blanks and
    /// before 。？！ (clreq reduction step 6: the gap down to ⅛ em), points; priced as a squeeze (R16).
    var glueShrink = 0.0
    /// Blank of an isolated 。？！ that may be removed last (clreq reduction step 7), points.
    var squeezeLate = 0.0
    /// The second quarter em of an isolated clause mark's blank (，、；：, clreq reduction step 5: down to ½ em),
    /// points: the tight line's last resort, removed after every other tier and only where the line's
    /// alternative (ending before its last unbreakable run) would be letter-spaced past the bound (R15, R17).
    var squeezeDeep = 0.0
    /// How far the gap may close below its natural width, points: a gap between full-width characters with no
    /// blank of its own to give (Han–Han, Han before a mark), condensed evenly by at most
    /// `TextEngine.maxCondense` as the step after `squeezeDeep` in the same last resort (R17).
    var condense = 0.0
    /// The second quarter em of an isolated 。？！'s blank (clreq reduction step 7, down to ½ em), points: the last
    /// resort's final tier, after the condensed gaps — a full stop at half width is the last thing clreq gives up.
    var squeezeStopDeep = 0.0
    /// Nominal stretchability of the gap for the break optimizer, points.
    var gapStretch = 0.0
    /// A line may break here.
    var allowBreak = false
}
