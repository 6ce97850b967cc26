import FolioMessages
import FolioData

/// A figure in prose with its unit: "8740元", "30.2%".
struct StatedFigure {
    /// The number.
    var number: TextScan.Number
    /// Its unit as written ("元", "%"), after an optional 余/多.
    var unit: String
    /// Where the number starts.
    var start: Int { number.range.lowerBound }
    /// Where the figure ends, after its unit.
    var end: Int

    /// Units the arithmetic and data rules understand, longest first where one is a prefix of another.
    static let units = [
        "平方公里", "平方米", "立方米", "万千瓦时", "公里", "公顷", "万元", "亿元", "元", "万亩", "亩",
        "人次", "万人", "人", "户", "个", "家", "件", "吨", "%", "％", "个百分点",
    ]
    /// `units`, longest first, for `TextScan.match`.
    static let unitList = WordList(units)

    /// Every number of `numbers` (the numbers of `text`) followed by a known unit, in order.
    static func all(in text: ProseText, numbers: [TextScan.Number]) -> [StatedFigure] {
        numbers.compactMap { n in
            var k = n.range.upperBound
            if k < text.count, text[k] == "余" || text[k] == "多" { k += 1 }
            guard let unit = TextScan.match(text, unitList, at: k) else { return nil }
            return StatedFigure(number: n, unit: unit == "％" ? "%" : unit, end: k + unit.count)
        }
    }

    /// The figures of each sentence of `unit`, in order: the unit is scanned once, not once per sentence (which
    /// made checking a long paragraph quadratic: a fifth of `folio check` at 100×).
    static func bySentence(_ unit: ProseUnit) -> [(sentence: Range<Int>, figures: [StatedFigure])] {
        let figures = all(in: unit.text, numbers: unit.numbers)
        return unit.sentences.map { sentence in (sentence, figures.filter { sentence.contains($0.start) }) }
    }
}

/// `arithmetic.claim`: a value, an earlier value, the stated increase and the stated growth rate in one
/// sentence must agree within rounding. "达到19元，比2015年的8740元增加2639元，增长30.2%": 8740 + 2639 =
/// 11379 and 2639 / 8740 = 30.2%, so 19 is the figure in error.
public struct ArithmeticRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "arithmetic.claim", severity: .error,
            summary: Message("check.value-earlier-value-stated"))
    }

    /// Words that introduce the stated change, with its sign. 增收/减收 and 增支/减支 state the change of a revenue
    /// or an expenditure itself (“同比减支46744万元”): the figure after them is the change, never the earlier value
    /// (docs/checks.md, `arithmetic.claim`).
    static let changeWords: [(String, Double)] = [
        ("增加了", 1), ("增长了", 1), ("提高了", 1), ("减少了", -1), ("下降了", -1),
        ("增加", 1), ("增长", 1), ("提高", 1), ("增收", 1), ("增支", 1),
        ("减少", -1), ("下降", -1), ("减收", -1), ("减支", -1),
    ]

    /// Words that introduce a gap from the budget rather than from the earlier period (“完成预算24850万元的12.4%，
    /// 短收21761万元”): the figure after them is neither a value, an earlier value nor the stated change.
    static let budgetGapWords = ["短收", "超收", "少收", "多收", "超支", "节支"]

    /// Whether the figure starting at `index` is an amount of change — after a change word or a budget-gap word
    /// — and so neither the value nor the earlier value of a comparison.
    static func isAmount(_ t: ProseText, at index: Int) -> Bool {
        change(t, before: index) != nil || budgetGapWords.contains { TextScan.ends(t, $0, before: index) }
    }

    /// Whether `f`, before 比, can be the value compared: not an amount of change (`isAmount`), nor the base of a
    /// share (“完成预算24850万元的12.4%”: the budget, followed by 的).
    static func canBeValue(_ f: StatedFigure, in t: ProseText) -> Bool {
        !isAmount(t, at: f.start) && !(f.end < t.count && t[f.end] == "的")
    }

    /// Whether the 比 at `index` opens a comparison with an earlier value: not the 比 of 同比/环比 (a change
    /// from the same period, no base follows), 占比, 比重, 比例 or 比率.
    static func comparesWithBase(_ t: ProseText, at index: Int) -> Bool {
        let before: Set<Character> = ["同", "环", "占"], after: Set<Character> = ["重", "例", "率"]
        return !(index > 0 && before.contains(t[index - 1])) && !(index + 1 < t.count && after.contains(t[index + 1]))
    }

    /// Every comparison sentence whose figures contradict each other.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            let comparisons = unit.indices(of: "比")
            guard !comparisons.isEmpty else { continue }
            for (sentence, figures) in StatedFigure.bySentence(unit) {
                for bi in comparisons where sentence.contains(bi) && Self.comparesWithBase(unit.text, at: bi) {
                    if let f = claim(unit, figures, at: bi, in: sentence) { out.append(f) }
                }
            }
        }
        return out
    }

    /// The sign of the change word just before `index`, if any.
    static func change(_ t: ProseText, before index: Int) -> Double? {
        changeWords.first { TextScan.ends(t, $0.0, before: index) }?.1
    }

    /// A stated change: the figure and its signed value.
    private struct Change { var figure: StatedFigure; var value: Double; var tolerance: Double; var decimals: Int }

    /// Words after which the figures belong to something else: 其中 opens a part of the whole (“比上年末增加
    /// 1.25万人，其中，参加城乡居民基本养老保险人数9.14万人，减少0.17万人”), 分别 a list pairing subjects with
    /// figures in order.
    static let boundaries = ["其中", "分别"]

    /// Where the first boundary word after `index` in `sentence` is (the sentence's end when none).
    static func boundary(_ t: ProseText, after index: Int, in sentence: Range<Int>) -> Int {
        var i = index
        while i < sentence.upperBound {
            if boundaries.contains(where: { TextScan.has(t, $0, at: i) }) { return i }
            i += 1
        }
        return sentence.upperBound
    }

    private func claim(_ unit: ProseUnit, _ figures: [StatedFigure], at bi: Int, in sentence: Range<Int>) -> Finding? {
        let t = unit.text
        // A 分别 list before 比 pairs several values with several earlier values: no single claim to check.
        guard !(sentence.lowerBound..<bi).contains(where: { TextScan.has(t, "分别", at: $0) }) else { return nil }
        guard let earlier = figures.first(where: { $0.start > bi && $0.start - bi <= 12 && $0.unit != "%" }),
            !Self.isAmount(t, at: earlier.start),
            let value = figures.last(where: { $0.start < bi && $0.unit == earlier.unit && Self.canBeValue($0, in: t) })
        else { return nil }
        let end = Self.boundary(t, after: earlier.start, in: sentence)
        let after = figures.filter { $0.start > earlier.start && $0.start < end }
        func change(_ f: StatedFigure) -> Change? {
            Self.change(t, before: f.start).map {
                Change(
                    figure: f, value: f.number.value * $0, tolerance: 0.5 * Self.pow10(-f.number.decimals) + 1e-9,
                    decimals: f.number.decimals)
            }
        }
        let c = after.first { $0.unit == earlier.unit && Self.change(t, before: $0.start) != nil }.flatMap(change)
        let d = after.first { $0.unit == "%" && Self.change(t, before: $0.start) != nil }.flatMap(change)
        guard c != nil || d != nil else { return nil }
        let a = value.number.value, b = earlier.number.value
        let cOK = c.map { abs((a - b) - $0.value) <= $0.tolerance }
        let dOK = d.map { b != 0 && abs((a - b) / b * 100 - $0.value) <= $0.tolerance }
        var cdOK: Bool?
        if let c, let d, b != 0 { cdOK = abs(c.value / b * 100 - d.value) <= d.tolerance + abs(100 * c.tolerance / b) }
        if cOK != false && dOK != false { return nil }
        let dec = { (x: Double, n: Int) in NumberFormatting.plain(x, decimals: n) }
        let shownValue = unit.string(value.number.range), shownEarlier = unit.string(earlier.number.range)
        let fromData =
            unit.isLiteral(value.number.range) ? Message.verbatim("") : Message("check.printed-from-data")
        // Decide which figure is wrong: the one the other two agree without.
        if let c, cdOK == true || (d == nil && cOK == false) {
            let expected = dec(b + c.value, max(earlier.number.decimals, c.decimals))
            let also = d == nil ? Message.verbatim("") : Message("check.growth-agrees", ["expected": "\(expected)"])
            return finding(
                unit, at: value.number.range,
                Message(
                    "check.shown-value-unit-contradicts",
                    [
                        "shown-value": "\(shownValue)", "unit": "\(value.unit)", "shown-earlier": "\(shownEarlier)",
                        "value": "\(dec(c.value, c.decimals))", "expected": "\(expected)", "also": .message(also),
                    ]),
                fix: Message(
                    "check.write-expected",
                    ["expected": "\(expected)", "unit": "\(value.unit)", "from-data": .message(fromData)]))
        }
        if let d, b != 0, cOK == true || c == nil {
            let actual = dec((a - b) / b * 100, d.decimals)
            return finding(
                unit, at: d.figure.number.range,
                Message(
                    "check.growth-value-contradicts-shown",
                    [
                        "value": "\(dec(d.value, d.decimals))", "shown-value": "\(shownValue)",
                        "shown-earlier": "\(shownEarlier)", "actual": "\(actual)",
                    ]),
                fix: Message("check.write-actual-use-so.hint", ["actual": "\(actual)"]))
        }
        if let c, dOK == true {
            let actual = dec(a - b, max(value.number.decimals, earlier.number.decimals))
            return finding(
                unit, at: c.figure.number.range,
                Message(
                    "check.increase-value-contradicts-shown",
                    [
                        "value": "\(dec(c.value, c.decimals))", "shown-value": "\(shownValue)",
                        "shown-earlier": "\(shownEarlier)", "actual": "\(actual)",
                    ]),
                fix: Message("check.write-actual-unit-use.hint", ["actual": "\(actual)", "unit": "\(earlier.unit)"]))
        }
        let stated =
            Message(
                c == nil ? "check.stated.growth" : d == nil ? "check.stated.increase" : "check.stated.both",
                [
                    "increase": "\(c.map { dec($0.value, $0.decimals) } ?? "")",
                    "growth": "\(d.map { dec($0.value, $0.decimals) } ?? "")",
                ])
        return finding(
            unit, at: value.number.range,
            Message(
                "check.figures-this-comparison-do",
                [
                    "shown-value": "\(shownValue)", "shown-earlier": "\(shownEarlier)", "value": "\(dec(a - b, 2))",
                    "stated": .message(stated),
                ]),
            fix: Message("check.check-every-figure-sentence.hint", ["from-data": .message(fromData)]))
    }

    /// 10 to the power `e`: half of `pow10(-decimals)` is how far a figure written with `decimals` places may be from
    /// what it was rounded from.
    static func pow10(_ e: Int) -> Double {
        var p = 1.0
        for _ in 0..<abs(e) { p *= 10 }
        return e < 0 ? 1 / p : p
    }
}
