import FolioMessages
import Yams

/// Figures typed in a dataset's body (in its prose and its tables, not in `{…}` expressions): the next period's draft
/// keeps them as they were, as if they still held, so `folio new-year` lists each text and each table that states one.
enum LiteralFigures {
    /// What may follow a number that is no figure of the period: a date or a year (2025年, 1—10月, 15日), a count of
    /// years or a term ("连续3年", "第一期").
    static let dateWords: [Character] = ["年", "月", "日", "时", "号", "期", "季"]

    /// The figures typed in `text` outside its expressions, each as written with what it counts
    /// ("4448.04万美元", "17所", "0.83个百分点"): numbers that are not a date or a year, an ordinal (第3), a note mark
    /// ([1]), a number in a Latin word (PM2.5, 5G, COVID-19), a name opening a quote (“5232”体系), a figure's or a
    /// table's number (见图5, 附件2), a duration in months, a date after its year (2019年7.7洪灾), a year or a long number
    /// before a word that is no unit (2025学年, 12345热线) or a list number opening the text ("1.", "（2）", "3、").
    static func figures(in text: String) -> [String] {
        let t = Array(text)
        var found: [String] = [], i = 0, depth = 0
        while i < t.count {
            if t[i] == "{" || t[i] == "}" {
                if i + 1 < t.count, t[i + 1] == t[i] {
                    i += 2
                    continue
                }
                depth = t[i] == "{" ? depth + 1 : max(0, depth - 1)
                i += 1
                continue
            }
            guard depth == 0, let n = TextScan.number(in: t, at: i) else {
                i += 1
                continue
            }
            let end = n.range.upperBound
            if isFigure(t, n) { found.append(written(t, n)) }
            i = end
        }
        return found
    }

    /// Whether the number `n` of `t` is a figure of the period (see `figures(in:)`).
    private static func isFigure(_ t: [Character], _ n: TextScan.Number) -> Bool {
        let start = n.range.lowerBound, end = n.range.upperBound
        let before: Character? = start > 0 ? t[start - 1] : nil
        let after: Character? = end < t.count ? t[end] : nil
        if let after, dateWords.contains(after) || after.isASCII && after.isLetter { return false }
        if let before, before == "第" || before.isASCII && before.isLetter { return false }
        if before == "[" || before == "［" { return false }
        // A name or a slogan in quotes (“5232”体系, “6＋X”主题党日), a figure's or a table's number (见图5, 表1, 附件2),
        // “双12”, a code with a Latin name (COVID-19): no figure.
        if before == "“" { return false }
        if let before, "图表件双".contains(before) { return false }
        if before == "-", start >= 2, t[start - 2].isASCII, t[start - 2].isLetter { return false }
        // A year or a long number followed by a word that is no unit: 2025学年, 12345热线.
        if n.decimals == 0, n.isYearLike || n.range.count >= 5, let after, TextScan.isIdeograph(after),
            unit(t, from: end) == nil
        {
            return false
        }
        // A duration in months (“6个月”) and a date after its year (“2019年7.7洪灾”).
        if after == "个", end + 1 < t.count, t[end + 1] == "月" { return false }
        if before == "年", let after, TextScan.isIdeograph(after), unit(t, from: end) == nil { return false }
        // A year of a range or a list of years (“2021—2025年”, “2019、2020年”), a range of months or days (“1—10月”).
        if let after, "—–-～~、至到".contains(after) {
            if n.isYearLike { return false }
            if let next = TextScan.number(in: t, at: end + 1), next.range.upperBound < t.count,
                dateWords.contains(t[next.range.upperBound])
            {
                return false
            }
        }
        // A list number opening the text: "1.", "1．", "1、", "（1）", "(1)".
        let opensText = start == 0 || (start == 1 && (before == "（" || before == "("))
        if opensText, n.decimals == 0, let after, ".．、）)".contains(after) { return false }
        return true
    }

    /// The unit the dataset's units table knows (`Units`) written at `i` of `t`, longest first ("万美元", "%"), if any.
    static func unit(_ t: [Character], from i: Int) -> String? {
        // “0.83个百分点”: a counter before the unit.
        if i < t.count, t[i] == "个", let after = unit(t, from: i + 1), after != "个" { return "个" + after }
        for length in stride(from: min(5, t.count - i), through: 1, by: -1) {
            let word = String(t[i..<(i + length)]).replacingOccurrences(of: "％", with: "%")
            if Units.isKnown(word) { return String(t[i..<(i + length)]) }
        }
        return nil
    }

    /// The number as written with the unit after it ("4448.04万美元", "11.7%").
    private static func written(_ t: [Character], _ n: TextScan.Number) -> String {
        String(t[n.range]) + (unit(t, from: n.range.upperBound) ?? "")
    }

    /// A note for each data file that gives single values (a figure with no period: `常住人口,人,,,8642`): the draft
    /// cannot mark them in the file, so the new period's text would print them as they are, as if they held for it.
    static func dataFileValues(_ dataset: Dataset, period: String) -> [Diagnostic] {
        var byFile: [String: [DataValue]] = [:], order: [String] = []
        for value in dataset.values {
            guard let file = value.origin, case .scalar = value.content, value.parts.isEmpty else { continue }
            if byFile[file] == nil { order.append(file) }
            byFile[file, default: []].append(value)
        }
        return order.compactMap { file in
            guard let values = byFile[file], let first = values.first else { return nil }
            let names = values.prefix(3).map(\.name).joined(separator: "、")
            return Diagnostic(
                .warning,
                Message(
                    "newyear.data-file-values",
                    ["file": "\(file)", "names": "\(names)", "count": .number(values.count), "period": "\(period)"]),
                at: first.location, hint: Message("newyear.data-file-values.hint", ["file": "\(file)"]),
                code: "newyear.data-file-value")
        }
    }

    /// The keys of a body item whose values are texts (or hold texts): the rest are settings (`level: 2`,
    /// `width: 120mm`, `years:` of a table made from data).
    static let textKeys: Set<String> = ["p", "section", "run-in", "body", "caption", "note", "unit", "title", "source"]

    /// A note for each text under `node` (a dataset's body) that states figures typed in it, and one for each table
    /// with such a figure in any of its cells, at the table.
    static func notes(_ node: Node, period: String, file: String, into notes: inout [Diagnostic]) {
        switch node {
        case .mapping(let m):
            if let table = m["table"] {
                if case .mapping(let t) = table {
                    let found = [t["columns"], t["rows"]].compactMap { $0 }.flatMap(figures(under:))
                    if !found.isEmpty { notes.append(note(found, at: table, table: true, period: period, file: file)) }
                    for key in ["caption", "note"] {
                        if let text = t[key] { self.notes(text, period: period, file: file, into: &notes) }
                    }
                }
                return
            }
            for (k, v) in m where textKeys.contains(k.string ?? "") {
                self.notes(v, period: period, file: file, into: &notes)
            }
        case .sequence(let s):
            for v in s { self.notes(v, period: period, file: file, into: &notes) }
        case .scalar(let s):
            let found = figures(in: s.string)
            if !found.isEmpty { notes.append(note(found, at: node, table: false, period: period, file: file)) }
        }
    }

    /// Every figure typed in the texts under `node`.
    private static func figures(under node: Node) -> [String] {
        var found: [String] = []
        YAMLTextEditor.forEachScalar(under: node) { _, s in found += figures(in: s.string) }
        return found
    }

    /// The note on `found` at `node`: the first three figures, and how many there are.
    private static func note(_ found: [String], at node: Node, table: Bool, period: String, file: String) -> Diagnostic
    {
        let shown = found.prefix(3).joined(separator: "、")
        return Diagnostic(
            .warning,
            Message(
                table ? "newyear.literal-figure.table-states-figures" : "newyear.literal-figure.text-states-figures",
                ["figures": "\(shown)", "count": .number(found.count), "period": "\(period)"]),
            at: node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) },
            hint: Message("newyear.literal-figure.put-under-data.hint"), code: "newyear.literal-figure")
    }
}
