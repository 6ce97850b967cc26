import FolioDisplay
import FolioDocument
import FolioText

extension BlockComposer {
    /// The title (GB/T 9704 §7.3.1): 2号小标宋, centred; when it is too long for one line it is broken
    /// into a balanced shape, upper lines no shorter than lower ones (梯形), at a word boundary;
    /// then `linesAfter` empty body lines (§7.3.2 标题下空一行).
    func titleUnits(_ title: String) throws -> [FlowUnit] {
        let size = Pt(theme.title.fontSize.points(em: 22))
        let pitch = Pt(theme.title.linePitch.points(em: 22))
        let maxWidth = min(metrics.typeArea.size.width, size * Double(max(4, theme.title.maxCharactersPerLine)))
        let lines = try TitleBalancer(measure: { try text.shapeLine($0, role: .title, size: size, color: .black).width })
            .lines(for: title, maxWidth: maxWidth)
        var items: [FrameItem] = []
        let firstBaseline = (metrics.linePitch - size) / 2 + size * 0.88
        for (i, line) in lines.enumerated() {
            let shaped = try text.shapeLine(line, role: .title, size: size, color: .black)
            let x: Pt = (metrics.typeArea.size.width - shaped.width) / 2
            items += shaped.items(at: Point(x: x, y: firstBaseline + pitch * Double(i)))
        }
        let height = pitch * Double(max(0, lines.count - 1)) + metrics.linePitch
        let gridLines = max(1, Int((height / metrics.linePitch - 0.01).rounded(.up)))
        var units = [FlowUnit(lines: gridLines, breakBefore: true, items: items, keepWithNext: true)]
        for _ in 0..<max(0, theme.title.linesAfter) {
            units.append(FlowUnit(lines: 1, breakBefore: false, droppableAtTop: true, items: []))
        }
        return units
    }

    /// The signature block (GB/T 9704 §7.3.5.2, no seal): one empty line, the issuer 2 characters in from
    /// the right, the date on the next line starting 2 characters right of the issuer's first character;
    /// when the date is the longer, the date is 2 characters in from the right and the issuer moves left.
    /// It is never alone on a page: no break before it, and the paragraph before keeps its last two lines.
    func signatureUnits(_ signature: Signature) throws -> [FlowUnit] {
        let size = metrics.bodySize
        let issuer = try text.shapeLine(signature.issuer, role: .body, size: size, color: .black)
        let date = try text.shapeLine(signature.date.chinese, role: .body, size: size, color: .black)
        let two = metrics.charPitch * 2
        let right = metrics.typeArea.size.width - two
        let issuerX: Pt, dateX: Pt
        if issuer.width + two >= date.width {
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

    /// The lines of `title` so that none is wider than `maxWidth`.
    func lines(for title: String, maxWidth: Pt) throws -> [String] {
        if try measure(title) <= maxWidth { return [title] }
        let chars = Array(title)
        guard chars.count > 1 else { return [title] }
        var best: (score: Double, split: Int)?
        for split in 1..<chars.count where allowed(chars, split) {
            let upper = String(chars[..<split]), lower = String(chars[split...])
            let wu = try measure(upper), wl = try measure(lower)
            if wu > maxWidth { continue }
            let score = try splitScore(chars, split, upper: wu, lower: wl, maxWidth: maxWidth)
            if best == nil || score < best?.score ?? .infinity { best = (score, split) }
        }
        guard let split = best?.split else { return [title] }
        let rest = try lines(for: String(chars[split...]), maxWidth: maxWidth)
        return [String(chars[..<split])] + rest
    }

    private func allowed(_ c: [Character], _ i: Int) -> Bool {
        !Self.noStart.contains(c[i]) && !Self.noEnd.contains(c[i - 1]) && !(c[i - 1].isASCII && c[i].isASCII)
    }

    /// Lower is better: balanced (upper a little longer than lower: 梯形), at a preferred word end,
    /// not inside a quotation.
    private func splitScore(_ c: [Character], _ i: Int, upper: Pt, lower: Pt, maxWidth: Pt) throws -> Double {
        var score = abs((upper - lower).value)
        if lower > upper { score += 2 * (lower - upper).value }         // inverted trapezoid
        if Self.preferredEnds.contains(c[i - 1]) || c[i] == "“" { score -= maxWidth.value * 0.3 }
        let opens = c[..<i].filter { $0 == "“" }.count, closes = c[..<i].filter { $0 == "”" }.count
        if opens != closes { score += maxWidth.value }                  // never split a quoted term
        return score
    }
}
