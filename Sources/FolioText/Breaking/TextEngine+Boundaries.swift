import FolioDisplay

extension TextEngine {
    /// The boundary between each pair of adjacent units: Han–Latin gap, pair compression,
    /// squeezable blanks, justifiability and break opportunity. `gridPadPitch` is the grid cell width (points at
    /// the paragraph's size) when Latin runs are padded to whole cells (`PunctuationOptions.gridPreserving`).
    func boundaries(_ store: UnitStore, options: PunctuationOptions, gridPadPitch: Double?) throws -> [Boundary] {
        let units = store.units
        var bounds = [Boundary](repeating: Boundary(), count: units.count + 1)
        let breaks = try BreakOpportunities.find(store, numberUnits: numberUnits)
        let enumerator = Self.enumeratorEnd(units)
        units.withUnsafeBufferPointer { u in
            for i in 1..<max(u.count, 1) {
                var bound = Boundary()
                bound.allowBreak = breaks[safe: i] ?? false
                if gridPadPitch == nil { Self.addHanLatinGap(&bound, u[i - 1], u[i], em: options.latinGap) }
                if options.compressPairs && gridPadPitch == nil {
                    bound.compression = Self.pairCompression(u[i - 1], u[i])
                }
                if options.squeeze && bound.compression == 0 && i - 1 != enumerator { Self.addSqueeze(&bound, u, i) }
                if options.squeeze && gridPadPitch == nil {
                    bound.glueShrink = max(0, bound.glue - Self.minLatinGap * max(u[i - 1].em, u[i].em))
                }
                Self.markJustifiable(&bound, u[i - 1], u[i])
                if options.squeeze && gridPadPitch == nil { Self.addCondense(&bound, u[i - 1], u[i]) }
                bounds[i] = bound
            }
        }
        if let pitch = gridPadPitch { Self.padLatinRunsToCells(units, &bounds, pitch: pitch) }
        return bounds
    }

    /// clreq §3.2 (R16): the theme's gap (¼ em) between a Han character and an adjacent Latin letter, digit,
    /// % or ‰; none next to CJK punctuation (only Han characters qualify). It neither shrinks nor takes the
    /// slack of a justified line: that is spread evenly over all justifiable gaps (R17).
    private static func addHanLatinGap(_ bound: inout Boundary, _ a: TextUnit, _ b: TextUnit, em gap: Double) {
        // The Han side's em.
        let em = a.isHan && b.isLatin ? a.em : (a.isLatin && b.isHan ? b.em : nil)
        guard let em else { return }
        bound.glue = gap * em
    }

    /// clreq "Handling of Grid Alignment" (the Word/WPS document grid): a run of Latin letters and digits between
    /// full-width characters is widened to a whole number of cells, the padding split between its Han–Latin
    /// gaps (each ≤ ½ cell, at least ⅛ em; a run that would get less takes one more cell), so every full-width
    /// character after it stays on the 28-cell grid. The gaps are fixed: they neither shrink nor stretch.
    private static func padLatinRunsToCells(_ units: [TextUnit], _ bounds: inout [Boundary], pitch: Double) {
        var i = 0
        while i < units.count {
            guard !units[i].isWide && !units[i].isSpace else { i += 1; continue }
            var j = i
            var width = 0.0
            while j < units.count && !units[j].isWide && !units[j].isSpace { width += units[j].advance; j += 1 }
            let left = i > 0 && units[i - 1].isHan && units[i].isLatin
            // With no Han neighbour (“GDP”, （2）) the padding goes after the run, so what follows is on the grid.
            let right = j < units.count && ((units[j].isHan && units[j - 1].isLatin) || (!left && units[j].isWide))
            if left || right {
                let em = units[i].em
                var cells = (width / pitch - 1e-6).rounded(.up)
                let sides = Double((left ? 1 : 0) + (right ? 1 : 0))
                if (cells * pitch - width) / sides < 0.125 * em { cells += 1 }
                let pad = (cells * pitch - width) / sides
                if left { bounds[i].glue = pad }
                if right { bounds[j].glue = pad }
            }
            i = j
        }
    }

    /// clreq §3.1.6 (R15): two adjacent full-width marks take 1.5 em. The half em comes from the first
    /// mark's right blank (、，。：；！？ and closing marks) if it has one, else from the second's left
    /// blank (opening marks) — Typst's `calculate_adjustability` order.
    private static func pairCompression(_ a: TextUnit, _ b: TextUnit) -> Double {
        guard a.isWidePunctuation && b.isWidePunctuation, !a.keepsWidth, !b.keepsWidth else { return 0 }
        if a.blankRight > 0 { return a.blankRight }
        return b.blankLeft
    }

    /// The index of the closing bracket of a typed enumerator that opens the text ("（4）", "（二）"), or nil:
    /// like a heading number (GB/T 9704 §7.3.3), it keeps its width, so sibling items look alike.
    static func enumeratorEnd(_ units: [TextUnit]) -> Int? {
        guard units.count > 2, units[0].first == "（" else { return nil }
        let numerals = Set("〇一二三四五六七八九十".unicodeScalars)
        var i = 1
        while i < min(units.count, 5), CharClass.isDigit(units[i].first) || numerals.contains(units[i].first) {
            i += 1
        }
        return i > 1 && i < units.count && units[i].first == "）" ? i : nil
    }

    /// The narrowest a Han–Latin gap becomes on a line that must shrink to keep a figure with its unit and mark,
    /// em (clreq "Line Adjustment", reduction step 6: "Han–Western spacing (min 1/8 em)"; R16).
    static let minLatinGap = 0.125

    /// The most an isolated mark gives up in mid-line, em (a light squeeze, R15).
    static let maxSqueeze = 0.25

    /// clreq "Line Adjustment", reduction steps 3–5 (brackets, 、，；：) and 7 (。？！): the blank half of an
    /// isolated mark — one with no full-width mark beside it, so compressed pairs keep their 1.5 em —
    /// may be removed in mid-line only when no other break avoids it (the optimizer prices it high: clreq
    /// puts adjacent marks and line ends first, then loosening). A right blank sits at the boundary after the
    /// mark, a left blank (opening marks) at the boundary before it. Marks of heading numbers keep their em;
    /// no mark loses more than `maxSqueeze` (¼ em), except a clause mark ，、；： as the tight line's last resort
    /// (`Boundary.squeezeDeep`: the rest of its blank, down to ½ em, clreq step 5), and after it 。？！ likewise
    /// (`Boundary.squeezeStopDeep`, clreq step 7).
    private static func addSqueeze(_ bound: inout Boundary, _ units: UnsafeBufferPointer<TextUnit>, _ i: Int) {
        guard i >= 1, i < units.count else { return }
        let (a, b) = (units[i - 1], units[i])
        let isolatedA =
            a.blankRight > 0 && !a.keepsWidth && !b.isWidePunctuation
            && !(i >= 2 && units[i - 2].isWidePunctuation)
        let isolatedB =
            b.blankLeft > 0 && !b.keepsWidth && !a.isWidePunctuation
            && !(i + 1 < units.count && units[i + 1].isWidePunctuation)
        // A light squeeze: a mark keeps at least ¾ em, so it never reads as a Western half-width mark.
        if isolatedA {
            let blank = min(a.blankRight, maxSqueeze * a.em)
            if a.isStop {
                bound.squeezeLate += blank
                bound.squeezeStopDeep += a.blankRight - blank
            } else {
                bound.squeeze += blank
            }
            if a.isClauseMark { bound.squeezeDeep += a.blankRight - blank }
        }
        if isolatedB { bound.squeeze += min(b.blankLeft, maxSqueeze * b.em) }
    }

    /// The most a gap between full-width characters closes on a tight line as the very last resort, em: the
    /// mirror of the loose side's letter-spacing, far smaller (gongwen practice condenses characters: Word's
    /// 28-a-line grid is tracking −0.207 pt, −0.013 em, and GB/T 9704 §7.3.5.5 allows 调整字距; a Han glyph's
    /// ink is about 0.9 em, so at −0.04 em neighbours keep a clear gap).
    static let maxCondense = 0.04

    /// A justifiable gap between the ink of two full-width units — no mark's blank on either side (that is the
    /// squeeze's, and a typed enumerator's bracket keeps its), no glue or compression — may close by
    /// `maxCondense` (`Boundary.condense`): Han–Han, Han before a comma, an opening mark's ink side.
    private static func addCondense(_ bound: inout Boundary, _ a: TextUnit, _ b: TextUnit) {
        guard bound.justifiable, a.isWide, b.isWide, !a.isLong, !b.isLong, !a.keepsWidth, !b.keepsWidth,
            a.blankRight == 0, b.blankLeft == 0, bound.glue == 0, bound.compression == 0
        else { return }
        bound.condense = maxCondense * max(a.em, b.em)
    }

    /// clreq "Line Adjustment" (R17): extra space goes between full-width characters (and next to them),
    /// never inside digit runs or Latin words, never inside —— or ……; spaces between words stretch too.
    private static func markJustifiable(_ bound: inout Boundary, _ a: TextUnit, _ b: TextUnit) {
        if a.isLong && b.isLong && a.first == b.first { return }
        guard a.isWide || b.isWide || a.isSpace || b.isSpace else { return }
        bound.justifiable = true
        // Nominal stretchability for the optimizer's ratio: xeCJK's CJKglue is 0.08 \baselineskip
        // (≈ 0.145 em at the 28.95 pt gongwen pitch); 0.15 em keeps a one-cell push-down cheap (r ≈ 0.25).
        bound.gapStretch = 0.15 * max(a.em, b.em)
    }
}
