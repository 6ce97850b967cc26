import FolioDisplay
import FolioDocument
import FolioText

/// A three-line table (三线表): a thick rule above the header, a thin rule below it, a thick rule
/// below the last row; one grid line per row, columns sharing the type width; the header repeats
/// on every page the table crosses (R21).
struct TableComposer {
    let theme: Theme
    let metrics: PageMetrics
    let text: TextEngine

    /// Thick rules of three-line tables are conventionally 1–1.5 pt, the thin one 0.5 pt.
    static let thick: Pt = 1.0
    static let thin: Pt = 0.5

    /// Caption, header and rows as units; the caption and header keep with the first row.
    func units(for table: TableSpec) throws -> [FlowUnit] {
        let size = Pt(theme.charts.captionSize.points(em: ChartStyle.emBase))
        let cell = Pt(theme.charts.fontSize.points(em: ChartStyle.emBase)) * 1.25
        let caption = try text.shapeLine(table.caption, role: TextStyle.chart.role, size: size, color: .black)
        var units = [
            FlowUnit(
                lines: 1, breakBefore: true,
                items: caption.items(
                    at: Point(
                        x: (metrics.typeArea.size.width - caption.width) / 2,
                        y: metrics.baselineInCell(size: size))),
                keepWithNext: true)
        ]
        let header = try row(table.header, size: cell, top: Self.thick, bottom: Self.thin)
        units.append(FlowUnit(lines: 1, breakBefore: false, items: header, keepWithNext: true))
        for (i, r) in table.rows.enumerated() {
            let last = i == table.rows.count - 1
            let items = try row(r, size: cell, top: nil, bottom: last ? Self.thick : nil)
            units.append(FlowUnit(lines: 1, breakBefore: i > 0, items: items, headerOnNewPage: i > 0 ? header : nil))
        }
        if let note = table.note {
            let n = try text.shapeLine(note, role: TextStyle.chart.role, size: cell, color: .black)
            units.append(
                FlowUnit(
                    lines: 1, breakBefore: false,
                    items: n.items(at: Point(x: .zero, y: metrics.baselineInCell(size: cell)))))
        }
        return units
    }

    private func row(_ cells: [String], size: Pt, top: Pt?, bottom: Pt?) throws -> [FrameItem] {
        let width = metrics.typeArea.size.width
        let columnWidth = width / Double(max(1, cells.count))
        var items: [FrameItem] = []
        for (i, cellText) in cells.enumerated() {
            let shaped = try text.shapeLine(cellText, role: TextStyle.chart.role, size: size, color: .black)
            let x = columnWidth * Double(i) + max(.zero, (columnWidth - shaped.width) / 2)
            items += shaped.items(at: Point(x: x, y: metrics.baselineInCell(size: size)))
        }
        if let top {
            items.append(.path(.line(from: .zero, to: Point(x: width, y: .zero), stroke: Stroke(width: top))))
        }
        if let bottom {
            let y = metrics.linePitch
            items.append(
                .path(.line(from: Point(x: .zero, y: y), to: Point(x: width, y: y), stroke: Stroke(width: bottom))))
        }
        return items
    }
}
