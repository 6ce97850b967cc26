extension TextEngine {
    /// The boundary between each pair of adjacent units: Han–Latin gap, pair compression,
    /// justifiability and break opportunity.
    func boundaries(_ units: [TextUnit], compressPairs: Bool) throws -> [Boundary] {
        var bounds = [Boundary](repeating: Boundary(), count: units.count + 1)
        let breaks = try BreakOpportunities.find(units)
        for i in 1..<max(units.count, 1) {
            guard let a = units[safe: i - 1], let b = units[safe: i] else { continue }
            var bound = Boundary()
            bound.allowBreak = breaks[safe: i] ?? false
            Self.addHanLatinGap(&bound, a, b)
            if compressPairs { bound.compression = Self.pairCompression(a, b) }
            Self.markJustifiable(&bound, a, b)
            bounds[i] = bound
        }
        return bounds
    }

    /// clreq §3.2 (R16): ¼ em between a Han character and an adjacent Latin letter or digit, shrinkable to
    /// ⅛ em and stretchable to ½ em; none next to CJK punctuation (only Han characters qualify).
    private static func addHanLatinGap(_ bound: inout Boundary, _ a: TextUnit, _ b: TextUnit) {
        let han = a.isHan && b.isLatin ? a : (a.isLatin && b.isHan ? b : nil)
        guard let han else { return }
        bound.glue = 0.25 * han.em
        bound.glueShrink = 0.125 * han.em
        bound.glueStretch = 0.25 * han.em
    }

    /// clreq §3.1.6 (R15): two adjacent full-width marks take 1.5 em. The half em comes from the first
    /// mark's right blank (、，。：；！？ and closing marks) if it has one, else from the second's left
    /// blank (opening marks) — Typst's `calculate_adjustability` order.
    private static func pairCompression(_ a: TextUnit, _ b: TextUnit) -> Double {
        guard a.isWidePunctuation && b.isWidePunctuation else { return 0 }
        if a.blankRight > 0 { return a.blankRight }
        return b.blankLeft
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
