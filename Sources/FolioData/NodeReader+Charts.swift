import Yams

extension NodeReader {
    /// Keys of one chart.
    static let chartKeys = ["id", "kind", "title", "series", "growth", "source", "note"]

    /// Reads `charts:`.
    mutating func readCharts(_ node: Node, values: [DataValue]) -> [ChartDefinition] {
        guard let items = list(node, "charts") else { return [] }
        var charts: [ChartDefinition] = []
        for (i, item) in items.enumerated() {
            guard let chart = readChart(item, index: i, values: values) else { continue }
            if charts.contains(where: { $0.id == chart.id }) {
                error("duplicate chart id “\(chart.id)”", at: item, hint: "give each chart its own id",
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
        guard let f = fields(node, path, allowed: Self.chartKeys, required: ["id", "title", "series"]) else { return nil }
        let id = f["id"].flatMap { text($0, "\(path).id") }
        let title = f["title"].flatMap { template($0, "\(path).title") }
        let kind = f["kind"].flatMap { readKind($0, path) } ?? "bars"
        let growth = f["growth"].flatMap { bool($0, "\(path).growth") } ?? false
        let source = f["source"].flatMap { template($0, "\(path).source") }
        let note = f["note"].flatMap { template($0, "\(path).note") }
        var names: [String] = [], locations: [SourceLocation?] = []
        if let s = f["series"], let items = list(s, "\(path).series", single: true) {
            for item in items {
                guard let name = text(item, "a name in \(path).series") else { continue }
                guard let value = values.first(where: { $0.name == name }) else {
                    error("unknown series “\(name)” in \(path).series", at: item,
                          hint: Suggestion.hint(for: name, among: values.map(\.name)) ?? "add it under data:",
                          code: "chart.unknown-series")
                    continue
                }
                if growth, case .scalar = value.content {
                    error("\(path) asks for growth but “\(name)” is a single value", at: item,
                          hint: "growth needs a series by year (values:)", code: "chart.growth")
                }
                names.append(name); locations.append(location(item))
            }
        }
        if growth && names.count > 1, let s = f["series"] {
            error("\(path) asks for growth of \(names.count) series; a growth line is drawn for one series",
                  at: s, hint: "list one series, or set growth: false", code: "chart.growth")
        }
        guard let id, let title else { return nil }
        return ChartDefinition(id: id, kind: kind, title: title, series: names, growth: growth, source: source,
                               note: note, seriesLocations: locations, location: location(node))
    }

    /// `kind:`, one of `ChartDefinition.kinds`.
    mutating func readKind(_ node: Node, _ path: String) -> String? {
        guard let k = text(node, "\(path).kind") else { return nil }
        guard ChartDefinition.kinds.contains(k) else {
            error("unknown chart kind “\(k)” in \(path)", at: node,
                  hint: (Suggestion.hint(for: k, among: ChartDefinition.kinds).map { $0 + " " } ?? "")
                      + "(kinds: \(ChartDefinition.kinds.joined(separator: ", ")))",
                  code: "chart.kind")
            return nil
        }
        return k
    }
}
