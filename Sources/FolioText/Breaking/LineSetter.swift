import FolioDisplay

/// Places the units of one line: pair compression, Han–Latin gaps, justification, then glyph runs.
struct LineSetter {
    /// The segment's units, text and glyphs.
    let store: UnitStore
    /// The engine's face table (`TextUnit.face` indexes it).
    let faces: [FontFace]
    let bounds: [Boundary]
    let trimLineEnd: Bool
    let color: Color
    /// clreq §3.1.7 (`PunctuationOptions.hangLineEnd`): a line too long for the light squeezes lets the pause or
    /// stop mark that ends it hang past the right edge before the last resort's squeezes — the break optimizer
    /// chooses such a line only where its alternative would be loose (`BreakOptimizer.hangPenalty`).
    var hangLineEnd = false

    /// A set line and its source text.
    struct SetLine {
        var line: ShapedLine
        var text: String
    }

    /// Sets units `range` into `width` starting at `indent`. With `justify` the last glyph's advance box ends
    /// exactly at `width` when the material allows (R5): the slack is spread evenly over every justifiable gap,
    /// Han–Latin gaps included (R17; they keep the theme's ¼ em plus that even share). A line that is too long
    /// shrinks in clreq's order: the blank of the mark that ends it, then isolated brackets and 、，；：, then
    /// the Han–Latin gaps (to ⅛ em), then isolated 。？！, then hangs its end mark past the edge (`hangLineEnd`: the
    /// mark's glyph then starts at `width`), then (the last resort) 、，；： to ½ em (`Shrink`).
    /// Without `justify` the line keeps natural spacing.
    /// `lineEnd` marks a line that a break
    /// ends (the line-end trim applies there); `trimLineStart` drops an opening mark's blank at the line start.
    func set(
        _ range: Range<Int>, width: Double, indent: Double, justify: Bool, lineEnd: Bool = false,
        trimLineStart: Bool = false
    ) -> SetLine {
        let units = store.units
        // Clamped to the units, so every index below is in range (reads by index: no unit copies).
        var end = min(max(range.upperBound, 0), units.count)
        let start = min(max(range.lowerBound, 0), end)
        while end > start, units[end - 1].isSpace { end -= 1 }
        let r = start..<end
        // The blank of the mark that ends the line (a paragraph's last line too, for compression).
        let markBlank = units[safe: end - 1].map { $0.keepsWidth ? 0 : $0.blankRight } ?? 0
        var trim = trimLineEnd && lineEnd ? markBlank : 0
        let lead = trimLineStart ? (units[safe: r.lowerBound].map { $0.keepsWidth ? 0 : $0.blankLeft } ?? 0) : 0
        let inner = r.isEmpty ? [] : Array(r.dropFirst())
        var natural = r.reduce(0.0) { $0 + units[$1].advance } - trim - lead
        for i in inner { natural += bounds[i].glue - bounds[i].compression }
        var d = width.isFinite ? width - indent - natural : 0
        var endCompressed = 0.0
        if d < 0 && BreakOptimizer.lineEndCompression && !trimLineEnd && markBlank > 0 {
            // clreq "Line Adjustment": the line-end mark gives up its blank before anything in mid-line.
            let taken = min(markBlank, -d)
            trim += taken
            d += taken
            endCompressed = taken
        }
        if d < 0, hangLineEnd, let mark = units[safe: end - 1], mark.mayHang, end - 1 > start,
            -d > inner.reduce(0.0, { $0 + Shrink.lightRoom(bounds[$1]) }) + 0.01
        {
            // clreq §3.1.7: the whole mark stands past the edge; the rest of the line is set to the measure.
            let hang = max(0, mark.advance - markBlank)
            trim += hang
            d += hang
        }
        let shrink = Shrink(d < 0 ? -d : 0, inner.map { bounds[$0] })
        let spread = d > 0 && justify ? Spread(d, inner.map { bounds[$0] }, em: units[safe: start]?.em ?? 0) : Spread()
        var origins: [Double] = []
        var x = indent - lead
        for i in r {
            if i > r.lowerBound {
                let b = bounds[i]
                x += b.glue - shrink.amount(b) - b.compression + spread.amount(b)
            }
            origins.append(x)
            x += units[i].advance
        }
        let used = r.isEmpty ? indent : x - trim
        let line = shapedLine(r, origins: origins, width: used, endCompressed: endCompressed)
        return SetLine(line: line, text: store.text(of: r))
    }

    /// Groups the placed units into glyph runs of one face and size, with clusters covering every byte
    /// and every glyph in order. `endCompressed` is the blank the line-end mark gave up: its advance box ends
    /// that much earlier, at the type area's edge (R5).
    private func shapedLine(_ r: Range<Int>, origins: [Double], width: Double, endCompressed: Double) -> ShapedLine {
        let units = store.units, all = store.glyphs
        var runs: [PositionedRun] = []
        var maxSize = 0.0
        var k = 0
        let list = Array(r)   // `r` is clamped to the units by `set`
        while k < list.count {
            let head = list[k]
            let runX = origins[safe: k] ?? 0
            var glyphs: [PlacedGlyph] = [], clusters: [TextCluster] = []
            var j = k
            while j < list.count, units[list[j]].face == units[head].face, units[list[j]].size == units[head].size {
                let dx = (origins[safe: j] ?? 0) - runX
                // Each glyph's advance reaches the next glyph; the unit's last glyph reaches the end of the
                // unit's advance box, so line extents can be measured from the display list.
                let unit = units[list[j]]
                let span = unit.glyphs.clamped(to: all.indices)
                for g in span {
                    let glyph = all[g]
                    let isLineEnd = list[j] == list.last
                    let end =
                        g + 1 < span.upperBound ? all[g + 1].x : Pt(unit.advance - (isLineEnd ? endCompressed : 0))
                    glyphs.append(PlacedGlyph(id: glyph.id, x: glyph.x + Pt(dx), y: glyph.y, advance: end - glyph.x))
                }
                clusters.append(TextCluster(byteCount: unit.bytes.count, glyphCount: span.count))
                j += 1
            }
            maxSize = max(maxSize, units[head].size)
            // The run's units are consecutive, so its text is one slice of the segment's UTF-8.
            let text = store.text(of: head..<list[j - 1] + 1)
            guard let face = faces[safe: units[head].face] else { k = j; continue }
            let run = GlyphRun(
                font: face, size: Pt(units[head].size), color: color, glyphs: glyphs,
                text: text, clusters: clusters)
            runs.append(PositionedRun(run: run, x: Pt(runX)))
            k = j
        }
        // The CJK em box: ideographic ascent 0.88 em, descent 0.12 em (docs/typography.md R4).
        return ShapedLine(width: Pt(width), ascent: Pt(0.88 * maxSize), descent: Pt(0.12 * maxSize), runs: runs)
    }
}

/// How much of an overlong line's excess each boundary gives up in mid-line, in clreq's reduction order
/// ("Line Adjustment", steps 3–7): isolated brackets and 、，；： (¼ em), then the Han–Latin gaps down to ⅛ em,
/// then 。？！ (¼ em); each tier is used in proportion to its boundaries' capacity before the next one starts.
/// Last, the last resort the breaker allows only where the line's alternative would be letter-spaced past the
/// bound: the clause marks ，、；： down to ½ em (`Boundary.squeezeDeep`), all alike, then every gap between
/// full-width characters condensed evenly by at most `TextEngine.maxCondense` (`Boundary.condense`), and last
/// the isolated 。？！ down to ½ em (`Boundary.squeezeStopDeep`, clreq step 7's second quarter).
struct Shrink {
    /// Fractions (0…1) of the six tiers used.
    private(set) var marks = 0.0, glue = 0.0, stops = 0.0, deep = 0.0, condense = 0.0, stopsDeep = 0.0

    /// Distributes `excess` points over the tiers of `bounds`.
    init(_ excess: Double, _ bounds: [Boundary]) {
        guard excess > 0 else { return }
        var rest = excess
        func take(_ cap: Double) -> Double {
            guard cap > 0, rest > 0 else { return 0 }
            let f = min(1, rest / cap)
            rest -= f * cap
            return f
        }
        marks = take(bounds.reduce(0) { $0 + $1.squeeze })
        glue = take(bounds.reduce(0) { $0 + $1.glueShrink })
        stops = take(bounds.reduce(0) { $0 + $1.squeezeLate })
        deep = take(bounds.reduce(0) { $0 + $1.squeezeDeep })
        condense = take(bounds.reduce(0) { $0 + $1.condense })
        stopsDeep = take(bounds.reduce(0) { $0 + $1.squeezeStopDeep })
    }

    /// What boundary `b` gives up before the last resort: the first three tiers in full.
    static func lightRoom(_ b: Boundary) -> Double {
        b.squeeze + b.glueShrink + b.squeezeLate
    }

    /// Points removed at boundary `b`.
    func amount(_ b: Boundary) -> Double {
        marks * b.squeeze + glue * b.glueShrink + stops * b.squeezeLate + deep * b.squeezeDeep
            + condense * b.condense + stopsDeep * b.squeezeStopDeep
    }
}

/// How a justified line's slack is shared (R16, R17), in the order of clreq "Line Adjustment" and JIS X 4051
/// §4.8 (JLreq "Procedures for Inter-Character Space Expansion": the Japanese–Western gap first, to ½ em):
/// 1. evenly over every justifiable gap while a Han–Latin gap takes at most `maxGapExtra` (¼ + 1/12 = ⅓ em);
/// 2. then the other gaps alone, up to `BreakOptimizer.maxLetterSpacing` (0.08 em);
/// 3. only a line that would be letter-spaced beyond that bound widens its Han–Latin gaps further, up to
///    `maxGapExtraLoose` (¼ + ¼ = ½ em, the JIS X 4051 和欧文間 maximum);
/// 4. what is left goes to the other gaps evenly (a letter-spaced line, which the breaker prices high).
/// So a figure in an ordinary line does not stand apart from its words, and a line before a figure that does
/// not fit takes its slack in its Han–Latin gaps before its characters spread.
struct Spread {
    /// The most a Han–Latin gap is widened on an ordinary line, em (to ⅓ em).
    static let maxGapExtra = 1.0 / 12
    /// The most a Han–Latin gap is widened on a line that would otherwise be letter-spaced beyond
    /// `BreakOptimizer.maxLetterSpacing`, em (to ½ em: JIS X 4051, clreq §3.2 "expandable to 1/3–1/2 em").
    static let maxGapExtraLoose = 0.25
    /// Points added at a Han–Latin gap and at every other justifiable gap.
    private(set) var atGlue = 0.0, atOther = 0.0

    /// No slack.
    init() {}

    /// Shares `slack` points over the justifiable gaps of `bounds`; `em` is the line's em.
    init(_ slack: Double, _ bounds: [Boundary], em: Double) {
        let glued = bounds.filter { $0.justifiable && $0.glue > 0 }.count
        let other = bounds.filter { $0.justifiable && $0.glue == 0 }.count
        (atGlue, atOther) = Self.shares(slack, glued: glued, other: other, em: em)
    }

    /// Points added at each of `glued` Han–Latin gaps and at each of `other` gaps for `slack` points (the
    /// tiers above); the break optimizer prices a line by the same shares.
    static func shares(_ slack: Double, glued: Int, other: Int, em: Double) -> (glue: Double, other: Double) {
        guard glued + other > 0, slack > 0 else { return (0, 0) }
        let even = slack / Double(glued + other)
        let cap = maxGapExtra * em
        guard even > cap, other > 0 else { return (even, even) }
        guard glued > 0 else { return (even, even) }
        let rest = (slack - cap * Double(glued)) / Double(other)
        let bound = BreakOptimizer.maxLetterSpacing * em
        guard rest > bound else { return (cap, rest) }
        // Tier 3: the Han–Latin gaps take what the other gaps cannot at 0.08 em, up to ½ em in all.
        let wide = (slack - bound * Double(other)) / Double(glued)
        let loose = maxGapExtraLoose * em
        guard wide > loose else { return (wide, bound) }
        return (loose, (slack - loose * Double(glued)) / Double(other))
    }

    /// Points added at boundary `b`.
    func amount(_ b: Boundary) -> Double {
        guard b.justifiable else { return 0 }
        return b.glue > 0 ? atGlue : atOther
    }
}
