/// Total-fit line breaking (Knuth–Plass style, as Typst's `linebreak_optimized`) over the allowed
/// opportunities. O(n·k): each line end looks back only until the line becomes overfull.
struct BreakOptimizer {
    let units: [TextUnit]
    let bounds: [Boundary]
    /// Line length, points.
    let width: Double
    /// Indent of the first line, points.
    let firstIndent: Double
    let trimLineEnd: Bool
    private let advances: [Double], glue: [Double], shrink: [Double], stretch: [Double], compression: [Double]

    /// Cost of an overfull line: forbidden whenever any alternative exists.
    static let overfullCost = 1e12
    /// R18 (clreq §2.8, xeCJK CheckSingle): a last line of one character (plus punctuation).
    static let shortLastLinePenalty = 1e7
    /// Safety bound on the look-back (a line cannot hold more than ~2 × width / min advance units).
    static let maxLookBack = 4000

    init(units: [TextUnit], bounds: [Boundary], width: Double, firstIndent: Double, trimLineEnd: Bool) {
        self.units = units; self.bounds = bounds; self.width = width
        self.firstIndent = firstIndent; self.trimLineEnd = trimLineEnd
        advances = Self.prefix(units.map(\.advance))
        // Boundary prefixes: p[k] = Σ over boundaries 1…k (boundary i sits before unit i).
        glue = Self.prefix(bounds.dropFirst().map(\.glue))
        shrink = Self.prefix(bounds.dropFirst().map(\.glueShrink))
        stretch = Self.prefix(bounds.dropFirst().map { $0.glueStretch + ($0.justifiable ? $0.gapStretch : 0) })
        compression = Self.prefix(bounds.dropFirst().map(\.compression))
    }

    /// The chosen lines as unit ranges (an empty segment gives one empty line).
    func lineRanges() -> [Range<Int>] {
        let n = units.count
        guard n > 0 else { return [0..<0] }
        var candidates = [0]
        for i in 1..<n where bounds[safe: i]?.allowBreak == true { candidates.append(i) }
        candidates.append(n)
        var best = [Double](repeating: .infinity, count: n + 1)
        var previous = [Int](repeating: 0, count: n + 1)
        best[0] = 0
        for ei in 1..<candidates.count {
            let e = candidates[ei]
            var looked = 0
            for si in stride(from: ei - 1, through: 0, by: -1) {
                let s = candidates[si]
                looked += 1
                if looked > Self.maxLookBack { break }
                let (c, overfull) = cost(s, e)
                if best[s] + c < best[e] { best[e] = best[s] + c; previous[e] = s }
                if overfull { break }   // earlier starts only make the line longer
            }
        }
        var ranges: [Range<Int>] = []
        var e = n
        while e > 0 {
            let s = previous[e]
            ranges.append(s..<e)
            e = s
        }
        return ranges.reversed()
    }

    /// Natural width of units s..<e as a line: advances, Han–Latin gaps and pair compression inside the
    /// line, minus a trailing space and (with `trimLineEnd`, GB/T 15834 §5.1.10) a line-end mark's right half.
    func natural(_ s: Int, _ e: Int) -> Double {
        guard e > s else { return 0 }
        var w = advances[e] - advances[s] + (glue[e - 1] - glue[s]) - (compression[e - 1] - compression[s])
        if let last = units[safe: e - 1] {
            if last.isSpace { w -= last.advance }
            if trimLineEnd && e < units.count { w -= last.blankRight }
        }
        return w
    }

    /// Cost of the line s..<e and whether it is overfull: Typst's (1 + 100·|r|³)² on the adjustment ratio r,
    /// plus penalties. The last line is not justified, so its ratio counts only when it must shrink.
    private func cost(_ s: Int, _ e: Int) -> (Double, Bool) {
        let available = width - (s == 0 ? firstIndent : 0)
        let d = available - natural(s, e)
        let isLast = e == units.count
        var ratio = 0.0
        if d < -0.01 {
            let cap = e > s ? shrink[e - 1] - shrink[s] : 0
            guard cap > 0, -d <= cap + 0.01 else { return (Self.overfullCost * (1 - d), true) }
            ratio = d / cap
        } else if !isLast && d > 0.01 {
            let cap = e > s ? stretch[e - 1] - stretch[s] : 0
            ratio = cap > 0 ? min(d / cap, 20) : 20
        }
        let badness = 1 + 100 * pow3(abs(ratio))
        var c = badness * badness
        if isLast && s > 0 && isShortLastLine(s, e) { c += Self.shortLastLinePenalty }
        return (c, false)
    }

    private func isShortLastLine(_ s: Int, _ e: Int) -> Bool {
        units[s..<e].filter { !$0.isPunctuationLike }.count <= 1
    }

    private func pow3(_ x: Double) -> Double { x * x * x }

    private static func prefix<S: Sequence>(_ values: S) -> [Double] where S.Element == Double {
        var out = [0.0]
        for v in values { out.append((out.last ?? 0) + v) }
        return out
    }
}
