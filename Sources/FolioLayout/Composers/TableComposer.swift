import FolioDisplay
import FolioDocument
import FolioText

/// A three-line table (三线表): a thick rule above the header, a thin rule below it, a thick rule
/// below the last row; one grid line per row; the header repeats on every page the table crosses (R21).
/// Cells may span columns and rows: a header cell over several columns gets a thin rule under it across
/// those columns (the grouped heading of statistical tables), a cell over several rows is centred in them,
/// and rows joined by a row span stay on one page.
struct TableComposer {
    let theme: Theme
    let metrics: PageMetrics
    let text: TextEngine

    /// Thick rules of three-line tables are conventionally 1–1.5 pt, the thin one 0.5 pt.
    static let thick: Pt = 1.0
    static let thin: Pt = 0.5

    /// The width of each column and the x of its left edge, with the table's right edge last.
    private struct ColumnLayout {
        let widths: [Pt]
        let lefts: [Pt]
    }

    /// A cell shaped and placed on the table's grid.
    private struct PlacedCell {
        let line: ShapedLine
        let row: Int
        let column: Int
        let cell: TableCell
    }

    /// Caption, unit line, header and rows as units; the caption, unit and header keep with the first row.
    /// Structure: a table element from the caption (with the unit line) to the last row's rule, a row element per
    /// row with a header or body cell element per cell; the note follows as a paragraph.
    func units(for table: TableSpec) throws -> [FlowUnit] {
        let size = Pt(theme.charts.captionSize.points(em: ChartStyle.emBase))
        let cellSize = Pt(theme.charts.fontSize.points(em: ChartStyle.emBase)) * 1.25
        let caption = try text.shapeLine(table.caption, role: TextStyle.chart.role, size: size, color: .black)
        var units = [
            FlowUnit(
                lines: 1, breakBefore: true,
                items: [.beginStructure(.table), .beginStructure(.caption)]
                    + caption.items(
                        at: Point(
                            x: (metrics.typeArea.size.width - caption.width) / 2,
                            y: metrics.baselineInCell(size: size))),
                keepWithNext: true)
        ]
        if let unit = table.unit {
            let u = try text.shapeLine(unit, role: TextStyle.chart.role, size: cellSize, color: .black)
            let at = Point(x: metrics.typeArea.size.width - u.width, y: metrics.baselineInCell(size: cellSize))
            units.append(FlowUnit(lines: 1, breakBefore: false, items: u.items(at: at), keepWithNext: true))
        }
        units[units.count - 1].items.append(.endStructure)   // the caption
        let columns = table.columnCount
        let header = try place(table.header, of: table, size: cellSize)
        let body = try place(table.rows, of: table, size: cellSize)
        let edges = columnLayout(header + body, columns: columns, size: cellSize)
        let headerUnit = TableHeader(
            lines: table.header.count,
            items: headerItems(header, lines: table.header.count, edges: edges, size: cellSize))
        units.append(FlowUnit(lines: headerUnit.lines, breakBefore: false, items: headerUnit.items, keepWithNext: true))
        let groups = Self.rowGroups(table.rows)
        for (g, rows) in groups.enumerated() {
            let cells = body.filter { rows.contains($0.row) }
            var items = rows.flatMap { row in
                cells.filter { $0.row == row }.flatMap {
                    cellItems($0, firstRow: rows.lowerBound, edges: edges, size: cellSize).tagged(.tableCell)
                }
                .tagged(.tableRow)
            }
            if g == groups.count - 1 {
                items.append(rule(at: metrics.linePitch * Double(rows.count), Self.thick))
                items.append(.endStructure)   // the table
            }
            units.append(
                FlowUnit(
                    lines: rows.count, breakBefore: g > 0, items: items, headerOnNewPage: g > 0 ? headerUnit : nil))
        }
        if groups.isEmpty { units[units.count - 1].items.append(.endStructure) }   // a table of header rows only
        if let note = table.note {
            let n = try text.shapeLine(note, role: TextStyle.chart.role, size: cellSize, color: .black)
            units.append(
                FlowUnit(
                    lines: 1, breakBefore: false,
                    items: n.items(at: Point(x: .zero, y: metrics.baselineInCell(size: cellSize))).tagged(.paragraph)))
        }
        return units
    }

    /// Shapes the cells of a section and finds their columns (TableGrid: covered cells are not written).
    private func place(_ rows: [[TableCell]], of table: TableSpec, size: Pt) throws -> [PlacedCell] {
        let starts = table.columnStarts(rows) ?? rows.map { Array($0.indices) }
        var placed: [PlacedCell] = []
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() where c < starts[r].count {
                let line = try text.shapeLine(cell.text, role: TextStyle.chart.role, size: size, color: .black)
                placed.append(PlacedCell(line: line, row: r, column: starts[r][c], cell: cell))
            }
        }
        return placed
    }

    /// The columns' widths and left edges. Columns share the
    /// type width equally when every cell fits its share; otherwise each column gets the width of its
    /// widest single-column cell plus one character of air, and what is left is shared equally.
    private func columnLayout(_ cells: [PlacedCell], columns: Int, size: Pt) -> ColumnLayout {
        let width = metrics.typeArea.size.width
        let n = max(1, columns)
        var natural = Array(repeating: Pt.zero, count: n)
        for c in cells where c.cell.columnSpan == 1 && c.column < n {
            natural[c.column] = max(natural[c.column], c.line.width + size)
        }
        let share = width / Double(n)
        var widths = Array(repeating: share, count: n)
        let total = natural.reduce(Pt.zero, +)
        if natural.contains(where: { share < $0 }) {
            let spare = width - total
            widths = natural.map { spare < .zero ? $0 * (width / total) : $0 + spare / Double(n) }
        }
        let equal = widths == Array(repeating: share, count: n)
        var lefts = [Pt.zero]
        for (i, w) in widths.enumerated() { lefts.append(equal ? share * Double(i + 1) : (lefts.last ?? .zero) + w) }
        return ColumnLayout(widths: widths, lefts: lefts)
    }

    /// The header's cells, the thin rules under grouped headings, the thick rule above and the thin one below.
    private func headerItems(_ cells: [PlacedCell], lines: Int, edges: ColumnLayout, size: Pt) -> [FrameItem] {
        var items = (0..<lines).flatMap { row in
            cells.filter { $0.row == row }.flatMap {
                cellItems($0, firstRow: 0, edges: edges, size: size).tagged(.tableHeaderCell)
            }
            .tagged(.tableRow)
        }
        for c in cells where c.cell.columnSpan > 1 && c.row + c.cell.rowSpan < lines {
            let inset = Pt(3)
            let y = metrics.linePitch * Double(c.row + c.cell.rowSpan)
            let from = Point(x: edges.lefts[c.column] + inset, y: y)
            let to = Point(x: edges.lefts[min(edges.widths.count, c.column + c.cell.columnSpan)] - inset, y: y)
            items.append(.path(.line(from: from, to: to, stroke: Stroke(width: Self.thin))))
        }
        items.append(rule(at: .zero, Self.thick))
        items.append(rule(at: metrics.linePitch * Double(lines), Self.thin))
        return items
    }

    /// A cell's glyphs centred across its columns and, for a row span, between its rows.
    private func cellItems(_ c: PlacedCell, firstRow: Int, edges: ColumnLayout, size: Pt) -> [FrameItem] {
        guard c.column < edges.widths.count else { return [] }
        let end = min(edges.widths.count, c.column + c.cell.columnSpan)
        let span = edges.widths[c.column..<end].reduce(Pt.zero, +)
        let x = edges.lefts[c.column] + max(.zero, (span - c.line.width) / 2)
        let y =
            metrics.linePitch * (Double(c.row - firstRow) + Double(c.cell.rowSpan - 1) / 2)
            + metrics.baselineInCell(size: size)
        return c.line.items(at: Point(x: x, y: y))
    }

    /// A rule across the type area at `y` below the unit's top.
    private func rule(at y: Pt, _ width: Pt) -> FrameItem {
        .path(
            .line(
                from: Point(x: .zero, y: y), to: Point(x: metrics.typeArea.size.width, y: y),
                stroke: Stroke(width: width)))
    }

    /// Body rows joined by row spans: each range is kept on one page.
    static func rowGroups(_ rows: [[TableCell]]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0, end = 0
        for (r, row) in rows.enumerated() {
            if r >= end, r > start {
                groups.append(start..<r)
                start = r
            }
            end = max(end, r + 1, row.map { r + $0.rowSpan }.max() ?? r + 1)
        }
        if !rows.isEmpty { groups.append(start..<rows.count) }
        return groups
    }
}
