import FolioData
import FolioMessages

/// A preflight rule: looks at the prose of a dataset and reports what is wrong with it.
///
/// A rule is a value (its word lists are data, see `CheckLists`), so tests can build one with
/// their own lists; `Checker.standardRules` gives the set `folio check` runs.
public protocol CheckRule: Sendable {
    /// Id, severity and summary.
    var info: RuleInfo { get }
    /// Every finding of this rule in the whole dataset.
    func check(_ prose: ProseCorpus) -> [Finding]
}

extension CheckRule {
    /// A finding of this rule at characters `range` of `unit`, with the rule's severity.
    func finding(
        _ unit: ProseUnit, at range: Range<Int>, _ message: some MessageConvertible, fix: (any MessageConvertible)?,
        severity: Severity? = nil
    ) -> Finding {
        Finding(
            rule: info.id, severity: severity ?? info.severity, location: unit.location(at: range.lowerBound),
            message: message, fix: fix, excerpt: unit.string(range), sentence: unit.sentence(around: range.lowerBound))
    }
}
