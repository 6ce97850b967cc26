import FolioMessages

/// A dataset written in Swift rather than YAML: figures as typed numbers (a `Double` 12500 prints "12500", 2687.8
/// prints "2687.8": `Quantity.init(_:)`), prose with the same `{expressions}` as a dataset file, charts by kind. Each
/// piece is located at the Swift line that added it (`#fileID`, `#line`), so a problem reads
/// `Report/main.swift:14:1: error: …` as a dataset file's does. `dataset()` validates the whole as `DatasetLoader`
/// validates a file and throws every problem at once.
///
/// ```swift
/// var report = DatasetBuilder(title: "2024年财政工作总结", issuer: "XX镇人民政府",
///                             date: DatasetDate(year: 2025, month: 1, day: 10), period: ReportPeriod(year: 2024))
/// report.figure("财政收入", 12500, unit: "万元")
/// report.series("农民人均纯收入", unit: "元", [2022: 15000, 2023: 16200, 2024: 17350])
/// report.chart("income", .barLine, title: "农民人均纯收入", series: ["农民人均纯收入"], growth: true)
/// report.section("基本情况") { body in
///     body.paragraph("全年财政收入{财政收入}万元，农民人均纯收入{农民人均纯收入[2024]}元。")
///     body.chart("income")
/// }
/// let dataset = try report.dataset()
/// ```
public struct DatasetBuilder: Sendable {
    /// The chart kinds (`ChartDefinition.kinds`).
    public enum ChartKind: String, Sendable, CaseIterable {
        /// Bars for values, a line for growth on a right axis.
        case barLine = "bar-line"
        /// Bars only.
        case bars
        /// Lines only.
        case line
        /// Horizontal bars (long category names).
        case horizontalBars = "horizontal-bars"
    }

    /// The report's information (title, issuer, date, theme, period, plan).
    public var report: ReportInfo
    /// The figures added so far.
    public private(set) var values: [DataValue] = []
    /// The charts added so far.
    public private(set) var charts: [ChartDefinition] = []
    /// The top-level body.
    public var body: BodyBuilder
    /// What the builder itself found (template syntax, names given twice).
    var problems: [Diagnostic] = []
    /// The attachments added so far (附件), set after the body.
    var attachments: [BodyBlock] = []
    /// The Swift file the dataset is written in, as locations name it.
    private let file: String

    /// Starts a report; `title` may hold expressions. `period` is the period the report covers (for 本期, 上期 and
    /// the stale-period check), `plan` the plan span of a plan summary (基期, 规划期).
    public init(
        title: String, issuer: String, date: DatasetDate, theme: String = "gongwen",
        period: ReportPeriod? = nil, plan: PlanSpan? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        let at = SourceLocation(file: file, line: line, column: 1)
        let (template, problems) = TextTemplate.parse(title, at: at)
        report = ReportInfo(title: template, issuer: issuer, date: date, theme: theme, location: at)
        report.period = period
        report.plan = plan
        self.file = file
        self.problems = problems
        body = BodyBuilder(level: 1)
    }

    /// Adds a single figure. `decimals` nil: those of its shortest exact writing (12500 → none, 118.6 → one).
    public mutating func figure(
        _ name: String, _ value: Double, unit: String = "", decimals: Int? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        let at = SourceLocation(file: file, line: line, column: 1)
        add(DataValue(name: name, unit: unit, content: .scalar(Self.quantity(value, decimals)), location: at))
    }

    /// Adds a figure per year (a series), in year order. `decimals` nil: each figure's own (see `figure`).
    public mutating func series(
        _ name: String, unit: String = "", _ points: [Int: Double], decimals: Int? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        series(
            name, unit: unit, points.map { (ReportPeriod(year: $0.key), $0.value) }, decimals: decimals, file: file,
            line: line)
    }

    /// Adds a figure per period (half-years, quarters, months to date), in period order.
    public mutating func series(
        _ name: String, unit: String = "", _ points: [(ReportPeriod, Double)], decimals: Int? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        let at = SourceLocation(file: file, line: line, column: 1)
        let sorted = points.sorted { $0.0 < $1.0 }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.0 == b.0 {
            problems.append(
                Diagnostic(
                    .error, Message("builder.duplicate-period", ["name": "\(name)", "period": "\(a.0.key)"]), at: at,
                    hint: Message("builder.duplicate-period.hint"), code: "data.duplicate-year"))
        }
        let content = DataValue.Content.series(
            sorted.map { SeriesPoint(year: $0.0.key, quantity: Self.quantity($0.1, decimals), location: at) })
        add(DataValue(name: name, unit: unit, content: content, location: at))
    }

    /// Declares a chart of the figures named in `series` (legend order); `growth` adds the first one's growth in %.
    /// Place it in the body with `BodyBuilder.chart(_:)`.
    public mutating func chart(
        _ id: String, _ kind: ChartKind, title: String, series: [String], growth: Bool = false,
        source: String? = nil, years: ClosedRange<Int>? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        let at = SourceLocation(file: file, line: line, column: 1)
        if charts.contains(where: { $0.id == id }) {
            problems.append(
                Diagnostic(
                    .error, Message("builder.duplicate-chart", ["id": "\(id)"]), at: at,
                    hint: Message("builder.duplicate-chart.hint"), code: "chart.duplicate-id"))
        }
        charts.append(
            ChartDefinition(
                id: id, kind: kind.rawValue, title: template(title, at), series: series, growth: growth,
                source: source.map { template($0, at) }, seriesLocations: series.map { _ in at }, location: at,
                years: years))
    }

    /// Adds a paragraph to the top-level body (see `BodyBuilder.paragraph`).
    public mutating func paragraph(_ text: String, file: String = #fileID, line: Int = #line) {
        body.paragraph(text, file: file, line: line)
    }

    /// Adds a numbered section to the top-level body (see `BodyBuilder.section`).
    public mutating func section(
        _ title: String, file: String = #fileID, line: Int = #line, _ content: (inout BodyBuilder) -> Void
    ) {
        body.section(title, file: file, line: line, content)
    }

    /// The dataset, validated as a dataset file is (every expression evaluates, every chart is placed once, every
    /// figure is used). Throws `DiagnosticError` with every error found, located at the Swift lines.
    public func dataset() throws -> Dataset {
        let dataset = Dataset(
            file: file, report: report, values: values, charts: charts, body: body.blocks + attachments)
        _ = try DatasetLoader.validate(dataset, problems: problems + body.problems)
        return dataset
    }

    private mutating func add(_ value: DataValue) {
        if let first = values.first(where: { $0.name == value.name }) {
            let message =
                first.location.map { Message("builder.duplicate-name.at", ["name": "\(value.name)", "at": "\($0)"]) }
                ?? Message("builder.duplicate-name", ["name": "\(value.name)"])
            problems.append(
                Diagnostic(
                    .error, message, at: value.location, hint: Message("builder.duplicate-name.hint"),
                    code: "data.duplicate-name"))
        }
        values.append(value)
    }

    private mutating func template(_ text: String, _ at: SourceLocation) -> TextTemplate {
        let (template, found) = TextTemplate.parse(text, at: at)
        problems += found
        return template
    }

    static func quantity(_ value: Double, _ decimals: Int?) -> Quantity {
        decimals.map { Quantity(value, decimals: $0) } ?? Quantity(value)
    }
}

/// The body of a report or of a section, written in Swift (`DatasetBuilder.section`): paragraphs with
/// `{expressions}`, charts placed by id, tables of indicators, sections nested up to the four levels of GB/T 9704-2012 §7.3.3.
public struct BodyBuilder: Sendable {
    /// The blocks added so far, in reading order.
    public internal(set) var blocks: [BodyBlock] = []
    /// The level of sections added here (1 at the top).
    public let level: Int
    /// Template syntax errors and sections nested too deep.
    var problems: [Diagnostic] = []

    /// An empty body whose sections are at `level`.
    init(level: Int) { self.level = level }

    /// Adds a paragraph; `{name}`, `{name[2024]}` and the other expressions of docs/dataset.md print figures.
    public mutating func paragraph(_ text: String, file: String = #fileID, line: Int = #line) {
        let at = SourceLocation(file: file, line: line, column: 1)
        let (template, found) = TextTemplate.parse(text, at: at)
        problems += found
        blocks.append(.paragraph(template))
    }

    /// Places the chart declared with `DatasetBuilder.chart` under this id.
    public mutating func chart(_ id: String, file: String = #fileID, line: Int = #line) {
        blocks.append(.chart(ChartPlacement(id: id, location: SourceLocation(file: file, line: line, column: 1))))
    }

    /// Adds a table of indicators (主要指标, a 三线表): one row per figure named in `names` with its unit, its value in
    /// each of `years` (none: single values) and the `change` between the first and last year. `caption` and `unit`
    /// may hold expressions; the theme numbers the caption (表1…).
    public mutating func indicatorTable(
        _ caption: String, names: [String], years: [Int] = [], change: IndicatorTable.Change = .growth,
        unit: String? = nil, file: String = #fileID, line: Int = #line
    ) {
        let at = SourceLocation(file: file, line: line, column: 1)
        let table = IndicatorTable(
            names: names, locations: names.map { _ in at }, years: years.map(String.init), change: change)
        blocks.append(
            .table(
                TableDefinition(
                    caption: template(caption, at), content: .indicators(table), unit: unit.map { template($0, at) },
                    location: at)))
    }

    /// `text` parsed as a template located at `at`; its syntax errors are kept in `problems`.
    mutating func template(_ text: String, _ at: SourceLocation) -> TextTemplate {
        let (template, found) = TextTemplate.parse(text, at: at)
        problems += found
        return template
    }

    /// Adds a section (its heading numbered by the theme) whose content `content` adds.
    public mutating func section(
        _ title: String, file: String = #fileID, line: Int = #line, _ content: (inout BodyBuilder) -> Void
    ) {
        let at = SourceLocation(file: file, line: line, column: 1)
        // GB/T 9704-2012 §7.3.3: headings have four levels.
        if level > 4 {
            problems.append(
                Diagnostic(
                    .error, Message("builder.depth", ["level": .number(level)]), at: at,
                    hint: Message("builder.depth.hint"), code: "schema.depth"))
        }
        let (heading, found) = TextTemplate.parse(title, at: at)
        problems += found
        var inner = BodyBuilder(level: level + 1)
        content(&inner)
        problems += inner.problems
        blocks.append(.section(Section(title: heading, level: level, body: inner.blocks, location: at)))
    }
}
