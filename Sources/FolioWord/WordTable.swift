import FolioDocument

/// A three-line table (三线表) as a Word table: a thick rule above the header, a thin one under it, a thick one under
/// the last row, none between rows; header rows repeat on each page (w:tblHeader); merged cells as w:gridSpan and
/// w:vMerge; the caption above, the unit at the right, the note below.
struct WordTable {
    let table: TableSpec
    let body: WordBody

    /// The paragraphs and the table.
    var xml: [String] {
        var out = [body.paragraph("Caption", "", body.run(table.caption))]
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
        let width = 5000 / columns   // fiftieths of a percent
        var xml =
            #"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/><w:tblBorders>"#
            + #"<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>"#
            + #"</w:tblBorders><w:tblLayout w:type="autofit"/></w:tblPr><w:tblGrid>"#
            + String(repeating: #"<w:gridCol w:w="\#(9000 / columns)"/>"#, count: columns) + "</w:tblGrid>"
        let headerRows = table.header.count
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
                            "<w:tc><w:tcPr><w:tcW w:w=\"\(width * span)\" w:type=\"pct\"/>"
                            + (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "") + merge + bottom
                            + #"<w:vAlign w:val="center"/></w:tcPr>"#
                            + body.paragraph("TableText", "", body.run(cell.text)) + "</w:tc>"
                        for k in column..<column + span {
                            coveredUntil[k] = r + max(1, cell.rowSpan)
                            spanOf[k] = span
                        }
                        column += span
                    } else if coveredUntil[column] > r {
                        let span = max(1, spanOf[column])
                        xml +=
                            "<w:tc><w:tcPr><w:tcW w:w=\"\(width * span)\" w:type=\"pct\"/>"
                            + (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "") + "<w:vMerge/>" + bottom
                            + "</w:tcPr>" + body.paragraph("TableText", "", "") + "</w:tc>"
                        column += span
                    } else {
                        xml +=
                            "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"pct\"/>\(bottom)</w:tcPr>"
                            + body.paragraph("TableText", "", "") + "</w:tc>"
                        column += 1
                    }
                }
                xml += "</w:tr>"
            }
        }
        return xml + "</w:tbl>"
    }
}
