import FolioData

/// What changed between two datasets, as text for a person (`folio diff OLD NEW`): figures (old → new, with the
/// growth), sentences whose printed text changed (expressions resolved), charts and tables whose series changed.
public struct DatasetDiff: Sendable {
    /// Changed figures, one line each.
    public var figures: [String] = []
    /// Sentences removed (“- …”) and added (“+ …”), as printed, in reading order.
    public var sentences: [String] = []
    /// Charts and tables added, removed or with other series, one line each.
    public var blocks: [String] = []
    /// The changed figures as table rows: 指标, 时期, 原值, 新值, 变化 (for the review PDF).
    public var figureRows: [[String]] = []

    /// Compares `old` with `new`.
    public init(old: Dataset, new: Dataset) {
        figures = Self.figures(old, new)
        figureRows = Self.figureRows(old, new)
        sentences = Self.sentences(ProseCorpus(dataset: old), ProseCorpus(dataset: new))
        blocks = Self.charts(old, new) + Self.tables(old, new)
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { figures.isEmpty && sentences.isEmpty && blocks.isEmpty }

    /// The report: one section per kind of change, or a line saying there is none.
    public var text: String {
        guard !isEmpty else { return "no changes\n" }
        var out = ""
        for (title, lines) in [("figures", figures), ("sentences", sentences), ("charts and tables", blocks)]
        where !lines.isEmpty {
            out += "\(title):\n" + lines.map { "  \($0)\n" }.joined()
        }
        return out
    }

    // MARK: figures

    static func figures(_ old: Dataset, _ new: Dataset) -> [String] {
        var out: [String] = []
        let newNames = Set(new.values.map(\.name))
        for v in old.values where !newNames.contains(v.name) { out.append("- \(v.name) removed") }
        for v in new.values {
            guard let o = old.value(named: v.name) else { out.append("+ \(v.name) added"); continue }
            switch (o.content, v.content) {
            case (.scalar(let a), .scalar(let b)):
                if let line = change(v.name, a, b, v.unit, toFill: (o.toFill, v.toFill)) { out.append(line) }
            default:
                out += seriesChanges(o, v)
            }
        }
        return out
    }

    private static func seriesChanges(_ o: DataValue, _ v: DataValue) -> [String] {
        var out: [String] = []
        let keys = Set(o.points.map(\.year)).union(v.points.map(\.year))
        let sorted = keys.sorted { a, b in
            switch (try? ReportPeriod(parsing: a), try? ReportPeriod(parsing: b)) {
            case (let x?, let y?): return x < y
            default: return a < b
            }
        }
        for key in sorted {
            let a = o.points.first { $0.year == key }, b = v.points.first { $0.year == key }
            let label = "\(v.name)[\(key)]"
            switch (a, b) {
            case (let a?, let b?):
                if let line = change(label, a.quantity, b.quantity, v.unit, toFill: (a.toFill, b.toFill)) {
                    out.append(line)
                }
            case (nil, let b?):
                out.append("+ \(label) = \(shown(b.quantity, b.toFill, v.unit))\(growthOnPrevious(v, key))")
            case (let a?, nil):
                out.append("- \(label) = \(shown(a.quantity, a.toFill, v.unit)) removed")
            case (nil, nil):
                continue
            }
        }
        return out
    }

    static func shown(_ q: Quantity, _ toFill: Bool, _ unit: String) -> String {
        toFill ? "【待填】" : q.formatted + unit
    }

    private static func change(
        _ label: String, _ a: Quantity, _ b: Quantity, _ unit: String, toFill: (Bool, Bool)
    ) -> String? {
        guard a != b || toFill.0 != toFill.1 else { return nil }
        let growth = !toFill.0 && !toFill.1 && a.value != 0 ? " (\(percent((b.value - a.value) / a.value * 100)))" : ""
        return "\(label): \(shown(a, toFill.0, unit)) → \(shown(b, toFill.1, unit))\(growth)"
    }

    /// The growth of a new period's figure on the series' period before it, in bulletin words.
    private static func growthOnPrevious(_ v: DataValue, _ key: String) -> String {
        let points = v.points
        guard let i = points.firstIndex(where: { $0.year == key }), i > 0, !points[i].toFill, !points[i - 1].toFill,
            points[i - 1].quantity.value != 0
        else { return "" }
        let a = points[i - 1].quantity.value, b = points[i].quantity.value
        return " (\(percent((b - a) / a * 100)) on \(points[i - 1].year))"
    }

    static func percent(_ x: Double) -> String {
        let r = NumberFormatting.plain(abs(x), decimals: 1)
        return r == "0.0" ? "持平" : (x > 0 ? "增长" : "下降") + r + "%"
    }

    // MARK: sentences

    static func sentences(_ old: ProseCorpus, _ new: ProseCorpus) -> [String] {
        let a = printedSentences(old), b = printedSentences(new)
        // Removals are placed by their offset in the old text, insertions by theirs in the new; at one offset the
        // removal comes first, so a changed sentence reads as its old form then its new one.
        let changes = b.difference(from: a).map { change -> (offset: Int, order: Int, line: String) in
            switch change {
            case .remove(let i, let s, _): return (i, 0, "- \(s)")
            case .insert(let i, let s, _): return (i, 1, "+ \(s)")
            }
        }
        return changes.sorted { ($0.offset, $0.order) < ($1.offset, $1.order) }.map(\.line)
    }

    private static func printedSentences(_ prose: ProseCorpus) -> [String] {
        prose.units.flatMap { unit in unit.sentences.map { unit.string($0) } }
    }

    // MARK: charts and tables

    static func charts(_ old: Dataset, _ new: Dataset) -> [String] {
        var out: [String] = []
        for c in old.charts where new.chart(id: c.id) == nil { out.append("- chart \(c.id) removed") }
        for c in new.charts {
            guard let o = old.chart(id: c.id) else {
                out.append("+ chart \(c.id) added: \(c.series.joined(separator: "、"))"); continue
            }
            out += seriesLines("chart \(c.id)", o.series, c.series)
            for name in c.series
            where o.series.contains(name) && old.value(named: name)?.points != new.value(named: name)?.points {
                let periods = new.value(named: name)?.points.map(\.year).joined(separator: "、") ?? ""
                out.append("chart \(c.id): series \(name) changed (now \(periods))")
            }
            if o.years != c.years { out.append("chart \(c.id): years \(span(o.years)) → \(span(c.years))") }
        }
        return out
    }

    private static func span(_ r: ClosedRange<Int>?) -> String {
        r.map { "\($0.lowerBound)—\($0.upperBound)" } ?? "all"
    }

    static func tables(_ old: Dataset, _ new: Dataset) -> [String] {
        let a = indicatorTables(old.body), b = indicatorTables(new.body)
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            switch (i < a.count ? a[i] : nil, i < b.count ? b[i] : nil) {
            case (let o?, let n?):
                out += seriesLines("table \(i + 1)", o.names, n.names)
                if o.years != n.years {
                    out.append(
                        "table \(i + 1): periods \(o.years.joined(separator: "、")) → \(n.years.joined(separator: "、"))")
                }
            case (nil, let n?): out.append("+ table \(i + 1) added: \(n.names.joined(separator: "、"))")
            case (let o?, nil): out.append("- table \(i + 1) removed: \(o.names.joined(separator: "、"))")
            case (nil, nil): continue
            }
        }
        return out
    }

    private static func seriesLines(_ what: String, _ old: [String], _ new: [String]) -> [String] {
        new.filter { !old.contains($0) }.map { "\(what): + series \($0)" }
            + old.filter { !new.contains($0) }.map { "\(what): - series \($0)" }
    }

    /// The indicator tables of a body, in reading order.
    private static func indicatorTables(_ body: [BodyBlock]) -> [IndicatorTable] {
        body.flatMap { block -> [IndicatorTable] in
            switch block {
            case .table(let t):
                if case .indicators(let i) = t.content { return [i] }
                return []
            case .section(let s): return indicatorTables(s.body)
            case .attachment(let a): return indicatorTables(a.body)
            default: return []
            }
        }
    }
}
