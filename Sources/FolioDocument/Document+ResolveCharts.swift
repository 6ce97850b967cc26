import FolioData

extension DocumentResolver {
    /// Builds the numbered chart for a placement: categories, series, growth, caption and note.
    mutating func chart(_ placement: ChartPlacement) -> ChartSpec? {
        guard let def = dataset.chart(id: placement.id) else {
            diagnostics.append(Diagnostic(.error, "unknown chart “\(placement.id)”", at: placement.location,
                                          hint: Suggestion.hint(for: placement.id, among: dataset.charts.map(\.id)),
                                          code: "chart.unknown-id"))
            return nil
        }
        guard let kind = ChartKind(rawValue: def.kind) else {
            diagnostics.append(Diagnostic(.error, "unknown chart kind “\(def.kind)”", at: def.location, code: "chart.kind"))
            return nil
        }
        let values = def.series.compactMap { dataset.value(named: $0) }
        guard !values.isEmpty else {
            diagnostics.append(Diagnostic(.error, "chart “\(def.id)” has no series to draw", at: def.location,
                                          code: "chart.empty"))
            return nil
        }
        let mark: SeriesMark = kind == .line ? .line : .bar
        let (categories, series): ([String], [ChartSeries])
        if values.allSatisfy({ !$0.points.isEmpty }) {
            (categories, series) = yearSeries(values, mark: mark)
        } else if values.allSatisfy({ $0.points.isEmpty }) {
            (categories, series) = scalarSeries(values, name: text(def.title), mark: mark)
        } else {
            diagnostics.append(Diagnostic(.error, "chart “\(def.id)” mixes single values and series by year",
                                          at: def.location, hint: "draw either series by year or single values",
                                          code: "chart.mixed"))
            return nil
        }
        var all = series
        if def.growth, let first = series.first {
            all.append(growthSeries(first, kind: kind))
            if first.values.compactMap({ $0 }).count < 2 {
                diagnostics.append(Diagnostic(.warning, "chart “\(def.id)” asks for growth but its data has fewer than two years",
                                              at: def.location, hint: "the growth line stays empty", code: "chart.growth"))
            }
        }
        figures += 1
        return ChartSpec(id: def.id, number: figures, title: text(def.title), kind: kind, categories: categories,
                         series: all, note: note(def, sample: values.contains { $0.isSample }))
    }

    /// Series by year: the categories are every year any series has, ascending; gaps stay nil.
    func yearSeries(_ values: [DataValue], mark: SeriesMark) -> ([String], [ChartSeries]) {
        let years = Set(values.flatMap { $0.points.map(\.year) }).sorted()
        let series = values.map { v in
            ChartSeries(name: v.name, unit: v.unit, values: years.map { v.quantity(year: $0)?.value },
                        mark: mark, axis: .left, decimals: v.points.map(\.quantity.decimals).max() ?? 0,
                        isSample: v.isSample)
        }
        return (years, series)
    }

    /// Single values side by side: the categories are their names, one series.
    func scalarSeries(_ values: [DataValue], name: String, mark: SeriesMark) -> ([String], [ChartSeries]) {
        var figures: [Double?] = [], decimals = 0
        for v in values {
            if case .scalar(let q) = v.content { figures.append(q.value); decimals = max(decimals, q.decimals) }
            else { figures.append(nil) }
        }
        let unit = Set(values.map(\.unit)).count == 1 ? values.first?.unit ?? "" : ""
        return (values.map(\.name), [ChartSeries(name: name, unit: unit, values: figures, mark: mark, axis: .left,
                                                 decimals: decimals, isSample: values.contains { $0.isSample })])
    }

    /// Growth in % between consecutive years the data has (statistical-bulletin 增长速度); nil for the
    /// first year, after a gap's missing figure, and from a zero base (never inf or nan).
    func growthSeries(_ base: ChartSeries, kind: ChartKind) -> ChartSeries {
        var previous: Double?
        var rates: [Double?] = []
        for v in base.values {
            if let v, let p = previous, p != 0 { rates.append((v - p) / abs(p) * 100) } else { rates.append(nil) }
            if let v { previous = v }
        }
        return ChartSeries(name: "增长速度", unit: "%", values: rates, mark: .line, axis: .right, decimals: 1,
                           isSample: base.isSample)
    }

    /// The note below a chart: the dataset's note, "数据来源：…", and "示例数据" for sample figures.
    mutating func note(_ def: ChartDefinition, sample: Bool) -> String? {
        var parts: [String] = []
        if let n = def.note { parts.append(text(n)) }
        if let s = def.source { parts.append("数据来源：" + text(s)) }
        if sample { parts.append("示例数据") }
        let cleaned = parts.filter { !$0.isEmpty }
        return cleaned.isEmpty ? nil : cleaned.joined(separator: "；")
    }
}
