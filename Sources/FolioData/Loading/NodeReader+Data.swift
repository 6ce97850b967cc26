import Yams

extension NodeReader {
    /// Keys of one entry of `data:` written as a mapping.
    static let valueKeys = ["unit", "value", "values", "sum", "growth", "decimals", "sample", "note"]
    /// Characters a name may not contain: they are expression syntax.
    static let reservedInNames: Set<Character> = [
        "+", "-", "(", ")", "[", "]", ",", "{", "}", "（", "）", "，", "－", "＋", ":", "：",
    ]

    /// Reads `data:`: a mapping from names to figures.
    mutating func readData(_ node: Node) -> [DataValue] {
        guard
            let f = fields(
                node, "data", allowed: [], limit: InputLimits.maxDataValues,
                limitError: {
                    ("data: names more than \($0) figures", "limit.data")
                })
        else { return [] }
        var values: [DataValue] = []
        var sums: [(index: Int, node: Node, decimals: Int?)] = []
        for (name, keyNode, valueNode) in f.pairs {
            guard checkName(name, at: keyNode) else { continue }
            guard let (value, sumNode, decimals) = readValue(name, valueNode, at: keyNode) else { continue }
            if let sumNode { sums.append((values.count, sumNode, decimals)) }
            values.append(value)
        }
        let derived = Set(sums.compactMap { $0.index < values.count ? values[$0.index].name : nil })
        var byName: [String: Int] = [:]
        for (i, v) in values.enumerated() where byName[v.name] == nil { byName[v.name] = i }
        for s in sums {
            resolveSum(s.node, into: &values, index: s.index, decimals: s.decimals, derived: derived, byName: byName)
        }
        return values
    }

    /// Whether a data name can be written in an expression; reports why not.
    mutating func checkName(_ name: String, at node: Node) -> Bool {
        guard checkScalars(name, at: node, "the name “\(name)”") else { return false }
        if let c = name.first(where: { $0.isWhitespace || Self.reservedInNames.contains($0) }) {
            error(
                "the name “\(name)” contains “\(c)”, which expressions use as syntax", at: node,
                hint: "rename it without spaces, + - ( ) [ ] , { } :", code: "data.name")
            return false
        }
        if NamedPeriod(rawValue: name) != nil {
            error(
                "the name “\(name)” is a named period, so expressions would read it as one", at: node,
                hint:
                    "rename it, e.g. “\(name)数”; named periods are \(NamedPeriod.allCases.map(\.rawValue).joined(separator: "、"))",
                code: "data.name")
            return false
        }
        if let c = name.first, c.isASCII && c.isNumber {
            error(
                "the name “\(name)” starts with a digit, so expressions would read it as a number", at: node,
                hint: "start it with a word, e.g. “年末\(name)”", code: "data.name")
            return false
        }
        return !name.isEmpty
    }

    /// Reads one figure: `118.6`, or `{ unit, value | values | sum, decimals, sample }`.
    /// Returns the value (a `sum:` is filled in later), the `sum:` node if there is one and `decimals:`.
    mutating func readValue(_ name: String, _ node: Node, at keyNode: Node) -> (DataValue, Node?, Int?)? {
        let path = "data.\(name)"
        if case .scalar = node {
            guard let (q, toFill) = figure(node, path) else { return nil }
            var value = DataValue(name: name, content: .scalar(q), location: location(keyNode))
            value.toFill = toFill
            return (value, nil, nil)
        }
        guard let f = fields(node, path, allowed: Self.valueKeys) else { return nil }
        let present = ["value", "values", "sum"].filter { f[$0] != nil }
        guard present.count == 1 else {
            error(
                present.isEmpty ? "\(path) has no figures" : "\(path) has both \(present.joined(separator: " and "))",
                at: node, hint: "give exactly one of value: (one figure), values: (by year) or sum: (a list of names)",
                code: "data.shape")
            return nil
        }
        let unit = f["unit"].flatMap { text($0, "\(path).unit") } ?? ""
        if unit.contains("％") {
            warning(
                "\(path).unit uses the full-width “％”", at: f["unit"], hint: "write the half-width “%”",
                code: "data.unit")
        } else {
            checkUnit(unit, at: f["unit"], path: "\(path).unit")
        }
        let decimals = f["decimals"].flatMap { readDecimals($0, "\(path).decimals") }
        let sample = f["sample"].flatMap { bool($0, "\(path).sample") } ?? false
        var content: DataValue.Content = .scalar(Quantity(0, decimals: decimals ?? 0))
        var toFill = false
        if let v = f["value"] {
            guard let (q, marker) = figure(v, "\(path).value") else { return nil }
            content = .scalar(Quantity(q.value, decimals: decimals ?? q.decimals))
            toFill = marker
        } else if let v = f["values"] {
            guard let points = readSeries(v, path, decimals: decimals) else { return nil }
            content = .series(points)
        }
        var value = DataValue(name: name, unit: unit, content: content, isSample: sample, location: location(keyNode))
        value.toFill = toFill
        if let g = f["growth"] {
            if f["values"] == nil {
                error(
                    "\(path).growth is stated by period, so it needs values: by period", at: g,
                    hint: "give the figures under values: and the stated growth under growth:", code: "data.shape")
            } else {
                value.statedGrowth = readStatedGrowth(g, path)
            }
        }
        return (value, f["sum"], decimals)
    }

    /// Reports a unit that is not in `Units` (with the closest known one).
    mutating func checkUnit(_ unit: String, at node: Node?, path: String) {
        guard !Units.isKnown(unit) else { return }
        error(
            "\(path) “\(unit)” is not a known unit", at: node,
            hint: (Suggestion.hint(for: unit, among: Units.commonNames).map { $0 + " " } ?? "")
                + "units are listed in docs/dataset.md (元, 万元, 亿元, 人, 亩, 公顷, %, 万 or 亿 before any of them…)",
            code: "data.unknown-unit")
    }

    /// `decimals: 0…6`.
    mutating func readDecimals(_ node: Node, _ path: String) -> Int? {
        guard let t = text(node, path) else { return nil }
        guard let d = Int(t), (0...6).contains(d) else {
            error("\(path) should be a whole number from 0 to 6, found “\(t)”", at: node, code: "schema.type")
            return nil
        }
        return d
    }

    /// The tag `folio new-year` puts on a figure to confirm: `value: !todo 118.6`, or on one to fill in: `2021: !todo`.
    static let todoTag = "!todo"
    /// The marker `folio new-year` writes for a figure or a date still to fill in.
    static let toFillMarker = Dataset.toFillMarker

    /// Whether a node is a to-fill marker: tagged `!todo` (with or without a figure) or the text 【待填】.
    static func isToFill(_ node: Node) -> Bool {
        guard case .scalar(let s) = node else { return false }
        return s.tag.description == todoTag || s.string.trimmingCharacters(in: .whitespaces) == toFillMarker
    }

    /// A figure and whether it is a to-fill marker (a `data.todo` warning then says where it is; `folio build`
    /// refuses such a dataset unless `--draft`). A marker without a figure reads as 0 and is never printed.
    mutating func figure(_ node: Node, _ path: String) -> (Quantity, toFill: Bool)? {
        guard Self.isToFill(node), case .scalar(let s) = node else { return number(node, path).map { ($0, false) } }
        let t = s.string.trimmingCharacters(in: .whitespaces)
        if t.isEmpty || t == Self.toFillMarker || Self.isNull(node) {
            warning(
                "\(path) is still to fill in", at: node,
                hint: "replace “\(s.tag.description == Self.todoTag ? "!todo" : t)” with the figure",
                code: "data.todo")
            return (Quantity(0, decimals: 0), true)
        }
        warning(
            "\(path) is still to fill in: \(t) is the previous period’s figure", at: node,
            hint: "replace “!todo \(t)” with the new figure", code: "data.todo")
        guard let q = number(node, path) else { return nil }
        return (q, true)
    }

    /// A figure as written: its text decides its decimals.
    mutating func number(_ node: Node, _ path: String) -> Quantity? {
        guard let t = text(node, path) else { return nil }
        guard let q = Quantity(parsing: t) else {
            error(
                "\(path) should be a number, found “\(t)”", at: node,
                hint: "write digits with an optional decimal point, no separators or units (e.g. 2687.8)",
                code: "data.number")
            return nil
        }
        return checkedFigure(q, at: node, path, text: t)
    }

    /// A figure within InputLimits: at most 10^15 in magnitude and 6 decimals; −0 is read as 0.
    mutating func checkedFigure(_ q: Quantity, at node: Node, _ path: String, text t: String) -> Quantity? {
        guard InputLimits.allows(magnitude: q.value) else {
            error(
                "\(path) “\(t.count > 24 ? String(t.prefix(24)) + "…" : t)” is too large: figures are limited to 10^15 in magnitude",
                at: node, hint: "give it in a larger unit (万元, 亿元); limits are in docs/limits.md", code: "limit.number")
            return nil
        }
        guard q.decimals <= InputLimits.maxDecimals else {
            error(
                "\(path) “\(t)” has \(q.decimals) decimals; at most \(InputLimits.maxDecimals) are kept", at: node,
                hint: "round it (statistical tables give one or two decimals)", code: "limit.decimals")
            return nil
        }
        return q.value == 0 ? Quantity(0, decimals: q.decimals) : q
    }

    /// A period key of `values:` or `growth:` (`2020`, `2025H1`, `2025Q3`, `2025-01..10`), or an error at it.
    mutating func seriesKey(_ key: String, at keyNode: Node, _ path: String) -> ReportPeriod? {
        do { return try ReportPeriod(parsing: key) } catch let problem {
            let plain = problem.message == "“\(key)” is not a period"
            error(
                plain ? "“\(key)” in \(path) is not a year" : "\(path): \(problem.message)", at: keyNode,
                hint: problem.hint, code: "data.year")
            return nil
        }
    }

    /// `values: { 2015: 8740, 2020: 11379 }` or `{ 2024H1: 5120, 2025H1: 5386 }`, sorted by period.
    mutating func readSeries(_ node: Node, _ path: String, decimals: Int?) -> [SeriesPoint]? {
        guard
            let f = fields(
                node, "\(path).values", allowed: [], limit: InputLimits.maxSeriesPoints,
                limitError: {
                    ("\(path).values has more than \($0) years", "limit.series")
                })
        else { return nil }
        var points: [(ReportPeriod, SeriesPoint)] = []
        for (key, keyNode, valueNode) in f.pairs {
            guard let period = seriesKey(key, at: keyNode, "\(path).values") else { continue }
            guard !points.contains(where: { $0.0 == period }) else {
                error(
                    "\(path).values names \(period.key) twice (“\(key)”)", at: keyNode, hint: "keep one of them",
                    code: "schema.duplicate-key")
                continue
            }
            guard let (q, toFill) = figure(valueNode, "\(path).values.\(key)") else { continue }
            var point = SeriesPoint(
                year: period.key, quantity: Quantity(q.value, decimals: decimals ?? q.decimals),
                location: location(valueNode))
            point.toFill = toFill
            points.append((period, point))
        }
        if points.isEmpty && f.pairs.isEmpty {
            error("\(path).values is empty", at: node, hint: "give at least one year: figure", code: "data.shape")
            return nil
        }
        return points.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// `growth: { 2025: 10.5 }`: growth in % as the statistics office states it, by period key.
    mutating func readStatedGrowth(_ node: Node, _ path: String) -> [String: SeriesPoint] {
        guard let f = fields(node, "\(path).growth", allowed: []) else { return [:] }
        var out: [String: SeriesPoint] = [:]
        for (key, keyNode, valueNode) in f.pairs {
            guard let period = seriesKey(key, at: keyNode, "\(path).growth"),
                let (q, toFill) = figure(valueNode, "\(path).growth.\(key)")
            else { continue }
            var point = SeriesPoint(year: period.key, quantity: q, location: location(valueNode))
            point.toFill = toFill
            out[period.key] = point
        }
        return out
    }

    /// Fills in `sum: [a, b]` from plain values listed before or after it.
    mutating func resolveSum(
        _ node: Node, into values: inout [DataValue], index: Int, decimals preset: Int?,
        derived: Set<String>, byName: [String: Int]
    ) {
        guard index < values.count else { return }
        let path = "data.\(values[index].name).sum"
        guard let items = list(node, path) else { return }
        var total = 0.0, decimals = 0
        for item in items {
            guard let name = text(item, "a name in \(path)") else { return }
            guard let at = byName[name], at < values.count else {
                error(
                    "unknown name “\(name)” in \(path)", at: item,
                    hint: Suggestion.hint(for: name, among: values.map(\.name)), code: "data.unknown-name")
                return
            }
            guard case .scalar(let q) = values[at].content, !derived.contains(name) else {
                error(
                    "“\(name)” cannot be summed in \(path): it is a series or itself a sum", at: item,
                    hint: "sum: lists single values given with value:", code: "data.sum")
                return
            }
            total += q.value; decimals = max(decimals, q.decimals)
        }
        values[index].content = .scalar(Quantity(total, decimals: preset ?? decimals))
        values[index].parts = items.compactMap(\.string)
    }
}
