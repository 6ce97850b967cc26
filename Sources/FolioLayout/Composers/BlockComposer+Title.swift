import FolioDisplay
import FolioDocument
import FolioText

extension BlockComposer {
    /// The title (GB/T 9704 §7.3.1): 2号小标宋, centred; when it is too long for one line it is broken
    /// into a balanced shape, upper lines no shorter than lower ones (梯形), at a word boundary;
    /// then `linesAfter` empty body lines (§7.3.2 标题下空一行).
    func titleUnits(_ title: String) throws -> [FlowUnit] {
        let size = Pt(theme.title.fontSize.points(em: TitleStyle.emBase))
        let pitch = Pt(theme.title.linePitch.points(em: TitleStyle.emBase))
        let maxWidth = min(metrics.typeArea.size.width, size * Double(theme.title.maxCharactersPerLine))
        let lines = try TitleBalancer(measure: { try text.shapeLine($0, role: TextStyle.title.role, size: size, color: .black).width })
            .lines(for: title, maxWidth: maxWidth)
        var items: [FrameItem] = []
        let firstBaseline = (metrics.linePitch - size) / 2 + size * 0.88
        for (i, line) in lines.enumerated() {
            let shaped = try text.shapeLine(line, role: TextStyle.title.role, size: size, color: .black)
            let x: Pt = (metrics.typeArea.size.width - shaped.width) / 2
            items += shaped.items(at: Point(x: x, y: firstBaseline + pitch * Double(i)))
        }
        let height = pitch * Double(max(0, lines.count - 1)) + metrics.linePitch
        let gridLines = max(1, Int((height / metrics.linePitch - 0.01).rounded(.up)))
        var units = [FlowUnit(lines: gridLines, breakBefore: true, items: items, keepWithNext: true)]
        for _ in 0..<theme.title.linesAfter {
            units.append(FlowUnit(lines: 1, breakBefore: false, droppableAtTop: true, items: []))
        }
        return units
    }

    /// The signature block (GB/T 9704 §7.3.5.2, no seal): one empty line, the issuer 2 characters in from
    /// the right, the date on the next line starting 2 characters right of the issuer's first character;
    /// "如成文日期长于发文机关署名，应当使成文日期右空二字编排，并相应增加发文机关署名右空字数": when the
    /// date, so placed, would reach into those 2 characters, it is set 2 characters in from the right and the
    /// issuer moves left to keep the 2-character shift. Both lines are on the body's character grid.
    /// It is never alone on a page: no break before it, and the paragraph before keeps its last two lines.
    func signatureUnits(_ signature: Signature) throws -> [FlowUnit] {
        let size = metrics.bodySize
        let issuer = try text.shapeLine(signature.issuer, role: TextStyle.body.role, size: size, color: .black,
                                        gridPitch: metrics.charPitch)
        let date = try text.shapeLine(signature.date.chinese, role: TextStyle.body.role, size: size, color: .black,
                                      gridPitch: metrics.charPitch)
        let two = metrics.charPitch * 2
        let right = metrics.typeArea.size.width - two
        let issuerX: Pt, dateX: Pt
        if two + date.width <= issuer.width + 0.01 {
            issuerX = right - issuer.width
            dateX = issuerX + two
        } else {
            dateX = right - date.width
            issuerX = dateX - two
        }
        let baseline = metrics.baselineInCell(size: size)
        return [
            FlowUnit(lines: 1, breakBefore: false, items: []),
            FlowUnit(lines: 1, breakBefore: false, items: issuer.items(at: Point(x: issuerX, y: baseline))),
            FlowUnit(lines: 1, breakBefore: false, items: date.items(at: Point(x: dateX, y: baseline))),
        ]
    }
}

/// Breaks a title into lines of balanced length at word boundaries (GB/T 9704 §7.3.1: 回行时要做到
/// 词意完整，排列对称，长短适宜，间距恰当；多行标题排列应当使用梯形或菱形).
struct TitleBalancer {
    /// Width of a candidate line.
    let measure: (String) throws -> Pt

    /// Characters after which a title line may end by preference (conjunctions and the 的 of a
    /// noun phrase: "关于……的", "……及……", "……和……").
    static let preferredEnds: Set<Character> = ["及", "和", "与", "暨", "的", "于"]
    /// Never at a line start (closing marks; clreq §2.1).
    static let noStart: Set<Character> = Set("、。，．：；？！）》」』】〕”’")
    /// Never at a line end (opening marks).
    static let noEnd: Set<Character> = Set("（《「『【〔“‘")

    /// The lines of `title` so that none is wider than `maxWidth`: the fewest lines that fit (up to 4),
    /// and among the ways to cut it into that many lines the best by `shapeScore`.
    func lines(for title: String, maxWidth: Pt) throws -> [String] {
        if try measure(title) <= maxWidth { return [title] }
        let chars = Array(title)
        guard chars.count > 1 else { return [title] }
        var widths: [Range<Int>: Pt] = [:]
        func width(_ r: Range<Int>) throws -> Pt {
            if let w = widths[r] { return w }
            let w = try measure(String(chars[r]))
            widths[r] = w
            return w
        }
        let cuts = (1..<chars.count).filter { allowed(chars, $0) }
        for count in 2...4 {
            var best: (score: Double, cuts: [Int])?
            try enumerate(cuts, count - 1, from: 0) { chosen in
                let bounds = [0] + chosen + [chars.count]
                let ws = try zip(bounds, bounds.dropFirst()).map { try width($0..<$1) }
                guard ws.allSatisfy({ $0 <= maxWidth }) else { return }
                let score = shapeScore(chars, cuts: chosen, widths: ws.map(\.value), maxWidth: maxWidth.value)
                if best == nil || score < best?.score ?? .infinity { best = (score, chosen) }
            }
            if let best {
                let bounds = [0] + best.cuts + [chars.count]
                return zip(bounds, bounds.dropFirst()).map { String(chars[$0..<$1]) }
            }
        }
        return [title]
    }

    /// Calls `body` with every increasing choice of `k` positions from `cuts` (titles are short: a 40-character
    /// title has at most C(39, 3) ≈ 9000 four-line choices, measured through a cache of substrings).
    private func enumerate(_ cuts: [Int], _ k: Int, from: Int, prefix: [Int] = [],
                           _ body: ([Int]) throws -> Void) throws {
        guard k > 0 else { try body(prefix); return }
        guard from < cuts.count else { return }
        for i in from..<cuts.count { try enumerate(cuts, k - 1, from: i + 1, prefix: prefix + [cuts[i]], body) }
    }

    private func allowed(_ c: [Character], _ i: Int) -> Bool {
        !Self.noStart.contains(c[i]) && !Self.noEnd.contains(c[i - 1]) && !(c[i - 1].isASCII && c[i].isASCII)
            && !(c[i - 1].isNumber && c[i].isNumber)
    }

    /// Lower is better. §7.3.1 "排列对称，长短适宜" and "梯形或菱形": each line no longer than the one above
    /// (梯形) or, for three lines, the middle one the longest (菱形); balanced lengths; cuts after a preferred
    /// word end (及, 和, 的 …) or before an opening quote; never inside a quoted term ("词意完整").
    private func shapeScore(_ c: [Character], cuts: [Int], widths: [Double], maxWidth: Double) -> Double {
        guard let longest = widths.max(), let shortest = widths.min() else { return .infinity }
        var score = longest - shortest
        let trapezoid = zip(widths, widths.dropFirst()).allSatisfy { $0 >= $1 - 1 }
        let diamond = widths.count == 3 && widths[1] >= widths[0] - 1 && widths[1] >= widths[2] - 1
        if !trapezoid && !diamond { score += 2 * maxWidth }
        for i in cuts {
            if Self.preferredEnds.contains(c[i - 1]) || c[i] == "“" { score -= maxWidth * 0.3 }
            let opens = c[..<i].filter { $0 == "“" }.count, closes = c[..<i].filter { $0 == "”" }.count
            if opens != closes { score += maxWidth }
        }
        return score
    }
}
