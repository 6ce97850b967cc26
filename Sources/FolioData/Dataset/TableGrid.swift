/// Where the cells of a table with merged cells stand: each row lists only the cells that start in it
/// (a cell covered by a span from a row above is not written), so a cell's column is the first one not
/// yet covered. The loader uses it to refuse rows that do not fill the table, the layout to place cells.
public enum TableGrid {
    /// Why a section of rows does not make a rectangle.
    public enum Problem: Error, Sendable, Equatable {
        /// Row `row` (0-based) covers `covered` columns where the table has `columns`.
        case rowLength(row: Int, covered: Int, columns: Int)
        /// The cell at `cell` (0-based) in row `row` spans `rowSpan` rows where only `available` remain.
        case rowSpanTooLong(row: Int, cell: Int, rowSpan: Int, available: Int)
    }

    /// The number of columns a section's first row covers.
    public static func columnCount(firstRow spans: [Int]) -> Int { spans.reduce(0) { $0 + max(1, $1) } }

    /// The starting column of every cell, row by row. `spans[r][c]` is the (column span, row span) of
    /// cell `c` of row `r`; every row must cover exactly `columns` columns once the row spans from above
    /// are counted, and no row span may run past the last row of the section.
    public static func place(_ spans: [[(columns: Int, rows: Int)]], columns: Int) throws(Problem) -> [[Int]] {
        var coveredUntil = Array(repeating: 0, count: columns)   // first row no longer covered, per column
        var starts: [[Int]] = []
        for (r, row) in spans.enumerated() {
            var column = 0, rowStarts: [Int] = []
            let fromAbove = coveredUntil.filter { $0 > r }.count
            let problem = Problem.rowLength(
                row: r, covered: row.reduce(fromAbove) { $0 + max(1, $1.columns) }, columns: columns)
            func skipCovered() { while column < columns && coveredUntil[column] > r { column += 1 } }
            for (c, span) in row.enumerated() {
                skipCovered()
                let width = max(1, span.columns), height = max(1, span.rows)
                guard column + width <= columns, (column..<column + width).allSatisfy({ coveredUntil[$0] <= r })
                else { throw problem }
                guard r + height <= spans.count else {
                    throw .rowSpanTooLong(row: r, cell: c, rowSpan: height, available: spans.count - r)
                }
                rowStarts.append(column)
                for k in column..<column + width { coveredUntil[k] = r + height }
                column += width
            }
            skipCovered()
            if column != columns || coveredUntil.contains(where: { $0 <= r }) { throw problem }
            starts.append(rowStarts)
        }
        return starts
    }
}
