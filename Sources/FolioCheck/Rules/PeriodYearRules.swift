import FolioMessages
import FolioData

/// Years typed in prose: a four-digit year followed by 年, or opening a range or list of years (2024—2025年,
/// 2023、2024年), with the place of its digits.
enum TypedYears {
    /// Marks that join a year to the next one in a range or list.
    static let joiners: Set<Character> = ["—", "–", "－", "-", "~", "～", "至", "、"]

    /// Every year-like number of `text` that reads as a year.
    static func all(in text: ProseText) -> [(year: Int, range: Range<Int>)] {
        all(in: text, numbers: TextScan.numbers(in: text))
    }

    /// Every year-like number of `numbers` (the numbers of `text`, as `ProseUnit.numbers`) that reads as a year.
    static func all(in text: ProseText, numbers: [TextScan.Number]) -> [(year: Int, range: Range<Int>)] {
        numbers.compactMap { n in
            guard n.isYearLike else { return nil }
            let k = n.range.upperBound
            guard k < text.count else { return nil }
            let next = text[k]
            let isYear =
                next == "年" || (joiners.contains(next) && k + 1 < text.count && TextScan.digit(text[k + 1]) != nil)
            return isYear ? (Int(n.value), n.range) : nil
        }
    }
}

/// `period.stale-year`: a year typed in the prose that is the previous period's year, in a dataset whose
/// `report.period` is later — the mark of a report copied from last year's and not moved on ("2024年全镇…" in a
/// 2025 report). Years listed in `checks: { history: [...] }` are history on purpose and stay quiet; years
/// printed by expressions ({上年}, {上期}) are relative and always right.
public struct StaleYearRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "period.stale-year", severity: .warning,
            summary: Message("check.typed-year-that-previous"))
    }

    /// The year the rule looks for: the previous period's, when it is earlier than the report's year.
    static func staleYear(of dataset: Dataset) -> Int? {
        guard let period = dataset.report.period, period.previous.year < period.year else { return nil }
        return period.previous.year
    }

    /// Every typed stale year in the body, headings and captions (the title is `period.title-year`'s).
    public func check(_ prose: ProseCorpus) -> [Finding] {
        guard let stale = Self.staleYear(of: prose.dataset), !prose.dataset.historyYears.contains(stale),
            let period = prose.dataset.report.period
        else { return [] }
        var out: [Finding] = []
        for unit in prose.units where unit.kind != .title {
            for (year, range) in TypedYears.all(in: unit.text, numbers: unit.numbers)
            where year == stale && unit.isLiteral(range) {
                out.append(
                    finding(
                        unit, at: range,
                        Message("check.year-previous-period-s", ["year": "\(year)", "chinese": "\(period.chinese)"]),
                        fix: Message("check.write-so-year-moves.hint", ["year": "\(year)"])))
            }
        }
        return out
    }
}

/// `period.title-year`: the report's title or PDF subject names a year other than the report's period's (a title
/// left at last year's). The years of `report.plan` are allowed (a plan summary's 2016—2020年), and the next year
/// in a title that announces plans (计划, 打算, 安排, 思路: “2025年工作总结和2026年工作计划”), and the five years after the
/// period in one that announces a plan (规划: “2016—2020年工作总结及2021—2025年工作规划”).
public struct TitleYearRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "period.title-year", severity: .error,
            summary: Message("check.report-title-subject-naming"))
    }

    /// Words of a title that looks ahead, so the next year may be named.
    static let planWords = ["计划", "打算", "安排", "思路", "规划"]

    /// Every wrong year of the title and the subject.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        guard let period = prose.dataset.report.period else { return [] }
        let report = prose.dataset.report
        var out: [Finding] = []
        for unit in prose.units where unit.kind == .title {
            // A year an expression prints ({上年}年) moves with the period: only typed years can be stale.
            for (year, range) in TypedYears.all(in: unit.text, numbers: unit.numbers)
            where unit.isLiteral(range) && !allowed(year, period, report, unit.string)
                && !Self.beginsDate(unit.text, range)
            {
                out.append(
                    finding(
                        unit, at: range, message(year, period, "check.what.title"),
                        fix: fix(year, period, "report.title")))
            }
        }
        let subject = ProseText(Array(report.subject))
        for (year, range) in TypedYears.all(in: subject)
        where !allowed(year, period, report, report.subject) && !Self.beginsDate(subject, range) {
            out.append(
                Finding(
                    rule: info.id, severity: info.severity, location: report.location,
                    message: message(year, period, "check.what.subject"),
                    fix: fix(year, period, "report.subject"), excerpt: String(subject[range]), sentence: report.subject)
            )
        }
        return out
    }

    /// Whether the year at `range` begins a calendar date ("2026年1月10日在…会议上", the day a government work
    /// report is delivered, after its year): a date, not the period the report covers.
    static func beginsDate(_ text: ProseText, _ range: Range<Int>) -> Bool {
        var k = range.upperBound
        guard k < text.count, text[k] == "年" else { return false }
        k += 1
        let digits = k
        while k < text.count, TextScan.digit(text[k]) != nil { k += 1 }
        return k > digits && k < text.count && text[k] == "月"
    }

    private func allowed(_ year: Int, _ period: ReportPeriod, _ report: ReportInfo, _ text: String) -> Bool {
        if year == period.year { return true }
        if let plan = report.plan, (plan.first...plan.last).contains(year) { return true }
        // A plan looks ahead: the next year (计划), or the five of the next plan (“2021—2025年工作规划”).
        guard Self.planWords.contains(where: { text.contains($0) }) else { return false }
        return year == period.year + 1 || (text.contains("规划") && (period.year + 1...period.year + 5).contains(year))
    }

    private func message(_ year: Int, _ period: ReportPeriod, _ what: String) -> Message {
        Message(
            "check.names-year", ["what": .message(Message(what)), "year": .number(year), "period": "\(period.chinese)"])
    }

    private func fix(_ year: Int, _ period: ReportPeriod, _ key: String) -> Message {
        key == "report.title"
            ? Message("check.write-key-so-moves", ["key": "\(key)"])
            : Message("check.write-year-in-key", ["year": .number(period.year), "key": "\(key)"])
    }
}
