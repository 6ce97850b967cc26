import FolioMessages
import Yams

extension NodeReader {
    /// Keys of one chart.
    static let chartKeys = ["id", "kind", "title", "series", "growth", "years", "source", "note"]

    /// Reads `charts:`.
    mutating func readCharts(_ node: Node, values: [DataValue]) -> [ChartDefinition] {
        guard let items = list(node, "charts") else { return [] }
        var charts: [ChartDefinition] = []
        for (i, item) in items.enumerated() {
            guard let chart = readChart(item, index: i, values: values) else { continue }
            if charts.contains(where: { $0.id == chart.id }) {
                error(
                    Message("chart.duplicate-id.duplicate-chart-id-id", ["id": "\(chart.id)"]), at: item,
                    hint: Message("chart.duplicate-id.give-each-chart-own.hint"),
                    code: "chart.duplicate-id")
                continue
            }
            charts.append(chart)
        }
        return charts
    }

    /// Reads one chart and checks its series against the data.
    mutating func readChart(_ node: Node, index: Int, values: [DataValue]) -> ChartDefinition? {
        let path = "charts[\(index + 1)]"
        guard let f = fields(node, path, allowed: Self.chartKeys, required: ["id", "title", "series"]) else {
            return nil
        }
        let id = f["id"].flatMap { text($0, "\(path).id") }
        let title = f["title"].flatMap { template($0, "\(path).title") }
        let kind = f["kind"].flatMap { readKind($0, path) } ?? "bars"
        let growth = f["growth"].flatMap { bool($0, "\(path).growth") } ?? false
        let source = f["source"].flatMap { template($0, "\(path).source") }
        let note = f["note"].flatMap { template($0, "\(path).note") }
        let years = f["years"].flatMap { readYears($0, "\(path).years") }
        var items: [ChartSeriesItem] = [], names: [String] = [], locations: [SourceLocation?] = []
        if let s = f["series"], let nodes = list(s, "\(path).series", single: true) {
            for (j, itemNode) in nodes.enumerated() {
                guard let item = readSeriesItem(itemNode, "\(path).series[\(j + 1)]", values: values) else { continue }
                items.append(item)
                for name in item.source.names where !names.contains(name) {
                    names.append(name); locations.append(item.location)
                }
            }
        }
        if items.count > InputLimits.maxChartSeries, let s = f["series"] {
            error(
                Message(
                    "limit.chart-series.path-draws-count-series",
                    [
                        "path": .message(Self.pathPhrase(path)), "count": "\(items.count)",
                        "limit": "\(InputLimits.maxChartSeries)",
                    ]), at: s,
                hint: Message("limit.chart-series.split-into-several-charts.hint"), code: "limit.chart-series")
            return nil
        }
        if growth {
            let plain = items.filter { if case .value = $0.source { return true } else { return false } }
            if plain.count > 1, let s = f["series"] {
                error(
                    Message(
                        "chart.growth.path-asks-growth-count",
                        ["path": .message(Self.pathPhrase(path)), "count": "\(plain.count)"]),
                    at: s, hint: Message("chart.growth.list-one-series-write.hint"), code: "chart.growth")
            } else if let first = plain.first, case .value(let name) = first.source {
                if checkSeries(name, for: "growth", at: f["growth"], values: values) {
                    items.append(ChartSeriesItem(.growth(name), location: location(f["growth"])))
                }
            }
        }
        guard let id, let title else { return nil }
        return ChartDefinition(
            id: id, kind: kind, title: title, series: names, items: items, growth: false,
            source: source, note: note, seriesLocations: locations, location: location(node),
            years: years)
    }

    /// One entry of `series:`: a data value's name, or a mapping with one of `value`, `growth`,
    /// `difference` (a list of two names) or `cagr`, and optionally `name`, `mark`, `axis`.
    mutating func readSeriesItem(_ node: Node, _ path: String, values: [DataValue]) -> ChartSeriesItem? {
        if case .scalar = node {
            guard let name = text(node, "a name in \(path)"), known(name, at: node, path, values: values) else {
                return nil
            }
            return ChartSeriesItem(.value(name), location: location(node))
        }
        guard let f = fields(node, path, allowed: ChartSeriesItem.keys) else { return nil }
        let given = ChartSeriesItem.sourceKeys.filter { f[$0] != nil }
        guard given.count == 1, let key = given.first, let sourceNode = f[key] else {
            error(
                Message(
                    "chart.series.path-should-name-exactly",
                    [
                        "path": .message(Self.pathPhrase(path)),
                        "value": "\(ChartSeriesItem.sourceKeys.joined(separator: ", "))",
                    ]), at: node,
                hint: Message("chart.series.growth-example.hint"), code: "chart.series")
            return nil
        }
        let mark = f["mark"].flatMap { choice($0, "\(path).mark", among: ["bar", "line"]) }
        let axis = f["axis"].flatMap { choice($0, "\(path).axis", among: ["left", "right"]) }
        let legend = f["name"].flatMap { text($0, "\(path).name") }
        guard let source = readSeriesSource(key, sourceNode, path, values: values) else { return nil }
        return ChartSeriesItem(source, name: legend, mark: mark, axis: axis, location: location(node))
    }

    /// The source of a series mapping; growth and CAGR need a series by year.
    private mutating func readSeriesSource(
        _ key: String, _ node: Node, _ path: String,
        values: [DataValue]
    ) -> ChartSeriesItem.Source? {
        if key == "difference" {
            guard let pair = list(node, "\(path).difference") else { return nil }
            guard pair.count == 2 else {
                error(
                    Message("chart.series.path-difference-should-list", ["path": .message(Self.pathPhrase(path))]),
                    at: node,
                    hint: Message("chart.series.difference-example.hint"), code: "chart.series")
                return nil
            }
            let names = pair.compactMap { n in
                text(n, "a name in \(path).difference").flatMap {
                    known($0, at: n, path, values: values) ? $0 : nil
                }
            }
            guard names.count == 2 else { return nil }
            let units = names.compactMap { n in values.first { $0.name == n }?.unit }
            if Set(units).count > 1 {
                error(
                    Message(
                        "chart.units.path-subtracts-figures-different",
                        ["path": .message(Self.pathPhrase(path)), "value": "\(units.joined(separator: ", "))"]),
                    at: node,
                    hint: Message("chart.units.difference-needs-both-figures.hint"), code: "chart.units")
                return nil
            }
            return .difference(names[0], names[1])
        }
        guard let name = text(node, "\(path).\(key)"), known(name, at: node, path, values: values) else { return nil }
        switch key {
        case "growth":
            return checkSeries(name, for: "growth", at: node, values: values) ? .growth(name) : nil
        case "cagr":
            return checkSeries(name, for: "cagr", at: node, values: values) ? .cagr(name) : nil
        default:
            return .value(name)
        }
    }

    /// Whether `name` is a data value; reports it otherwise, with the nearest name.
    private mutating func known(_ name: String, at node: Node, _ path: String, values: [DataValue]) -> Bool {
        guard values.contains(where: { $0.name == name }) else {
            error(
                Message(
                    "chart.unknown-series.unknown-series-name-path",
                    ["name": "\(name)", "path": .message(Self.pathPhrase(path))]),
                at: node,
                hint: Suggestion.didYouMean(name, among: values.map(\.name)) ?? Message("data.add-under-data"),
                code: "chart.unknown-series")
            return false
        }
        return true
    }

    /// Whether `name` is a series by year, as growth and CAGR need; reports it otherwise.
    private mutating func checkSeries(_ name: String, for what: String, at node: Node?, values: [DataValue]) -> Bool {
        guard let value = values.first(where: { $0.name == name }), case .scalar = value.content else { return true }
        error(
            Message("chart.growth.what-name-needs-series", ["what": "\(what)", "name": "\(name)"]), at: node,
            hint: Message("chart.growth.give-values-year-values.hint"), code: "chart.growth")
        return false
    }

    /// A text that must be one of `among`; any other is reported under `code`.
    mutating func choice(_ node: Node, _ path: String, among: [String], code: String = "chart.series") -> String? {
        guard let t = text(node, path) else { return nil }
        guard among.contains(t) else {
            error(
                Message(
                    "chart.series.path-should-one-value",
                    [
                        "path": .message(Self.pathPhrase(path)), "value": "\(among.joined(separator: ", "))",
                        "value2": "\(t)",
                    ]), at: node,
                hint: Suggestion.didYouMean(t, among: among), code: code)
            return nil
        }
        return t
    }

    /// `years: [2016, 2020]`: the first and last year drawn; either may be a named year (`[本年-4, 本年]`,
    /// `[基期, 本年]`), so the window moves with `report.period`.
    mutating func readYears(_ node: Node, _ path: String) -> ClosedRange<Int>? {
        guard let pair = list(node, path) else { return nil }
        var numbers: [Int] = [], reported = false
        for n in pair {
            guard let t = text(n, path) else { continue }
            if let year = Int(t) { numbers.append(year); continue }
            guard NamedPeriod(rawValue: t) != nil || PeriodContext.shifted(t) != nil else { continue }
            // A named year the report cannot resolve is reported where it is written, once.
            guard let p = namedOrLiteralPeriod(t, at: n, path: path) else { reported = true; continue }
            if p.isYear { numbers.append(p.year) }
        }
        if reported { return nil }
        guard pair.count == 2, numbers.count == 2, numbers[0] <= numbers[1] else {
            error(
                Message("chart.years.path-should-two-years", ["path": .message(Self.pathPhrase(path))]), at: node,
                code: "chart.years")
            return nil
        }
        guard numbers.allSatisfy(InputLimits.years.contains) else {
            error(
                Message(
                    "chart.years.path-should-lie-within",
                    [
                        "path": .message(Self.pathPhrase(path)), "lower-bound": "\(InputLimits.years.lowerBound)",
                        "upper-bound": "\(InputLimits.years.upperBound)",
                    ]), at: node,
                hint: Message("chart.years.limits-are-docs-limits.hint"), code: "chart.years")
            return nil
        }
        return numbers[0]...numbers[1]
    }

    /// `kind:`, one of `ChartDefinition.kinds`.
    mutating func readKind(_ node: Node, _ path: String) -> String? {
        guard let k = text(node, "\(path).kind") else { return nil }
        guard ChartDefinition.kinds.contains(k) else {
            error(
                Message("chart.kind.unknown-chart-kind-key", ["key": "\(k)", "path": .message(Self.pathPhrase(path))]),
                at: node,
                hint: Suggestion.hint(
                    for: k, among: ChartDefinition.kinds,
                    then: Message("chart.kind.list", ["kinds": .texts(ChartDefinition.kinds)])),
                code: "chart.kind")
            return nil
        }
        return k
    }
}
