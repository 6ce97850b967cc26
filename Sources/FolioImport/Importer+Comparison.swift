import FolioMessages
import FolioData

extension FigureExtractor {
    /// Words that state a change, for the comparison family.
    static let increaseWords = ["增加了", "减少了", "增加", "减少", "增收"]
    /// Words that state a growth rate.
    static let growthWords = ["增长了", "下降了", "增长", "下降", "提高了", "提高"]

    /// The comparison "X达到A元，比Y年的B元增加C元，增长D%" starting at the 达到 at `i`: X becomes a series
    /// of two years, A and B refer to it, and C and D become computed expressions when they agree with
    /// A and B — otherwise they stay as typed (and `folio check` reports the contradiction). Returns the
    /// rewritten text from `i` and where it ends, or nil when the text there is not such a comparison.
    mutating func comparison(_ t: [Character], at i: Int, clauseStart: Int, line: Int) -> (String, Int)? {
        guard TextScan.has(t, "达到", at: i), let a = Self.number(t, at: i + 2), let unit = Self.unit(t, at: a.end),
            unit != "%", unit != "％"
        else { return nil }
        var p = a.end + unit.count
        guard p + 1 < t.count, t[p] == "，" || t[p] == ",", t[p + 1] == "比", let y1 = Self.year(t, at: p + 2) else {
            return nil
        }
        p = y1.1
        if p < t.count, t[p] == "的" { p += 1 }
        guard let b = Self.number(t, at: p), TextScan.has(t, unit, at: b.end) else { return nil }
        p = b.end + unit.count
        let bRange = (b.end - b.text.count)..<b.end
        var c: (range: Range<Int>, text: String, sign: Double)?, d: (range: Range<Int>, text: String, sign: Double)?
        var q = p
        if q < t.count, t[q] == "，" || t[q] == "," { q += 1 }
        if let w = Self.increaseWords.first(where: { TextScan.has(t, $0, at: q) }),
            let n = Self.number(t, at: q + w.count),
            TextScan.has(t, unit, at: n.end)
        {
            c = ((q + w.count)..<n.end, n.text, w.hasPrefix("减少") ? -1 : 1)
            p = n.end + unit.count; q = p
            if q < t.count, t[q] == "，" || t[q] == "," { q += 1 }
        }
        if let w = Self.growthWords.first(where: { TextScan.has(t, $0, at: q) }),
            let n = Self.number(t, at: q + w.count),
            n.end < t.count, t[n.end] == "%" || t[n.end] == "％"
        {
            d = ((q + w.count)..<(n.end + 1), n.text, w.hasPrefix("下降") ? -1 : 1)
            p = n.end + 1
        }
        guard c != nil || d != nil else { return nil }
        let (name, y2) = nameAndYear(t, clauseStart..<i, after: p)
        guard let y2, y2 != y1.0, !name.isEmpty,
            let av = Double(a.text), let bv = Double(b.text)
        else { return nil }
        let u = unit == "％" ? "%" : unit
        let key = record(name: name, unit: u, year: y1.0, number: b.text, line: line)
        guard record(name: key, unit: u, year: y2, number: a.text, line: line) == key else { return nil }
        let first = min(y1.0, y2), last = max(y1.0, y2)
        var replacements: [(Range<Int>, String)] = [
            ((i + 2)..<a.end, "{\(key)[\(y2)]}"), (bRange, "{\(key)[\(y1.0)]}"),
        ]
        if let c, let cv = Double(c.text) {
            let decimals = c.text.split(separator: ".").dropFirst().first?.count ?? 0
            if abs((av - bv) - c.sign * cv) <= 0.5 * pow(0.1, decimals) + 1e-9 && c.sign > 0 {
                replacements.append((c.range, "{\(key)[\(y2)] - \(key)[\(y1.0)]}"))
            } else {
                notes.append(
                    .init(
                        line: line,
                        message:
                            Message(
                                "import.stated-change-text-unit",
                                [
                                    "text": "\(c.text)", "unit": "\(unit)", "text2": "\(a.text)", "text3": "\(b.text)",
                                    "value": "\(NumberFormatting.plain(av - bv, decimals: decimals))",
                                ])
                    ))
            }
        }
        if let d, let dv = Double(d.text), bv != 0 {
            let growth = (av - bv) / bv * 100, decimals = d.text.split(separator: ".").dropFirst().first?.count ?? 0
            if decimals == 1,
                NumberFormatting.plain(growth, decimals: 1) == NumberFormatting.plain(d.sign * dv, decimals: 1),
                d.sign > 0
            {
                replacements.append((d.range, "{增长率(\(key), \(first), \(last))}"))
            } else {
                notes.append(
                    .init(
                        line: line,
                        message:
                            Message(
                                "import.stated-growth-text-disagrees",
                                [
                                    "text": "\(d.text)", "text2": "\(a.text)", "text3": "\(b.text)",
                                    "text4": "\(b.text)", "value": "\(NumberFormatting.percent(growth))",
                                ])
                    ))
            }
        }
        var out = "", k = i
        for (range, text) in replacements.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            out += escape(String(t[k..<range.lowerBound])) + text; k = range.upperBound
        }
        out += escape(String(t[k..<p]))
        return (out, p)
    }

    private func pow(_ x: Double, _ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * x } }
}
