import FolioMessages
import Yams

extension NodeReader {
    /// Keys of a `table:` mapping.
    static let tableKeys = [
        "caption", "label", "orientation", "unit", "columns", "rows", "indicators", "years", "change", "note",
    ]
    /// Keys of a table cell written as a mapping.
    static let cellKeys = ["text", "colspan", "rowspan"]

    /// Reads `- table: { caption, label, orientation, unit, columns + rows | indicators [+ years, change], note }`.
    mutating func readTable(_ node: Node, path: String) -> BodyBlock? {
        guard let outer = fields(node, "a table in \(path)", allowed: ["table"]), let t = outer["table"],
            let f = fields(t, "table", allowed: Self.tableKeys, required: ["caption"])
        else { return nil }
        let caption = f["caption"].flatMap { template($0, "table.caption") }
        let unit = f["unit"].flatMap { template($0, "table.unit") }
        let note = f["note"].flatMap { template($0, "table.note") }
        let label = f["label"].flatMap { text($0, "table.label") }
        let orientation = f["orientation"].flatMap {
            choice($0, "table.orientation", among: TableOrientation.allCases.map(\.rawValue), code: "table.orientation")
        }
        let content: TableDefinition.Content?
        switch (f["rows"], f["indicators"]) {
        case (let rows?, nil): content = readCells(rows, columns: f["columns"], table: t)
        case (nil, let names?): content = readIndicators(names, years: f["years"], change: f["change"])
        default:
            error(
                Message(f["rows"] == nil ? "table.shape.no-rows" : "table.shape.rows-and-indicators"), at: t,
                hint: Message("table.shape.give-columns-rows-cells.hint"),
                code: "table.shape")
            content = nil
        }
        guard let caption, let content else { return nil }
        return .table(
            TableDefinition(
                caption: caption, content: content, unit: unit, note: note, location: location(outer.keyNode("table")),
                label: label, orientation: orientation.flatMap(TableOrientation.init(rawValue:))))
    }

    /// `columns:` — one header row (a list of cells) or several (a list of lists) — and `rows: [[...], ...]`.
    /// A cell is text or `{text, colspan, rowspan}`; cells covered by a span are left out, and every row
    /// must cover the table's columns (TableGrid).
    mutating func readCells(_ rowsNode: Node, columns: Node?, table: Node) -> TableDefinition.Content? {
        guard let columns else {
            error(
                Message("schema.missing-key.table-missing-columns"), at: table,
                hint: Message("schema.missing-key.add-columns.hint"),
                code: "schema.missing-key")
            return nil
        }
        guard let headerNodes = list(columns, "table.columns"), let rowNodes = list(rowsNode, "table.rows") else {
            return nil
        }
        let severalRows = headerNodes.contains { if case .sequence = $0 { return true } else { return false } }
        if severalRows, let single = headerNodes.first(where: { if case .sequence = $0 { false } else { true } }) {
            error(
                Message("table.shape.table-columns-mixes-header"), at: single,
                hint: Message("table.shape.write-one-header-row.hint"), code: "table.shape")
            return nil
        }
        let headerRowNodes = severalRows ? headerNodes : [columns]
        let header = headerRowNodes.enumerated().compactMap { i, r in cellRow(r, "header row \(i + 1) of table.columns")
        }
        let body = rowNodes.enumerated().compactMap { i, r in cellRow(r, "row \(i + 1) of table.rows") }
        guard header.count == headerRowNodes.count, body.count == rowNodes.count else { return nil }
        let width = TableGrid.columnCount(firstRow: header.first?.map(\.columnSpan) ?? [])
        guard width > 0 else {
            error(
                Message("schema.empty.table-columns-empty"), at: columns,
                hint: Message("schema.empty.name-columns.hint"),
                code: "schema.empty")
            return nil
        }
        guard width <= InputLimits.maxTableColumns else {
            error(
                Message(
                    "limit.table-columns.table-has-width-columns",
                    ["width": "\(width)", "limit": "\(InputLimits.maxTableColumns)"]), at: columns,
                hint: Message("limit.table-columns.split-into-tables-turn.hint"),
                code: "limit.table-columns")
            return nil
        }
        guard checkGrid(header, width: width, nodes: headerRowNodes, section: Message("table.section.header-row")),
            checkGrid(body, width: width, nodes: rowNodes, section: Message("table.section.row"))
        else { return nil }
        return .cells(header: header, rows: body)
    }

    /// The cells of one row, or nil (with the errors reported) when a cell cannot be read.
    private mutating func cellRow(_ node: Node, _ path: String) -> [TableCellDefinition]? {
        guard let cells = list(node, path) else { return nil }
        var row: [TableCellDefinition] = []
        for c in cells {
            guard let cell = tableCell(c) else { return nil }
            row.append(cell)
        }
        return row
    }

    /// A cell: text (empty and null allowed), or a mapping with text and spans.
    private mutating func tableCell(_ c: Node) -> TableCellDefinition? {
        guard case .mapping = c else {
            if Self.isNull(c) || c.string == "" {
                return TableCellDefinition(text: TextTemplate(literal: "", location: location(c)))
            }
            return template(c, "a table cell").map { TableCellDefinition(text: $0) }
        }
        guard let f = fields(c, "a table cell", allowed: Self.cellKeys) else { return nil }
        let text =
            f["text"].map {
                Self.isNull($0) || $0.string == ""
                    ? TextTemplate(literal: "", location: location($0)) : template($0, "a table cell")
            }
            ?? TextTemplate(literal: "", location: location(c))
        let columns = f["colspan"].map { span($0, "colspan") } ?? 1
        let rows = f["rowspan"].map { span($0, "rowspan") } ?? 1
        guard let text, let columns, let rows else { return nil }
        return TableCellDefinition(text: text, columnSpan: columns, rowSpan: rows)
    }

    /// A cell's span: a whole number from 1 to the column limit (colspan) or the body limit (rowspan).
    private mutating func span(_ node: Node, _ key: String) -> Int? {
        let most = key == "colspan" ? InputLimits.maxTableColumns : InputLimits.maxBodyItems
        guard let t = text(node, "a table cell's \(key)"), let n = Int(t), (1...most).contains(n) else {
            error(
                Message("table.span.table-cell-s-key", ["key": "\(key)", "most": "\(most)"]), at: node,
                hint: Message(
                    "table.span.write-how-many-value.hint",
                    ["value": "\(key == "colspan" ? "columns" : "rows")", "key": "\(key)"]),
                code: "table.span")
            return nil
        }
        return n
    }

    /// Reports the first row of a section (header or body) that does not fill the table's columns.
    private mutating func checkGrid(
        _ rows: [[TableCellDefinition]], width: Int, nodes: [Node], section: Message
    ) -> Bool {
        do {
            _ = try TableGrid.place(rows.map { $0.map { (columns: $0.columnSpan, rows: $0.rowSpan) } }, columns: width)
            return true
        } catch {
            switch error {
            case .rowLength(let r, let covered, let columns):
                let plain = rows.allSatisfy { $0.allSatisfy { $0.columnSpan == 1 && $0.rowSpan == 1 } }
                self.error(
                    Message(
                        plain ? "table.row-length.cells" : "table.row-length.covers",
                        [
                            "section": .message(section), "row": .number(r + 1), "covered": .number(covered),
                            "columns": .number(columns),
                        ]),
                    at: nodes[min(r, nodes.count - 1)],
                    hint:
                        Message("table.row-length.write-one-cell-per.hint"),
                    code: "table.row-length")
            case .rowSpanTooLong(let r, _, let span, let available):
                self.error(
                    Message(
                        section.id == "table.section.header-row"
                            ? "table.span.in-header" : "table.span.cell-section-value-table",
                        [
                            "section": .message(section), "value": "\(r + 1)", "span": "\(span)",
                            "available": "\(available)",
                        ]),
                    at: nodes[min(r, nodes.count - 1)],
                    hint: Message("table.span.lower-rowspan-available.hint", ["available": "\(available)"]),
                    code: "table.span")
            }
        }
        return false
    }

    /// A period in `table.years` — a year, a period key or a named period (本期, 上期, 基期, 本年-4) — as a
    /// series key.
    mutating func tablePeriod(_ t: String, at node: Node) -> String? {
        namedOrLiteralPeriod(t, at: node, path: "table.years")?.key
    }

    /// A period written in `years:` — a named period (本期, 基期), one shifted by years (本年-4) or a
    /// literal (2025, 2025H1) — resolved against `report.period` and `report.plan`.
    mutating func namedOrLiteralPeriod(_ t: String, at node: Node, path: String) -> ReportPeriod? {
        if NamedPeriod(rawValue: t) != nil || PeriodContext.shifted(t) != nil {
            do {
                guard let p = try periods.resolve(text: t) else {
                    error(
                        Message("data.year.value-table-years-span", ["value": "\(t)", "path": "\(path)"]), at: node,
                        hint: Message("data.year.name-years-instead.hint"),
                        code: "data.year")
                    return nil
                }
                return p
            } catch let problem {
                error(
                    Message(
                        "data.value-table-years-message",
                        ["value": "\(t)", "path": "\(path)", "message": .message(problem.messageText)]),
                    at: node, hint: problem.hintText, code: problem.code)
                return nil
            }
        }
        do { return try ReportPeriod(parsing: t) } catch _ {
            error(
                Message("data.year.value-table-years-year", ["value": "\(t)", "path": "\(path)"]), at: node,
                hint: Message("data.year.write-four-digit-years.hint"), code: "data.year")
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
                    Message(
                        "schema.enum.table-change-value-one",
                        ["value": "\(t)", "value2": "\(all.joined(separator: ", "))"]), at: change,
                    hint: Suggestion.didYouMean(t, among: all), code: "schema.enum")
            }
        }
        return .indicators(
            IndicatorTable(
                names: names, locations: locations, years: yearList,
                change: yearList.count < 2 ? .none : kind))
    }
}
