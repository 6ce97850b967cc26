import FolioMessages
import FolioData

extension DocumentResolver {
    /// Builds the numbered chart for a placement: categories, series (computed ones included), caption, note.
    mutating func chart(_ placement: ChartPlacement) -> ChartSpec? {
        guard let def = dataset.chart(id: placement.id) else {
            diagnostics.append(
                Diagnostic(
                    .error, Message("chart.unknown-id.unknown-chart-id", ["id": "\(placement.id)"]),
                    at: placement.location,
                    hint: Suggestion.didYouMean(placement.id, among: dataset.charts.map(\.id)),
                    code: "chart.unknown-id"))
            return nil
        }
        guard let kind = ChartKind(rawValue: def.kind) else {
            diagnostics.append(
                Diagnostic(
                    .error, Message("chart.kind.unknown-chart-kind-kind", ["kind": "\(def.kind)"]), at: def.location,
                    code: "chart.kind"))
            return nil
        }
        let columns = def.plottedItems.compactMap { column($0, chart: def) }
        for c in columns where c.isGrowth && c.presentCount == 0 {
            let value = c.item.source.names.first.flatMap { dataset.value(named: $0) }
            // Figures still to fill in (a draft, an import's chart placeholders) are no zero base years: nothing to say
            // until they are filled in (the build lists them).
            if value?.points.contains(where: \.toFill) == true { continue }
            let years = value?.points.count ?? 0
            let why = years < 2 ? Message("document.data-has-fewer-than") : Message("document.every-base-year-zero")
            diagnostics.append(
                Diagnostic(
                    .warning, Message("chart.growth.chart-id-asks-growth", ["id": "\(def.id)", "why": .message(why)]),
                    at: c.item.location ?? def.location, hint: Message("chart.growth.growth-line-stays-empty.hint"),
                    code: "chart.growth"))
        }
        guard !columns.isEmpty else {
            diagnostics.append(
                Diagnostic(
                    .error, Message("chart.empty.chart-id-has-series", ["id": "\(def.id)"]), at: def.location,
                    code: "chart.empty"))
            return nil
        }
        let (categories, series): ([String], [ChartSeries])
        if columns.allSatisfy(\.isYearly) {
            (categories, series) = yearSeries(columns, kind: kind, years: def.years)
        } else if columns.allSatisfy({ !$0.isYearly }) {
            (categories, series) = scalarSeries(columns, title: text(def.title), kind: kind)
        } else {
            diagnostics.append(
                Diagnostic(
                    .error, Message("chart.mixed.chart-id-mixes-single", ["id": "\(def.id)"]),
                    at: def.location, hint: Message("chart.mixed.draw-either-series-year.hint"),
                    code: "chart.mixed"))
            return nil
        }
        guard !categories.isEmpty else {
            diagnostics.append(
                Diagnostic(
                    .error, Message("chart.empty.chart-id-has-figures", ["id": "\(def.id)"]),
                    at: def.location, hint: Message("chart.empty.check-years-against-years.hint"),
                    code: "chart.empty"))
            return nil
        }
        figures += 1
        var spec = ChartSpec(
            id: def.id, number: figures, title: text(def.title), kind: kind, categories: categories,
            series: series, note: note(def, sample: columns.contains(where: \.isSample)))
        if columns.allSatisfy({ $0.presentCount == 0 }) && columns.contains(where: { !$0.pendingYears.isEmpty }) {
            spec.pendingMarker = Dataset.toFillMarker
        }
        return spec
    }

    /// One plotted series before the categories are known: by year, or a single figure.
    func column(_ item: ChartSeriesItem, chart def: ChartDefinition) -> ChartColumn? {
        let inputs = item.source.names.compactMap { dataset.value(named: $0) }
        guard inputs.count == item.source.names.count, let first = inputs.first else { return nil }
        let sample = inputs.contains(where: \.isSample)
        var c = ChartColumn(
            item: item, name: first.name, unit: first.unit, decimals: Self.decimals(first),
            isSample: sample, content: .scalar(nil))
        c.pendingYears = Set(first.points.filter(\.toFill).map(\.year))
        switch item.source {
        case .value:
            if case .scalar(let q) = first.content {
                c.content = .scalar(q.value)
            } else {
                c.content = .yearly(Self.byYear(first))
            }
        case .growth:
            let years = first.filledPoints.map(\.year)
            let (rates, labels) = SeriesMath.growth(first.filledPoints.map { $0.quantity.value }, years: years)
            c.name = "增长速度"; c.unit = "%"; c.decimals = 1
            c.content = .yearly(
                Dictionary(
                    zip(years, rates).compactMap { y, r in r.map { (y, $0) } },
                    uniquingKeysWith: { a, _ in a }))
            c.labels = Dictionary(
                zip(years, labels).compactMap { y, l in l.map { (y, $0) } }, uniquingKeysWith: { a, _ in a })
        case .difference:
            let second = inputs[inputs.count - 1]
            c.name = "\(first.name)与\(second.name)之差"
            c.decimals = max(Self.decimals(first), Self.decimals(second))
            switch (first.content, second.content) {
            case let (.scalar(a), .scalar(b)): c.content = .scalar(a.value - b.value)
            default:
                let a = Self.byYear(first), b = Self.byYear(second)
                c.content = .yearly(
                    Dictionary(
                        a.compactMap { y, v in b[y].map { (y, v - $0) } },
                        uniquingKeysWith: { x, _ in x }))
            }
        case .cagr:
            // From the first year drawn to the last (`years: [基期, 本年]`), else over every filled year.
            c.unit = "%"; c.decimals = 1
            let points = first.filledPoints.filter { p in
                def.years.map { r in Int(p.year).map(r.contains) ?? false } ?? true
            }
            c.content = .scalar(SeriesMath.cagr(points.map { $0.quantity.value }, years: points.map { $0.year }))
        }
        if let name = item.name { c.name = name }
        return c
    }

    /// Series by year: the categories are every year any series has, ascending; gaps stay nil.
    /// With `range`, only the years in it (growth was computed before, from the year before the range).
    func yearSeries(
        _ columns: [ChartColumn], kind: ChartKind, years range: ClosedRange<Int>? = nil
    )
        -> ([String], [ChartSeries])
    {
        var years = Set<String>()
        // Years whose figures are still to fill in keep their place on the axis, drawn empty in a draft.
        for c in columns {
            if case .yearly(let d) = c.content { years.formUnion(d.keys); years.formUnion(c.pendingYears) }
        }
        if let range {
            years = years.filter { key in (try? ReportPeriod(parsing: key)).map { range.contains($0.year) } ?? false }
        }
        let sorted = ReportPeriod.sortedKeys(years)
        let hasValueAxis = columns.contains { $0.unit != "%" }
        let series = columns.map { c -> ChartSeries in
            let d: [String: Double]
            if case .yearly(let y) = c.content { d = y } else { d = [:] }
            let (mark, axis) = c.placement(kind: kind, hasValueAxis: hasValueAxis)
            return ChartSeries(
                name: c.name, unit: c.unit, values: sorted.map { d[$0] }, mark: mark, axis: axis,
                decimals: c.decimals, isSample: c.isSample, labels: sorted.map { c.labels[$0] })
        }
        // Years stay bare (the chart prints 2016年, or 2016 where room is short); other periods say which part of
        // the year they are: 2025年上半年, 2025年1—10月.
        let allYears = sorted.allSatisfy { (try? ReportPeriod(parsing: $0))?.isYear ?? false }
        return (allYears ? sorted : sorted.map(ReportPeriod.label(key:)), series)
    }

    /// Single values side by side: the categories are their names, one series (named after the chart, or
    /// "年均增长速度" when every figure is one).
    func scalarSeries(_ columns: [ChartColumn], title: String, kind: ChartKind) -> ([String], [ChartSeries]) {
        let figures = columns.map { c -> Double? in if case .scalar(let v) = c.content { return v } else { return nil }
        }
        let units = Set(columns.map(\.unit))
        let unit = units.count == 1 ? units.first ?? "" : ""
        let allCAGR = columns.allSatisfy { if case .cagr = $0.item.source { return true } else { return false } }
        let categories = columns.map { c in
            if case .cagr(let n) = c.item.source, c.item.name == nil { return n }
            return c.name
        }
        let mark: SeriesMark = kind == .line ? .line : .bar
        return (
            categories,
            [
                ChartSeries(
                    name: allCAGR ? "年均增长速度" : title, unit: unit, values: figures, mark: mark,
                    axis: .left, decimals: columns.map(\.decimals).max() ?? 0,
                    isSample: columns.contains(where: \.isSample))
            ]
        )
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

    /// A value's figures by year (figures still to fill in left out).
    static func byYear(_ v: DataValue) -> [String: Double] {
        Dictionary(v.filledPoints.map { ($0.year, $0.quantity.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// The decimals a value is written with (the most any of its figures has).
    static func decimals(_ v: DataValue) -> Int {
        switch v.content {
        case .scalar(let q): return q.decimals
        case .series(let p): return p.map(\.quantity.decimals).max() ?? 0
        }
    }
}

/// A chart series as the resolver collects it, before the categories are known.
struct ChartColumn {
    /// What the dataset asked for.
    var item: ChartSeriesItem
    /// The legend name.
    var name: String
    /// The unit ("%" for growth rates).
    var unit: String
    /// Decimals of value labels.
    var decimals: Int
    /// Whether any figure read is sample data.
    var isSample: Bool
    /// The figures.
    var content: Content
    /// Labels replacing the number in some years (growth over more than one year).
    var labels: [String: String] = [:]
    /// Years whose figure is still to fill in (`SeriesPoint.toFill`): categories without a value.
    var pendingYears: Set<String> = []

    /// By year or a single figure.
    enum Content {
        case yearly([String: Double])
        case scalar(Double?)
    }

    /// Whether this is a growth series.
    var isGrowth: Bool { if case .growth = item.source { return true } else { return false } }
    /// How many figures there are.
    var presentCount: Int {
        switch content {
        case .yearly(let d): return d.count;
        case .scalar(let v): return v == nil ? 0 : 1
        }
    }
    /// Whether the figures are by year.
    var isYearly: Bool { if case .yearly = content { return true } else { return false } }

    /// Mark and axis: the item's own, or the kind's default. Percentages beside values go to the right axis
    /// of a bar-line or line chart; in a bar-line chart they are lines.
    func placement(kind: ChartKind, hasValueAxis: Bool) -> (SeriesMark, SeriesAxis) {
        let isPercent = unit == "%"
        var mark: SeriesMark, axis: SeriesAxis
        switch kind {
        case .barLine: mark = isPercent ? .line : .bar; axis = isPercent ? .right : .left
        case .bars, .horizontalBars: mark = .bar; axis = .left
        case .line: mark = .line; axis = isPercent && hasValueAxis ? .right : .left
        }
        if let m = item.mark.flatMap(SeriesMark.init(rawValue:)) { mark = m }
        if let a = item.axis.flatMap(SeriesAxis.init(rawValue:)) { axis = a }
        return (mark, axis)
    }
}
