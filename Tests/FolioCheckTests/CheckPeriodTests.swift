import Foundation
import Testing
import FolioCheck
import FolioData
import FolioTestSupport

/// The stale-period rules: each fires on a crafted case and stays quiet on correct prose, on the bundled
/// datasets, on docs/example.yaml and on its next period drafted by `folio new-year` and filled in.
@Suite struct CheckPeriodTests {
    /// A dataset of period `period` with `data` lines, `paragraphs` and optional extra `checks:` and report lines.
    static func yaml(
        period: String, title: String = "\"YY镇{本年}年工作总结\"", report: [String] = [], data: [String],
        checks: String? = nil, _ paragraphs: [String]
    ) -> String {
        var lines = ["report:", "  title: \(title)", "  issuer: 某机关", "  date: 2026-01-20", "  period: \(period)"]
        lines += report.map { "  " + $0 }
        lines += ["data:"] + data.map { "  " + $0 }
        if let checks { lines += ["checks: \(checks)"] }
        lines += ["body:"] + paragraphs.map { "  - \"\($0)\"" }
        return lines.joined(separator: "\n") + "\n"
    }

    static let income = "收入: { unit: 元, values: { 2023: 9800, 2024: 10420, 2025: 11379 } }"
    static let gapped = "收入: { unit: 元, values: { 2021: 8000, 2025: 11379 } }"

    static func findings(_ rule: String, _ yaml: String) throws -> [Finding] {
        try CheckFixture.check(yaml: yaml).findings(of: rule)
    }

    // MARK: period.stale-year

    @Test func stale_year_fires_on_last_years_year() throws {
        let f = try Self.findings(
            "period.stale-year",
            Self.yaml(
                period: "2025", data: [Self.income],
                ["2024年全镇农民人均纯收入{收入[本期]}元。"]))
        #expect(f.count == 1)
        #expect(f.first?.excerpt == "2024")
        #expect(f.first?.location?.line == 9)
    }

    @Test func stale_year_fires_in_a_half_year_report_and_in_ranges() throws {
        let f = try Self.findings(
            "period.stale-year",
            Self.yaml(
                period: "2025H1", data: [Self.income],
                ["2024—2025年，全镇持续发展。"]))
        #expect(f.map(\.excerpt) == ["2024"])
    }

    @Test func stale_year_is_quiet_on_history_relative_years_and_other_years() throws {
        let history = Self.yaml(
            period: "2025", data: [Self.income], checks: "{ history: [2024] }",
            ["自2024年以来，全镇持续发展。"])
        #expect(try Self.findings("period.stale-year", history).isEmpty)
        let relative = Self.yaml(
            period: "2025", data: [Self.income],
            ["{上年}年全镇收入{收入[上期]}元，{本年}年{收入[本期]}元。2023年起步，2024户农户受益。"])
        #expect(try Self.findings("period.stale-year", relative).isEmpty)
        // The second half-year's previous period is the first half of the same year: nothing is stale.
        let h2 = Self.yaml(period: "2025H2", data: [Self.income], ["2025年上半年基础扎实。"])
        #expect(try Self.findings("period.stale-year", h2).isEmpty)
    }

    @Test func history_must_be_years() throws {
        let yaml = Self.yaml(period: "2025", data: [Self.income], checks: "{ history: [去年] }", ["正文。"])
        #expect(throws: DiagnosticError.self) { try CheckFixture.check(yaml: yaml) }
    }

    // MARK: period.title-year

    @Test func title_year_fires_on_a_title_and_subject_left_at_last_year() throws {
        let f = try Self.findings(
            "period.title-year",
            Self.yaml(
                period: "2025", title: "YY镇2024年工作总结",
                report: ["subject: 2024年工作总结"], data: [Self.income], ["正文。"]))
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.excerpt == "2024" })
        #expect(f.contains { $0.message.contains("subject") })
    }

    @Test func title_year_is_quiet_on_the_periods_year_plans_and_plan_spans() throws {
        let own = Self.yaml(
            period: "2025", title: "YY镇2025年工作总结和2026年工作计划", report: ["subject: 2025年工作总结"],
            data: [Self.income], ["正文。"])
        #expect(try Self.findings("period.title-year", own).isEmpty)
        let plan = Self.yaml(
            period: "2020", title: "YY镇2016—2020年工作总结", report: ["plan: 2016..2020"],
            data: [Self.income], ["正文。"])
        #expect(try Self.findings("period.title-year", plan).isEmpty)
        let summary = Self.yaml(period: "2025", title: "YY镇2026年工作总结", data: [Self.income], ["正文。"])
        #expect(try Self.findings("period.title-year", summary).count == 1)
    }

    @Test func title_year_is_quiet_on_the_date_a_report_is_delivered() throws {
        // A government work report on 2025, delivered at the congress in January 2026.
        let report = Self.yaml(
            period: "2025", title: "XX县2025年政府工作报告",
            report: ["subject: ——2026年1月10日在XX县第十八届人民代表大会第五次会议上"], data: [Self.income], ["正文。"])
        #expect(try Self.findings("period.title-year", report).isEmpty)
        let stale = Self.yaml(
            period: "2025", title: "XX县2025年政府工作报告", report: ["subject: 2024年工作回顾"], data: [Self.income],
            ["正文。"])
        #expect(try Self.findings("period.title-year", stale).count == 1)
    }

    // MARK: period.not-consecutive and period.gap

    @Test func year_on_year_over_two_years_fires() throws {
        let yaml = Self.yaml(
            period: "2025", data: [Self.income],
            ["收入{收入[本期]}元，比上年增长{增长率(收入, 2023, 2025)}。收入较上年增加{收入[2025] - 收入[2023]}元。"])
        let f = try Self.findings("period.not-consecutive", yaml)
        #expect(f.count == 2)
        #expect(f.first?.message.contains("2023年") == true)
        #expect(try Self.findings("period.gap", yaml).isEmpty)
    }

    @Test func year_on_year_over_consecutive_years_is_quiet() throws {
        let yaml = Self.yaml(
            period: "2025", data: [Self.income],
            [
                "收入比上年增长{增长率(收入, 上期, 本期)}，比2023年{变化(收入, 2023, 2025)}，年均{年均变化(收入, 2023, 2025)}。",
                "收入{比较(收入, 2023, 2025)}。",
            ])
        #expect(try Self.findings("period.not-consecutive", yaml).isEmpty)
        #expect(try Self.findings("period.gap", yaml).isEmpty)
    }

    @Test func year_on_year_across_a_gap_fires_but_annual_average_does_not() throws {
        let yaml = Self.yaml(
            period: "2025", data: [Self.gapped],
            ["收入比上年{变化(收入, 2021, 2025)}。", "收入{年均变化(收入, 2021, 2025)}，比2021年{变化(收入, 2021, 2025)}。"])
        let f = try Self.findings("period.gap", yaml)
        #expect(f.count == 1)
        #expect(f.first?.location?.line == 9)
        #expect(try Self.findings("period.not-consecutive", yaml).isEmpty)
    }

    @Test func same_period_last_year_in_a_half_year_report() throws {
        let data = "产值: { unit: 万元, values: { 2024H1: 100, 2024H2: 110, 2025H1: 120 } }"
        let wrong = Self.yaml(period: "2025H1", data: [data], ["产值同比增长{增长率(产值, 2024H2, 2025H1)}。"])
        #expect(try Self.findings("period.not-consecutive", wrong).count == 1)
        let right = Self.yaml(period: "2025H1", data: [data], ["产值同比增长{增长率(产值, 上年同期, 本期)}，环比增长{增长率(产值, 上期, 本期)}。"])
        #expect(try Self.findings("period.not-consecutive", right).isEmpty)
    }

    // MARK: todo.marker

    @Test func markers_left_are_warnings() throws {
        let yaml = Self.yaml(
            period: "2025",
            data: [
                "收入: { unit: 元, values: { 2024: 10420, 2025: 【待填】 } }",
                "公厕: { unit: 座, value: !todo 3 }",
            ],
            ["收入【待填】元，新建公厕{公厕}座。"])
        let f = try Self.findings("todo.marker", yaml)
        #expect(f.count == 3)
        #expect(f.allSatisfy { $0.severity == .warning })
        #expect(f.contains { $0.message.hasPrefix("收入[2025]") })
        #expect(f.contains { $0.message.hasPrefix("公厕") })
    }

    // MARK: the bundled datasets, the example and its next period

    static let periodRules = [
        "period.stale-year", "period.title-year", "period.not-consecutive", "period.gap", "todo.marker",
    ]

    static func periodFindings(_ file: URL) throws -> [Finding] {
        let (dataset, _) = try DatasetLoader.load(contentsOf: file)
        let source = try String(contentsOf: file, encoding: .utf8)
        let report = Checker(lists: CheckFixture.lists).check(
            dataset, source: SourceMap(file: dataset.file, text: source))
        return report.findings.filter { periodRules.contains($0.rule) }
    }

    @Test(arguments: [
        "reports/xx-town-2016-2020.yaml", "reports/sample-county-2016-2020.yaml", "reports/sample-town-2025H1.yaml",
    ])
    func bundled_datasets_are_quiet(_ path: String) throws {
        let f = try Self.periodFindings(Checkout.assets.appendingPathComponent(path))
        #expect(f.isEmpty, "\(f.map(\.message))")
    }

    @Test func example_and_its_filled_next_period_are_quiet() throws {
        let example = Checkout.root.appendingPathComponent("docs/example.yaml")
        #expect(try Self.periodFindings(example).isEmpty)
        let next = try PeriodFixture.nextPeriod(of: example, filled: true)
        defer { try? FileManager.default.removeItem(at: next.deletingLastPathComponent()) }
        let (dataset, _) = try DatasetLoader.load(contentsOf: next)
        #expect(dataset.report.period == ReportPeriod(year: 2021))
        let f = try Self.periodFindings(next)
        #expect(f.isEmpty, "\(f.map(\.message))")
    }

    @Test func the_unfilled_next_period_reports_its_markers() throws {
        let next = try PeriodFixture.nextPeriod(
            of: Checkout.root.appendingPathComponent("docs/example.yaml"), filled: false)
        defer { try? FileManager.default.removeItem(at: next.deletingLastPathComponent()) }
        let f = try Self.periodFindings(next)
        // report.date, the two series' 2021 figures, the three !todo single values and the total of two of them.
        #expect(f.filter { $0.rule == "todo.marker" }.count == 7)
        #expect(f.filter { $0.rule != "todo.marker" }.isEmpty, "\(f.map(\.message))")
    }
}

/// docs/example.yaml moved to its next period by `folio new-year`, in a folder of its own beside its figures file with
/// the new year's column added (as the statistics station sends it), and optionally filled in as a clerk would.
enum PeriodFixture {
    /// The figures file of the next period: docs/example-figures.csv with 2021 added.
    static let figures = "指标,单位,2019年,2020年,2021年,数值\n粮食产量,吨,5120,5386,5602,\n常住人口,人,,,,8642\n"

    /// Writes the drafted next period of `file` (filled in when `filled`) and its figures file into a new
    /// temporary folder; returns the dataset's URL.
    static func nextPeriod(of file: URL, filled: Bool) throws -> URL {
        let draft = try NextPeriodDraft.draft(
            yaml: String(contentsOf: file, encoding: .utf8), fileName: file.lastPathComponent,
            directory: file.deletingLastPathComponent())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-period-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try figures.write(to: folder.appendingPathComponent("example-figures.csv"), atomically: true, encoding: .utf8)
        let url = folder.appendingPathComponent("example-2021.yaml")
        try (filled ? fill(draft.yaml) : draft.yaml).write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The draft with every marker replaced: each new figure is the one before it plus 10 %, each `!todo` figure
    /// confirmed, the date set.
    static func fill(_ yaml: String) -> String {
        var lines: [String] = []
        for line in yaml.components(separatedBy: "\n") {
            var l = line.replacingOccurrences(of: "!todo ", with: "")
            if l.contains("date: 【待填】") { l = l.replacingOccurrences(of: "【待填】", with: "2022-01-20") }
            while let r = l.range(of: "【待填】") {
                l.replaceSubrange(r, with: filled(before: String(l[..<r.lowerBound])))
            }
            lines.append(l)
        }
        return lines.joined(separator: "\n")
    }

    /// The figure just before a marker (“2020: 11379, 2021: ”) plus 10 %, with one decimal.
    private static func filled(before text: String) -> String {
        let numbers = text.split(whereSeparator: { !"0123456789.".contains($0) }).compactMap { Double($0) }
            .filter { $0 < 1900 || $0 > 2100 }
        return String(format: "%.1f", (numbers.last ?? 100) * 1.1)
    }
}
