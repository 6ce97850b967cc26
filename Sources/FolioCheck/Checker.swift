import FolioData
import Foundation

/// The rule engine: runs every rule that is not switched off over a dataset's prose and returns
/// the findings in file order.
public struct Checker: Sendable {
    /// The rules, in report order.
    public var rules: [any CheckRule]

    /// A checker over `rules`.
    public init(rules: [any CheckRule]) { self.rules = rules }

    /// The standard checker: every rule of docs/checks.md with the given word lists.
    public init(lists: CheckLists) { self.init(rules: Self.standardRules(lists: lists)) }

    /// The rules `folio check` runs.
    public static func standardRules(lists: CheckLists) -> [any CheckRule] {
        [
            ArithmeticRule(), DataMismatchRule(), ShareRule(), HeadingNumberRule(), EnumerationRule(),
            QuoteBalanceRule(), HalfWidthRule(), DoubledPunctuationRule(),
            RepetitionRule(.word, lists: lists), RepetitionRule(.character, lists: lists),
            MeasureWordRule(lists: lists), YearSuffixRule(lists: lists), ConfusionRule(confusions: lists.confusions),
            JieZhiRule(), YiLaiRule(), MissingZengRule(), NegativeGrowthRule(), SpacingRule(.cjk),
            SpacingRule(.percent),
            ConsistencyRule(.percent), ConsistencyRule(.brackets), ConsistencyRule(.rangeDash),
            ConsistencyRule(.ratioColon), ConsistencyRule(.listDot), TitleDunhaoRule(),
            StaleYearRule(), TitleYearRule(), YearOnYearRule(.notConsecutive), YearOnYearRule(.gap), ToFillRule(),
        ]
    }

    /// Id, severity and summary of every rule.
    public var catalogue: [RuleInfo] { rules.map(\.info) }

    /// Whether rule `id` is switched off by `disabled`: an exact id, or its family ("punctuation" switches
    /// off every punctuation.* rule).
    public static func isDisabled(_ id: String, by disabled: Set<String>) -> Bool {
        disabled.contains(id) || disabled.contains { id.hasPrefix($0 + ".") }
    }

    /// The ids in `disabled` that name no rule or family (to warn about typos).
    public func unknownIds(in disabled: Set<String>) -> [String] {
        let ids = rules.map(\.info.id)
        return disabled.filter { d in !ids.contains { $0 == d || $0.hasPrefix(d + ".") } }.sorted()
    }

    /// Checks `dataset`; `source` is its YAML text for exact columns (read from `dataset.file` when nil).
    /// The map is consumed: it is released once the corpus is built, before the rules run.
    public func check(_ dataset: Dataset, source: consuming SourceMap? = nil, disabled: Set<String> = []) -> CheckReport
    {
        let prose = ProseCorpus(dataset: dataset, source: consume source)
        let active = rules.filter { !Self.isDisabled($0.info.id, by: disabled) }
        // The rules read the corpus and nothing else: they run on every core (the check comes before a build, with
        // the cores otherwise idle), their findings joined in rule order as if run one after another.
        let found = OrderedResults<Finding>(count: active.count)
        DispatchQueue.concurrentPerform(iterations: active.count) { i in found.set(i, active[i].check(prose)) }
        return CheckReport(
            file: dataset.file, rules: active.map(\.info), findings: Self.sorted(found.joined))
    }

    /// Findings in file order (line, column), then rule order; unlocated ones last.
    static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sortedBySource(\.location)
    }
}
