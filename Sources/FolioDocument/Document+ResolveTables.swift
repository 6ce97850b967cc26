import FolioData

extension DocumentResolver {
    /// Resolves a table: numbered caption (表1 …, captions above tables as statistical bulletins
    /// print them; a table with its own `label`, 附表1, takes that and no number), header and cells evaluated against
    /// the data.
    mutating func table(_ def: TableDefinition) -> TableSpec {
        if def.label == nil { tables += 1 }
        let caption = (def.label ?? "表\(tables)") + " " + text(def.caption)
        let note = def.note.map { text($0) }
        let unit = def.unit.map { text($0) }
        var spec: TableSpec
        switch def.content {
        case .cells(let header, let rows):
            let cells = { (row: [TableCellDefinition]) in
                row.map { TableCell(self.text($0.text), columnSpan: $0.columnSpan, rowSpan: $0.rowSpan) }
            }
            let bodyCells = { (row: [TableCellDefinition]) in
                row.map { TableCell(indenting: self.text($0.text), columnSpan: $0.columnSpan, rowSpan: $0.rowSpan) }
            }
            spec = TableSpec(
                caption: caption, unit: unit, header: header.map(cells), rows: rows.map(bodyCells), note: note)
        case .indicators(let t):
            let (header, rows) = indicatorRows(t)
            spec = TableSpec(caption: caption, unit: unit, header: header, rows: rows, note: note)
        }
        spec.orientation = def.orientation
        spec.startsPage = def.label != nil
        return spec
    }

    /// Placeholder for a figure the data lacks: the 一字线 statistical tables use.
    static let missing = "—"

    /// 指标 | 单位 | 2015年 | 2020年 | 增长（%）, or 指标 | 单位 | 数值 for single values.
    func indicatorRows(_ t: IndicatorTable) -> ([String], [[String]]) {
        let values = t.names.compactMap { dataset.value(named: $0) }
        if t.years.isEmpty {
            let rows = values.map { v -> [String] in
                if case .scalar(let q) = v.content {
                    return [v.name, v.unit, v.toFill ? Dataset.toFillMarker : q.formatted]
                }
                return [v.name, v.unit, Self.missing]
            }
            return (["指标", "单位", "数值"], rows)
        }
        var header = ["指标", "单位"] + t.years.map { key in (try? ReportPeriod(parsing: key).chinese) ?? "\(key)年" }
        switch t.change {
        case .growth: header.append("增长（%）")
        case .annualGrowth: header.append("年均增长（%）")
        case .difference: header.append("增减")
        case .none: break
        }
        let rows = values.map { v -> [String] in
            var row =
                [v.name, v.unit]
                + t.years.map { key in
                    guard let p = v.points.first(where: { $0.year == key }) else { return Self.missing }
                    return p.toFill ? Dataset.toFillMarker : p.quantity.formatted
                }
            if t.change != .none { row.append(change(v, t)) }
            return row
        }
        return (header, rows)
    }

    /// The change from the first to the last year, as the column asks; “—” without both figures
    /// or from a zero base.
    func change(_ v: DataValue, _ t: IndicatorTable) -> String {
        guard let y1 = t.years.first, let y2 = t.years.last, let a = v.quantity(year: y1), let b = v.quantity(year: y2)
        else {
            return Self.missing
        }
        if v.points.contains(where: { $0.toFill && ($0.year == y1 || $0.year == y2) }) { return Dataset.toFillMarker }
        let start: Expression = .period(y1)
        let end: Expression = .period(y2)
        let series: Expression = .reference(name: v.name, year: nil)
        switch t.change {
        case .difference:
            return Quantity(b.value - a.value, decimals: max(a.decimals, b.decimals)).formatted
        case .growth, .annualGrowth:
            let f = t.change == .growth ? ExpressionFunction.growth : .annualGrowth
            guard
                case .percent(let p, let d)? = try? dataset.evaluate(
                    .call(function: f.rawValue, arguments: [series, start, end]))
            else {
                return Self.missing
            }
            return NumberFormatting.plain(p, decimals: d)
        case .none:
            return ""
        }
    }
}
