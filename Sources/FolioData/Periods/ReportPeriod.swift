import FolioMessages
/// The period a report covers, or a period a series figure belongs to: a calendar year (`2025`), a
/// half-year (`2025H1`, `2025H2`), a quarter (`2025Q3`) or the months from January to date
/// (`2025-01..10`, 1—10月, as monthly statistical reports accumulate).
public struct ReportPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Which part of the year.
    public enum Part: Sendable, Hashable {
        /// The whole calendar year.
        case year
        /// A half-year, 1 (上半年) or 2 (下半年).
        case half(Int)
        /// A quarter, 1–4 (第一季度 … 第四季度).
        case quarter(Int)
        /// January through the given month, 1–12 (1—10月).
        case monthsToDate(Int)
    }

    /// The calendar year.
    public var year: Int
    /// The part of the year.
    public var part: Part

    /// Creates a period (not validated; use `init(parsing:)` for input).
    public init(year: Int, part: Part = .year) { self.year = year; self.part = part }

    /// Why a text is not a period.
    public struct ParseError: Error, Sendable, Hashable {
        /// What is wrong.
        public var message: Message
        /// What to write instead.
        public var hint: Message
    }

    /// Parses `2025`, `2025H1`, `2025Q3`, `2025-01..10`; the year must lie within `InputLimits.years`.
    public init(parsing text: String) throws(ParseError) {
        let t = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        let formats = Message("period.formats.hint")
        guard t.count >= 4, let year = Self.digits(t[0..<4]), !(t.count > 4 && ("0"..."9").contains(t[4])) else {
            throw ParseError(message: Message("data.text-period", ["text": "\(text)"]), hint: formats)
        }
        guard InputLimits.years.contains(year) else {
            throw ParseError(
                message:
                    Message(
                        "data.year-text-outside-lower",
                        [
                            "text": "\(text)", "lower-bound": "\(InputLimits.years.lowerBound)",
                            "upper-bound": "\(InputLimits.years.upperBound)",
                        ]),
                hint: Message("data.check-year.hint"))
        }
        let rest = Array(t[4...])
        if rest.isEmpty { self.init(year: year); return }
        if rest.count == 2, rest[0] == "H" || rest[0] == "h" || rest[0] == "Q" || rest[0] == "q",
            let n = Self.digits(rest[1...])
        {
            let isHalf = rest[0] == "H" || rest[0] == "h"
            guard (1...(isHalf ? 2 : 4)).contains(n) else {
                throw ParseError(
                    message: Message(
                        "data.text-names-value-count",
                        [
                            "text": "\(text)",
                            "value": .message(Message(isHalf ? "period.half-year" : "period.quarter")), "count": "\(n)",
                            "value2": "\(isHalf ? 2 : 4)",
                        ]),
                    hint: Message(isHalf ? "period.halves.hint" : "period.quarters.hint", ["year": .number(year)]))
            }
            self.init(year: year, part: isHalf ? .half(n) : .quarter(n)); return
        }
        let months = String(String.UnicodeScalarView(rest))
        if months.hasPrefix("-") {
            let pieces = months.dropFirst().components(separatedBy: "..")
            guard pieces.count == 2, let first = Int(pieces[0]), let last = Int(pieces[1]),
                pieces.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) })
            else {
                throw ParseError(
                    message: Message("data.text-period-months", ["text": "\(text)"]),
                    hint: Message("data.write-months-from-january.hint", ["year": "\(year)"]))
            }
            guard first == 1 else {
                throw ParseError(
                    message: Message("data.text-starts-month-first", ["text": "\(text)", "first": "\(first)"]),
                    hint: Message(
                        "period.months.hint",
                        ["year": .number(year), "last-text": "\(pieces[1])", "last": .number(last)]))
            }
            guard (1...12).contains(last) else {
                throw ParseError(
                    message: Message("data.text-ends-month-last", ["text": "\(text)", "last": "\(last)"]),
                    hint: Message("data.check-last-month.hint"))
            }
            self.init(year: year, part: .monthsToDate(last)); return
        }
        throw ParseError(message: Message("data.text-period", ["text": "\(text)"]), hint: formats)
    }

    private static func digits(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(String(String.UnicodeScalarView(s)))
    }

    /// The key as series write it: `2025`, `2025H1`, `2025Q3`, `2025-01..10`.
    public var key: String {
        switch part {
        case .year: return String(year)
        case .half(let n): return "\(year)H\(n)"
        case .quarter(let n): return "\(year)Q\(n)"
        case .monthsToDate(let m): return "\(year)-01..\(m < 10 ? "0" : "")\(m)"
        }
    }

    /// The key.
    public var description: String { key }

    /// As Chinese text prints it: 2025年, 2025年上半年, 2025年第三季度, 2025年1—10月 (2025年1月 for January alone).
    public var chinese: String { "\(year)年" + partName }

    /// The part of the year in words, without the year: "", 上半年, 第三季度, 1—10月.
    public var partName: String {
        switch part {
        case .year: return ""
        case .half(let n): return n == 1 ? "上半年" : "下半年"
        case .quarter(let n): return "第\(NumberFormatting.chineseNumeral(n))季度"
        case .monthsToDate(let m): return m == 1 ? "1月" : "1—\(m)月"
        }
    }

    /// Whether this is a whole calendar year.
    public var isYear: Bool { if case .year = part { return true } else { return false } }

    /// The previous period of the same kind (上期): 2024 for 2025, 2024H2 for 2025H1, 2025Q2 for 2025Q3,
    /// 2025-01..09 for 2025-01..10; for January alone, the whole previous year (its 1—12月).
    public var previous: ReportPeriod {
        switch part {
        case .year: return ReportPeriod(year: year - 1)
        case .half(let n):
            return n == 2 ? ReportPeriod(year: year, part: .half(1)) : ReportPeriod(year: year - 1, part: .half(2))
        case .quarter(let n):
            return n > 1
                ? ReportPeriod(year: year, part: .quarter(n - 1)) : ReportPeriod(year: year - 1, part: .quarter(4))
        case .monthsToDate(let m):
            return m > 1 ? ReportPeriod(year: year, part: .monthsToDate(m - 1)) : ReportPeriod(year: year - 1)
        }
    }

    /// The next period of the same kind (what `folio new-year` drafts): 2026 for 2025, 2025H2 for 2025H1,
    /// 2026H1 for 2025H2, 2025-01..11 for 2025-01..10, 2026-01..01 after 2025-01..12.
    public var next: ReportPeriod {
        switch part {
        case .year: return ReportPeriod(year: year + 1)
        case .half(let n):
            return n == 1 ? ReportPeriod(year: year, part: .half(2)) : ReportPeriod(year: year + 1, part: .half(1))
        case .quarter(let n):
            return n < 4
                ? ReportPeriod(year: year, part: .quarter(n + 1)) : ReportPeriod(year: year + 1, part: .quarter(1))
        case .monthsToDate(let m):
            return m < 12
                ? ReportPeriod(year: year, part: .monthsToDate(m + 1))
                : ReportPeriod(year: year + 1, part: .monthsToDate(1))
        }
    }

    /// The same period a year earlier (上年同期): 2024H1 for 2025H1, 2024-01..10 for 2025-01..10.
    public var sameLastYear: ReportPeriod { ReportPeriod(year: year - 1, part: part) }

    /// The last month the period covers (12 for a year, 6 for H1, 9 for Q3, 10 for 1—10月).
    public var lastMonth: Int {
        switch part {
        case .year: return 12
        case .half(let n): return 6 * n
        case .quarter(let n): return 3 * n
        case .monthsToDate(let m): return m
        }
    }

    /// The first month the period covers.
    public var firstMonth: Int {
        switch part {
        case .year, .monthsToDate: return 1
        case .half(let n): return 6 * n - 5
        case .quarter(let n): return 3 * n - 2
        }
    }

    /// Whether two periods cover the same part of their years (2024H1 and 2025H1), so whole years lie between them.
    public func isSamePart(as other: ReportPeriod) -> Bool { part == other.part }

    /// Whether two periods are of one kind and length — two years, two halves, two quarters, two spans of the same
    /// months from January — so that a change from one to the other compares like with like (上半年 on 上半年, a
    /// quarter on the quarter before it), not a quarter with a half-year or 1—10月 with a whole year.
    public func isSameKind(as other: ReportPeriod) -> Bool {
        switch (part, other.part) {
        case (.year, .year), (.half, .half), (.quarter, .quarter): return true
        case (.monthsToDate(let a), .monthsToDate(let b)): return a == b
        default: return false
        }
    }

    /// Ordered by year, then by the month the period ends, then by the month it starts (a longer period first).
    public static func < (a: ReportPeriod, b: ReportPeriod) -> Bool {
        (a.year, a.lastMonth, a.firstMonth) < (b.year, b.lastMonth, b.firstMonth)
    }
}

/// A planning span such as 十三五 (`report.plan: 2016..2020`): whole years, first to last.
public struct PlanSpan: Sendable, Hashable {
    /// The first year of the plan.
    public var first: Int
    /// The last year of the plan.
    public var last: Int

    /// Creates a span (not validated).
    public init(first: Int, last: Int) { self.first = first; self.last = last }

    /// Parses `2016..2020`; nil unless both are years within `InputLimits.years` and the first comes first.
    public init?(parsing text: String) {
        let pieces = text.trimmingCharacters(in: .whitespaces).components(separatedBy: "..")
        guard pieces.count == 2, pieces.allSatisfy({ $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let a = Int(pieces[0]), let b = Int(pieces[1]), a < b,
            InputLimits.years.contains(a), InputLimits.years.contains(b)
        else { return nil }
        self.init(first: a, last: b)
    }

    /// The base year (基期): the year before the plan starts, whose figures the plan's growth is measured from.
    public var baseYear: Int { first - 1 }

    /// "2016—2020年".
    public var chinese: String { NumberFormatting.yearRange(from: String(first), to: String(last)) }
}
