import FolioData

/// Where the cell covering a place of a table's grid starts: its row (the header row is 0) and grid column.
struct CellOrigin: Sendable, Equatable {
    /// The row, 0 for the header row.
    var row: Int
    /// The grid column.
    var column: Int
}

extension ImportedTable {
    /// The grid columns the table covers: its widest row.
    var width: Int { ([columns] + rows).map(\.count).max() ?? 0 }

    /// Removes the columns at the left that are empty in every row, the header's included: a text indented by a
    /// TAB throughout reads as rows that each begin with an empty cell (`SourceLine.leadingTabs`). They hold no
    /// text. A table with merged cells keeps its columns, as its layouts count them.
    mutating func dropEmptyLeadingColumns() {
        guard layouts.allSatisfy({ $0 == nil }) else { return }
        let empty = ([columns] + rows).map { $0.prefix { $0.isEmpty }.count }.min() ?? 0
        guard empty > 0, empty < width else { return }
        columns = Array(columns.dropFirst(empty))
        rows = rows.map { Array($0.dropFirst(empty)) }
        indents = indents.map { Array($0.dropFirst(empty)) }
    }

    /// The indent `indents` give the cell at `row` (the header row 0) and `column`; 0 where they give none.
    static func indent(_ indents: [[Int]], _ row: Int, _ column: Int) -> Int {
        row >= 0 && row < indents.count && column >= 0 && column < indents[row].count ? indents[row][column] : 0
    }

    /// The text a body cell is written with: its indent (`indents`) as that many full-width spaces before it, which a
    /// dataset's table cell reads as its indent (`TableCell.indent`). `row` counts the body rows from 0.
    func writtenText(row: Int, column: Int) -> String {
        let text = row < rows.count && column < rows[row].count ? rows[row][column] : ""
        let indent = Self.indent(indents, row + 1, column)
        return indent > 0 && !text.isEmpty ? String(repeating: "\u{3000}", count: indent) + text : text
    }

    /// The table cut into tables of at most `limit` columns, as a dataset's table has at most
    /// `InputLimits.maxTableColumns`: the first holds the first `limit` columns, each after it the first column again
    /// (the row labels, 指标) and the next `limit − 1`, its caption marked （续表）. A merged cell a cut runs through
    /// is cut too, its text in each part, so no cell's text is lost. A table narrow enough is returned as it is.
    func split(columns limit: Int) -> [ImportedTable] {
        let width = self.width
        guard width > limit, limit >= 2 else { return [self] }
        var parts = [Array(0..<limit)], next = limit
        while next < width {
            let end = min(width, next + limit - 1)
            parts.append([0] + Array(next..<end))
            next = end
        }
        let origins = origins(width: width)
        return parts.enumerated().map { i, kept in part(kept, origins: origins, continued: i > 0) }
    }

    /// For each row and grid column, where the cell covering it starts: itself, or a merged cell's first place
    /// (`layouts`). A place a layout leaves uncovered stands for itself.
    func origins(width: Int) -> [[CellOrigin]] {
        let count = rows.count + 1
        var origin = (0..<count).map { r in (0..<width).map { CellOrigin(row: r, column: $0) } }
        var covered = Array(repeating: Array(repeating: false, count: width), count: count)
        for (r, layout) in layouts.prefix(count).enumerated() {
            for (c, span) in (layout?.spans ?? []).prefix(width).enumerated() {
                guard let span, !covered[r][c] else { continue }
                for below in r..<min(count, r + span.rows) {
                    for right in c..<min(width, c + span.columns) where !covered[below][right] {
                        covered[below][right] = true
                        origin[below][right] = CellOrigin(row: r, column: c)
                    }
                }
            }
        }
        return origin
    }

    /// The table cut down to the grid columns `kept` (in order): a cell starts where the place to its left and
    /// the one above belong to other cells, and spans the kept places its cell covers, with that cell's text.
    private func part(_ kept: [Int], origins: [[CellOrigin]], continued: Bool) -> ImportedTable {
        let all = [columns] + rows
        var texts: [[String]] = [], spans: [[CellSpan?]] = [], partIndents: [[Int]] = []
        for r in all.indices {
            var rowTexts: [String] = [], rowSpans: [CellSpan?] = [], rowIndents: [Int] = []
            for (j, c) in kept.enumerated() {
                let o = origins[r][c]
                guard j == 0 || origins[r][kept[j - 1]] != o, r == 0 || origins[r - 1][c] != o else {
                    rowTexts.append(""); rowSpans.append(nil); rowIndents.append(0); continue
                }
                let across = kept[j...].prefix { origins[r][$0] == o }.count
                let down = origins[r...].prefix { $0[c] == o }.count
                rowTexts.append(o.column < all[o.row].count ? all[o.row][o.column] : "")
                rowSpans.append(CellSpan(columns: across, rows: down))
                rowIndents.append(Self.indent(indents, o.row, o.column))
            }
            texts.append(rowTexts); spans.append(rowSpans); partIndents.append(rowIndents)
        }
        var part = self
        part.columns = texts[0]; part.rows = Array(texts.dropFirst())
        part.indents = indents.isEmpty ? [] : partIndents
        if continued { part.caption = caption.map { $0 + "（续表）" } }
        // A table read from text has no layouts: its parts have none either.
        if layouts.contains(where: { $0 != nil }) {
            part.layouts = spans.enumerated().map { r, s in
                ImportedRowLayout(spans: s, isHeader: r < layouts.count && layouts[r]?.isHeader == true)
            }
        }
        return part
    }
}

extension ImportedTable {
    /// A caption that opens with a 附表 label (“附表1 2025年全市一般公共预算收入完成情况表”) as the table's own label and
    /// the rest: a dataset's `label:` prints it in place of the theme's 表N (an appended table keeps its number).
    static func labelled(_ caption: String?) -> (label: String?, caption: String?) {
        guard let caption, caption.hasPrefix("附表"),
            let space = caption.firstIndex(where: { $0.isWhitespace })
        else { return (nil, caption) }
        var label = String(caption[..<space])
        while label.last == "：" || label.last == ":" { label.removeLast() }
        guard isNumberLabel(label) else { return (nil, caption) }
        let rest = String(caption[space...].drop { $0.isWhitespace })
        return (label, rest.isEmpty ? nil : rest)
    }

    /// Whether `text` is a table's number label alone: 附表1, 表2, 附表一, 附表3：.
    static func isNumberLabel(_ text: String) -> Bool {
        var t = Substring(text.filter { !$0.isWhitespace })
        if t.last == "：" || t.last == ":" { t = t.dropLast() }
        if t.hasPrefix("附") { t = t.dropFirst() }
        guard t.first == "表" else { return false }
        let number = t.dropFirst()
        return !number.isEmpty && number.count <= 4
            && number.allSatisfy { TextScan.digit($0) != nil || TextScan.chineseDigits[$0] != nil }
    }
}
