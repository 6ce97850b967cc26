import FolioData
import FolioMessages

/// What changed between two datasets, as text for a person (`folio diff OLD NEW`): figures (old → new, with the
/// growth), sentences whose printed text changed (expressions resolved), charts and tables whose series changed.
public struct DatasetDiff: Sendable {
    /// Changed figures, one line each, as messages (rendered in the reader's language).
    public var figureChanges: [Message] = []
    /// Sentences removed (“- …”) and added (“+ …”), as printed, in reading order.
    public var sentences: [String] = []
    /// Charts and tables added, removed or with other series, one line each, as messages.
    public var blockChanges: [Message] = []

    /// Changed figures, one line each, in English.
    public var figures: [String] { figureChanges.map(\.english) }
    /// Charts and tables added, removed or with other series, one line each, in English.
    public var blocks: [String] { blockChanges.map(\.english) }
    /// The changed figures as table rows: 指标, 时期, 原值, 新值, 变化 (for the review PDF).
    public var figureRows: [[String]] = []

    /// Compares `old` with `new`.
    public init(old: Dataset, new: Dataset) {
        figureChanges = Self.figures(old, new)
        figureRows = Self.figureRows(old, new)
        sentences = Self.sentences(ProseCorpus(dataset: old), ProseCorpus(dataset: new))
        blockChanges = Self.charts(old, new) + Self.tables(old, new)
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { figureChanges.isEmpty && sentences.isEmpty && blockChanges.isEmpty }

    /// The report in English: one section per kind of change, or a line saying there is none.
    public var text: String { text(.english) }

    /// The report in `language`: one section per kind of change, or a line saying there is none.
    public func text(_ language: Language) -> String {
        guard !isEmpty else { return Message("diff.no-changes").text(language) + "\n" }
        let sections: [(String, [String])] = [
            ("diff.section.figures", figureChanges.map { $0.text(language) }),
            ("diff.section.sentences", sentences),
            ("diff.section.blocks", blockChanges.map { $0.text(language) }),
        ]
        var out = ""
        for (title, lines) in sections where !lines.isEmpty {
            out += Message(title).text(language) + "\n" + lines.map { "  \($0)\n" }.joined()
        }
        return out
    }

    // MARK: figures

    static func figures(_ old: Dataset, _ new: Dataset) -> [Message] {
        var out: [Message] = []
        let newNames = Set(new.values.map(\.name))
        for v in old.values where !newNames.contains(v.name) {
            out.append(Message("diff.figure.removed", ["name": "\(v.name)"]))
        }
        for v in new.values {
            guard let o = old.value(named: v.name) else {
                out.append(Message("diff.figure.added", ["name": "\(v.name)"])); continue
            }
            switch (o.content, v.content) {
            case (.scalar(let a), .scalar(let b)):
                if let line = change(v.name, a, b, v.unit, toFill: (o.toFill, v.toFill)) { out.append(line) }
            default:
                out += seriesChanges(o, v)
            }
        }
        return out
    }

    private static func seriesChanges(_ o: DataValue, _ v: DataValue) -> [Message] {
        var out: [Message] = []
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
                let value = shown(b.quantity, b.toFill, v.unit)
                if let growth = growthOnPrevious(v, key) {
                    out.append(
                        Message(
                            "diff.period.added.growth",
                            [
                                "label": "\(label)", "value": "\(value)", "growth": "\(growth.change)",
                                "before": "\(growth.before)",
                            ]))
                } else {
                    out.append(Message("diff.period.added", ["label": "\(label)", "value": "\(value)"]))
                }
            case (let a?, nil):
                out.append(
                    Message(
                        "diff.period.removed", ["label": "\(label)", "value": "\(shown(a.quantity, a.toFill, v.unit))"])
                )
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
    ) -> Message? {
        guard a != b || toFill.0 != toFill.1 else { return nil }
        let arguments: [String: MessageArgument] = [
            "label": "\(label)", "old": "\(shown(a, toFill.0, unit))", "new": "\(shown(b, toFill.1, unit))",
        ]
        guard !toFill.0 && !toFill.1, let growth = change(from: a, to: b, unit: unit) else {
            return Message("diff.figure.changed", arguments)
        }
        return Message("diff.figure.changed.growth", arguments.merging(["growth": "\(growth)"]) { $1 })
    }

    /// The growth of a new period's figure on the series' period before it, in bulletin words, and that period.
    private static func growthOnPrevious(_ v: DataValue, _ key: String) -> (change: String, before: String)? {
        let points = v.points
        guard let i = points.firstIndex(where: { $0.year == key }), i > 0, !points[i].toFill, !points[i - 1].toFill,
            let growth = change(from: points[i - 1].quantity, to: points[i].quantity, unit: v.unit)
        else { return nil }
        return (growth, points[i - 1].year)
    }

    /// The change from `a` to `b`, figures in `unit`, in bulletin words: a growth rate (增长3.0%); for a rate — a
    /// figure in % or ‰ — the difference in points (提高0.2个百分点, 下降1.5个千分点), as statistical bulletins
    /// word a rate's change (docs/dataset.md, `folio diff`); nil when there is no growth rate (`a` is 0).
    static func change(from a: Quantity, to b: Quantity, unit: String) -> String? {
        if let word = pointWords[unit] { return points(b.value - a.value, decimals: max(a.decimals, b.decimals), word) }
        return a.value != 0 ? percent((b.value - a.value) / a.value * 100) : nil
    }

    /// The units of a rate, and the word of a difference of two rates in them.
    static let pointWords = ["%": "个百分点", "％": "个百分点", "‰": "个千分点"]

    /// A difference `x` of two rates, `word` its points (个百分点): 提高0.2个百分点, 下降0.2个百分点, or 持平.
    static func points(_ x: Double, decimals: Int, _ word: String) -> String {
        let r = NumberFormatting.plain(abs(x), decimals: decimals)
        return Double(r) == 0 ? "持平" : (x > 0 ? "提高" : "下降") + r + word
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

    static func charts(_ old: Dataset, _ new: Dataset) -> [Message] {
        var out: [Message] = []
        for c in old.charts where new.chart(id: c.id) == nil {
            out.append(Message("diff.chart.removed", ["chart": "\(c.id)"]))
        }
        for c in new.charts {
            let what = Message("diff.chart", ["chart": "\(c.id)"])
            guard let o = old.chart(id: c.id) else {
                out.append(
                    Message("diff.chart.added", ["chart": "\(c.id)", "series": "\(c.series.joined(separator: "、"))"]));
                continue
            }
            out += seriesLines(what, o.series, c.series)
            for name in c.series
            where o.series.contains(name) && old.value(named: name)?.points != new.value(named: name)?.points {
                let periods = new.value(named: name)?.points.map(\.year) ?? []
                out.append(
                    Message(
                        "diff.chart.series-changed",
                        ["chart": "\(c.id)", "series": "\(name)", "periods": "\(periods.joined(separator: "、"))"]))
            }
            if o.years != c.years {
                out.append(
                    Message("diff.chart.years", ["chart": "\(c.id)", "old": span(o.years), "new": span(c.years)]))
            }
        }
        return out
    }

    private static func span(_ r: ClosedRange<Int>?) -> MessageArgument {
        guard let r else { return .message(Message("diff.chart.all-years")) }
        return "\(r.lowerBound)—\(r.upperBound)"
    }

    static func tables(_ old: Dataset, _ new: Dataset) -> [Message] {
        let a = indicatorTables(old.body), b = indicatorTables(new.body)
        var out: [Message] = []
        for i in 0..<max(a.count, b.count) {
            let number = MessageArgument.number(i + 1)
            switch (i < a.count ? a[i] : nil, i < b.count ? b[i] : nil) {
            case (let o?, let n?):
                out += seriesLines(Message("diff.table", ["table": number]), o.names, n.names)
                if o.years != n.years {
                    out.append(
                        Message(
                            "diff.table.periods",
                            [
                                "table": number, "old": "\(o.years.joined(separator: "、"))",
                                "new": "\(n.years.joined(separator: "、"))",
                            ]))
                }
            case (nil, let n?):
                out.append(
                    Message("diff.table.added", ["table": number, "series": "\(n.names.joined(separator: "、"))"]))
            case (let o?, nil):
                out.append(
                    Message("diff.table.removed", ["table": number, "series": "\(o.names.joined(separator: "、"))"]))
            case (nil, nil): continue
            }
        }
        return out
    }

    private static func seriesLines(_ what: Message, _ old: [String], _ new: [String]) -> [Message] {
        new.filter { !old.contains($0) }.map {
            Message("diff.series.added", ["what": .message(what), "series": "\($0)"])
        }
            + old.filter { !new.contains($0) }.map {
                Message("diff.series.removed", ["what": .message(what), "series": "\($0)"])
            }
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
