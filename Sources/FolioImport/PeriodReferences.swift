import FolioMessages
import FolioData

/// The report's period as an imported text states it, and the typed years of its prose turned into period
/// references: the period's own year → `{本年}年`, the year before → `{上年}年`, the plan's base year → `{基期}年`,
/// the plan span → `{规划期}`, the period itself when it is part of a year (2025年上半年) → `{本期}` (and the same
/// part a year earlier → `{上年同期}`), so `folio new-year` moves them. Other years are history and stay as typed
/// (listed in `checks.history`); a year inside a range or list of years (2018年至2020年, 2019、2020年) is history
/// too, and the importer says where it was unsure.
struct PeriodReferences: Sendable {
    /// The report's period, from the title.
    var period: ReportPeriod?
    /// The plan span, from the title (2016—2020年, 十三五).
    var plan: PlanSpan?
    /// Years left as typed, ascending.
    private(set) var history: Set<Int> = []
    /// Where the rewriting was unsure.
    private(set) var notes: [ReportImporter.Note] = []

    /// Named five-year plans.
    static let plans: [(String, PlanSpan)] = [
        ("十二五", PlanSpan(first: 2011, last: 2015)), ("十三五", PlanSpan(first: 2016, last: 2020)),
        ("十四五", PlanSpan(first: 2021, last: 2025)), ("十五五", PlanSpan(first: 2026, last: 2030)),
    ]

    /// Reads the period and plan from a title: a span (2016—2020年) or a named plan gives the plan and its last
    /// year as the period (unless the title names a later single year); the latest year gives the period (with its
    /// part: 2025年上半年).
    init(title: String?, date: DatasetDate?) {
        guard let title else { return }
        let c = Array(title)
        // The plan a title names first is the one it is about: “十三五工作总结及十四五工作规划” sums up 十三五.
        plan =
            Self.plans.compactMap { name, span in title.range(of: name).map { ($0.lowerBound, span) } }
            .min { $0.0 < $1.0 }?.1
        // The latest year the title names is the report's: a budget report “关于2025年…执行情况和2026年…草案的报告”
        // and a government work report of 2026 are 2026's (2025 is 上年 in their prose).
        var i = 0
        while i < c.count {
            guard let y = Self.year(c, at: i) else { i += 1; continue }
            if let (last, end) = Self.spanEnd(c, after: i + 4) {
                plan = plan ?? PlanSpan(first: y, last: last)
                i = end
                continue
            }
            let rest = String(c[(i + 5)...].prefix(8))
            let part = Self.parts.first { rest.hasPrefix($0) } ?? Self.monthsPrefix(rest)
            let p = part.flatMap { ReportPeriod(header: "\(y)年\($0)") } ?? ReportPeriod(year: y)
            if period.map({ p.year > $0.year }) ?? true { period = p }
            i += 5
        }
        if period == nil, let plan { period = ReportPeriod(year: plan.last) }
    }

    /// The parts of a year a title or text names after 年.
    static let parts = ["上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度"]

    /// “1—10月” at the start of `s`, if there.
    static func monthsPrefix(_ s: String) -> String? {
        guard let end = s.firstIndex(of: "月") else { return nil }
        let candidate = String(s[...end])
        return ReportPeriod(header: "2000年" + candidate) != nil ? candidate : nil
    }

    /// A four-digit year (ASCII digits) at `i` followed by 年, not part of a longer number.
    static func year(_ c: [Character], at i: Int) -> Int? {
        guard i + 4 < c.count, c[i + 4] == "年", i == 0 || !c[i - 1].isNumber,
            c[i..<(i + 4)].allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(String(c[i..<(i + 4)])),
            (1900...2100).contains(y)
        else { return nil }
        return y
    }

    /// A bare four-digit year (no 年) at `i`, not part of a longer number.
    static func bareYear(_ c: [Character], at i: Int) -> Int? {
        guard i + 4 <= c.count, i == 0 || !c[i - 1].isNumber, i + 4 == c.count || !c[i + 4].isNumber,
            c[i..<(i + 4)].allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(String(c[i..<(i + 4)])),
            (1900...2100).contains(y)
        else { return nil }
        return y
    }

    /// Range and list marks between years.
    static let joiners: Set<Character> = ["—", "-", "－", "–", "～", "~", "至", "到", "、", "和", "及"]

    /// After a bare year ending before `k` (2016—2020年 with `k` at the dash): the closing year of the span and
    /// the index after its 年.
    static func spanEnd(_ c: [Character], after k: Int) -> (Int, Int)? {
        var j = k
        if j < c.count, c[j] == "年" { j += 1 }
        guard j < c.count, joiners.contains(c[j]), c[j] != "、" else { return nil }
        j += 1
        guard let y = year(c, at: j) else { return nil }
        return (y, j + 5)
    }

    /// Whether the year at `i..<(i+4)` stands in a range or list with another year.
    static func inRangeOrList(_ c: [Character], at i: Int) -> Bool {
        // Before: “2018年至”, “2019、”, “2016—”.
        var j = i - 1
        if j >= 0, joiners.contains(c[j]) {
            j -= 1
            if j >= 0, c[j] == "年" { j -= 1 }
            if j >= 3, bareYear(c, at: j - 3) != nil { return true }
        }
        // After: “2018年至2020年”, “2019、2020年”, “2016—2020年”.
        var k = i + 4
        if k < c.count, c[k] == "年" { k += 1 }
        if k < c.count, joiners.contains(c[k]), bareYear(c, at: k + 1) != nil { return true }
        return false
    }

    /// `text` (a template: expressions in braces, literal braces doubled) with its typed years outside expressions
    /// made period references where they are the report's period or its neighbours; `line` locates notes.
    mutating func rewrite(_ text: String, line: Int) -> String {
        guard let period else { return text }
        let c = Array(text)
        var out = "", i = 0, depth = 0
        while i < c.count {
            let ch = c[i]
            if ch == "{" || ch == "}" {
                if i + 1 < c.count, c[i + 1] == ch {
                    out.append(ch); out.append(ch); i += 2; continue
                }
                depth += ch == "{" ? 1 : -1
                out.append(ch); i += 1; continue
            }
            if depth > 0, let name = expressionPeriod(c, at: i) {
                out += name; i += 4; continue
            }
            guard depth == 0, let y = Self.bareYear(c, at: i) else {
                out.append(ch); i += 1; continue
            }
            // The plan span itself: 2016—2020年.
            if let plan, y == plan.first, let (last, end) = Self.spanEnd(c, after: i + 4), last == plan.last {
                out += "{规划期}"; i = end; continue
            }
            let hasYearMark = i + 4 < c.count && c[i + 4] == "年"
            if !hasYearMark || Self.inRangeOrList(c, at: i) {
                if hasYearMark || Self.inRangeOrList(c, at: i) {
                    keep(y, line: line, inList: true)
                }
                out += String(c[i..<(i + 4)]); i += 4; continue
            }
            let after = String(c[(i + 5)...].prefix(8))
            if !period.isYear,
                let part = Self.parts.first(where: { after.hasPrefix($0) })
                    ?? Self.monthsPrefix(after), let p = ReportPeriod(header: "\(y)年\(part)")
            {
                let name = p == period ? "本期" : p == period.sameLastYear ? "上年同期" : p == period.previous ? "上期" : nil
                if let name {
                    out += "{\(name)}"; i += 5 + part.count; continue
                }
            }
            if y == period.year {
                out += "{本年}年"
            } else if y == period.year - 1 {
                out += "{上年}年"
            } else if let plan, y == plan.baseYear {
                out += "{基期}年"
            } else {
                keep(y, line: line, inList: false)
                out += "\(y)年"
            }
            i += 5
        }
        return out
    }

    /// The named period for a year written as a period inside an expression — a subscript `[2020]` or a function's
    /// year argument `(名称, 2015, 2020)` — when the report's period is a year: 本期, 上期, 基期 (so `folio new-year`
    /// moves the figure the prose prints with the period); nil for any other year or place.
    func expressionPeriod(_ c: [Character], at i: Int) -> String? {
        guard let period, period.isYear, i > 0, let y = Self.bareYear(c, at: i) else { return nil }
        var before = i - 1
        while before > 0, c[before] == " " { before -= 1 }
        let after = i + 4 < c.count ? c[i + 4] : " "
        guard c[before] == "[" && after == "]" || (c[before] == "," || c[before] == "，") && ",，)）".contains(after)
        else { return nil }
        if y == period.year { return "本期" }
        if y == period.year - 1 { return "上期" }
        if let plan, y == plan.baseYear { return "基期" }
        // The base of a change to 上期 (a budget report's 上年 execution compared with the year before it,
        // `{变化(名称, 2023, 2024)}` in a 2025 report) moves with it: 上期-1.
        if y == period.year - 2, after == ",", Self.nextArgumentYear(c, after: i + 4) == period.year - 1 {
            return "上期-1"
        }
        return nil
    }

    /// The bare year that is the next argument after the comma at `i` (`, 2024)`), if it is one.
    static func nextArgumentYear(_ c: [Character], after i: Int) -> Int? {
        var j = i + 1
        while j < c.count, c[j] == " " { j += 1 }
        return bareYear(c, at: j)
    }

    /// Records a year left as typed: history when before the period, unsure when it is the period's (in a range or
    /// list) or after it.
    private mutating func keep(_ y: Int, line: Int, inList: Bool) {
        guard let period else { return }
        if y < period.year - 1 || (y < period.year && !inList) {
            history.insert(y)
        } else if y <= period.year {
            history.insert(y)
            notes.append(
                ReportImporter.Note(
                    line: line,
                    message: Message("import.y-stands-range-list", ["y": "\(y)"])))
        } else {
            notes.append(
                ReportImporter.Note(
                    line: line,
                    message: Message("import.y-after-report-s", ["y": "\(y)", "chinese": "\(period.chinese)"])))
        }
    }
}
