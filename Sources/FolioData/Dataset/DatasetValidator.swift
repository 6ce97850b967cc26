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
        out += pendingFigures(used: used)
        let parts = sumParts
        for v in dataset.values where !used.contains(v.name) && !parts.contains(v.name) {
            out.append(
                Diagnostic(
                    .warning, "the figure “\(v.name)” is never used in the text or a chart", at: v.location,
                    hint: "refer to it as {\(v.name)} or remove it", code: "data.unused"))
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
                        "“\(v.name)” has no \(p.period?.chinese ?? p.year) figure in \(v.origin ?? "its data file") yet",
                        at: p.location ?? v.location,
                        hint: column.map { $0.instruction + "; `folio new-year --add-columns` adds a CSV's column" },
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
                        .error, "unknown name “\(name)” in table.indicators", at: at,
                        hint: Suggestion.hint(for: name, among: dataset.values.map(\.name)) ?? "add it under data:",
                        code: "table.unknown-name"))
                continue
            }
            if table.years.isEmpty, case .series = v.content {
                out.append(
                    Diagnostic(
                        .error, "“\(name)” is a series by year; the table needs years: to show it", at: at,
                        hint: "add years: [\(v.points.map(\.year).joined(separator: ", "))]", code: "table.needs-years")
                )
            }
            let missing = table.years.filter { v.quantity(year: $0) == nil }
            if !table.years.isEmpty && !missing.isEmpty {
                out.append(
                    Diagnostic(
                        .warning, "“\(name)” has no figure for \(missing.joined(separator: ", ")); the table shows “—”",
                        at: at, hint: "add the year under its values:", code: "table.missing-year"))
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
                            "chart “\(chart.id)”: the growth of “\(name)” from \(a.year) to \(b.year) comes to \(Dataset.roughly(rate))%, too large to print",
                            at: item.location ?? chart.location,
                            hint: "check the \(a.year) figure (a base near zero); limits are in docs/limits.md",
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
                .error, "the growth of “\(v.name)” in the table: \(error.message)", at: at, hint: error.hint,
                code: error.code)
        } catch {
            return Diagnostic(
                .warning, "the growth of “\(v.name)” cannot be computed (\(error.message)); the table shows “—”",
                at: at, hint: error.hint, code: "table.no-growth")
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
                                .error, "unknown chart “\(p.id)”", at: p.location,
                                hint: Suggestion.hint(for: p.id, among: dataset.charts.map(\.id))
                                    ?? "declare it under charts:", code: "chart.unknown-id"))
                    } else if placed[p.id] == 2 {
                        out.append(
                            Diagnostic(
                                .warning, "chart “\(p.id)” is placed more than once", at: p.location,
                                hint: "each placement gets its own figure number", code: "chart.placed-twice"))
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
                    .warning, "chart “\(c.id)” is declared but never placed in the body", at: c.location,
                    hint: "add “- chart: \(c.id)” where it belongs", code: "chart.unplaced"))
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
