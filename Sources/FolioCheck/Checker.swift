import FolioData

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
            ArithmeticRule(), DataMismatchRule(), HeadingNumberRule(), EnumerationRule(),
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
    public func check(_ dataset: Dataset, source: SourceMap? = nil, disabled: Set<String> = []) -> CheckReport {
        let prose = ProseCorpus(dataset: dataset, source: source)
        var findings: [Finding] = []
        var rulesRun: [RuleInfo] = []
        for rule in rules where !Self.isDisabled(rule.info.id, by: disabled) {
            rulesRun.append(rule.info)
            findings += rule.check(prose)
        }
        return CheckReport(file: dataset.file, rules: rulesRun, findings: Self.sorted(findings))
    }

    /// Findings in file order (line, column), then rule order; unlocated ones last.
    static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sortedBySource(\.location)
    }
}
