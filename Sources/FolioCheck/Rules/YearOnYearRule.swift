import FolioMessages
import FolioData

/// `period.not-consecutive` and `period.gap`: a year-on-year claim (比上年, 较上年, 同比, 比上年同期; 比上期, 环比)
/// typed next to an expression whose figures are not a year (or a period) apart: "比上年增长{增长率(收入, 2023,
/// 2025)}". When the series holds the base 比上年 means (2024), the expression names the wrong one
/// (`period.not-consecutive`); when it does not, the expression spans a gap in the series (`period.gap`): growth
/// across missing years is right only as the whole change named by its base (比2021年) or as 年均 (年均变化
/// never fires).
public struct YearOnYearRule: CheckRule {
    /// Which of the two findings this rule reports.
    public enum Kind: Sendable {
        /// The series has the right base; the expression names another.
        case notConsecutive
        /// The series lacks the right base; the expression spans the gap.
        case gap
    }

    /// Which findings this instance reports.
    public var kind: Kind

    /// Creates the rule for `kind`.
    public init(_ kind: Kind) { self.kind = kind }

    /// Id, severity and summary.
    public var info: RuleInfo {
        switch kind {
        case .notConsecutive:
            return RuleInfo(
                id: "period.not-consecutive", severity: .error,
                summary: Message("check.claim-whose-figures-are"))
        case .gap:
            return RuleInfo(
                id: "period.gap", severity: .error,
                summary: Message("check.claim-whose-growth-spans"))
        }
    }

    /// Year-on-year words and whether they compare with the same period a year earlier (else the previous period).
    static let wordings: [(String, sameLastYear: Bool)] = [
        ("比上年", true), ("较上年", true), ("同比", true),
        ("比上期", false), ("较上期", false), ("环比", false),
    ]
    /// How far from an expression, in characters, the wording may stand.
    static let reach = 8

    /// A comparison an expression makes: the series and its two periods.
    struct Comparison { var series: DataValue; var from: ReportPeriod; var to: ReportPeriod; var function: String }

    /// Every year-on-year claim over the wrong periods.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            for printed in unit.expressions {
                guard let c = Self.comparison(printed.expression, in: prose.dataset),
                    let (word, sameLastYear) = Self.wording(around: printed.range, in: unit)
                else { continue }
                let base = sameLastYear ? c.to.sameLastYear : c.to.previous
                guard base != c.from else { continue }
                let hasBase = c.series.points.contains { $0.period == base }
                guard hasBase == (kind == .notConsecutive) else { continue }
                out.append(
                    finding(
                        unit, at: printed.range, message(c, word: word, base: base),
                        fix: fix(c, base: base)))
            }
        }
        return out
    }

    private func message(_ c: Comparison, word: String, base: ReportPeriod) -> Message {
        let span = Message(
            "check.function-compares-chinese-chinese",
            ["function": "\(c.function)", "chinese": "\(c.from.chinese)", "chinese2": "\(c.to.chinese)"])
        switch kind {
        case .notConsecutive:
            return Message(
                "check.span-but-word-means",
                ["span": "\(span)", "word": "\(word)", "chinese": "\(base.chinese)", "name": "\(c.series.name)"])
        case .gap:
            return
                Message(
                    "check.span-across-gap-name",
                    ["span": "\(span)", "name": "\(c.series.name)", "chinese": "\(base.chinese)", "word": "\(word)"])
        }
    }

    private func fix(_ c: Comparison, base: ReportPeriod) -> Message {
        switch kind {
        case .notConsecutive:
            return
                Message(
                    "check.compare-key-key-e",
                    [
                        "key": "\(base.key)", "key2": "\(c.to.key)", "name": "\(c.series.name)",
                        "chinese": "\(c.from.chinese)",
                    ])
        case .gap:
            return
                Message(
                    "check.add-name-s-figure",
                    [
                        "name": "\(c.series.name)", "key": "\(base.key)", "chinese": "\(c.from.chinese)",
                        "key2": "\(c.from.key)", "key3": "\(c.to.key)",
                    ])
        }
    }

    /// The year-on-year wording typed within `reach` characters before or after `range` in its sentence, if any.
    static func wording(around range: Range<Int>, in unit: ProseUnit) -> (String, Bool)? {
        let t = unit.text
        let sentence = unit.sentenceRange(around: range.lowerBound)
        let lo = max(sentence.lowerBound, range.lowerBound - reach),
            hi = min(sentence.upperBound, range.upperBound + reach)
        for i in lo..<hi where !range.contains(i) {
            for (word, same) in wordings
            where i + word.count <= hi && TextScan.has(t, word, at: i)
                && unit.isLiteral(i..<(i + word.count))
            {
                return (word, same)
            }
        }
        return nil
    }

    /// The series and periods a growth or difference expression compares; nil for 年均 functions and others.
    static func comparison(_ e: Expression, in dataset: Dataset) -> Comparison? {
        switch e {
        case .formatted(let inner, _):
            return comparison(inner, in: dataset)
        case .call(let f, let args) where args.count == 3:
            let growthFunctions: [ExpressionFunction] = [.growth, .change, .comparison]
            guard let fn = ExpressionFunction(rawValue: f), growthFunctions.contains(fn),
                case .reference(let name, .none) = args[0], let series = dataset.value(named: name),
                let from = period(args[1], dataset), let to = period(args[2], dataset)
            else { return nil }
            return Comparison(series: series, from: from, to: to, function: "\(f)(\(name), …)")
        case .binary(.minus, .reference(let a, let y1?), .reference(let b, let y2?)) where a == b:
            // A fall may be written either way round ({收入[上期] - 收入[本期]}): the earlier period is the base.
            guard let series = dataset.value(named: a), let p1 = (try? dataset.periods.resolve(text: y1)) ?? nil,
                let p2 = (try? dataset.periods.resolve(text: y2)) ?? nil, p1 != p2
            else { return nil }
            return Comparison(series: series, from: min(p1, p2), to: max(p1, p2), function: "\(a)[\(y1)] - \(a)[\(y2)]")
        default:
            return nil
        }
    }

    /// A period argument (2023, 2025H1, 上期) resolved against the dataset.
    static func period(_ e: Expression, _ dataset: Dataset) -> ReportPeriod? {
        switch e {
        case .number(_, let text), .period(let text):
            return (try? dataset.periods.resolve(text: text)) ?? nil
        default:
            return nil
        }
    }
}
