import FolioMessages
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
                    (Message("limit.data", ["limit": .number($0)]), "limit.data")
                })
        else { return [] }
        var values: [DataValue] = []
        var sums: [(index: Int, node: Node, decimals: Int?)] = []
        for (name, keyNode, valueNode) in f.pairs {
            guard checkName(name, at: keyNode) else { unreadNames.insert(name); continue }
            guard let (value, sumNode, decimals) = readValue(name, valueNode, at: keyNode) else {
                unreadNames.insert(name); continue
            }
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
                Message("data.name.name-name-contains-character", ["name": "\(name)", "character": "\(c)"]), at: node,
                hint: Message("data.name.rename-without-spaces.hint"), code: "data.name")
            return false
        }
        if NamedPeriod(rawValue: name) != nil {
            error(
                Message("data.name.name-name-named-period", ["name": "\(name)"]), at: node,
                hint:
                    Message(
                        "data.name.rename-e-g-name.hint",
                        ["name": "\(name)", "value": "\(NamedPeriod.allCases.map(\.rawValue).joined(separator: "、"))"]),
                code: "data.name")
            return false
        }
        if let c = name.first, c.isASCII && c.isNumber {
            error(
                Message("data.name.name-name-starts-digit", ["name": "\(name)"]), at: node,
                hint: Message("data.name.start-word-e-g.hint", ["name": "\(name)"]), code: "data.name")
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
                present.isEmpty
                    ? Message("data.shape.no-figures", ["path": .message(Self.pathPhrase(path))])
                    : Message(
                        "data.shape.both", ["path": .message(Self.pathPhrase(path)), "keys": .texts(present)]),
                at: node, hint: Message("data.shape.give-exactly-one-value.hint"),
                code: "data.shape")
            return nil
        }
        let unit = f["unit"].flatMap { text($0, "\(path).unit") } ?? ""
        if unit.contains("％") {
            warning(
                Message("data.unit.path-unit-uses-full", ["path": .message(Self.pathPhrase(path))]), at: f["unit"],
                hint: Message("data.unit.write-half-width.hint"),
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
                    Message("data.shape.path-growth-stated-period", ["path": .message(Self.pathPhrase(path))]), at: g,
                    hint: Message("data.shape.give-figures-under-values.hint"), code: "data.shape")
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
            Message(
                "data.unknown-unit.path-unit-known-unit", ["path": .message(Self.pathPhrase(path)), "unit": "\(unit)"]),
            at: node,
            hint: Message(
                "data.unknown-unit.hint",
                ["suggestion": .message(Suggestion.didYouMean(unit, among: Units.commonNames) ?? .verbatim(""))]),
            code: "data.unknown-unit")
    }

    /// `decimals: 0…6`.
    mutating func readDecimals(_ node: Node, _ path: String) -> Int? {
        guard let t = text(node, path) else { return nil }
        guard let d = Int(t), (0...6).contains(d) else {
            error(
                Message(
                    "schema.type.path-should-whole-number", ["path": .message(Self.pathPhrase(path)), "value": "\(t)"]),
                at: node,
                code: "schema.type")
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
                Message("data.todo.path-still-fill", ["path": .message(Self.pathPhrase(path))]), at: node,
                hint: Message(
                    "data.todo.replace-value-figure.hint",
                    ["value": "\(s.tag.description == Self.todoTag ? "!todo" : t)"]),
                code: "data.todo")
            return (Quantity(0, decimals: 0), true)
        }
        warning(
            Message("data.todo.path-still-fill-value", ["path": .message(Self.pathPhrase(path)), "value": "\(t)"]),
            at: node,
            hint: Message("data.todo.replace-todo-value-new.hint", ["value": "\(t)"]), code: "data.todo")
        guard let q = number(node, path) else { return nil }
        return (q, true)
    }

    /// A figure as written: its text decides its decimals.
    mutating func number(_ node: Node, _ path: String) -> Quantity? {
        guard let t = text(node, path) else { return nil }
        guard let q = Quantity(parsing: t) else {
            error(
                Message(
                    "data.number.path-should-number-found", ["path": .message(Self.pathPhrase(path)), "value": "\(t)"]),
                at: node,
                hint: Message("data.number.write-digits-optional-decimal.hint"),
                code: "data.number")
            return nil
        }
        return checkedFigure(q, at: node, path, text: t)
    }

    /// A figure within InputLimits: at most 10^15 in magnitude and 6 decimals; −0 is read as 0.
    mutating func checkedFigure(_ q: Quantity, at node: Node, _ path: String, text t: String) -> Quantity? {
        guard InputLimits.allows(magnitude: q.value) else {
            error(
                Message(
                    "limit.number.path-value-too-large",
                    [
                        "path": .message(Self.pathPhrase(path)),
                        "value": "\(t.count > 24 ? String(t.prefix(24)) + "…" : t)",
                    ]),
                at: node, hint: Message("limit.number.give-larger-unit-limits.hint"), code: "limit.number")
            return nil
        }
        guard q.decimals <= InputLimits.maxDecimals else {
            error(
                Message(
                    "limit.decimals.path-value-has-decimals",
                    [
                        "path": .message(Self.pathPhrase(path)), "value": "\(t)", "decimals": "\(q.decimals)",
                        "limit": "\(InputLimits.maxDecimals)",
                    ]), at: node,
                hint: Message("limit.decimals.round-statistical-tables-give.hint"), code: "limit.decimals")
            return nil
        }
        return q.value == 0 ? Quantity(0, decimals: q.decimals) : q
    }

    /// A period key of `values:` or `growth:` (`2020`, `2025H1`, `2025Q3`, `2025-01..10`), or an error at it.
    mutating func seriesKey(_ key: String, at keyNode: Node, _ path: String) -> ReportPeriod? {
        do { return try ReportPeriod(parsing: key) } catch let problem {
            let plain = problem.message.id == "data.text-period"
            error(
                plain
                    ? Message("data.year.key-not-year", ["key": "\(key)", "path": .message(Self.pathPhrase(path))])
                    : Message(
                        "path.prefixed",
                        ["path": .message(Self.pathPhrase(path)), "message": .message(problem.message)]),
                at: keyNode, hint: problem.hint, code: "data.year")
            return nil
        }
    }

    /// `values: { 2015: 8740, 2020: 11379 }` or `{ 2024H1: 5120, 2025H1: 5386 }`, sorted by period.
    mutating func readSeries(_ node: Node, _ path: String, decimals: Int?) -> [SeriesPoint]? {
        guard
            let f = fields(
                node, "\(path).values", allowed: [], limit: InputLimits.maxSeriesPoints,
                limitError: {
                    (
                        Message("limit.series", ["path": .message(Self.pathPhrase(path)), "limit": .number($0)]),
                        "limit.series"
                    )
                })
        else { return nil }
        var points: [(ReportPeriod, SeriesPoint)] = []
        for (key, keyNode, valueNode) in f.pairs {
            guard let period = seriesKey(key, at: keyNode, "\(path).values") else { continue }
            guard !points.contains(where: { $0.0 == period }) else {
                error(
                    Message(
                        "schema.duplicate-key.path-values-names-key",
                        ["path": .message(Self.pathPhrase(path)), "key": "\(period.key)", "key2": "\(key)"]),
                    at: keyNode,
                    hint: Message("schema.duplicate-key.keep-one-them.hint"),
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
            error(
                Message("data.shape.path-values-empty", ["path": .message(Self.pathPhrase(path))]), at: node,
                hint: Message("data.shape.give-least-one-year.hint"), code: "data.shape")
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
        var total = 0.0, decimals = 0, toFill = false
        for item in items {
            guard let name = text(item, "a name in \(path)") else { return }
            guard let at = byName[name], at < values.count else {
                error(
                    Message(
                        "data.unknown-name.unknown-name-name-path",
                        ["name": "\(name)", "path": .message(Self.pathPhrase(path))]),
                    at: item,
                    hint: Suggestion.didYouMean(name, among: values.map(\.name)), code: "data.unknown-name")
                return
            }
            guard case .scalar(let q) = values[at].content, !derived.contains(name) else {
                error(
                    Message(
                        "data.sum.name-cannot-summed-path",
                        ["name": "\(name)", "path": .message(Self.pathPhrase(path))]), at: item,
                    hint: Message("data.sum.sum-lists-single-values.hint"), code: "data.sum")
                return
            }
            total += q.value; decimals = max(decimals, q.decimals)
            toFill = toFill || values[at].toFill
        }
        values[index].content = .scalar(Quantity(total, decimals: preset ?? decimals))
        // A total of figures still to fill in (`!todo`, last year's) is one too: the draft prints 【待填】 for it.
        values[index].toFill = values[index].toFill || toFill
        values[index].parts = items.compactMap(\.string)
    }
}
