import FolioDisplay
import FolioDocument
import FolioText

extension BlockComposer {
    /// 附件说明 (GB/T 9704 §7.3.4): one empty line under the body, then "附件：" two characters in and the titles —
    /// numbered "1." "2." when there are several, one a line, without a final mark — each wrapped title's later
    /// lines aligned with its first character.
    func attachmentListUnits(_ titles: [String]) throws -> [FlowUnit] {
        let size = metrics.bodySize, role = TextStyle.Official.text.role
        let labelX = metrics.charPitch * 2
        let label = try text.shapeLine("附件：", role: role, size: size, color: .black, gridPitch: metrics.charPitch)
        let baseline = metrics.baselineInCell(size: size)
        var units = [FlowUnit(lines: 1, breakBefore: true, droppableAtTop: true, items: [])]
        for (i, title) in titles.enumerated() {
            let number =
                titles.count > 1
                ? try text.shapeLine("\(i + 1).", role: role, size: size, color: .black, gridPitch: metrics.charPitch)
                : nil
            let nameX = labelX + label.width + (number?.width ?? .zero)
            let prefix =
                (i == 0 ? label.items(at: Point(x: labelX, y: baseline)) : [])
                + (number?.items(at: Point(x: labelX + label.width, y: baseline)) ?? [])
            let lines = try text.hangingLines(
                title, role: role, size: size, from: nameX, to: metrics.typeArea.size.width,
                gridPitch: metrics.charPitch, baseline: baseline, punctuation: theme.punctuation, prefix: prefix)
            units += lines.enumerated().map { k, items in FlowUnit(lines: 1, breakBefore: k == 0, items: items) }
                .tagged(.paragraph)
        }
        return units
    }

    /// One line of a 纪要's attendance (GB/T 9704 §10.3): the first after an empty line, "出席：" in 3号黑体 two characters in,
    /// the names in 3号仿宋 after it, later lines aligned with the first name.
    func attendanceUnits(label: String, names: String, first: Bool) throws -> [FlowUnit] {
        let size = metrics.bodySize
        let labelX = metrics.charPitch * 2
        let shaped = try text.shapeLine(
            label + "：", role: TextStyle.Official.attachmentLabel.role, size: size, color: .black,
            gridPitch: metrics.charPitch)
        let baseline = metrics.baselineInCell(size: size)
        let lines = try text.hangingLines(
            names, role: TextStyle.Official.text.role, size: size, from: labelX + shaped.width,
            to: metrics.typeArea.size.width, gridPitch: metrics.charPitch, baseline: baseline,
            punctuation: theme.punctuation, prefix: shaped.items(at: Point(x: labelX, y: baseline)))
        var units = first ? [FlowUnit(lines: 1, breakBefore: true, droppableAtTop: true, items: [])] : []
        units += lines.enumerated().map { k, items in FlowUnit(lines: 1, breakBefore: k == 0, items: items) }
            .tagged(.paragraph)
        return units
    }
}
