import FolioMessages
import FolioData

/// One document, one form: the same thing written two ways in one report. `consistency.percent` — % and ％
/// after numbers; `consistency.brackets` — the same term in half- and full-width brackets, “(GDP)” and
/// “（GDP）”; `consistency.range-dash` — ranges between numbers written with different dashes, “2021——2022年”
/// beside “2021—2022年” (GB/T 15834 §4.13 writes a range with one 一字线 — or a ～). The form used most is
/// the document's; each use of another form is flagged (on a tie: the full-width bracket, else the first form
/// used, is the document's). Only typed characters count: what an expression prints is the formatter's form.
public struct ConsistencyRule: CheckRule {
    /// What is compared.
    public enum Kind: Sendable {
        /// % against ％.
        case percent
        /// (X) against （X）.
        case brackets
        /// The dash between the two ends of a range.
        case rangeDash
        /// The colon between the terms of a ratio (三次产业结构1.2：36.6：62.2 beside 1.3:37.1:61.6).
        case ratioColon
        /// The dot after a list item's number (“1.” beside “2．”).
        case listDot
    }

    /// What this rule compares.
    public var kind: Kind
    /// Creates the rule.
    public init(_ kind: Kind) { self.kind = kind }

    /// Id, severity and summary.
    public var info: RuleInfo {
        switch kind {
        case .percent:
            RuleInfo(id: "consistency.percent", severity: .warning, summary: Message("check.both-used-one-document"))
        case .brackets:
            RuleInfo(
                id: "consistency.brackets", severity: .warning,
                summary: Message("check.one-term-half-width"))
        case .rangeDash:
            RuleInfo(
                id: "consistency.range-dash", severity: .warning,
                summary: Message("check.ranges-written-different-dashes"))
        case .ratioColon:
            RuleInfo(
                id: "consistency.ratio-colon", severity: .warning,
                summary: Message("check.ratios-written-one-document"))
        case .listDot:
            RuleInfo(
                id: "consistency.list-dot", severity: .warning,
                summary: Message("check.list-items-numbered-one"))
        }
    }

    /// One use of a form: where, which form, and for brackets which term.
    struct Use { var unit: Int; var range: Range<Int>; var form: String; var term: String }

    /// Every use of a form other than the document's.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var uses: [Use] = []
        for (u, unit) in prose.units.enumerated() {
            switch kind {
            case .percent:
                uses += Self.percents(unit.text, unit.scalars).map { Use(unit: u, range: $0.0, form: $0.1, term: "") }
            case .brackets:
                uses += Self.brackets(unit.text, unit.scalars).map {
                    Use(unit: u, range: $0.0, form: $0.1, term: $0.2)
                }
            case .rangeDash:
                uses += Self.dashes(unit.text, unit.numbers).map { Use(unit: u, range: $0.0, form: $0.1, term: "") }
            case .ratioColon:
                uses += Self.ratioColons(unit.text, unit.numbers).map {
                    Use(unit: u, range: $0.0, form: $0.1, term: "")
                }
            case .listDot:
                uses += Self.listDot(unit.text).map { [Use(unit: u, range: $0.0, form: $0.1, term: "")] } ?? []
            }
        }
        // Only what was typed: a form printed by an expression is the formatter's, not the writer's.
        uses = uses.filter { prose.units[$0.unit].isLiteral($0.range) }
        var out: [Finding] = []
        for term in Self.orderedUnique(uses.map(\.term)) {
            let group = uses.filter { $0.term == term }
            let forms = Self.orderedUnique(group.map(\.form))
            guard forms.count > 1 else { continue }
            let counts = forms.map { f in group.filter { $0.form == f }.count }
            var main = forms[counts.firstIndex(of: counts.max() ?? 0) ?? 0]
            if kind == .brackets, counts[0] == counts[1] { main = "（）" }
            let mainCount = group.filter { $0.form == main }.count
            for use in group where use.form != main {
                let unit = prose.units[use.unit]
                out.append(
                    finding(
                        unit, at: use.range, message(unit.string(use.range), main: main, count: mainCount),
                        fix: fix(unit.string(use.range), form: use.form, main: main)))
            }
        }
        return out
    }

    private func message(_ shown: String, main: String, count: Int) -> Message {
        let elsewhere = Message("check.elsewhere-document-count", ["count": "\(count)"])
        switch kind {
        case .percent:
            return Message(
                "check.percent-here", ["shown": "\(shown)", "main": "\(main)", "elsewhere": .message(elsewhere)])
        case .brackets:
            return Message("check.shown-half-width-brackets", ["shown": "\(shown)", "elsewhere": .message(elsewhere)])
        case .rangeDash:
            return Message(
                "check.range-shown-written-value",
                [
                    "shown": "\(shown)", "value": "\(shown.filter { !$0.isNumber })", "main": "\(main)",
                    "elsewhere": .message(elsewhere),
                ])
        case .ratioColon:
            return Message(
                "check.ratio-written-shown-here",
                ["shown": "\(shown)", "main": "\(main)", "elsewhere": .message(elsewhere)])
        case .listDot:
            return Message(
                "check.list-number-written-shown",
                ["shown": "\(shown)", "main": "\(main)", "elsewhere": .message(elsewhere)])
        }
    }

    private func fix(_ shown: String, form: String, main: String) -> Message {
        switch kind {
        case .percent: return Message("check.write-main-rest-document", ["main": "\(main)"])
        case .brackets:
            let inner = shown.dropFirst().dropLast()
            return Message("check.write-quoted", ["text": "\(main == "（）" ? "（\(inner)）" : "(\(inner))")"])
        case .rangeDash:
            return Message("check.write-quoted", ["text": "\(shown.replacingOccurrences(of: form, with: main))"])
        case .ratioColon, .listDot: return Message("check.write-main-rest-document", ["main": "\(main)"])
        }
    }

    /// `values` without repeats, in first-seen order.
    static func orderedUnique(_ values: [String]) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for v in values where seen.insert(v).inserted { out.append(v) }
        return out
    }

    /// The per cent signs and the opening brackets, asked by value (`ProseUnit.scalars`).
    static let percentSigns = PlainCharacterSet("%％"), openingBrackets = PlainCharacterSet("(（")

    /// Each per cent sign after a number: its range and form. `v` is the text's `ProseUnit.scalars`.
    static func percents(_ t: ProseText, _ v: [UInt32]) -> [(Range<Int>, String)] {
        t.indices.compactMap { i in
            guard percentSigns.contains(v[i], t[i]), i > 0, TextScan.digit(t[i - 1]) != nil else { return nil }
            return (i..<(i + 1), String(t[i]))
        }
    }

    /// Each bracketed term of at most 20 characters without brackets inside: the whole range, the form
    /// ("()" or "（）") and the term.
    static func brackets(_ t: ProseText, _ v: [UInt32]) -> [(Range<Int>, String, String)] {
        var out: [(Range<Int>, String, String)] = []
        for (i, value) in v.enumerated() where openingBrackets.contains(value, t[i]) {
            let c = t[i]
            let close: Character = c == "(" ? ")" : "）"
            var j = i + 1
            while j < t.count, j - i <= 21, !"()（）".contains(t[j]) { j += 1 }
            guard j < t.count, t[j] == close, j > i + 1 else { continue }
            out.append((i..<(j + 1), c == "(" ? "()" : "（）", String(t[(i + 1)..<j])))
        }
        return out
    }

    /// Each colon between two numbers (the terms of a ratio, 15.1：48.7：36.2): its range and form. A colon whose
    /// left number has no decimal and whose right one has two digits is left out (a time, 10:30). `numbers` are the
    /// numbers of `t` (`ProseUnit.numbers`).
    static func ratioColons(_ t: ProseText, _ numbers: [TextScan.Number]) -> [(Range<Int>, String)] {
        var out: [(Range<Int>, String)] = []
        for n in numbers {
            let k = n.range.upperBound
            guard k < t.count, t[k] == ":" || t[k] == "：", let m = TextScan.number(in: t, at: k + 1) else { continue }
            if n.decimals == 0, m.decimals == 0, m.range.count == 2, n.range.count <= 2 { continue }
            out.append((k..<(k + 1), String(t[k])))
        }
        return out
    }

    /// The dot after the number a paragraph opens with (“1.本公报…”, “2．生产总值…”): its range and form; nil when the
    /// paragraph opens with no number and dot, or with a decimal (1.5亿元).
    static func listDot(_ t: ProseText) -> (Range<Int>, String)? {
        var k = 0
        while k < t.count, k < 3, t[k].isASCII, t[k].isNumber { k += 1 }
        guard k > 0, k + 1 < t.count, t[k] == "." || t[k] == "．", TextScan.digit(t[k + 1]) == nil else { return nil }
        return (k..<(k + 1), String(t[k]))
    }

    /// Dashes that can join the two ends of a range.
    static let rangeDashes = ["——", "—", "–", "－", "～", "~", "-"]

    /// Each dash between two numbers: the range from the first number to the second, and the dash. An ASCII
    /// hyphen counts only between two four-digit years (2021-07-15 is a date, 0931-1234 a phone number). `numbers`
    /// are the numbers of `t` (`ProseUnit.numbers`).
    static func dashes(_ t: ProseText, _ numbers: [TextScan.Number]) -> [(Range<Int>, String)] {
        var out: [(Range<Int>, String)] = []
        for n in numbers {
            let k = n.range.upperBound
            guard let dash = rangeDashes.first(where: { TextScan.has(t, $0, at: k) }),
                let m = TextScan.number(in: t, at: k + dash.count)
            else { continue }
            if n.range.lowerBound > 0, TextScan.digit(t[n.range.lowerBound - 1]) != nil { continue }
            if dash == "-", !(n.isYearLike && m.isYearLike && !TextScan.has(t, "-", at: m.range.upperBound)) {
                continue
            }
            out.append((n.range.lowerBound..<m.range.upperBound, dash))
        }
        return out
    }
}
