import FolioDisplay
import FolioDocument
import FolioText

/// 版记 (GB/T 9704-2012 §7.4) as one unit of whole grid lines whose bottom edge is the last rule: the first rule
/// (thick) above 抄送机关, a thin rule between them and 印发机关/印发日期, the last rule (thick) on the type area's
/// bottom edge when the unit ends the page. Text in 4号仿宋, one character in at both sides.
struct ImprintComposer {
    let metrics: PageMetrics
    let text: TextEngine
    /// How punctuation is set in the 抄送 line (the theme's).
    let punctuation: PunctuationOptions
    /// Whether the rules are drawn (the 信函格式's 版记 has none, §10.1).
    var rules = true

    /// §7.4: 4号 (14 pt).
    static let size = Pt(14)
    /// §7.4.1: the first and last rules 0.35 mm, the rules between 0.25 mm.
    static let thick = Pt.mm(0.35), thin = Pt.mm(0.25)

    /// The unit: 抄送 lines (wrapped, later lines aligned after the colon), then the 印发 line.
    func unit(for imprint: Imprint) throws -> FlowUnit {
        let size = Self.size, width = metrics.typeArea.size.width
        func baseline(_ k: Int) -> Pt { metrics.linePitch * Double(k) + metrics.baselineInCell(size: size) }
        var items: [FrameItem] = []
        var row = 0
        if let copies = imprint.copiesLine {
            // §7.4.2: "抄送：" one character in; later lines aligned with the first name after the colon.
            let label = try text.shapeLine("抄送：", role: TextStyle.Official.text.role, size: size, color: .black)
            let lines = try text.hangingLines(
                String(copies.dropFirst(3)), role: TextStyle.Official.text.role, size: size, from: size + label.width,
                to: width - size, gridPitch: nil, baseline: baseline(0), punctuation: punctuation,
                prefix: label.items(at: Point(x: size, y: baseline(0))))
            // Structure: the 抄送 line is a paragraph, as are 印发机关 and 印发日期; the rules are decoration.
            items += lines.enumerated().flatMap { i, line in
                line.map { $0.offset(dx: .zero, dy: metrics.linePitch * Double(i)) }
            }
            .tagged(.paragraph)
            row = lines.count
        }
        let printer = try imprint.printer.map {
            try text.shapeLine($0, role: TextStyle.Official.text.role, size: size, color: .black)
        }
        let printed = try imprint.printedLine.map {
            try text.shapeLine($0, role: TextStyle.Official.text.role, size: size, color: .black)
        }
        if printer != nil || printed != nil {
            if row > 0 && rules { items.append(rule(at: metrics.linePitch * Double(row), Self.thin)) }
            if let printer { items += printer.items(at: Point(x: size, y: baseline(row))).tagged(.paragraph) }
            if let printed {
                items += printed.items(at: Point(x: width - size - printed.width, y: baseline(row))).tagged(.paragraph)
            }
            row += 1
        }
        if rules {
            items.append(rule(at: .zero, Self.thick))
            items.append(rule(at: metrics.linePitch * Double(row), Self.thick))
        }
        return FlowUnit(lines: row, breakBefore: false, items: items)
    }

    /// A rule as wide as the type area at `y`.
    private func rule(at y: Pt, _ weight: Pt) -> FrameItem {
        .path(
            .line(
                from: Point(x: .zero, y: y), to: Point(x: metrics.typeArea.size.width, y: y),
                stroke: Stroke(width: weight)))
    }
}
