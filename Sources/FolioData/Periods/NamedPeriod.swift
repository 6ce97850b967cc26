import FolioMessages
import Foundation
/// The periods prose names relative to the report's own (`report.period`, `report.plan`), so a
/// report drafted for the next period says the right thing without a year being edited.
public enum NamedPeriod: String, Sendable, CaseIterable {
    /// The report's period (本期): 2025, 2025H1, 2025-01..10. Prints 2025年上半年.
    case current = "本期"
    /// The previous period of the same kind (上期): 2024 for 2025, 2024H2 for 2025H1.
    case previous = "上期"
    /// The same period a year earlier (上年同期): 2024H1 for 2025H1.
    case sameLastYear = "上年同期"
    /// The report's calendar year (本年), printed as the bare year: `{本年}年` → 2025年.
    case thisYear = "本年"
    /// The calendar year before (上年), printed as the bare year.
    case lastYear = "上年"
    /// The year before the plan span (基期): 2015 for `report.plan: 2016..2020`. Printed as the bare year.
    case base = "基期"
    /// The plan span itself (规划期), printed 2016—2020年; not a period a figure belongs to.
    case plan = "规划期"
}

/// What named periods resolve against: the report's period and plan span.
public struct PeriodContext: Sendable, Hashable {
    /// `report.period`, if the dataset states it.
    public var period: ReportPeriod?
    /// `report.plan`, if the dataset states it.
    public var plan: PlanSpan?

    /// Creates a context.
    public init(period: ReportPeriod? = nil, plan: PlanSpan? = nil) { self.period = period; self.plan = plan }

    /// The period a name stands for (nil for 规划期, which is a span).
    public func resolve(_ name: NamedPeriod) throws(ExpressionError) -> ReportPeriod? {
        if name == .base || name == .plan {
            guard let plan else {
                throw ExpressionError(
                    Message("expr.no-plan.raw-value-needs-plan", ["raw-value": "\(name.rawValue)"]),
                    hint: Message("expr.no-plan.add-report-plan-first.hint"), code: "expr.no-plan")
            }
            return name == .base ? ReportPeriod(year: plan.baseYear) : nil
        }
        guard let period else {
            throw ExpressionError(
                Message("expr.no-period.raw-value-needs-report", ["raw-value": "\(name.rawValue)"]),
                hint: Message("expr.no-period.add-report-period-e.hint"),
                code: "expr.no-period")
        }
        switch name {
        case .current: return period
        case .previous: return period.previous
        case .sameLastYear: return period.sameLastYear
        case .thisYear: return ReportPeriod(year: period.year)
        case .lastYear: return ReportPeriod(year: period.year - 1)
        case .base, .plan: return nil
        }
    }

    /// A period as written in an expression — a named one, a named one shifted by whole years (`本年-4`,
    /// `上年同期-1`), or a literal — resolved; nil for 规划期.
    public func resolve(text: String) throws(ExpressionError) -> ReportPeriod? {
        if let name = NamedPeriod(rawValue: text) { return try resolve(name) }
        if let (name, years) = Self.shifted(text) { return try resolve(name, shiftedBy: years) }
        do { return try ReportPeriod(parsing: text) } catch {
            throw ExpressionError(error.message, hint: error.hint, code: "expr.period")
        }
    }

    /// The period `name` stands for, moved by `years` whole years (`本年-4`: the fifth year back, so a chart
    /// of the last five years moves with the report). A span (规划期) cannot be shifted.
    public func resolve(_ name: NamedPeriod, shiftedBy years: Int) throws(ExpressionError) -> ReportPeriod {
        guard let p = try resolve(name) else {
            throw ExpressionError(
                Message("expr.period-shift.span", ["name": "\(name.rawValue)"]),
                hint: Message("expr.period-shift.span.hint"), code: "expr.period")
        }
        let year = p.year + years
        guard InputLimits.years.contains(year) else {
            throw ExpressionError(
                Message(
                    "data.year-text-outside-lower",
                    [
                        "text": "\(name.rawValue)\(years < 0 ? "-" : "+")\(abs(years))",
                        "lower-bound": "\(InputLimits.years.lowerBound)",
                        "upper-bound": "\(InputLimits.years.upperBound)",
                    ]),
                hint: Message("data.check-year.hint"), code: "expr.period")
        }
        return ReportPeriod(year: year, part: p.part)
    }

    /// `本年-4` → (本年, −4); nil unless the text is a named period, a sign and a whole number of years.
    static func shifted(_ text: String) -> (NamedPeriod, Int)? {
        guard let sign = text.lastIndex(where: { $0 == "-" || $0 == "+" }),
            let name = NamedPeriod(rawValue: String(text[..<sign]).trimmingCharacters(in: .whitespaces)),
            let n = Int(text[text.index(after: sign)...].trimmingCharacters(in: .whitespaces)),
            n >= 0, n <= InputLimits.years.count
        else { return nil }
        return (name, text[sign] == "-" ? -n : n)
    }

    /// What `{本年-4}` prints: the shifted period as `{本年}`, `{本期}` print theirs (a bare year for the year
    /// names, so prose writes `{本年-4}—{本年}年`).
    public func text(of name: NamedPeriod, shiftedBy years: Int) throws(ExpressionError) -> String {
        let p = try resolve(name, shiftedBy: years)
        switch name {
        case .thisYear, .lastYear, .base: return String(p.year)
        default: return p.chinese
        }
    }

    /// What `{本期}`, `{上年}`, `{基期}` print: the period in Chinese (2025年上半年), or the bare year for the
    /// year names (本年, 上年, 基期, so prose writes `{本年}年`), or the span for 规划期 (2016—2020年).
    public func text(of name: NamedPeriod) throws(ExpressionError) -> String {
        if name == .plan, let plan { return plan.chinese }
        guard let p = try resolve(name) else { return "" }
        switch name {
        case .thisYear, .lastYear, .base: return String(p.year)
        default: return p.chinese
        }
    }

    /// How a comparison names its base in words (比上年, 比上年同期, 比2015年): relative to the report's
    /// period when `to` is the report's period, else the base's own text.
    public func baseWording(_ base: ReportPeriod, to: ReportPeriod) -> String {
        if let period, to == period {
            if period.isYear && base == period.previous { return "上年" }
            if !period.isYear && base == period.sameLastYear { return "上年同期" }
            if !period.isYear && base == period.previous { return "上期" }
        }
        return base.chinese
    }
}
