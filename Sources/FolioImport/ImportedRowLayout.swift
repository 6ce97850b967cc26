import FolioData

/// The columns and rows a table cell read from a .docx covers (merged cells: w:gridSpan, w:vMerge).
struct CellSpan: Sendable, Equatable {
    /// Columns covered, at least 1.
    var columns: Int
    /// Rows covered, at least 1.
    var rows: Int
}

/// What a .docx says about the table rows of its text that the TAB-separated lines cannot, by the line each row is
/// on (from 1).
struct DocxRows: Sendable {
    /// How the rows with merged cells or a header mark cover their grid.
    var layouts: [Int: ImportedRowLayout] = [:]
    /// The cells of each row of a table two grid columns wide or more, empty ones included: a line trimmed loses the
    /// empty cells at its ends, which would move the cells after them to other columns or the row out of its table.
    var cells: [Int: [String]] = [:]
    /// The indents of the cells of such a row, in characters, by grid column (`DocxCell.indent`): only rows with one.
    var indents: [Int: [Int]] = [:]
    /// The first row of each such table: two tables with only an empty paragraph between them stay two.
    var firstRows: Set<Int> = []
    /// The Word heading level (1–4) of each heading paragraph, by line: a Heading 2 under a Heading 1 is a section
    /// inside it, whatever numbers their texts were typed with.
    var headingLevels: [Int: Int] = [:]
    /// The caption a table's first rows gave (its number label and title, `DocxReader.titleRows`), by the line the
    /// reader wrote it on above the table.
    var captions: [Int: String] = [:]
    /// The first rows of the tables in sections Word sets landscape: the tables the drafter turned (横排).
    var landscapeTables: Set<Int> = []
}

/// How one table row read from a .docx covers the table's grid, beside its TAB-separated text.
struct ImportedRowLayout: Sendable, Equatable {
    /// Per grid column: the span of the cell that starts there, or nil where a cell from the left or from
    /// a row above covers it (its text in the row is empty).
    var spans: [CellSpan?]
    /// Whether Word repeats the row at the top of each page (w:tblHeader): a header row.
    var isHeader: Bool
}

extension ImportedTable {
    /// The table as header and body sections of cells that start in each row, with their spans, when the
    /// .docx gave merged cells or several header rows; nil when it is a plain table (or its spans do not
    /// make a rectangle, in which case it is written plain, every covered cell empty). The body keeps at least
    /// one row, as a dataset's table must.
    func spannedSections() -> (header: [[(text: String, span: CellSpan)]], body: [[(text: String, span: CellSpan)]])? {
        let all = [columns] + rows
        guard layouts.count == all.count, layouts.contains(where: { $0 != nil }) else { return nil }
        let width = all.map(\.count).max() ?? 0
        var spans: [[CellSpan?]] = layouts.map { layout in
            let given = layout?.spans ?? []
            return given.prefix(width)
                + Array(repeating: CellSpan(columns: 1, rows: 1), count: max(0, width - given.count))
        }
        let plain = spans.allSatisfy { $0.allSatisfy { $0 == CellSpan(columns: 1, rows: 1) } }
        let marked = layouts.prefix { $0?.isHeader == true }.count
        if (plain && marked <= 1) || all.count < 2 { return nil }
        // A dataset's table has a row under its header: every row marked as a header leaves the last to the body.
        let least = min(max(1, marked), all.count - 1)
        var headerRows = least
        var r = 0
        while r < headerRows {
            for case let s? in spans[r] { headerRows = max(headerRows, min(all.count, r + s.rows)) }
            r += 1
        }
        // A cell merged from the header down through the last row would leave no body: it is cut where the
        // header ends instead, its text in the header.
        if headerRows == all.count {
            headerRows = least
            spans = Self.cut(spans, at: least)
        }
        /// The rows of `range`, a body cell's text written with its indent (`writtenText`).
        func section(_ range: Range<Int>, body: Bool) -> [[(text: String, span: CellSpan)]] {
            range.map { r in
                spans[r].enumerated().compactMap { c, s in
                    let text = body ? writtenText(row: r - 1, column: c) : c < all[r].count ? all[r][c] : ""
                    return s.map { (text: text, span: $0) }
                }
            }
        }
        let header = section(0..<headerRows, body: false), body = section(headerRows..<all.count, body: true)
        for part in [header, body] {
            let grid = part.map { $0.map { (columns: $0.span.columns, rows: $0.span.rows) } }
            guard (try? TableGrid.place(grid, columns: width)) != nil else { return nil }
        }
        return (header, body)
    }

    /// `spans` with every cell above row `row` that reaches below it cut there, and the places it covered below
    /// started again as one cell of the same columns (empty: its text stays above), so that the rows before
    /// `row` and the rows from it are placed apart.
    static func cut(_ spans: [[CellSpan?]], at row: Int) -> [[CellSpan?]] {
        var out = spans
        for (r, cells) in spans.prefix(row).enumerated() {
            for (c, s) in cells.enumerated() {
                guard let s, r + s.rows > row, out[row].indices.contains(c) else { continue }
                out[r][c] = CellSpan(columns: s.columns, rows: row - r)
                out[row][c] = CellSpan(columns: s.columns, rows: r + s.rows - row)
            }
        }
        return out
    }
}
