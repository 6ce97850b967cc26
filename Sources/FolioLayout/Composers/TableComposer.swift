import FolioDisplay
import FolioDocument
import FolioText

/// A three-line table (三线表): a thick rule above the header, a thin rule below it, a thick rule
/// below the last row; one grid line per row; the header repeats on every page the table crosses (R21).
/// Cells may span columns and rows: a header cell over several columns gets a thin rule under it across
/// those columns (the grouped heading of statistical tables), a cell over several rows is centred in them,
/// and rows joined by a row span stay on one page unless together they are taller than a page less the caption and
/// header (then the page breaks between two of them, the joining cell printed again under the header).
struct TableComposer {
    let theme: Theme
    let metrics: PageMetrics
    let text: TextEngine

    /// Thick rules of three-line tables are conventionally 1–1.5 pt, the thin one 0.5 pt.
    static let thick: Pt = 1.0
    static let thin: Pt = 0.5

    /// Lines of a wrapped cell or note stand this many times their size apart, centred in the grid lines they take.
    static let leading = 1.5

    /// The width of each column and the x of its left edge, with the table's right edge last.
    private struct ColumnLayout {
        let widths: [Pt]
        let lefts: [Pt]
    }

    /// A cell shaped, its lines broken to its columns' width, and placed on the table's grid.
    private struct PlacedCell {
        /// Its lines: one unless its text is wider than its columns.
        var lines: [ShapedLine]
        /// Its text's width on one line, with its indent.
        let natural: Pt
        var row: Int
        let column: Int
        var cell: TableCell
        /// Whether it stands flush left in its column (`TableSpec.flushLeftColumns`), `lead` from its left edge.
        var flushLeft = false
        /// How far its text stands in: its `TableCell.indent` in characters of its size.
        var indent: Pt = .zero
        /// Where a flush-left cell's lines start from its column's left edge: the air a wrapped cell keeps on that
        /// side, then its indent (a sub-item two characters in under its item).
        var lead: Pt = .zero
    }

    /// The grid lines each row of a section takes and where each begins: `tops[r]` lines below the section's top,
    /// `tops[rows]` its height.
    private struct RowLayout {
        let tops: [Int]

        /// Grid lines from the top of row `first` to the bottom of the row before `end`.
        func lines(_ first: Int, _ end: Int) -> Int { (tops[safe: end] ?? 0) - (tops[safe: first] ?? 0) }
    }

    /// Caption, unit line, header and rows as units; the caption, unit and header keep with the first row.
    /// Structure: a table element from the caption (with the unit line) to the last row's rule, a row element per
    /// row with a header or body cell element per cell; the note follows as a paragraph.
    /// A table whose figures do not fit a portrait page even at 小五 (or one the dataset asks to be `landscape`) is
    /// set on turned pages (GB/T 9704 §8 横排表格), alone on them, across the type area's height.
    func units(for table: TableSpec) throws -> [FlowUnit] {
        if let upright = try upright(table) { return try units(for: table, fitted: upright) }
        return try turnedUnits(for: table)
    }

    /// Whether the table is set turned (`units(for:)`): the dataset asks for it, or its figures do not fit a portrait
    /// page even at 小五.
    func turns(_ table: TableSpec) throws -> Bool { try upright(table) == nil }

    /// The table's cells fitted to an upright page, or nil when it is set turned: the one decision of both outputs.
    private func upright(_ table: TableSpec) throws -> FittedCells? {
        if table.orientation == .landscape { return nil }
        let fitted = try fittingSize(table, base: baseSize)
        return fitted.fits || table.orientation == .portrait ? fitted : nil
    }

    /// The cells' size before a table too wide for it is set smaller: the theme's chart size × 1.25 (11.25 pt).
    private var baseSize: Pt { Pt(theme.charts.fontSize.points(em: ChartStyle.emBase)) * 1.25 }

    /// The table's units on turned pages.
    private func turnedUnits(for table: TableSpec) throws -> [FlowUnit] {
        let base = baseSize
        let turned = TableComposer(theme: theme, metrics: metrics.turned, text: text)
        return try turned.units(for: table, fitted: turned.fittingSize(table, base: base)).map {
            var unit = $0
            unit.turned = true
            return unit
        }
    }

    /// The table's units with its cells `fitted`, on this composer's page.
    private func units(for table: TableSpec, fitted: FittedCells) throws -> [FlowUnit] {
        let size = Pt(theme.charts.captionSize.points(em: ChartStyle.emBase))
        let cellSize = fitted.size
        var units = [
            FlowUnit(
                lines: 1, breakBefore: true, items: [.beginStructure(.table), .beginStructure(.caption)],
                keepWithNext: true)
        ]
        units[0].lines = try captionItems(table.caption, size: size, into: &units[0].items)
        units[0].startsPage = table.startsPage
        if let unit = table.unit {
            let u = try text.shapeLine(unit, role: TextStyle.chart.role, size: cellSize, color: .black)
            let at = Point(x: metrics.typeArea.size.width - u.width, y: metrics.baselineInCell(size: cellSize))
            units.append(FlowUnit(lines: 1, breakBefore: false, items: u.items(at: at), keepWithNext: true))
        }
        units[units.count - 1].items.append(.endStructure)   // the caption
        let columns = table.columnCount
        var header = fitted.header, body = fitted.body
        let edges = try columnLayout(fitted, columns: columns)
        header = try header.map { try wrapped($0, edges: edges, size: cellSize) }
        body = try body.map { try wrapped($0, edges: edges, size: cellSize) }
        let headerRows = rowLayout(header, rows: table.header.count, size: cellSize)
        let bodyRows = rowLayout(body, rows: table.rows.count, size: cellSize)
        let headerUnit = TableHeader(
            lines: headerRows.lines(0, table.header.count),
            items: headerItems(header, rows: headerRows, count: table.header.count, edges: edges, size: cellSize))
        units.append(FlowUnit(lines: headerUnit.lines, breakBefore: false, items: headerUnit.items, keepWithNext: true))
        let groups = Self.rowGroups(table.rows)
        // A row taller than a page less the caption, unit line and header above it is set in pieces, each under the
        // header on its page (so the first row never leaves the caption and header alone at a page's foot); at least
        // half a page a piece, however tall the caption and header.
        let limit = max(metrics.linesPerPage / 2, metrics.linesPerPage - units.reduce(0) { $0 + $1.lines }, 1)
        for (g, rows) in groups.enumerated() {
            let cells = body.filter { rows.contains($0.row) }
            let height = bodyRows.lines(rows.lowerBound, rows.upperBound)
            var parts: [Part]
            if rows.count == 1 && height > limit {
                parts = pieces(of: cells, limit: limit, edges: edges, size: cellSize).map { Part($0.lines, $0.items) }
            } else if height > limit {
                // Rows joined by a row span taller than a page: each row a unit, so the page breaks between any two;
                // a cell over rows that cross a page is printed again at the top of the next, under the header.
                parts = rows.map { row in
                    let (items, carried) = rowItems(cells, row, rows: bodyRows, edges: edges, size: cellSize)
                    return Part(bodyRows.lines(row, row + 1), items, carried: carried)
                }
            } else {
                // Rows joined by a row span stay on one page.
                let items = rows.flatMap { row in
                    cells.filter { $0.row == row }.flatMap {
                        cellItems($0, firstRow: rows.lowerBound, rows: bodyRows, edges: edges, size: cellSize)
                            .tagged(.tableCell)
                    }
                    .tagged(.tableRow)
                }
                parts = [Part(height, items)]
            }
            if g == groups.count - 1, let last = parts.indices.last {
                parts[last].items.append(rule(at: metrics.linePitch * Double(parts[last].lines), Self.thick))
                parts[last].items.append(.endStructure)   // the table
            }
            for (k, part) in parts.enumerated() {
                let first = g == 0 && k == 0
                var header = headerUnit
                header.items += part.carried.map { $0.offset(dx: .zero, dy: metrics.linePitch * Double(header.lines)) }
                units.append(
                    FlowUnit(
                        lines: part.lines, breakBefore: !first, items: part.items, headerOnNewPage: first ? nil : header
                    ))
            }
        }
        if groups.isEmpty { units[units.count - 1].items.append(.endStructure) }   // a table of header rows only
        if let note = table.note { units.append(try noteUnit(note, size: cellSize)) }
        return units
    }

    /// The caption's lines centred over the type area, broken as a title is (at word boundaries, balanced) when it
    /// is wider than the type area; returns the grid lines they take.
    private func captionItems(_ caption: String, size: Pt, into items: inout [FrameItem]) throws -> Int {
        let measure = { (s: String) in try text.shapeLine(s, role: TextStyle.chart.role, size: size, color: .black) }
        let lines = try TitleBalancer(measure: { try measure($0).width })
            .lines(for: caption, maxWidth: metrics.typeArea.size.width)
        for (k, line) in lines.enumerated() {
            let shaped = try measure(line)
            let x = max(.zero, (metrics.typeArea.size.width - shaped.width) / 2)
            items += shaped.items(
                at: Point(x: x, y: metrics.linePitch * Double(k) + metrics.baselineInCell(size: size)))
        }
        return max(1, lines.count)
    }

    /// The note under the table: one line, or lines justified across the type area as a paragraph's.
    private func noteUnit(_ note: String, size: Pt) throws -> FlowUnit {
        let lines = try text.wrap(
            note, role: TextStyle.chart.role, size: size, width: metrics.typeArea.size.width, justify: true)
        let height = gridLines(lines.count, size: size)
        let items = stacked(lines, x: .zero, top: .zero, height: height, size: size)
        return FlowUnit(lines: height, breakBefore: false, items: items.tagged(.paragraph))
    }

    /// Shapes the cells of a section on one line each and finds their columns (TableGrid: covered cells are not
    /// written).
    /// A cell in one of the `flush` columns stands flush left, its indent in.
    private func place(
        _ rows: [[TableCell]], of table: TableSpec, size: Pt, flush: Set<Int> = []
    ) throws -> [PlacedCell] {
        let starts = table.columnStarts(rows) ?? rows.map { Array($0.indices) }
        var placed: [PlacedCell] = []
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() where c < starts[r].count {
                let line = try text.shapeLine(cell.text, role: TextStyle.chart.role, size: size, color: .black)
                let flushLeft = cell.standsFlushLeft(at: starts[r][c], in: flush)
                let indent = flushLeft ? size * Double(cell.indent) : .zero
                var p = PlacedCell(
                    lines: [line], natural: line.width + indent, row: r, column: starts[r][c], cell: cell)
                p.flushLeft = flushLeft
                p.indent = indent
                p.lead = size * (Self.wrappedAir / 2) + indent
                placed.append(p)
            }
        }
        return placed
    }

    /// The cell with its text broken to the width of its columns less `wrappedAir`, when it is wider than they are
    /// less one character.
    private func wrapped(_ c: PlacedCell, edges: ColumnLayout, size: Pt) throws -> PlacedCell {
        let span = spanWidth(c, edges)
        guard c.natural + size > span else { return c }
        var cell = c
        let width = max(size, span - size * Self.wrappedAir - c.indent)
        cell.lines =
            try balancedLines(c.cell.text, width: width, size: size)
            ?? text.wrap(c.cell.text, role: TextStyle.chart.role, size: size, width: width)
        return cell
    }

    /// Cells of at most this many characters (a header's 占调整预算比例(%), an item's name) are broken as a title is.
    static let balancedCellLength = 24

    /// A short cell's text broken as a title is (`TitleBalancer`): at word boundaries where they give lines that fit,
    /// the fewest lines, as even as they can be — “年初/预算数”, not “年初预算/数”. Nil for a longer text (set as a
    /// paragraph is, `TextEngine.wrap`) or one whose lines would not fit.
    private func balancedLines(_ cellText: String, width: Pt, size: Pt) throws -> [ShapedLine]? {
        guard cellText.count <= Self.balancedCellLength else { return nil }
        let shape = { (s: String) in try text.shapeLine(s, role: TextStyle.chart.role, size: size, color: .black) }
        let lines = try TitleBalancer(measure: { try shape($0).width }).lines(for: cellText, maxWidth: width).map(shape)
        return lines.allSatisfy { $0.width <= width } ? lines : nil
    }

    /// The width of the columns a cell stands over.
    private func spanWidth(_ c: PlacedCell, _ edges: ColumnLayout) -> Pt {
        guard c.column < edges.widths.count else { return .zero }
        return edges.widths[c.column..<min(edges.widths.count, c.column + c.cell.columnSpan)].reduce(Pt.zero, +)
    }

    /// The columns' widths and left edges. Columns share the type width equally when every cell fits its share;
    /// otherwise each column gets the width of its widest single-column cell plus one character of air, and what
    /// is left is shared equally; when the cells do not fit on one line each, the long ones wrap (`narrowed`).
    private func columnLayout(_ fitted: FittedCells, columns: Int) throws -> ColumnLayout {
        let width = metrics.typeArea.size.width
        let n = max(1, columns)
        let natural = fitted.natural
        let share = width / Double(n)
        var widths = Array(repeating: share, count: n)
        if natural.contains(where: { share < $0 }) {
            let spare = width - natural.reduce(Pt.zero, +)
            widths = natural.map { $0 + spare / Double(n) }
            if spare < .zero {
                let least = try fitted.least ?? leastWidths(fitted.header + fitted.body, columns: n, size: fitted.size)
                widths = Self.narrowed(natural, least, to: width)
            }
        }
        let equal = widths == Array(repeating: share, count: n)
        var lefts = [Pt.zero]
        for (i, w) in widths.enumerated() { lefts.append(equal ? share * Double(i + 1) : (lefts.last ?? .zero) + w) }
        return ColumnLayout(widths: widths, lefts: lefts)
    }

    /// Each column's widest single-column cell on one line, plus one character of air.
    private func naturalWidths(_ cells: [PlacedCell], columns n: Int, size: Pt) -> [Pt] {
        var natural = Array(repeating: Pt.zero, count: n)
        for c in cells where c.cell.columnSpan == 1 && c.column < n {
            natural[c.column] = max(natural[c.column], c.natural + size)
        }
        return natural
    }

    /// The air a wrapped cell keeps between its text and its column's edges, in all, as a share of its size: half a
    /// character (a cell on one line keeps a whole one).
    static let wrappedAir = 0.5

    /// Each column's widest piece no line may break inside, plus a wrapped cell's air: measured only for a table that
    /// must wrap.
    private func leastWidths(_ cells: [PlacedCell], columns n: Int, size: Pt) throws -> [Pt] {
        var least = Array(repeating: Pt.zero, count: n)
        for c in cells where c.cell.columnSpan == 1 && c.column < n {
            let piece = try text.widestUnbreakable(c.cell.text, role: TextStyle.chart.role, size: size)
            least[c.column] = max(least[c.column], piece + size * Self.wrappedAir + c.indent)
        }
        return least
    }

    /// The sizes a table too wide for its figures at the theme's size is set in before any is cut: 五号 and 小五,
    /// what statistical tables of many columns use (GB/T 9704 leaves tables' sizes to the drafter).
    static let smallerSizes = [Pt(10.5), Pt(9)]

    /// A table's cells placed at the size they are set in.
    private struct FittedCells {
        /// The cells' size.
        let size: Pt
        /// The header's cells, placed at `size`.
        let header: [PlacedCell]
        /// The body's cells, placed at `size`.
        let body: [PlacedCell]
        /// Each column's widest single-column cell on one line, with its air (`naturalWidths`).
        let natural: [Pt]
        /// Each column's widest unbreakable piece (`leastWidths`), measured when the natural widths do not fit.
        let least: [Pt]?
        /// Whether every cell fits its column, on one line or wrapped, without cutting a figure.
        let fits: Bool
    }

    /// The cells' size: `base`, or for a table whose figures do not fit their columns at it (a 13-column 附表 on a
    /// portrait page), the first of `smallerSizes` at which they do, else the smallest; with the header's and the
    /// body's cells placed at that size.
    private func fittingSize(_ table: TableSpec, base: Pt) throws -> FittedCells {
        let width = metrics.typeArea.size.width, n = max(1, table.columnCount)
        let sizes = [base] + Self.smallerSizes.filter { $0 < base }
        var last = FittedCells(size: base, header: [], body: [], natural: [], least: nil, fits: true)
        let flush = table.flushLeftColumns
        for size in sizes {
            let header = try place(table.header, of: table, size: size),
                body = try place(table.rows, of: table, size: size, flush: flush)
            let natural = naturalWidths(header + body, columns: n, size: size)
            let least =
                natural.reduce(Pt.zero, +) <= width ? nil : try leastWidths(header + body, columns: n, size: size)
            let fits = least.map { $0.reduce(Pt.zero, +) <= width } ?? true
            last = FittedCells(size: size, header: header, body: body, natural: natural, least: least, fits: fits)
            if fits { break }
        }
        return last
    }

    /// Column widths summing to `width` when the natural ones are wider. Columns narrower than a fair share of what
    /// is left keep their natural width (short names and figures stay on one line), repeatedly; the others share
    /// what remains in proportion to their natural widths, none below its widest unbreakable piece. When even those
    /// floors do not fit, the floors scaled down (and cells cut).
    static func narrowed(_ natural: [Pt], _ least: [Pt], to width: Pt) -> [Pt] {
        let floorTotal = least.reduce(Pt.zero, +)
        guard floorTotal < width else {
            return least.map { floorTotal > .zero ? $0 * (width / floorTotal) : width / Double(max(1, least.count)) }
        }
        var widths: [Pt?] = Array(repeating: nil, count: natural.count)
        var left = width
        while true {
            let open = widths.indices.filter { widths[$0] == nil }
            guard !open.isEmpty else { break }
            let fair = left / Double(open.count)
            let fits = open.filter { natural[$0] <= fair }
            if !fits.isEmpty {
                for i in fits { widths[i] = natural[i]; left -= natural[i] }
                continue
            }
            let total = open.reduce(Pt.zero) { $0 + natural[$1] }
            let starved = open.filter { natural[$0] * (left / total) < least[$0] }
            if starved.isEmpty {
                for i in open { widths[i] = natural[i] * (left / total) }
                break
            }
            for i in starved { widths[i] = least[i]; left -= least[i] }
        }
        return widths.map { $0 ?? .zero }
    }

    /// Grid lines each row takes: one, or as many as its tallest cell's lines need; a cell over several rows
    /// lengthens the last of them when they are too short for it.
    private func rowLayout(_ cells: [PlacedCell], rows: Int, size: Pt) -> RowLayout {
        var heights = Array(repeating: 1, count: rows)
        for c in cells where c.cell.rowSpan == 1 && c.row < rows {
            heights[c.row] = max(heights[c.row], gridLines(c.lines.count, size: size))
        }
        for c in cells.filter({ $0.cell.rowSpan > 1 }).sorted(by: { $0.cell.rowSpan < $1.cell.rowSpan }) {
            let end = min(rows, c.row + c.cell.rowSpan)
            guard c.row < end else { continue }
            let need = gridLines(c.lines.count, size: size) - heights[c.row..<end].reduce(0, +)
            if need > 0 { heights[end - 1] += need }
        }
        var tops = [0]
        for h in heights { tops.append((tops.last ?? 0) + h) }
        return RowLayout(tops: tops)
    }

    /// Grid lines `count` lines of text at `leading` take.
    private func gridLines(_ count: Int, size: Pt) -> Int {
        guard count > 1 else { return 1 }
        return max(1, Int(((size * Self.leading * Double(count)) / metrics.linePitch - 1e-9).rounded(.up)))
    }

    /// The header's cells, the thin rules under grouped headings, the thick rule above and the thin one below.
    private func headerItems(
        _ cells: [PlacedCell], rows: RowLayout, count: Int, edges: ColumnLayout, size: Pt
    ) -> [FrameItem] {
        var items = (0..<count).flatMap { row in
            cells.filter { $0.row == row }.flatMap {
                cellItems($0, firstRow: 0, rows: rows, edges: edges, size: size).tagged(.tableHeaderCell)
            }
            .tagged(.tableRow)
        }
        for c in cells where c.cell.columnSpan > 1 && c.row + c.cell.rowSpan < count {
            let inset = Pt(3)
            let y = metrics.linePitch * Double(rows.lines(0, c.row + c.cell.rowSpan))
            let from = Point(x: edges.lefts[c.column] + inset, y: y)
            let to = Point(x: edges.lefts[min(edges.widths.count, c.column + c.cell.columnSpan)] - inset, y: y)
            items.append(.path(.line(from: from, to: to, stroke: Stroke(width: Self.thin))))
        }
        items.append(rule(at: .zero, Self.thick))
        items.append(rule(at: metrics.linePitch * Double(rows.lines(0, count)), Self.thin))
        return items
    }

    /// A cell's lines centred across its columns and between the rows it covers; wrapped lines start at one left
    /// edge, the block centred. A cell flush left starts its lines at `flushX`.
    private func cellItems(
        _ c: PlacedCell, firstRow: Int, rows: RowLayout, edges: ColumnLayout, size: Pt
    ) -> [FrameItem] {
        guard c.column < edges.widths.count else { return [] }
        let span = spanWidth(c, edges)
        let height = rows.lines(c.row, c.row + c.cell.rowSpan)
        let offset = rows.lines(firstRow, c.row)
        if c.lines.count == 1, let line = c.lines.first {
            let x = c.flushLeft ? flushX(c, edges) : edges.lefts[c.column] + max(.zero, (span - line.width) / 2)
            let y = metrics.linePitch * (Double(offset) + Double(height - 1) / 2) + metrics.baselineInCell(size: size)
            return line.items(at: Point(x: x, y: y))
        }
        return stacked(
            c.lines, x: blockX(c, edges), top: metrics.linePitch * Double(offset), height: height, size: size)
    }

    /// Where a flush-left cell's lines start (`PlacedCell.lead`).
    private func flushX(_ c: PlacedCell, _ edges: ColumnLayout) -> Pt { edges.lefts[c.column] + c.lead }

    /// Where a wrapped cell's lines start: the block of them (as wide as its widest line) centred in its columns.
    private func blockX(_ c: PlacedCell, _ edges: ColumnLayout) -> Pt {
        if c.flushLeft { return flushX(c, edges) }
        let block = c.lines.map(\.width).max() ?? .zero
        return edges.lefts[c.column] + max(.zero, (spanWidth(c, edges) - block) / 2)
    }

    /// A one-row group taller than `limit` grid lines in pieces of at most `limit` lines, each a row of its own (a
    /// tagged PDF's rows nest in pages): every cell's lines from the top, as many a piece as fit; a cell of one
    /// line stands in the first piece.
    private func pieces(
        of cells: [PlacedCell], limit: Int, edges: ColumnLayout, size: Pt
    ) -> [(lines: Int, items: [FrameItem])] {
        let leading = size * Self.leading, pitch = metrics.linePitch
        // n lines from the top take (pitch − leading + n × leading) / pitch grid lines, the first centred in its line.
        let grid = { (n: Int) in max(1, Int(((pitch - leading + leading * Double(n)) / pitch - 1e-9).rounded(.up))) }
        let perPiece = max(1, Int(((pitch * Double(limit) - pitch + leading) / leading + 1e-9).rounded(.down)))
        let most = cells.map(\.lines.count).max() ?? 1
        return stride(from: 0, to: most, by: perPiece).map { start in
            var lines = 1
            var items: [FrameItem] = []
            for c in cells {
                let slice = c.lines.dropFirst(start).prefix(perPiece)
                guard !slice.isEmpty, c.column < edges.widths.count else { continue }
                lines = max(lines, grid(slice.count))
                let x = blockX(c, edges)
                items += slice.enumerated().flatMap { j, line in
                    line.items(at: Point(x: x, y: metrics.baselineInCell(size: size) + leading * Double(j)))
                }
                .tagged(.tableCell)
            }
            return (lines, items.tagged(.tableRow))
        }
    }

    /// Body rows as one unit: their grid lines, their items, and what is printed again under the header when the
    /// unit begins a page (a cell over rows that began on the page before).
    private struct Part {
        /// Grid lines the rows take.
        let lines: Int
        /// The rows' items, relative to their top.
        var items: [FrameItem]
        /// What is printed under the repeated header when the part begins a page, relative to the rows' top.
        let carried: [FrameItem]
        /// A part of `lines` grid lines holding `items`, carrying `carried` to a page it begins.
        init(_ lines: Int, _ items: [FrameItem], carried: [FrameItem] = []) {
            self.lines = lines; self.items = items; self.carried = carried
        }
    }

    /// Row `row` of rows joined by row spans taller than a page, as a structure element: the cells that begin in it,
    /// a cell over several rows printed over this one (its text at the top of the rows it covers); and, for the page
    /// this row may begin, the cells over it that began above, over this row.
    private func rowItems(
        _ cells: [PlacedCell], _ row: Int, rows: RowLayout, edges: ColumnLayout, size: Pt
    ) -> (items: [FrameItem], carried: [FrameItem]) {
        func clipped(_ c: PlacedCell) -> PlacedCell {
            var part = c
            part.row = row
            part.cell.rowSpan = 1
            return part
        }
        let items = cells.filter { $0.row == row }.flatMap {
            cellItems(clipped($0), firstRow: row, rows: rows, edges: edges, size: size).tagged(.tableCell)
        }
        let carried = cells.filter { $0.row < row && $0.row + $0.cell.rowSpan > row }.flatMap {
            cellItems(clipped($0), firstRow: row, rows: rows, edges: edges, size: size)
        }
        return (items.tagged(.tableRow), carried)
    }

    /// Lines `leading` apart from `x`, the block centred in `height` grid lines from `top`.
    private func stacked(_ lines: [ShapedLine], x: Pt, top: Pt, height: Int, size: Pt) -> [FrameItem] {
        if lines.count == 1, let line = lines.first {
            return line.items(at: Point(x: x, y: top + metrics.baselineInCell(size: size)))
        }
        let leading = size * Self.leading
        let first = top + (metrics.linePitch * Double(height) - leading * Double(lines.count)) / 2
        return lines.enumerated().flatMap { k, line in
            line.items(at: Point(x: x, y: first + leading * Double(k) + (leading - size) / 2 + size * 0.88))
        }
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
