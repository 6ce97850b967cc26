import Yams

extension NodeReader {
    /// Keys of one entry of `data:` written as a mapping.
    static let valueKeys = ["unit", "value", "values", "sum", "decimals", "sample", "note"]
    /// Characters a name may not contain: they are expression syntax.
    static let reservedInNames: Set<Character> = ["+", "-", "(", ")", "[", "]", ",", "{", "}", "（", "）", "，", "－", "＋", ":", "："]

    /// Reads `data:`: a mapping from names to figures.
    mutating func readData(_ node: Node) -> [DataValue] {
        guard let f = fields(node, "data", allowed: [], limit: InputLimits.maxDataValues, limitError: {
            ("data: names more than \($0) figures", "limit.data")
        }) else { return [] }
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
            error("the name “\(name)” contains “\(c)”, which expressions use as syntax", at: node,
                  hint: "rename it without spaces, + - ( ) [ ] , { } :", code: "data.name")
            return false
        }
        if let c = name.first, c.isASCII && c.isNumber {
            error("the name “\(name)” starts with a digit, so expressions would read it as a number", at: node,
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
            guard let q = number(node, path) else { return nil }
            return (DataValue(name: name, content: .scalar(q), location: location(keyNode)), nil, nil)
        }
        guard let f = fields(node, path, allowed: Self.valueKeys) else { return nil }
        let present = ["value", "values", "sum"].filter { f[$0] != nil }
        guard present.count == 1 else {
            error(present.isEmpty ? "\(path) has no figures" : "\(path) has both \(present.joined(separator: " and "))",
                  at: node, hint: "give exactly one of value: (one figure), values: (by year) or sum: (a list of names)",
                  code: "data.shape")
            return nil
        }
        let unit = f["unit"].flatMap { text($0, "\(path).unit") } ?? ""
        if unit.contains("％") {
            warning("\(path).unit uses the full-width “％”", at: f["unit"], hint: "write the half-width “%”",
                    code: "data.unit")
        } else {
            checkUnit(unit, at: f["unit"], path: "\(path).unit")
        }
        let decimals = f["decimals"].flatMap { readDecimals($0, "\(path).decimals") }
        let sample = f["sample"].flatMap { bool($0, "\(path).sample") } ?? false
        var content: DataValue.Content = .scalar(Quantity(0, decimals: decimals ?? 0))
        if let v = f["value"] {
            guard let q = number(v, "\(path).value") else { return nil }
            content = .scalar(Quantity(q.value, decimals: decimals ?? q.decimals))
        } else if let v = f["values"] {
            guard let points = readSeries(v, path, decimals: decimals) else { return nil }
            content = .series(points)
        }
        let value = DataValue(name: name, unit: unit, content: content, isSample: sample, location: location(keyNode))
        return (value, f["sum"], decimals)
    }

    /// Reports a unit that is not in `Units` (with the closest known one).
    mutating func checkUnit(_ unit: String, at node: Node?, path: String) {
        guard !Units.isKnown(unit) else { return }
        error("\(path) “\(unit)” is not a known unit", at: node,
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

    /// The tag `folio new-year` puts on a figure carried over from last year: `2021: !todo 11379`.
    static let todoTag = "!todo"

    /// A figure as written: its text decides its decimals. A `!todo` figure is read, with a warning
    /// that it still has to be filled in.
    mutating func number(_ node: Node, _ path: String) -> Quantity? {
        guard let t = text(node, path) else { return nil }
        if case .scalar(let s) = node, s.tag.description == Self.todoTag {
            warning("\(path) is still to fill in: \(t) is the previous period’s figure", at: node,
                    hint: "replace “!todo \(t)” with the new figure", code: "data.todo")
        }
        guard let q = Quantity(parsing: t) else {
            error("\(path) should be a number, found “\(t)”", at: node,
                  hint: "write digits with an optional decimal point, no separators or units (e.g. 2687.8)",
                  code: "data.number")
            return nil
        }
        return checkedFigure(q, at: node, path, text: t)
    }

    /// A figure within InputLimits: at most 10^15 in magnitude and 6 decimals; −0 is read as 0.
    mutating func checkedFigure(_ q: Quantity, at node: Node, _ path: String, text t: String) -> Quantity? {
        guard InputLimits.allows(magnitude: q.value) else {
            error("\(path) “\(t.count > 24 ? String(t.prefix(24)) + "…" : t)” is too large: figures are limited to 10^15 in magnitude",
                  at: node, hint: "give it in a larger unit (万元, 亿元); limits are in docs/limits.md", code: "limit.number")
            return nil
        }
        guard q.decimals <= InputLimits.maxDecimals else {
            error("\(path) “\(t)” has \(q.decimals) decimals; at most \(InputLimits.maxDecimals) are kept", at: node,
                  hint: "round it (statistical tables give one or two decimals)", code: "limit.decimals")
            return nil
        }
        return q.value == 0 ? Quantity(0, decimals: q.decimals) : q
    }

    /// `values: { 2015: 8740, 2020: 11379 }`, sorted by year.
    mutating func readSeries(_ node: Node, _ path: String, decimals: Int?) -> [SeriesPoint]? {
        guard let f = fields(node, "\(path).values", allowed: [], limit: InputLimits.maxSeriesPoints, limitError: {
            ("\(path).values has more than \($0) years", "limit.series")
        }) else { return nil }
        var points: [SeriesPoint] = []
        for (year, keyNode, valueNode) in f.pairs {
            guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                error("“\(year)” in \(path).values is not a year", at: keyNode, hint: "write four-digit years, e.g. 2020",
                      code: "data.year")
                continue
            }
            guard let y = Int(year), InputLimits.years.contains(y) else {
                error("year \(year) in \(path).values is outside \(InputLimits.years.lowerBound)–\(InputLimits.years.upperBound)",
                      at: keyNode, hint: "check the year", code: "data.year")
                continue
            }
            guard let q = number(valueNode, "\(path).values.\(year)") else { continue }
            points.append(SeriesPoint(year: year, quantity: Quantity(q.value, decimals: decimals ?? q.decimals),
                                      location: location(valueNode)))
        }
        if points.isEmpty && f.pairs.isEmpty {
            error("\(path).values is empty", at: node, hint: "give at least one year: figure", code: "data.shape")
            return nil
        }
        return points.sorted { $0.year < $1.year }
    }

    /// Fills in `sum: [a, b]` from plain values listed before or after it.
    mutating func resolveSum(_ node: Node, into values: inout [DataValue], index: Int, decimals preset: Int?,
                             derived: Set<String>, byName: [String: Int]) {
        guard index < values.count else { return }
        let path = "data.\(values[index].name).sum"
        guard let items = list(node, path) else { return }
        var total = 0.0, decimals = 0
        for item in items {
            guard let name = text(item, "a name in \(path)") else { return }
            guard let at = byName[name], at < values.count else {
                error("unknown name “\(name)” in \(path)", at: item,
                      hint: Suggestion.hint(for: name, among: values.map(\.name)), code: "data.unknown-name")
                return
            }
            guard case .scalar(let q) = values[at].content, !derived.contains(name) else {
                error("“\(name)” cannot be summed in \(path): it is a series or itself a sum", at: item,
                      hint: "sum: lists single values given with value:", code: "data.sum")
                return
            }
            total += q.value; decimals = max(decimals, q.decimals)
        }
        values[index].content = .scalar(Quantity(total, decimals: preset ?? decimals))
        values[index].parts = items.compactMap(\.string)
    }
}
