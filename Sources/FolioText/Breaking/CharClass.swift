import FolioDisplay

/// Character classes for Chinese line layout (docs/typography.md R13–R16; clreq §3.1.6, §3.2).
enum CharClass {
    /// Which side of its em box a full-width mark keeps blank (GB style, clreq §3.1.6).
    enum Blank { case none, left, right }

    /// Han ideographs (CJK Unified, Extension A–, compatibility, 々 〇).
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x3FFFF, 0xF900...0xFAFF, 0x3005, 0x3007,
            0x2E80...0x2FDF, 0x31C0...0x31EF:
            return true
        default: return false
        }
    }

    /// East Asian wide or full-width characters: Han, CJK symbols and punctuation, kana, Hangul, full-width forms.
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        if isHan(s) { return true }
        switch s.value {
        case 0x3000...0x303F, 0x3040...0x30FF, 0xAC00...0xD7AF, 0xFE30...0xFE4F, 0xFF01...0xFF60, 0xFFE0...0xFFE6:
            return true
        default: return false
        }
    }

    /// Characters shared with Latin that CJK fonts set full width (quotes, dashes, ellipsis, interpunct):
    /// wide only when the face gives them about 1 em (Typst checks `x_advance == 1em` for the same reason).
    static func isAmbiguousWide(_ s: Unicode.Scalar) -> Bool {
        [0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026, 0x2E3A, 0x22EF, 0x00B7].contains(s.value)
    }

    /// The "long" marks that form unbreakable 2-em units when doubled: —— …… ⸺ ⋯⋯ (GB/T 15834 §5.1.4, §5.1.5).
    static func isLong(_ s: Unicode.Scalar) -> Bool {
        [0x2014, 0x2026, 0x2E3A, 0x22EF].contains(s.value)
    }

    /// Characters that get `fwid` so their glyph fills 1 em (Noto CJK's U+2014 is 0.89 em without it).
    static func wantsFullWidthFeature(_ s: Unicode.Scalar) -> Bool {
        isLong(s) || s.value == 0x00B7
    }

    /// Latin letters (incl. Greek, Cyrillic), ASCII and full-width digits, % and ‰: the Western side of the
    /// Han–Latin gap (clreq §3.2; Typst's `add_cjk_latin_spacing` also counts # $ % &). ‰ and ‱ close a
    /// number as % does, so "3‰以内" is spaced as "51%以上" (docs/typography.md R16).
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x370...0x3FF, 0x400...0x4FF, 0x25, 0x23, 0x24, 0x26,
            0x2030, 0x2031:
            return true
        default: return false
        }
    }

    /// Dashes and tildes that join the two ends of a range ("2021—2025年", "1—10月", "3～5倍"): no break
    /// after one that follows a digit and precedes one (GB/T 15834 §4.13 连接号; GB/T 9704-1999 §8.2.3).
    static func isRangeConnector(_ s: Unicode.Scalar) -> Bool {
        [0x2014, 0x2013, 0x2012, 0x002D, 0xFF5E, 0x007E, 0x301C, 0xFF0D].contains(s.value)
    }

    /// Digits (ASCII and full width).
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value)
    }

    /// Percent and per-mille signs that close a number (UAX #14 PO).
    static func isNumberSuffix(_ s: Unicode.Scalar) -> Bool {
        [0x25, 0xFF05, 0x2030, 0x2031, 0x2103].contains(s.value)
    }

    /// Characters that must not start a line (`LineBreakMarks.notAtLineStart`, as a bitmap).
    static let notAtLineStart = ScalarSet(members: LineBreakMarks.notAtLineStart)

    /// Characters that must not end a line (`LineBreakMarks.notAtLineEnd`, as a bitmap).
    static let notAtLineEnd = ScalarSet(members: LineBreakMarks.notAtLineEnd)

    /// Opening marks: blank on the left in GB style.
    static let opening: ScalarSet = [
        0x201C, 0x2018, 0xFF08, 0x300A, 0x3008, 0x300C, 0x300E, 0x3010, 0x3016, 0x3014, 0xFF3B, 0xFF5B, 0x3018, 0xFF5F,
    ]

    /// Pause/stop marks and closing marks: blank on the right in GB style (、，。．：；！？ and ”’）》…).
    static let rightBlank: ScalarSet = [
        0x3001, 0xFF0C, 0xFF0E, 0x3002, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F,
        0x201D, 0x2019, 0xFF09, 0x300B, 0x3009, 0x300D, 0x300F, 0x3011, 0x3017, 0x3015, 0xFF3D, 0xFF5D, 0x3019, 0xFF60,
    ]

    /// Where a full-width mark's blank half is, GB style (clreq §3.1.6).
    static func blank(_ s: Unicode.Scalar) -> Blank {
        if opening.contains(s.value) { return .left }
        if rightBlank.contains(s.value) { return .right }
        return .none
    }

    /// Variation selectors and joiners: they never decide a face.
    static func isIgnorableForCoverage(_ s: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(s.value) || (0xE0100...0xE01EF).contains(s.value)
            || s.value == 0x200D || s.value == 0x200C
    }
}
