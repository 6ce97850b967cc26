import FolioDocument

/// A three-line table (三线表) as a Word table: a thick rule above the header, a thin one under it, a thick one under
/// the last row, none between rows; header rows repeat on each page (w:tblHeader); merged cells as w:gridSpan and
/// w:vMerge; the caption above, the unit at the right, the note below.
struct WordTable {
    let table: TableSpec
    let body: WordBody

    /// The paragraphs and the table.
    var xml: [String] {
        // An appended table (附表1) begins a page, as in the PDF; a landscape one already does, in a section of its own.
        let pageBreak = table.startsPage && table.orientation != .landscape ? "<w:pageBreakBefore/>" : ""
        var out = [body.paragraph("Caption", pageBreak, body.run(table.caption))]
        let rp = body.styles.runProperties(.chart, size: body.styles.cellSize * 0.8)
        if let unit = table.unit {
            out.append(body.paragraph(nil, #"<w:jc w:val="right"/>"# + body.flush, body.run(unit, rp)))
        }
        out.append(grid)
        if let note = table.note { out.append(body.paragraph(nil, body.flush, body.run(note, rp))) }
        return out
    }

    /// The w:tbl element.
    private var grid: String {
        let columns = max(1, table.columnCount)
        let shares = Self.shares(table, columns: columns)   // fiftieths of a percent
        /// The share of the `span` columns from `column`.
        func width(_ column: Int, _ span: Int) -> Int {
            shares[min(column, columns)..<min(columns, column + span)].reduce(0, +)
        }
        var xml =
            #"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/><w:tblBorders>"#
            + #"<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>"#
            + #"</w:tblBorders><w:tblLayout w:type="autofit"/></w:tblPr><w:tblGrid>"#
            + shares.map { #"<w:gridCol w:w="\#(9000 * $0 / 5000)"/>"# }.joined() + "</w:tblGrid>"
        let headerRows = table.header.count
        let flush = table.flushLeftColumns
        for (section, rows) in [(0, table.header), (1, table.rows)] {
            let starts = table.columnStarts(rows) ?? rows.map { Array($0.indices) }
            // The origin of each covered position: (row, column span) of the cell spanning into it.
            var coveredUntil = Array(repeating: 0, count: columns)
            var spanOf = Array(repeating: 1, count: columns)
            for (r, row) in rows.enumerated() {
                let isHeader = section == 0
                let lastHeader = isHeader && r == headerRows - 1
                xml += "<w:tr><w:trPr>" + (isHeader ? "<w:tblHeader/>" : "") + "<w:cantSplit/></w:trPr>"
                var byColumn: [Int: TableCell] = [:]
                for (c, cell) in row.enumerated() where c < starts[r].count { byColumn[starts[r][c]] = cell }
                var column = 0
                while column < columns {
                    let bottom =
                        lastHeader
                        ? #"<w:tcBorders><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>"#
                        : ""
                    if let cell = byColumn[column] {
                        let span = max(1, min(cell.columnSpan, columns - column))
                        let merge = cell.rowSpan > 1 ? #"<w:vMerge w:val="restart"/>"# : ""
                        xml +=
                            "<w:tc><w:tcPr><w:tcW w:w=\"\(width(column, span))\" w:type=\"pct\"/>"
                            + (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "") + merge + bottom
                            + #"<w:vAlign w:val="center"/></w:tcPr>"#
                            + body.paragraph(
                                "TableText",
                                section == 1 && cell.standsFlushLeft(at: column, in: flush) ? flushLeft(cell) : "",
                                body.run(cell.text)) + "</w:tc>"
                        for k in column..<column + span {
                            coveredUntil[k] = r + max(1, cell.rowSpan)
                            spanOf[k] = span
                        }
                        column += span
                    } else if coveredUntil[column] > r {
                        let span = max(1, spanOf[column])
                        xml +=
                            "<w:tc><w:tcPr><w:tcW w:w=\"\(width(column, span))\" w:type=\"pct\"/>"
                            + (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "") + "<w:vMerge/>" + bottom
                            + "</w:tcPr>" + body.paragraph("TableText", "", "") + "</w:tc>"
                        column += span
                    } else {
                        xml +=
                            "<w:tc><w:tcPr><w:tcW w:w=\"\(width(column, 1))\" w:type=\"pct\"/>\(bottom)</w:tcPr>"
                            + body.paragraph("TableText", "", "") + "</w:tc>"
                        column += 1
                    }
                }
                xml += "</w:tr>"
            }
        }
        return xml + "</w:tbl>"
    }

    /// A cell of a flush-left column (`TableSpec.flushLeftColumns`) set flush left, its indent in characters
    /// (w:leftChars, hundredths of a character, which Word reads) and in twips at the cells' size (w:left, for
    /// readers that ignore w:leftChars).
    func flushLeft(_ cell: TableCell) -> String {
        let twips = WordXML.twips(points: Double(cell.indent) * body.styles.cellSize * 0.8)
        let indent =
            #"<w:ind w:leftChars="\#(cell.indent * 100)" w:left="\#(twips)" w:firstLineChars="0" w:firstLine="0"/>"#
        return (cell.indent > 0 ? indent : "") + #"<w:jc w:val="left"/>"#
    }

    /// Each column's share of the table's width, in fiftieths of a percent summing to 5000: in proportion to its widest
    /// cell of one column (a Chinese character counting two, any other character one, and two for the air), none
    /// weighted below half the columns' average: a long item name gets room, figures keep theirs.
    static func shares(_ table: TableSpec, columns: Int) -> [Int] {
        var widths = Array(repeating: 0, count: columns)
        for rows in [table.header, table.rows] {
            let starts = table.columnStarts(rows) ?? rows.map { Array($0.indices) }
            for (r, row) in rows.enumerated() {
                for (c, cell) in row.enumerated() where cell.columnSpan == 1 && r < starts.count && c < starts[r].count
                {
                    let column = starts[r][c]
                    guard column < columns else { continue }
                    let display = cell.text.reduce(2 * cell.indent) { $0 + ($1.isASCII ? 1 : 2) }
                    widths[column] = max(widths[column], display + 2)
                }
            }
        }
        let total = widths.reduce(0, +)
        guard total > 0 else { return Array(repeating: 5000 / columns, count: columns) }
        let least = total / (2 * columns)
        let weights = widths.map { max($0, least, 1) }
        let sum = weights.reduce(0, +)
        var shares = weights.map { 5000 * $0 / sum }
        if let widest = shares.indices.max(by: { shares[$0] < shares[$1] }) {
            shares[widest] += 5000 - shares.reduce(0, +)
        }
        return shares
    }
}
