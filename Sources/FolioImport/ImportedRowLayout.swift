import FolioData

/// The columns and rows a table cell read from a .docx covers (merged cells: w:gridSpan, w:vMerge).
struct CellSpan: Sendable, Equatable {
    /// Columns covered, at least 1.
    var columns: Int
    /// Rows covered, at least 1.
    var rows: Int
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
    /// make a rectangle, in which case it is written plain, every covered cell empty).
    func spannedSections() -> (header: [[(text: String, span: CellSpan)]], body: [[(text: String, span: CellSpan)]])? {
        let all = [columns] + rows
        guard layouts.count == all.count, layouts.contains(where: { $0 != nil }) else { return nil }
        let width = all.map(\.count).max() ?? 0
        let spans: [[CellSpan?]] = layouts.map { layout in
            let given = layout?.spans ?? []
            return given.prefix(width)
                + Array(repeating: CellSpan(columns: 1, rows: 1), count: max(0, width - given.count))
        }
        let plain = spans.allSatisfy { $0.allSatisfy { $0 == CellSpan(columns: 1, rows: 1) } }
        let marked = layouts.prefix { $0?.isHeader == true }.count
        if plain && marked <= 1 { return nil }
        var headerRows = max(1, marked)
        var r = 0
        while r < headerRows {
            for case let s? in spans[r] { headerRows = max(headerRows, min(all.count, r + s.rows)) }
            r += 1
        }
        func section(_ range: Range<Int>) -> [[(text: String, span: CellSpan)]] {
            range.map { r in
                spans[r].enumerated().compactMap { c, s in
                    s.map { (text: c < all[r].count ? all[r][c] : "", span: $0) }
                }
            }
        }
        let header = section(0..<headerRows), body = section(headerRows..<all.count)
        for part in [header, body] {
            let grid = part.map { $0.map { (columns: $0.span.columns, rows: $0.span.rows) } }
            guard (try? TableGrid.place(grid, columns: width)) != nil else { return nil }
        }
        return (header, body)
    }
}
