import FolioMessages
import FolioData

/// `data.mismatch`: a number typed in the prose that differs from the dataset's own figure for the same
/// indicator and year ("2020年农民人均纯收入达到11000元" when the data says 11379). The indicator is
/// the nearest data name before the number in the sentence whose unit matches; the year is the
/// nearest "YYYY年" before it. Numbers printed by expressions, and stated changes (增加2639元), are not
/// compared.
public struct DataMismatchRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "data.mismatch", severity: .error,
            summary: Message("check.number-typed-prose-that"))
    }

    /// Every typed figure the data contradicts.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        let values = prose.dataset.values.filter { !$0.name.isEmpty }
        guard !values.isEmpty else { return [] }
        var out: [Finding] = []
        for unit in prose.units {
            for (sentence, figures) in StatedFigure.bySentence(unit) {
                for f in figures where unit.isLiteral(f.number.range) && !f.number.isYearLike {
                    if let finding = compare(f, figures, sentence, unit, values) { out.append(finding) }
                }
            }
        }
        return out
    }

    private func compare(
        _ f: StatedFigure, _ figures: [StatedFigure], _ sentence: Range<Int>, _ unit: ProseUnit,
        _ values: [DataValue]
    ) -> Finding? {
        let t = unit.text
        if ArithmeticRule.change(t, before: f.start) != nil { return nil }
        // The nearest data name before the number, with the same unit.
        var best: (value: DataValue, end: Int)?
        for v in values where v.unit == f.unit || (v.unit == "％" && f.unit == "%") {
            let name = Array(v.name)
            var i = f.start - name.count
            while i >= sentence.lowerBound {
                if Array(t[i..<(i + name.count)]) == name {
                    if i + name.count > (best?.end ?? -1) { best = (v, i + name.count) }
                    break
                }
                i -= 1
            }
        }
        guard let (value, end) = best else { return nil }
        // The year given just before the number ("比2015年的8740元"), else the nearest year in the sentence.
        let years = unit.numbers.filter {
            $0.isYearLike && sentence.contains($0.range.lowerBound) && $0.range.upperBound < f.start
                && $0.range.upperBound < t.count && t[$0.range.upperBound] == "年"
        }
        let year = years.last
        let adjacent = year.map { f.start - $0.range.upperBound <= 3 } ?? false
        // Another figure of the same unit between name and number belongs to that name, unless a year says otherwise.
        if !adjacent, figures.contains(where: { $0.unit == f.unit && $0.start >= end && $0.start < f.start }) {
            return nil
        }
        let expected: Quantity?, label: String
        switch value.content {
        case .scalar(let q):
            (expected, label) = (q, value.name)
        case .series:
            guard let y = year else { return nil }
            let ys = unit.string(y.range)
            (expected, label) = (value.quantity(year: ys), "\(value.name)[\(ys)]")
        }
        guard let q = expected else { return nil }
        let tolerance = 0.5 * ArithmeticRule.pow10(-f.number.decimals) + 1e-9
        guard abs(q.value - f.number.value) > tolerance else { return nil }
        let typed = unit.string(f.number.range)
        return finding(
            unit, at: f.number.range,
            Message(
                "check.prose-says-typed-unit",
                ["typed": "\(typed)", "unit": "\(f.unit)", "label": "\(label)", "formatted": "\(q.formatted)"]),
            fix: Message("check.write-label-so-figure.hint", ["label": "\(label)"]))
    }
}
