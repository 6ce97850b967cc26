import FolioMessages
/// Checks a dataset as a whole once it is read: every expression evaluates, every placed chart
/// exists, every chart is placed once, every figure is used somewhere.
struct DatasetValidator {
    let dataset: Dataset

    /// All problems and warnings.
    func check() -> [Diagnostic] {
        var out: [Diagnostic] = []
        var used = Set<String>()
        for t in templates() {
            _ = dataset.render(t, diagnostics: &out)
            for case .expression(let e, _, _) in t.parts { Self.names(in: e, into: &used) }
        }
        for c in dataset.charts { used.formUnion(c.series) }
        for t in tables() {
            if case .indicators(let table) = t.content {
                used.formUnion(table.names)
                out += check(table)
            }
        }
        out += checkPlacements()
        out += checkChartGrowth()
        out += checkSigners()
        out += checkSeals()
        out += pendingFigures(used: used)
        let parts = sumParts
        for v in dataset.values where !used.contains(v.name) && !parts.contains(v.name) {
            out.append(
                Diagnostic(
                    .warning, Message("data.unused.figure-name-never-used", ["name": "\(v.name)"]), at: v.location,
                    hint: Message("data.unused.refer-name-remove.hint", ["name": "\(v.name)"]), code: "data.unused"))
        }
        return out
    }

    /// A `data.todo` warning for each figure of the report's period that a data file the text uses does not have
    /// yet (the file is last period's: `PendingColumn`); the rows nothing uses stay quiet.
    func pendingFigures(used: Set<String>) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for v in dataset.values where v.origin != nil && used.contains(v.name) {
            for p in v.points where p.toFill {
                let column = dataset.pendingColumns.first { $0.names.contains(v.name) }
                out.append(
                    Diagnostic(
                        .warning,
                        Message(
                            "data.todo.name-has-value-figure",
                            [
                                "name": "\(v.name)", "value": "\(p.period?.chinese ?? p.year)",
                                "value2": "\(v.origin ?? "its data file")",
                            ]),
                        at: p.location ?? v.location,
                        hint: column.map {
                            Message("column.instruction-add-columns", ["instruction": .message($0.instruction)])
                        },
                        code: "data.todo"))
            }
        }
        return out
    }

    /// Names that `sum:` values add up: used by the sum; figures read from data files (the
    /// statistics station's sheet holds more than one report uses).
    private var sumParts: Set<String> {
        Set(dataset.values.flatMap(\.parts)).union(dataset.values.filter { $0.origin != nil }.map(\.name))
    }

    /// Every table of the body, in reading order.
    func tables() -> [TableDefinition] {
        var list: [TableDefinition] = []
        func walk(_ blocks: [BodyBlock]) {
            for b in blocks {
                if case .table(let t) = b { list.append(t) }
                if case .section(let s) = b { walk(s.body) }
                if case .attachment(let a) = b { walk(a.body) }
            }
        }
        walk(dataset.body)
        return list
    }

    /// Indicator rows name data that exists; a year the data lacks prints “—” and is worth a warning.
    func check(_ table: IndicatorTable) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (i, name) in table.names.enumerated() {
            let at = i < table.locations.count ? table.locations[i] : nil
            guard let v = dataset.value(named: name) else {
                out.append(
                    Diagnostic(
                        .error, Message("table.unknown-name.unknown-name-name-table", ["name": "\(name)"]), at: at,
                        hint: Suggestion.didYouMean(name, among: dataset.values.map(\.name))
                            ?? Message("data.add-under-data"),
                        code: "table.unknown-name"))
                continue
            }
            if table.years.isEmpty, case .series = v.content {
                out.append(
                    Diagnostic(
                        .error, Message("table.needs-years.name-series-year-table", ["name": "\(name)"]), at: at,
                        hint: Message(
                            "table.needs-years.add-years-value.hint",
                            ["value": "\(v.points.map(\.year).joined(separator: ", "))"]), code: "table.needs-years")
                )
            }
            let missing = table.years.filter { v.quantity(year: $0) == nil }
            if !table.years.isEmpty && !missing.isEmpty {
                out.append(
                    Diagnostic(
                        .warning,
                        Message(
                            "table.missing-year.name-has-figure-value",
                            ["name": "\(name)", "value": "\(missing.joined(separator: ", "))"]),
                        at: at, hint: Message("table.missing-year.add-year-under-values.hint"),
                        code: "table.missing-year"))
            } else if let d = changeProblem(v, table, at: at) {
                out.append(d)
            }
        }
        return out
    }

    /// Growth lines of charts whose rate from one year to the next cannot be printed (a base near zero):
    /// an error at the series, as for a growth rate in the prose.
    func checkChartGrowth() -> [Diagnostic] {
        var out: [Diagnostic] = []
        for chart in dataset.charts {
            for item in chart.plottedItems {
                guard case .growth(let name) = item.source, let v = dataset.value(named: name) else { continue }
                let points = v.points
                for (a, b) in zip(points, points.dropFirst()) where a.quantity.value != 0 {
                    let rate = (b.quantity.value - a.quantity.value) / abs(a.quantity.value) * 100
                    guard NumberFormatting.plainIfPrintable(rate, decimals: 1) == nil else { continue }
                    out.append(
                        Diagnostic(
                            .error,
                            Message(
                                "limit.number.chart-id-growth-name",
                                [
                                    "id": "\(chart.id)", "name": "\(name)", "year": "\(a.year)", "year2": "\(b.year)",
                                    "value": "\(Dataset.roughly(rate))",
                                ]),
                            at: item.location ?? chart.location,
                            hint: Message("limit.number.check-year-figure-base.hint", ["year": "\(a.year)"]),
                            code: "limit.number"))
                    break
                }
            }
        }
        return out
    }

    /// Why the table's growth column cannot show `v`'s growth: a located warning when it is legitimately
    /// absent (a zero base: the table shows “—”), an error when it is too large to print.
    func changeProblem(_ v: DataValue, _ table: IndicatorTable, at: SourceLocation?) -> Diagnostic? {
        guard table.change == .growth || table.change == .annualGrowth,
            let y1 = table.years.first, let y2 = table.years.last, y1 != y2
        else { return nil }
        let f: ExpressionFunction = table.change == .growth ? .growth : .annualGrowth
        let call = Expression.call(
            function: f.rawValue,
            arguments: [
                .reference(name: v.name, year: nil),
                .number(Quantity(Double(y1) ?? 0, decimals: 0), text: y1),
                .number(Quantity(Double(y2) ?? 0, decimals: 0), text: y2),
            ])
        do {
            _ = try dataset.printed(dataset.evaluate(call))
            return nil
        } catch  where error.code == "limit.number" {
            return Diagnostic(
                .error,
                Message(
                    "data.growth-name-table-message", ["name": "\(v.name)", "message": .message(error.messageText)]),
                at: at, hint: error.hintText,
                code: error.code)
        } catch {
            return Diagnostic(
                .warning,
                Message(
                    "table.no-growth.growth-name-cannot-computed",
                    ["name": "\(v.name)", "message": .message(error.messageText)]),
                at: at, hint: error.hintText, code: "table.no-growth")
        }
    }

    /// Every piece of prose in the dataset, in file order.
    func templates() -> [TextTemplate] {
        var list = [dataset.report.title]
        for c in dataset.charts { list += [c.title] + [c.source, c.note].compactMap { $0 } }
        func walk(_ blocks: [BodyBlock]) {
            for b in blocks {
                switch b {
                case .paragraph(let t): list.append(t)
                case .section(let s):
                    list.append(s.title)
                    if let r = s.runIn { list.append(r) }
                    walk(s.body)
                case .table(let t):
                    list.append(t.caption)
                    list += [t.unit, t.note].compactMap { $0 }
                    if case .cells(let header, let rows) = t.content {
                        list += (header + rows).flatMap { $0.map(\.text) }
                    }
                case .image(let i): list += [i.caption, i.alt].compactMap { $0 }
                case .attachment(let a):
                    list.append(a.title)
                    walk(a.body)
                case .chart: break
                }
            }
        }
        walk(dataset.body)
        return list
    }

    /// Placed charts exist; each chart is placed exactly once.
    func checkPlacements() -> [Diagnostic] {
        var out: [Diagnostic] = [], placed: [String: Int] = [:]
        func walk(_ blocks: [BodyBlock]) {
            for b in blocks {
                switch b {
                case .chart(let p):
                    placed[p.id, default: 0] += 1
                    if dataset.chart(id: p.id) == nil {
                        out.append(
                            Diagnostic(
                                .error, Message("chart.unknown-id.unknown-chart-id", ["id": "\(p.id)"]), at: p.location,
                                hint: Suggestion.didYouMean(p.id, among: dataset.charts.map(\.id))
                                    ?? Message("chart.unknown-id.declare.hint"), code: "chart.unknown-id"))
                    } else if placed[p.id] == 2 {
                        out.append(
                            Diagnostic(
                                .warning, Message("chart.placed-twice.chart-id-placed-more", ["id": "\(p.id)"]),
                                at: p.location,
                                hint: Message("chart.placed-twice.each-placement-gets-own.hint"),
                                code: "chart.placed-twice"))
                    }
                case .section(let s): walk(s.body)
                case .attachment(let a): walk(a.body)
                case .paragraph, .table, .image: break
                }
            }
        }
        walk(dataset.body)
        for c in dataset.charts where placed[c.id] == nil {
            out.append(
                Diagnostic(
                    .warning, Message("chart.unplaced.chart-id-declared-but", ["id": "\(c.id)"]), at: c.location,
                    hint: Message("chart.unplaced.add-chart-id-where.hint", ["id": "\(c.id)"]), code: "chart.unplaced"))
        }
        return out
    }

    /// Collects the data names an expression refers to.
    static func names(in e: Expression, into set: inout Set<String>) {
        switch e {
        case .number, .period: break
        case .reference(let n, _): set.insert(n)
        case .negate(let a): names(in: a, into: &set)
        case .binary(_, let a, let b): names(in: a, into: &set); names(in: b, into: &set)
        case .call(_, let args): for a in args { names(in: a, into: &set) }
        case .formatted(let a, _): names(in: a, into: &set)
        }
    }
}
