import FolioDisplay
import FolioDocument
import FolioText

extension BlockComposer {
    /// The title (GB/T 9704 §7.3.1): 2号小标宋, centred; when it is too long for one line it is broken
    /// into a balanced shape, upper lines no shorter than lower ones (梯形), at a word boundary;
    /// then `linesAfter` empty body lines (§7.3.2 标题下空一行).
    /// The title is one structure element of `role` (an attachment's title is a level-1 heading).
    func titleUnits(_ title: String, role: StructureRole = .title) throws -> [FlowUnit] {
        let size = Pt(theme.title.fontSize.points(em: TitleStyle.emBase))
        let pitch = Pt(theme.title.linePitch.points(em: TitleStyle.emBase))
        let lines = try LayoutEngine(theme: theme, text: text).titleLines(title)
        var items: [FrameItem] = []
        let firstBaseline = (metrics.linePitch - size) / 2 + size * 0.88
        for (i, line) in lines.enumerated() {
            let shaped = try text.shapeLine(line, role: TextStyle.title.role, size: size, color: .black)
            let x: Pt = (metrics.typeArea.size.width - shaped.width) / 2
            items += shaped.items(at: Point(x: x, y: firstBaseline + pitch * Double(i)))
        }
        let height = pitch * Double(max(0, lines.count - 1)) + metrics.linePitch
        let gridLines = max(1, Int((height / metrics.linePitch - 0.01).rounded(.up)))
        var units = [FlowUnit(lines: gridLines, breakBefore: true, items: items.tagged(role), keepWithNext: true)]
        units[0].centred = true
        for _ in 0..<theme.title.linesAfter {
            units.append(FlowUnit(lines: 1, breakBefore: false, droppableAtTop: true, items: []))
        }
        return units
    }

    /// The subtitle and speaker under a title (a speech, a report to a congress), as published government work
    /// reports set them: each line centred in the theme's subtitle face and size (楷体 三号 in the 公文 themes), the
    /// subtitle broken into balanced lines as a title is (`subtitleLines`), the speaker on the line after it, the date
    /// line ("（2024年12月23日）") under it when the subtitle names no day; then
    /// `linesAfter` empty body lines, as after a title. Each printed line takes whole grid lines and keeps with the
    /// next, so the block never parts from the title above or the text below.
    func subtitleUnits(_ subtitle: Subtitle) throws -> [FlowUnit] {
        let style = TextStyle.subtitle(theme)
        let size = Pt(theme.title.subtitleSize.points(em: TitleStyle.emBase))
        let engine = LayoutEngine(theme: theme, text: text)
        let gridLines = max(1, Int((size * 1.2 / metrics.linePitch - 0.01).rounded(.up)))
        let baseline = (metrics.linePitch * Double(gridLines) - size) / 2 + size * 0.88
        // One structure element for the subtitle's lines, one for the speaker, one for the date line.
        func centred(_ lines: [String]) throws -> [FlowUnit] {
            try lines.map { line in
                let shaped = try text.shapeLine(line, role: style.role, size: size, color: .black)
                let x: Pt = (metrics.typeArea.size.width - shaped.width) / 2
                var unit = FlowUnit(
                    lines: gridLines, breakBefore: false, items: shaped.items(at: Point(x: x, y: baseline)),
                    keepWithNext: true)
                unit.centred = true
                return unit
            }
            .tagged(.paragraph)
        }
        var units = try centred(subtitle.text.isEmpty ? [] : try engine.subtitleLines(subtitle.text))
        units += try centred(subtitle.speaker.isEmpty ? [] : [subtitle.speaker])
        // A published speech's date under the speaker, when the subtitle names no day: "（2024年12月23日）".
        units += try centred(subtitle.dateLine.isEmpty ? [] : [subtitle.dateLine])
        for _ in 0..<theme.title.linesAfter {
            units.append(FlowUnit(lines: 1, breakBefore: false, droppableAtTop: true, items: []))
        }
        return units
    }
}

/// Breaks a title into lines of balanced length at word boundaries (GB/T 9704 §7.3.1: 回行时要做到
/// 词意完整，排列对称，长短适宜，间距恰当；多行标题排列应当使用梯形或菱形).
///
/// Cuts are ICU's dictionary word boundaries (`WordBreaks`), never inside a number with its unit, a quoted
/// term or a bracket, nor before a closing or after an opening mark. Phrase ends (after 关于, 的, 和, 及…,
/// before a document noun 工作, 报告…) cost least, other word boundaries more. Among the fewest lines that
/// fit, a dynamic programme over (previous cut, cut) minimises the squared distance of every line from the
/// mean width, the cuts' costs, and a lower line longer than the one above (梯形): O(n·w²) for n cuts and
/// w cuts within one line's width, so a title of any length is broken in near-linear time.
struct TitleBalancer {
    /// Width of a candidate line.
    let measure: (String) throws -> Pt
    /// Word boundaries of the title (character offsets).
    var words: (String) throws -> [Int] = { try WordBreaks.boundaries(in: $0) }
    /// Word ends a cut after costs nothing: `phraseEnds` for a title, `bodyEnds` for an issuer's name.
    var freeEnds: [String] = Self.phraseEnds

    /// Phrase ends: a cut after these costs nothing (conjunctions, 的, 关于).
    static let phraseEnds: [String] = ["关于", "的", "和", "及", "与", "暨", "并", "对"]
    /// The ends of an organisation's name: an issuer longer than its line breaks between the bodies it names
    /// ("中共某县委农村工作领导小组办公室 / 某县乡村振兴局"), not inside one.
    static let bodyEnds: [String] = [
        "办公室", "委员会", "人民政府", "政府", "局", "厅", "委", "部", "院", "会", "处", "中心", "站", "所", "办",
    ]
    /// Document nouns: a cut before these costs little ("……情况 / 的报告" is worse than "……推进 / 工作情况").
    static let phraseStarts: [String] = [
        "工作", "报告", "方案", "规划", "意见", "通知", "决定", "总结", "实施", "的",
        "及", "和", "与", "暨", "全面", "加快", "加强", "开展", "深化",
        "进一步", "印发",
    ]
    /// Chinese numerals, and the counters an ordinal ends with after them ("第十四届", "第四次").
    static let chineseNumerals: Set<Character> = Set("〇一二三四五六七八九十百千")
    static let counters: Set<Character> = Set("届次号条批期")
    /// Characters that continue a figure ("2021年度", "3.5万亩"): no cut between a digit and these.
    static let figureTails: Set<Character> = Set("年度月日号万亿元个%‰")

    /// The lines of `title` so that none is wider than `maxWidth`, broken as described on the type.
    func lines(for title: String, maxWidth: Pt) throws -> [String] {
        if try measure(title) <= maxWidth { return [title] }
        let chars = Array(title)
        guard chars.count > 1 else { return [title] }
        var widths: [Int: Double] = [:]
        func width(_ s: Int, _ e: Int) throws -> Double {
            let key = s &* (chars.count + 1) &+ e
            if let w = widths[key] { return w }
            let w = try measure(String(chars[s..<e])).value
            widths[key] = w
            return w
        }
        let priced = try cutCosts(chars)
        // Word boundaries outside brackets and quotes first, then inside them, then any cut.
        for limit in [Self.bracketCut, Self.fallbackCut, .infinity] {
            let cuts = priced.filter { $0.value < limit }.keys.sorted()
            if let best = try balance(chars, cuts: cuts, cost: priced, maxWidth: maxWidth.value, width: width) {
                let bounds = [0] + best + [chars.count]
                return zip(bounds, bounds.dropFirst()).map { String(chars[$0..<$1]) }
            }
        }
        return [title]
    }

    /// Cost of a word boundary inside a quoted term or brackets, and of a cut that is no word boundary: taken
    /// only when no cheaper cut gives lines that fit.
    static let bracketCut = 1e5
    static let fallbackCut = 1e6

    /// Every allowed cut (1..<count) and its cost, in squared em-widths of imbalance it is worth.
    func cutCosts(_ c: [Character]) throws -> [Int: Double] {
        let boundaries = Set(try words(String(c)))
        var depth = [Int](repeating: 0, count: c.count + 1)
        var d = 0
        for (i, ch) in c.enumerated() {
            if "（《「『【〔“‘(".contains(ch) { d += 1 }
            if "）》」』】〕”’)".contains(ch) { d = max(0, d - 1) }
            depth[i + 1] = d
        }
        var out: [Int: Double] = [:]
        for i in 1..<c.count {
            guard !LineBreakMarks.mayNotStart(c[i]), !LineBreakMarks.mayNotEnd(c[i - 1]) else { continue }
            let latin = { (x: Character) in x.isASCII && (x.isLetter || x.isNumber) }
            guard !(latin(c[i - 1]) && latin(c[i])) else { continue }
            // A dash "——" is one mark of two characters (GB/T 15834 §4.7): never parted.
            if c[i - 1] == "—" && c[i] == "—" { continue }
            if c[i - 1].isNumber && (c[i].isNumber || Self.figureTails.contains(c[i]) || c[i] == ".") { continue }
            if i >= 2, c[i - 2].isNumber, Self.figureTails.contains(c[i - 1]), Self.figureTails.contains(c[i]) {
                continue
            }
            // An ordinal is one word whatever the dictionary says: “第五届”, “第四次” (a congress in a subtitle).
            let ordinal = c[i - 1] == "第" || (Self.chineseNumerals.contains(c[i - 1]) && Self.counters.contains(c[i]))
            guard boundaries.contains(i), !ordinal else { out[i] = Self.fallbackCut; continue }
            guard depth[i] == 0 else { out[i] = Self.bracketCut; continue }
            let before = String(c[..<i]), after = String(c[i...])
            if freeEnds.contains(where: { before.hasSuffix($0) }) || "“《".contains(c[i])
                || "”》".contains(c[i - 1])
            {
                out[i] = 0
            } else if Self.phraseStarts.contains(where: { after.hasPrefix($0) }) || c[i - 1] == "年"
                || before.hasSuffix("年度")
            {
                out[i] = 1
            } else {
                out[i] = 48
            }
        }
        return out
    }

    /// The best cuts among `cuts`, or nil when some stretch between cuts is wider than `maxWidth`.
    private func balance(
        _ c: [Character], cuts: [Int], cost: [Int: Double], maxWidth: Double,
        width: (Int, Int) throws -> Double
    ) throws -> [Int]? {
        let points = [0] + cuts + [c.count]
        let n = points.count
        // Starts reachable from each end within the width (a line's width grows with its length).
        var starts: [[Int]] = Array(repeating: [], count: n)
        for e in 1..<n {
            var s = e - 1
            while s >= 0, try width(points[s], points[e]) <= maxWidth { starts[e].append(s); s -= 1 }
        }
        // Fewest lines (breadth first over the reachable starts).
        var lines = [Int](repeating: .max, count: n)
        lines[0] = 0
        for e in 1..<n { for s in starts[e] where lines[s] < .max { lines[e] = min(lines[e], lines[s] + 1) } }
        guard lines[n - 1] < .max else { return nil }
        let count = lines[n - 1]
        let total = try width(0, c.count)
        let target = min(maxWidth, total / Double(count))
        let em = max(1, total / Double(c.count))
        // best[(s, e)]: cost of the lines up to the line points[s]..<points[e], that line included, on the fewest
        // lines (only pairs with lines[s] + 1 == lines[e] lie on a fewest-lines path).
        var best: [Int: (cost: Double, previous: Int)] = [:]
        func key(_ s: Int, _ e: Int) -> Int { s &* n &+ e }
        for e in 1..<n {
            for s in starts[e] where lines[s] < .max && lines[s] + 1 == lines[e] {
                let w = try width(points[s], points[e])
                let own = (w - target) * (w - target) + (e < n - 1 ? (cost[points[e]] ?? 0) * em * em : 0)
                if s == 0 { best[key(s, e)] = (own, -1); continue }
                var choice: (cost: Double, previous: Int)?
                for t in starts[s] {
                    guard let prior = best[key(t, s)] else { continue }
                    let above = try width(points[t], points[s])
                    // 梯形: a lower line no longer than the one above (a hair allowed).
                    let shape = w > above + 1 ? (w - above) * em : 0
                    let total = prior.cost + own + shape
                    if choice == nil || total < choice?.cost ?? .infinity { choice = (total, t) }
                }
                if let choice { best[key(s, e)] = choice }
            }
        }
        var end: (s: Int, cost: Double)?
        for s in starts[n - 1] {
            if let b = best[key(s, n - 1)], end == nil || b.cost < end?.cost ?? .infinity { end = (s, b.cost) }
        }
        guard var s = end?.s else { return nil }
        var e = n - 1
        var chosen: [Int] = []
        while s > 0 {
            chosen.append(points[s])
            guard let previous = best[key(s, e)]?.previous else { return nil }
            e = s
            s = previous
        }
        return chosen.reversed()
    }
}
