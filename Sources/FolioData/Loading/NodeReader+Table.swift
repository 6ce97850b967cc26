import Yams

extension NodeReader {
    /// Keys of a `table:` mapping.
    static let tableKeys = ["caption", "columns", "rows", "indicators", "years", "change", "note"]

    /// Reads `- table: { caption, columns + rows | indicators [+ years, change], note }`.
    mutating func readTable(_ node: Node, path: String) -> BodyBlock? {
        guard let outer = fields(node, "a table in \(path)", allowed: ["table"]), let t = outer["table"],
            let f = fields(t, "table", allowed: Self.tableKeys, required: ["caption"])
        else { return nil }
        let caption = f["caption"].flatMap { template($0, "table.caption") }
        let note = f["note"].flatMap { template($0, "table.note") }
        let content: TableDefinition.Content?
        switch (f["rows"], f["indicators"]) {
        case (let rows?, nil): content = readCells(rows, columns: f["columns"], table: t)
        case (nil, let names?): content = readIndicators(names, years: f["years"], change: f["change"])
        default:
            error(
                f["rows"] == nil ? "table has no rows" : "table has both rows and indicators", at: t,
                hint: "give columns: and rows: (cells written out) or indicators: (names from data:)",
                code: "table.shape")
            content = nil
        }
        guard let caption, let content else { return nil }
        return .table(
            TableDefinition(caption: caption, content: content, note: note, location: location(outer.keyNode("table"))))
    }

    /// `columns: [...]` and `rows: [[...], ...]`: every row as long as the header.
    mutating func readCells(_ rowsNode: Node, columns: Node?, table: Node) -> TableDefinition.Content? {
        guard let columns else {
            error(
                "table is missing “columns”", at: table, hint: "add “columns: [指标, 2015年, 2020年]”",
                code: "schema.missing-key")
            return nil
        }
        guard let header = list(columns, "table.columns")?.compactMap({ template($0, "a table column") }),
            let rowNodes = list(rowsNode, "table.rows")
        else { return nil }
        var rows: [[TextTemplate]] = []
        for (i, r) in rowNodes.enumerated() {
            guard let cells = list(r, "row \(i + 1) of table.rows") else { continue }
            if cells.count != header.count {
                error(
                    "row \(i + 1) of the table has \(cells.count) cells but the table has \(header.count) columns",
                    at: r, hint: "write one cell per column; an empty cell is \"\"", code: "table.row-length")
                continue
            }
            rows.append(
                cells.compactMap { c in
                    Self.isNull(c) || c.string == ""
                        ? TextTemplate(literal: "", location: location(c)) : template(c, "a table cell")
                })
        }
        return .cells(columns: header, rows: rows)
    }

    /// A period in `table.years` — a year, a period key or a named period (本期, 上期, 基期) — as a series key.
    mutating func tablePeriod(_ t: String, at node: Node) -> String? {
        if let name = NamedPeriod(rawValue: t) {
            do {
                guard let p = try periods.resolve(name) else {
                    error(
                        "“\(t)” in table.years is a span, not a period", at: node, hint: "name its years instead",
                        code: "data.year")
                    return nil
                }
                return p.key
            } catch let problem {
                error("“\(t)” in table.years: \(problem.message)", at: node, hint: problem.hint, code: problem.code)
                return nil
            }
        }
        do { return try ReportPeriod(parsing: t).key } catch _ {
            error(
                "“\(t)” in table.years is not a year", at: node,
                hint: "write four-digit years (2020), periods (2025H1) or named periods (本期, 上期)", code: "data.year")
            return nil
        }
    }

    /// `indicators: [names]`, `years: [2015, 2020]` (or `[上期, 本期]`), `change: growth | annual-growth | difference | none`.
    mutating func readIndicators(_ node: Node, years: Node?, change: Node?) -> TableDefinition.Content? {
        guard let items = list(node, "table.indicators", single: true) else { return nil }
        var names: [String] = [], locations: [SourceLocation?] = []
        for item in items {
            guard let n = text(item, "a name in table.indicators") else { continue }
            names.append(n); locations.append(location(item))
        }
        var yearList: [String] = []
        if let years, let ys = list(years, "table.years", single: true) {
            for y in ys {
                guard let t = text(y, "a year in table.years") else { continue }
                if let key = tablePeriod(t, at: y) { yearList.append(key) }
            }
        }
        var kind = IndicatorTable.Change.growth
        if let change, let t = text(change, "table.change") {
            if let k = IndicatorTable.Change(rawValue: t) {
                kind = k
            } else {
                let all = IndicatorTable.Change.allCases.map(\.rawValue)
                error(
                    "table.change “\(t)” is not one of \(all.joined(separator: ", "))", at: change,
                    hint: Suggestion.hint(for: t, among: all), code: "schema.enum")
            }
        }
        return .indicators(
            IndicatorTable(
                names: names, locations: locations, years: yearList,
                change: yearList.count < 2 ? .none : kind))
    }
}
