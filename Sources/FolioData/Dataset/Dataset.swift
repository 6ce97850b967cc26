import Foundation

/// A report's content as a clerk writes it: what the report says about itself, the figures
/// (named values and year series), the charts drawn from them and the body text with its
/// expressions. Every node keeps the `SourceLocation` it was read from, so later stages can
/// point back into the file.
///
/// `DatasetLoader` builds one from YAML; `Document.resolve` turns it into a printable document.
public struct Dataset: Sendable {
    /// The file the dataset was read from, as the user named it.
    public var file: String
    /// Title, issuer, date and theme.
    public var report: ReportInfo
    /// The named figures, in the order the file lists them.
    public var values: [DataValue]
    /// The charts, in the order the file lists them (numbering follows the body's order).
    public var charts: [ChartDefinition]
    /// The body, in reading order.
    public var body: [BodyBlock]
    /// Check rules or families switched off for this dataset (`checks: { disable: [...] }`, docs/checks.md).
    public var disabledChecks: [String] = []
    /// Years the prose names on purpose as history (`checks: { history: [2024] }`): the stale-period check of
    /// docs/checks.md leaves a typed year in this list alone.
    public var historyYears: [Int] = []
    /// The data files `data-files:` read, as opened: inputs no command may write over.
    public var dataFiles: [URL] = []
    /// The columns data files still lack for the report's period: their series hold the period as a to-fill
    /// point until the column is added and filled in (`PendingColumn`).
    public var pendingColumns: [PendingColumn] = []

    /// Creates a dataset.
    public init(
        file: String, report: ReportInfo, values: [DataValue] = [],
        charts: [ChartDefinition] = [], body: [BodyBlock] = []
    ) {
        self.file = file; self.report = report; self.values = values
        self.charts = charts; self.body = body
    }

    /// What a figure or date still to fill in prints (a draft circulates with them visible), and the marker
    /// `folio new-year` writes in their place.
    public static let toFillMarker = "【待填】"

    /// What named periods (本期, 上期, 基期…) resolve against.
    public var periods: PeriodContext { PeriodContext(period: report.period, plan: report.plan) }

    /// The theme the report asks for (`report.theme`, `defaultTheme` when not given).
    public var themeName: String { report.theme }

    /// The theme of a report that names none: the official-document theme (GB/T 9704).
    public static let defaultTheme = "gongwen"

    /// The value with this name, if any.
    public func value(named name: String) -> DataValue? {
        values.first { $0.name == name }
    }

    /// The chart with this id, if any.
    public func chart(id: String) -> ChartDefinition? {
        charts.first { $0.id == id }
    }
}

/// What the report says about itself (the `report:` mapping).
public struct ReportInfo: Sendable {
    /// The title; may hold expressions.
    public var title: TextTemplate
    /// The issuing body (发文机关署名), signed at the end.
    public var issuer: String
    /// The date of writing (成文日期).
    public var date: DatasetDate
    /// The theme name ("gongwen").
    public var theme: String
    /// Subject line for the PDF metadata.
    public var subject: String
    /// The subtitle printed under the title (a speech or a report to a congress:
    /// "——2026年1月27日在陕西省第十四届人民代表大会第四次会议上"); empty when the report has none.
    public var subtitle = ""
    /// The speaker printed under the subtitle ("陕西省省长 赵刚"); empty when the report names none.
    public var speaker = ""
    /// Keywords for the PDF metadata.
    public var keywords: [String]
    /// Where the `report:` mapping is.
    public var location: SourceLocation?
    /// Where `report.issuer`'s value is written.
    public var issuerLocation: SourceLocation?
    /// Where `report.theme` is written; nil when the dataset names no theme (it then has the default).
    public var themeLocation: SourceLocation?
    /// The period the report covers (`report.period: 2025H1`); nil when the dataset states none, and
    /// then prose names its years literally, as before periods existed.
    public var period: ReportPeriod?
    /// The plan span a plan summary covers (`report.plan: 2016..2020`, 十三五), for 基期 and 规划期.
    public var plan: PlanSpan?
    /// Whether the date is still a to-fill marker (`date: 【待填】`, as `folio new-year` leaves it).
    public var dateToFill = false
    /// 版头, 主送机关, 附注 and 版记 (`report.document:`); empty for a plain report.
    public var document = OfficialDocumentParts()

    /// Creates report information.
    public init(
        title: TextTemplate, issuer: String, date: DatasetDate, theme: String = "gongwen",
        subject: String = "", keywords: [String] = [], location: SourceLocation? = nil
    ) {
        self.title = title; self.issuer = issuer; self.date = date; self.theme = theme
        self.subject = subject; self.keywords = keywords; self.location = location
    }
}

/// A calendar date as written in the dataset (`2021-07-15`).
public struct DatasetDate: Sendable, Hashable {
    /// Year, e.g. 2021.
    public var year: Int
    /// Month 1–12.
    public var month: Int
    /// Day 1–31 (checked against the month).
    public var day: Int

    /// Creates a date (not validated; use `init?(parsing:)` for input).
    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    /// Parses `YYYY-MM-DD` (one- or two-digit month and day, digits only); nil when it is not a real date or its year
    /// lies outside the years a dataset may have (`InputLimits.years`: a date of 0000-01-01 printed "0年1月1日").
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let y = Int(parts[0]), InputLimits.years.contains(y), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), d >= 1, d <= DatasetDate.days(inMonth: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days in a month of the Gregorian calendar.
    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
