/// Total-fit line breaking (Knuth–Plass style, as Typst's `linebreak_optimized`) over the allowed
/// opportunities. O(n·k): each line end looks back only until the line becomes overfull, and prices in full only
/// the starts whose cost bound can still beat the best line found.
struct BreakOptimizer {
    let units: [TextUnit]
    let bounds: [Boundary]
    /// Line length, points.
    let width: Double
    /// Indent of the first line, points.
    let firstIndent: Double
    let trimLineEnd: Bool
    /// clreq §3.1.6 option (R15): an opening mark at the left edge of the type area loses its blank half; one
    /// at the paragraph's first-line indent keeps it (JLreq §3.1.5, method a), as a heading number's do.
    var trimLineStart = false
    /// clreq §3.1.7 option (`PunctuationOptions.hangLineEnd`): a line that the light squeezes do not fit may let
    /// the pause or stop mark that ends it hang past the right edge before the last resort (`hangPenalty`).
    var hangLineEnd = false
    private let advances: [Double], glue: [Double], stretch: [Double], compression: [Double]
    /// Prefix sums of the room a line too long has in mid-line: the light squeeze (`Boundary.squeeze`,
    /// `glueShrink`, `squeezeLate`) and the last resort's (`squeezeDeep`, `condense`). One array of pairs, not
    /// two: the loop copies the optimizer's arrays, and a debug build retains each one.
    private let squeezable: [Room]
    /// Room to shrink, points: light, then the last resort's.
    private struct Room {
        var light = 0.0, lastResort = 0.0
    }
    /// Prefix count of justifiable boundaries: the gaps a justified line's slack is spread over evenly.
    private let gaps: [Int]
    /// Prefix count of the justifiable Han–Latin gaps, which take at most `Spread.maxGapExtra` of the slack.
    private let glueGaps: [Int]
    /// Per-unit facts the cost function reads, copied out of `units` once into dense arrays for the O(n·k) loop.
    private let unitAdvance: [Double], blankLeft: [Double], blankRight: [Double], isSpace: [Bool], em: [Double]
    /// Prefix count of units that are characters (not punctuation or spaces), for the R18 last-line rule.
    private let characters: [Int]
    /// Per unit, what of it may hang past the right edge when it ends a line (`TextUnit.mayHang`): its advance
    /// less the blank the line-end compression already gives up, so the whole mark stands outside the measure.
    private let hangWidth: [Double]

    /// Cost of an overfull line: forbidden whenever any alternative exists.
    static let overfullCost = 1e12
    /// R18 (clreq §2.8, xeCJK CheckSingle): a last line of one character (plus punctuation).
    static let shortLastLinePenalty = 1e7
    /// R17 (clreq "Line Adjustment"): the most letter-spacing a justified line may take between characters,
    /// in em. A line that would need more costs `looseLinePenalty`: the breaker chooses another break first.
    static let maxLetterSpacing = 0.08
    static let looseLinePenalty = 1e8
    /// clreq "Line Adjustment": a single clause mark in mid-line keeps its full width unless no other break
    /// avoids squeezing it; adjacent marks and line-end marks are compressed first, then the line loosens.
    static let midLineSqueezePenalty = 1e6
    /// The tight line's last resort (clreq "Line Adjustment"; issue 16: a mid-line clause mark keeps its width
    /// "unless no other solution exists"): isolated clause marks ，、；： past ¼ em (to ½ em), then the gaps
    /// closed (`Boundary.condense`), on a line whose alternative — ending before its last unbreakable run —
    /// would be letter-spaced past `maxLetterSpacing` (`lastResortAllowed`). Above any solution within the
    /// bounds (light squeezes, the short-last-line penalty), below the loose line it replaces.
    static let lastResortPenalty = 3e7
    /// A line-end mark hanging past the right edge (clreq §3.1.7, `hangLineEnd`): only on a line the light
    /// squeezes do not fit and whose alternative would be letter-spaced past the bound (`lastResortAllowed`).
    /// Above every solution within the bounds, below the last resort: a mid-line clause mark keeps its width
    /// "unless no other solution exists" (issue 16), and a hanging mark is one (Word's default for Chinese).
    static let hangPenalty = 2e7
    /// Whether a line-end mark may give up its blank to fit (clreq "Line Adjustment": before any mid-line
    /// mark is squeezed); its advance box then ends at the type area's edge (`LineSetter`).
    static let lineEndCompression = true
    private var allowLineEndCompression: Bool { Self.lineEndCompression }
    /// Safety bound on the look-back (a line cannot hold more than ~2 × width / min advance units).
    static let maxLookBack = 4000

    init(units: [TextUnit], bounds: [Boundary], width: Double, firstIndent: Double, trimLineEnd: Bool) {
        self.units = units; self.bounds = bounds; self.width = width
        self.firstIndent = firstIndent; self.trimLineEnd = trimLineEnd
        // Boundary prefixes: p[k] = Σ over boundaries 1…k (boundary i sits before unit i).
        let b = Prefixes(bounds.dropFirst())
        (glue, squeezable, stretch, compression, gaps, glueGaps) =
            (b.glue, b.room, b.stretch, b.compression, b.gaps, b.glueGaps)
        let u = UnitFacts(units)
        (advances, unitAdvance, blankLeft, blankRight, isSpace, em, characters, hangWidth) =
            (u.advances, u.unitAdvance, u.blankLeft, u.blankRight, u.isSpace, u.em, u.characters, u.hangWidth)
    }

    /// The boundaries' prefix sums and counts, built in one pass rather than an array and a sum per kind (each starts
    /// with 0, and adds in boundary order).
    private struct Prefixes {
        var glue = [0.0], room = [Room()], stretch = [0.0], compression = [0.0], gaps = [0], glueGaps = [0]

        init(_ bounds: ArraySlice<Boundary>) {
            let n = bounds.count + 1
            glue.reserveCapacity(n); stretch.reserveCapacity(n); compression.reserveCapacity(n)
            room.reserveCapacity(n); gaps.reserveCapacity(n); glueGaps.reserveCapacity(n)
            var sums = (glue: 0.0, stretch: 0.0, compression: 0.0, gaps: 0, glueGaps: 0)
            var last = Room()
            for b in bounds {
                sums.glue += b.glue
                sums.stretch += b.justifiable ? b.gapStretch : 0
                sums.compression += b.compression
                sums.gaps += b.justifiable ? 1 : 0
                sums.glueGaps += b.justifiable && b.glue > 0 ? 1 : 0
                // Mid-line blanks of isolated marks (clreq reduction steps 3–7) and the Han–Latin gaps down to ⅛ em
                // (step 6), priced alike; then the last resort's clause marks to ½ em, condensed gaps and 。？！ to ½ em.
                last = Room(
                    light: last.light + b.squeeze + b.glueShrink + b.squeezeLate,
                    lastResort: last.lastResort + b.squeezeDeep + b.condense + b.squeezeStopDeep)
                glue.append(sums.glue); stretch.append(sums.stretch); compression.append(sums.compression)
                gaps.append(sums.gaps); glueGaps.append(sums.glueGaps); room.append(last)
            }
        }
    }

    /// Per-unit facts copied into dense arrays, and the prefix sums over units (`advances`, `characters`), in one pass.
    private struct UnitFacts {
        var advances = [0.0], unitAdvance: [Double] = [], blankLeft: [Double] = [], blankRight: [Double] = []
        var isSpace: [Bool] = [], em: [Double] = [], characters = [0], hangWidth: [Double] = []

        init(_ units: [TextUnit]) {
            let n = units.count
            advances.reserveCapacity(n + 1); characters.reserveCapacity(n + 1)
            unitAdvance.reserveCapacity(n); blankLeft.reserveCapacity(n); blankRight.reserveCapacity(n)
            isSpace.reserveCapacity(n); em.reserveCapacity(n); hangWidth.reserveCapacity(n)
            var sum = 0.0, count = 0
            for unit in units {
                sum += unit.advance
                count += unit.isPunctuationLike ? 0 : 1
                advances.append(sum); characters.append(count)
                unitAdvance.append(unit.advance)
                blankLeft.append(unit.keepsWidth ? 0 : unit.blankLeft)
                blankRight.append(unit.keepsWidth ? 0 : unit.blankRight)
                isSpace.append(unit.isSpace)
                em.append(unit.em)
                hangWidth.append(unit.mayHang ? max(0, unit.advance - unit.blankRight) : 0)
            }
        }
    }

    /// The chosen lines as unit ranges (an empty segment gives one empty line).
    ///
    /// For each line end, the starts worth trying form a window: from the nearest start back to the first one
    /// whose line is overfull even with every shrink the rules allow (earlier starts only make the line longer,
    /// so the overfull starts are all the farthest ones). That boundary is found by walking from the previous
    /// end's boundary (`windowStart`), not by scanning every start from the nearest. The window's starts are
    /// tried from the farthest (the fullest lines, usually the best) to the nearest; a start is skipped when a
    /// lower bound of its line's cost (`costBound`) already makes it worse than the best found, and once a loose
    /// line's bound alone is worse, so is every nearer start's (a nearer start leaves more slack over fewer gaps),
    /// so the walk stops there. Ties go to the nearest start, as when the window was scanned nearest first, so the
    /// chosen breaks are the same (`BreakWindowTests` compares them with that scan).
    func lineRanges() -> [Range<Int>] {
        let n = units.count
        guard n > 0 else { return [0..<0] }
        let candidates = breakCandidates
        var best = [Double](repeating: .infinity, count: n + 1)
        var previous = [Int](repeating: 0, count: n + 1)
        best[0] = 0
        var guess = 0
        for ei in 1..<candidates.count {
            let e = candidates[ei]
            let alternative = candidates[ei - 1]
            let first = windowStart(end: ei, guess: guess, candidates: candidates, alternative: alternative)
            guess = first
            for si in first..<ei {
                let s = candidates[si]
                let slack = available(from: s) - natural(s, e)
                let (bound, _) = costBound(s, e, slack: slack, alternative: alternative)
                if best[s] + bound > best[e] {
                    // A loose line's bound only grows towards the nearest start; the last line's is 0.
                    if slack > 0.01 && e != n && bound > best[e] { break }
                    continue
                }
                let total = best[s] + cost(s, e, slack: slack, alternative: alternative).0
                // `<=`: of equal totals the nearest start wins, as it did when it was tried first.
                if total <= best[e] && total.isFinite { best[e] = total; previous[e] = s }
            }
        }
        var ranges: [Range<Int>] = []
        var e = n
        while e > 0 {
            let s = previous[e]
            ranges.append(s..<e)
            e = s
        }
        return ranges.reversed().flatMap(emergencySplit)
    }

    /// The index (into `candidates`) of the farthest start of the window of the line end `candidates[ei]`: the
    /// nearest start whose line is overfull, or the farthest `maxLookBack` allows when none is. Walks from `guess`
    /// (the previous end's): nearer while the next start is overfull too, farther while this one is not.
    private func windowStart(end ei: Int, guess: Int, candidates: [Int], alternative: Int) -> Int {
        let e = candidates[ei]
        let lowest = max(0, ei - Self.maxLookBack)
        func overfull(_ si: Int) -> Bool {
            let s = candidates[si]
            return costBound(s, e, slack: available(from: s) - natural(s, e), alternative: alternative).1
        }
        var si = min(max(guess, lowest), ei - 1)
        if overfull(si) {
            while si + 1 < ei && overfull(si + 1) { si += 1 }
            return si
        }
        while si > lowest {
            si -= 1
            if overfull(si) { return si }
        }
        return si
    }

    /// The width a line starting at unit `s` may fill: the measure, less the first line's indent.
    private func available(from s: Int) -> Double { width - (s == 0 ? firstIndent : 0) }

    /// Where lines may start and end: the segment's start, every boundary that allows a break, and its end.
    var breakCandidates: [Int] {
        let n = units.count
        var candidates = [0]
        for i in 1..<max(1, min(n, bounds.count)) where bounds[i].allowBreak { candidates.append(i) }
        candidates.append(n)
        return candidates
    }

    /// A lower bound of `cost(s, e).0` that skips the letter-spacing and penalty arithmetic, and whether the line
    /// is overfull (exactly as `cost` decides it). A line too short that is not the last costs its badness
    /// alone unless it is loose, and then at least `looseLinePenalty` (the penalty's cube is of a ratio ≥ 1),
    /// so the smaller of the two bounds it; a line too long that needs the last resort costs at least its
    /// penalty, and is overfull where the last resort is not allowed; any other line is bounded by 0.
    /// `d` is the line's slack (`cost`'s: the available width less the natural width).
    private func costBound(_ s: Int, _ e: Int, slack d: Double, alternative: Int) -> (Double, Bool) {
        if d < -0.01 {
            let rest = -d - lineEndTrim(s, e)
            guard rest > 0.01 else { return (0, false) }
            let light = squeezeCap(s, e), cap = light + deepCap(s, e)
            guard rest > light + 0.01 else { return (0, false) }
            if hangs(s, e, rest: rest - cap, alternative: alternative) { return (Self.hangPenalty, false) }
            guard cap > 0 && rest <= cap + 0.01 else { return (0, true) }
            guard lastResortAllowed(s, alternative: alternative) else { return (0, true) }
            return (squeezePenalty(rest, light: light, em: em[s]), false)
        }
        guard e != units.count, d > 0.01 else { return (0, false) }
        let cap = e > s ? stretch[e - 1] - stretch[s] : 0
        let ratio = cap > 0 ? min(d / cap, 20) : 20
        let badness = 1 + 100 * pow3(abs(ratio))
        return (min(badness * badness, Self.looseLinePenalty), false)
    }

    /// A line that is overfull even fully shrunk (a Latin word or digit run longer than the line, no allowed
    /// break inside it) is cut at the last unit boundary that fits — an emergency break, as CSS
    /// `overflow-wrap: anywhere` — rather than left running into the margin; the engine reports it.
    func emergencySplit(_ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = range.lowerBound
        while s < range.upperBound {
            let available = width - (s == 0 ? firstIndent : 0)
            guard isOverfull(s, range.upperBound, available: available) else { break }
            var e = s + 1
            while e < range.upperBound && !isOverfull(s, e + 1, available: available) { e += 1 }
            out.append(s..<e)
            s = e
        }
        if s < range.upperBound { out.append(s..<range.upperBound) }
        return out
    }

    private func isOverfull(_ s: Int, _ e: Int, available: Double) -> Bool {
        natural(s, e) - lineEndTrim(s, e) - squeezeCap(s, e) - deepCap(s, e) - hang(s, e) > available + 0.01
    }

    /// Mid-line blanks of isolated marks inside units s..<e.
    private func squeezeCap(_ s: Int, _ e: Int) -> Double {
        e > s ? squeezable[e - 1].light - squeezable[s].light : 0
    }

    /// The last resort's room inside units s..<e.
    private func deepCap(_ s: Int, _ e: Int) -> Double {
        e > s ? squeezable[e - 1].lastResort - squeezable[s].lastResort : 0
    }

    /// Whether the line s..<e may take the last resort: its alternative s..<a, ending before the line's last
    /// unbreakable run (`a`, the break candidate before `e`), would be letter-spaced past `maxLetterSpacing`,
    /// or there is none (the run starts the line).
    func lastResortAllowed(_ s: Int, alternative a: Int) -> Bool {
        guard a > s else { return true }
        let slack = width - (s == 0 ? firstIndent : 0) - natural(s, a)
        guard slack > 0.01 else { return false }
        return letterSpacing(s, a, slack: slack) > Self.maxLetterSpacing * em[s] + 1e-6
    }

    /// What of the mark ending the line s..<e may hang past the right edge (0 when it may not hang).
    func hang(_ s: Int, _ e: Int) -> Double {
        guard hangLineEnd, e - 1 > s, e - 1 < hangWidth.count else { return 0 }
        return hangWidth[e - 1]
    }

    /// Whether the line s..<e, `beyond` points too long after every shrink including the last resort (negative:
    /// it would fit with the last resort), may hang its line-end mark instead: the mark covers the excess and
    /// the line's alternative is loose (`lastResortAllowed`).
    private func hangs(_ s: Int, _ e: Int, rest beyond: Double, alternative: Int) -> Bool {
        let h = hang(s, e)
        return h > 0 && beyond <= h + 0.01 && lastResortAllowed(s, alternative: alternative)
    }

    /// The price of a line whose end mark hangs: `hangPenalty`, plus what the rest of the line pays for the
    /// `over` points it is still too long (light squeezes, then the last resort) or for the slack it spreads
    /// when the hanging mark leaves room (`over` < 0: as a loose line, past the bound).
    private func hangingPenalty(_ s: Int, _ e: Int, over: Double, light: Double) -> Double {
        if over > 0.01 { return Self.hangPenalty + squeezePenalty(over, light: light, em: em[s]) }
        guard over < -0.01 else { return Self.hangPenalty }
        return Self.hangPenalty + loosePenalty(letterSpacing(s, e, slack: -over), em: em[s])
    }

    /// The price of shrinking a line by `rest` points in mid-line: within the light squeezes' `light` points,
    /// `midLineSqueezePenalty`; past them, the last resort's `lastResortPenalty`, growing with the excess.
    private func squeezePenalty(_ rest: Double, light: Double, em: Double) -> Double {
        guard rest > light + 0.01 else { return Self.midLineSqueezePenalty * (1 + rest / (em * 0.5)) }
        return Self.lastResortPenalty * (1 + (rest - light) / em)
    }

    /// The price of letter-spacing a line by `spread` points between characters: 0 within `maxLetterSpacing`,
    /// else `looseLinePenalty` times the cube of the spacing over the bound — two lines a little loose cost less
    /// than one very loose (a line at 0.57 em beside a long figure reads worse than two at 0.1 em).
    private func loosePenalty(_ spread: Double, em: Double) -> Double {
        guard spread > Self.maxLetterSpacing * em + 1e-6 else { return 0 }
        let x = min(spread, em) / (Self.maxLetterSpacing * em)
        return Self.looseLinePenalty * x * x * x
    }

    /// The break candidate before `e` (the start of the line's last unbreakable run), or 0.
    private func candidate(before e: Int) -> Int {
        var i = min(e, bounds.count) - 1
        while i > 0 && !bounds[i].allowBreak { i -= 1 }
        return max(i, 0)
    }

    /// The right blank of the mark that ends a line, the paragraph's last line included (clreq: marks at line
    /// ends are compressed before a line loosens), when the line-end trim does not already remove it.
    func lineEndTrim(_ s: Int, _ e: Int) -> Double {
        guard allowLineEndCompression, !trimLineEnd, e > s, e - 1 < blankRight.count else { return 0 }
        return blankRight[e - 1]
    }

    /// Natural width of units s..<e as a line: advances, Han–Latin gaps and pair compression inside the
    /// line, minus a trailing space and (with `trimLineEnd`, GB/T 15834 §5.1.10) a line-end mark's right half.
    func natural(_ s: Int, _ e: Int) -> Double {
        guard e > s else { return 0 }
        var w = advances[e] - advances[s] + (glue[e - 1] - glue[s]) - (compression[e - 1] - compression[s])
        if e - 1 < isSpace.count {
            if isSpace[e - 1] { w -= unitAdvance[e - 1] }
            if trimLineEnd && e < units.count { w -= blankRight[e - 1] }
        }
        if trimLineStart && s < blankLeft.count && (s > 0 || firstIndent == 0) { w -= blankLeft[s] }
        return w
    }

    /// Cost of the line s..<e and whether it is overfull: Typst's (1 + 100·|r|³)² on the adjustment ratio r,
    /// plus penalties. A line too long first gives up its line-end mark's blank (cheap), then mid-line blanks
    /// of isolated marks (`midLineSqueezePenalty`), then hangs its end mark (`hangPenalty`, where it may), then,
    /// as the last resort, its clause marks down to ½ em
    /// (`lastResortPenalty`, only where `lastResortAllowed`; else the line is overfull: an earlier start, whose
    /// alternative is longer, is not allowed either, so the look-back stops there); a line too
    /// short spreads its slack over its gaps, and more than `maxLetterSpacing` costs `looseLinePenalty`. The
    /// last line is not justified, so its slack is free.
    func cost(_ s: Int, _ e: Int) -> (Double, Bool) {
        cost(s, e, slack: width - (s == 0 ? firstIndent : 0) - natural(s, e), alternative: candidate(before: e))
    }

    /// `cost(s, e)` for a line whose slack `d` (available width less natural width) and alternative end (the
    /// break candidate before `e`) are known.
    private func cost(_ s: Int, _ e: Int, slack d: Double, alternative: Int) -> (Double, Bool) {
        let isLast = e == units.count
        var ratio = 0.0
        var penalty = 0.0
        if d < -0.01 {
            let end = lineEndTrim(s, e)
            let rest = -d - end
            if rest > 0.01 {
                let cap = squeezeCap(s, e)
                if rest <= cap + 0.01 {
                    penalty = squeezePenalty(rest, light: cap, em: em[s])
                } else if hangs(s, e, rest: rest - cap - deepCap(s, e), alternative: alternative) {
                    penalty = hangingPenalty(s, e, over: rest - hang(s, e), light: cap)
                } else {
                    let deep = deepCap(s, e)
                    guard deep > 0, rest <= cap + deep + 0.01 else { return (Self.overfullCost * (1 - d), true) }
                    guard lastResortAllowed(s, alternative: alternative) else {
                        return (Self.overfullCost * (1 - d), true)
                    }
                    penalty = squeezePenalty(rest, light: cap, em: em[s])
                }
            }
            ratio = end > 0 ? 0.5 * min(1, -d / end) : 0
        } else if !isLast && d > 0.01 {
            let cap = e > s ? stretch[e - 1] - stretch[s] : 0
            ratio = cap > 0 ? min(d / cap, 20) : 20
            penalty = loosePenalty(letterSpacing(s, e, slack: d), em: em[s])
            if penalty > 0 { ratio = min(ratio, 1) }
        }
        let badness = 1 + 100 * pow3(abs(ratio))
        var c = badness * badness + penalty
        if isLast && s > 0 && isShortLastLine(s, e) { c += Self.shortLastLinePenalty }
        return (c, false)
    }

    /// The letter-spacing `slack` points give the line s..<e between its characters, as `Spread` shares it
    /// (Han–Latin gaps take at most `Spread.maxGapExtra` em, and up to `Spread.maxGapExtraLoose` em before the
    /// other gaps pass `maxLetterSpacing`).
    private func letterSpacing(_ s: Int, _ e: Int, slack d: Double) -> Double {
        let count = e > s ? gaps[e - 1] - gaps[s] : 0
        guard count > 0 else { return .infinity }
        let glued = glueGaps[e - 1] - glueGaps[s]
        guard count > glued else { return d / Double(count) }
        return Spread.shares(d, glued: glued, other: count - glued, em: em[s]).other
    }

    private func isShortLastLine(_ s: Int, _ e: Int) -> Bool {
        guard s >= 0, e < characters.count, s <= e else { return false }
        return characters[e] - characters[s] <= 1
    }

    private func pow3(_ x: Double) -> Double { x * x * x }
}
