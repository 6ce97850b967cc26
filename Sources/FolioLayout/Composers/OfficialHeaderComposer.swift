import FolioDisplay
import FolioDocument
import FolioText

/// 版头 (GB/T 9704-2012 §7.2) as one unit of whole grid lines at the top of the first page, positioned in
/// millimetres as the standard gives them; the title follows it on the grid, two lines under the red line.
struct OfficialHeaderComposer {
    let metrics: PageMetrics
    let text: TextEngine
    /// 文件格式 (§7), 信函格式 (§10.1) or 纪要格式 (§10.3).
    var format: DocumentFormat = .document

    /// The standard's red (发文机关标志, separator line: §5.2.4 "红色").
    static let red = Color(red: 0.9, green: 0, blue: 0)
    /// §7.2.4: the mark's top edge is 35 mm below the type area's top.
    static let markTop = Pt.mm(35)
    /// The largest character of the mark: GB/T 9704 leaves its size to the issuer "以醒目、美观、庄重为原则"; Folio
    /// keeps it within the 15 mm width of GB/T 9704-1999's 22 mm × 15 mm bound, and the line within the type area.
    static let markCharacter = Pt.mm(15)
    /// §7.2.7: the red separator line is 4 mm under the 发文字号.
    static let lineGap = Pt.mm(4)
    /// The red line's weight (the standard gives none; 0.35 mm, the weight of §7.4.1's thick lines).
    static let lineWeight = Pt.mm(0.35)
    /// Where the em box's bottom is below the baseline, and its top above it (CJK ideographic box).
    static let descent = 0.12, ascent = 0.88

    /// The unit, its lines ending two empty lines under the red line (§7.3.1 红色分隔线下空二行 for the title).
    func unit(for header: DocumentHeader) throws -> FlowUnit {
        if format == .letter { return try letterUnit(for: header) }
        var items: [FrameItem] = []
        let size = metrics.bodySize
        items += try cornerItems(header, firstBaseline: metrics.baselineInCell(size: size))
        var bottom = metrics.linePitch * Double(header.cornerLines.count)
        if !header.mark.isEmpty {
            // §10.2: an order's mark 20 mm under the type area's top; §7.2.4: 35 mm otherwise.
            let (markItems, markBottom) = try mark(header, top: format == .order ? Self.orderMarkTop : Self.markTop)
            items += markItems.tagged(.paragraph)
            bottom = markBottom
        }
        // §7.2.5–7.2.6: 发文字号 (and 签发人) two empty lines under the mark, on the grid.
        let firstFree = Int((bottom / metrics.linePitch - 0.001).rounded(.up))
        if format == .minutes || format == .order {
            // §10.3: a 纪要 has its mark; a number, when given, stands two lines under it; no red line.
            // §10.2: an order's 令号 two lines under its mark, the body two lines under the 令号.
            var line = firstFree
            if header.number != nil {
                let (numberItems, numberLine) = try numberAndSigners(header, line: firstFree + 2)
                items += numberItems.tagged(.paragraph)
                line = numberLine + 1
            }
            return FlowUnit(lines: line + 2, breakBefore: true, items: items, keepWithNext: true)
        }
        let (numberItems, numberLine) = try numberAndSigners(header, line: firstFree + 2)
        items += numberItems.tagged(.paragraph)
        let numberBaseline = metrics.linePitch * Double(numberLine) + metrics.baselineInCell(size: size)
        let redY = numberBaseline + size * Self.descent + Self.lineGap
        items.append(
            .path(
                .line(
                    from: Point(x: .zero, y: redY), to: Point(x: metrics.typeArea.size.width, y: redY),
                    stroke: Stroke(color: Self.red, width: Self.lineWeight))))
        let lines = Int((redY / metrics.linePitch).rounded(.up)) + 2
        return FlowUnit(lines: lines, breakBefore: true, items: items, keepWithNext: true)
    }

    /// The 信函格式's 版头 (§10.1): the mark 30 mm under the paper's top; a red double line (thick over thin) 4 mm
    /// under it and another (thin over thick) 20 mm above the paper's foot, both 170 mm long and centred on the paper;
    /// 份号, 密级 and 紧急程度 flush left and the 发文字号 flush right under the first, the first of them 7/8 of a 3号
    /// character's height under it; the title two lines under the last of them.
    private func letterUnit(for header: DocumentHeader) throws -> FlowUnit {
        let paperTop = -metrics.typeArea.minY
        var (items, markBottom) = try mark(header, top: paperTop + Self.letterMarkTop)
        if header.mark.isEmpty { markBottom = paperTop + Self.letterMarkTop } else { items = items.tagged(.paragraph) }
        let first = markBottom + Self.lineGap
        items += doubleLine(at: first, thickFirst: true)
        let footLine = paperTop + metrics.paper.height - Self.letterFootLine
        items += doubleLine(at: footLine - Self.doubleLineHeight, thickFirst: false)
        let size = metrics.bodySize, width = metrics.typeArea.size.width
        let firstTop = first + Self.doubleLineHeight + size * (7.0 / 8.0)
        var bottom = first + Self.doubleLineHeight
        items += try cornerItems(header, firstBaseline: firstTop + size * Self.ascent)
        if !header.cornerLines.isEmpty {
            bottom =
                firstTop + size * Self.ascent + metrics.linePitch * Double(header.cornerLines.count - 1)
                + size * Self.descent
        }
        if let number = header.number {
            let shaped = try text.shapeLine(number, role: TextStyle.Official.text.role, size: size, color: .black)
            let baseline = firstTop + size * Self.ascent
            items += shaped.items(at: Point(x: width - shaped.width, y: baseline)).tagged(.paragraph)
            bottom = max(bottom, baseline + size * Self.descent)
        }
        let lines = Int((bottom / metrics.linePitch - 0.001).rounded(.up)) + 2
        return FlowUnit(lines: max(1, lines), breakBefore: true, items: items, keepWithNext: true)
    }

    /// 份号, 密级和保密期限 and 紧急程度 flush left, one a line from `firstBaseline` (§7.2.1–7.2.3, §10.1): the 份号 in
    /// the body's face, the others in 黑体.
    private func cornerItems(_ header: DocumentHeader, firstBaseline: Pt) throws -> [FrameItem] {
        try header.cornerLines.enumerated().flatMap { k, line in
            let style = k == 0 && header.copyNumber != nil ? TextStyle.Official.text : TextStyle.Official.corner
            let shaped = try text.shapeLine(line, role: style.role, size: metrics.bodySize, color: .black)
            return shaped.items(at: Point(x: .zero, y: firstBaseline + metrics.linePitch * Double(k))).tagged(
                .paragraph)
        }
    }

    /// §10.2: an order's mark is 20 mm under the type area's top.
    static let orderMarkTop = Pt.mm(20)
    /// §10.1: the mark's top 30 mm under the paper's top; the second double line 20 mm above the paper's foot.
    static let letterMarkTop = Pt.mm(30), letterFootLine = Pt.mm(20)
    /// §10.1: the double lines are 170 mm long; their weights (the standard gives none): 0.5 mm and 0.25 mm, 0.5 mm apart.
    static let doubleLineLength = Pt.mm(170), thickLine = Pt.mm(0.5), thinLine = Pt.mm(0.25), lineSpace = Pt.mm(0.5)
    /// From the top of a double line's first rule to the bottom of its second.
    static var doubleLineHeight: Pt { thickLine + lineSpace + thinLine }

    /// A red double line whose top is at `y`, 170 mm long and centred on the paper.
    private func doubleLine(at y: Pt, thickFirst: Bool) -> [FrameItem] {
        let x0 = (metrics.paper.width - Self.doubleLineLength) / 2 - metrics.typeArea.minX
        let x1 = x0 + Self.doubleLineLength
        let weights = thickFirst ? [Self.thickLine, Self.thinLine] : [Self.thinLine, Self.thickLine]
        let first = y + weights[0] / 2, second = y + weights[0] + Self.lineSpace + weights[1] / 2
        return zip([first, second], weights).map { lineY, weight in
            .path(
                .line(
                    from: Point(x: x0, y: lineY), to: Point(x: x1, y: lineY),
                    stroke: Stroke(color: Self.red, width: weight)))
        }
    }

    /// 发文机关标志 (§7.2.4): centred, red, its top 35 mm under the type area's top; joint issuers one a line with
    /// "文件" to their right, centred on them. Returns the items and the mark's bottom edge.
    private func mark(_ header: DocumentHeader, top: Pt = OfficialHeaderComposer.markTop) throws -> ([FrameItem], Pt) {
        let (names, suffix) = header.markParts
        let width = metrics.typeArea.size.width
        let longest = names.map(\.count).max() ?? 1
        let columns = Double(longest + (suffix.map { $0.count + 1 } ?? 0))
        let size = min(Self.markCharacter, width / max(1, columns))
        let gap = size * 0.25
        let shaped = try names.map {
            try text.shapeLine($0, role: TextStyle.Official.mark.role, size: size, color: Self.red)
        }
        let suffixLine = try suffix.map {
            try text.shapeLine($0, role: TextStyle.Official.mark.role, size: size, color: Self.red)
        }
        let namesWidth = shaped.map(\.width).max() ?? .zero
        let total = namesWidth + (suffixLine.map { $0.width + size } ?? .zero)
        let left: Pt = (width - total) / 2
        var items: [FrameItem] = []
        for (i, line) in shaped.enumerated() {
            let baseline = top + (size + gap) * Double(i) + size * Self.ascent
            items += line.items(at: Point(x: left + (namesWidth - line.width) / 2, y: baseline))
        }
        let height = size * Double(shaped.count) + gap * Double(max(0, shaped.count - 1))
        if let suffixLine {
            let baseline = top + (height - size) / 2 + size * Self.ascent
            items += suffixLine.items(at: Point(x: left + namesWidth + size, y: baseline))
        }
        return (items, top + height)
    }

    /// 发文字号 centred (§7.2.5), or, with 签发人 (上行文, §7.2.6), one character in from the left on the line of the
    /// last signer, the signers one character in from the right, two names a line, later lines aligned with the
    /// first name. Returns the items and the grid line of the number.
    private func numberAndSigners(_ header: DocumentHeader, line first: Int) throws -> ([FrameItem], Int) {
        let size = metrics.bodySize, width = metrics.typeArea.size.width, one = metrics.charPitch
        func baseline(_ k: Int) -> Pt { metrics.linePitch * Double(k) + metrics.baselineInCell(size: size) }
        var items: [FrameItem] = []
        let number = try header.number.map {
            try text.shapeLine($0, role: TextStyle.Official.text.role, size: size, color: .black)
        }
        guard !header.signers.isEmpty else {
            if let number { items += number.items(at: Point(x: (width - number.width) / 2, y: baseline(first))) }
            return (items, first)
        }
        let label = try text.shapeLine("签发人：", role: TextStyle.Official.text.role, size: size, color: .black)
        let rows = stride(from: 0, to: header.signers.count, by: 2).map {
            header.signers[$0..<min($0 + 2, header.signers.count)].joined(separator: "　")
        }
        let shapedRows = try rows.map {
            try text.shapeLine($0, role: TextStyle.Official.signer.role, size: size, color: .black)
        }
        let namesWidth = shapedRows.map(\.width).max() ?? .zero
        let namesX = width - one - namesWidth
        let last = first + shapedRows.count - 1
        // The number first: text extraction and screen readers read it before the 签发人, as the line does.
        if let number { items += number.items(at: Point(x: one, y: baseline(last))) }
        items += label.items(at: Point(x: namesX - label.width, y: baseline(first)))
        for (j, row) in shapedRows.enumerated() { items += row.items(at: Point(x: namesX, y: baseline(first + j))) }
        return (items, last)
    }
}
