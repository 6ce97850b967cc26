import Testing
import Foundation
import FolioTestSupport
@testable import FolioData
import FolioDocument

/// Report periods: parsing every kind, the named periods derived from each, series keyed by periods,
/// and the growth wording (增长, 下降, 持平, stated growth).
@Suite("Report periods")
struct PeriodTests {
    @Test(arguments: [
        ("2025", "2025", "2025年"), ("2025H1", "2025H1", "2025年上半年"), ("2025h2", "2025H2", "2025年下半年"),
        ("2025Q3", "2025Q3", "2025年第三季度"), ("2025-01..10", "2025-01..10", "2025年1—10月"),
        ("2025-1..3", "2025-01..03", "2025年1—3月"), ("2025-01..01", "2025-01..01", "2025年1月"),
    ])
    func parsesEveryKind(_ text: String, _ key: String, _ chinese: String) throws {
        let p = try ReportPeriod(parsing: text)
        #expect(p.key == key && p.chinese == chinese)
        #expect(try ReportPeriod(parsing: p.key) == p)
    }

    @Test(arguments: [
        "", "25", "2025H3", "2025Q0", "2025Q5", "2025-03..10", "2025-01..13", "2025-01-10", "1800", "20x5", "2025年",
        "2025H12",
    ])
    func refusesBadPeriods(_ text: String) {
        #expect(throws: ReportPeriod.ParseError.self) { try ReportPeriod(parsing: text) }
    }

    @Test func namedPeriodsForEachKind() throws {
        func names(_ period: String) throws -> [String] {
            let c = PeriodContext(period: try ReportPeriod(parsing: period), plan: PlanSpan(parsing: "2016..2020"))
            return try [NamedPeriod.current, .previous, .sameLastYear, .thisYear, .lastYear, .base].map {
                try c.resolve($0)?.key ?? ""
            }
        }
        #expect(try names("2025") == ["2025", "2024", "2024", "2025", "2024", "2015"])
        #expect(try names("2025H1") == ["2025H1", "2024H2", "2024H1", "2025", "2024", "2015"])
        #expect(try names("2025H2") == ["2025H2", "2025H1", "2024H2", "2025", "2024", "2015"])
        #expect(try names("2025Q1") == ["2025Q1", "2024Q4", "2024Q1", "2025", "2024", "2015"])
        #expect(try names("2025-01..10") == ["2025-01..10", "2025-01..09", "2024-01..10", "2025", "2024", "2015"])
        #expect(try names("2025-01..01")[1] == "2024")
        #expect(try ReportPeriod(parsing: "2025H2").next.key == "2026H1")
        #expect(try ReportPeriod(parsing: "2025Q4").next.key == "2026Q1")
        #expect(try ReportPeriod(parsing: "2025-01..12").next.key == "2026-01..01")
        let c = PeriodContext(period: try ReportPeriod(parsing: "2025H1"), plan: PlanSpan(parsing: "2016..2020"))
        #expect(
            try c.text(of: .current) == "2025年上半年" && c.text(of: .thisYear) == "2025" && c.text(of: .base) == "2015")
        #expect(try c.text(of: .plan) == "2016—2020年")
        #expect(PlanSpan(parsing: "2020..2016") == nil && PlanSpan(parsing: "2016-2020") == nil)
    }

    static func halfYear(_ extra: String = "", body: String) -> String {
        """
        report:
          title: "{本期}经济运行"
          issuer: 某镇
          date: 2025-07-18
          period: 2025H1
          plan: 2021..2025
        data:
          产值: { unit: 万元, values: { 2025H1: 5386, 2024H1: 5120, 2024H2: 5600 } }
          收入: { unit: 万元, values: { 2024H1: 600, 2025H1: 500 } }
          持平值: { unit: 万元, values: { 2024H1: 300, 2025H1: 300.1 } }
          年度值: { unit: 元, values: { 2020: 100, 2025: 140 } }
        \(extra)
        body:
          - p: "\(body)"
        """
    }

    static func text(_ yaml: String) throws -> String {
        try Fixture.resolve(yaml).plainText.components(separatedBy: "\n").dropFirst().first ?? ""
    }

    @Test func seriesKeyedByHalfYears() throws {
        let (dataset, warnings) = try DatasetLoader.load(yaml: Self.halfYear(body: "x"), fileName: "t.yaml")
        #expect(warnings.filter { $0.severity == .error }.isEmpty)
        #expect(dataset.value(named: "产值")?.points.map(\.year) == ["2024H1", "2024H2", "2025H1"])
        #expect(try Fixture.resolve(Self.halfYear(body: "x")).plainText.hasPrefix("2025年上半年经济运行\n"))
        let body = "{本期}产值{产值[本期]}万元，上期{产值[上期]}，上年同期{产值[上年同期]}，{产值[2024H1]}；{本年}年、{上年}年、{基期}年、{规划期}；{年份范围(上年同期, 本期)}"
        #expect(
            try Self.text(Self.halfYear(body: body))
                == "2025年上半年产值5386万元，上期5600，上年同期5120，5120；2025年、2024年、2020年、2021—2025年；2024年上半年—2025年上半年")
    }

    @Test func growthWordingForRiseFallAndZero() throws {
        let body =
            "{变化(产值, 上年同期, 本期)}；{比较(收入, 上年同期, 本期)}；{比较(持平值, 上年同期, 本期)}；{变化(产值, 上期, 本期):.2}；{比较(年度值, 基期, 本年)}；{年均变化(年度值, 2020, 2025)}"
        #expect(
            try Self.text(Self.halfYear(body: body))
                == "增长5.2%；比上年同期下降16.7%；与上年同期持平；下降3.82%；比2020年增长40.0%；年均增长7.0%")
    }

    @Test(
        "a change between periods of different kinds, or from the later to the earlier, is an error",
        arguments: ["{变化(产值, 2024H1, 2025)}", "{比较(年度值, 2025, 2020)}", "{增长率(产值, 2025H1, 2024H1)}"])
    func changesCompareLikeWithLike(body: String) throws {
        let d = try #require(Fixture.problems(Self.halfYear(body: body)).first { $0.severity == .error })
        #expect(d.code == "expr.arguments", "\(d.message)")
    }

    @Test func statedGrowthIsUsedInsteadOfRecomputing() throws {
        let yaml = Self.halfYear(
            "  增加值: { unit: 万元, values: { 2024H1: 100, 2025H1: 110 }, growth: { 2025H1: -1.5 } }",
            body: "{比较(增加值, 上年同期, 本期)}，名义{增长率(增加值, 上年同期, 本期)}")
        #expect(try Self.text(yaml) == "比上年同期下降1.5%，名义10.0%")
    }

    @Test func aNegativeValueAfterARisingWordIsAnError() throws {
        let yaml = Self.halfYear(body: "收入比上年同期增长{增长率(收入, 上年同期, 本期)}。")
        let d = try #require(Fixture.problems(yaml).first { $0.severity == .error })
        #expect(d.code == "expr.negative-growth" && d.message.contains("增长-16.7%"))
        #expect(d.location?.line == 14)
    }

    @Test func periodProblemsAreLocated() throws {
        let bad = MinimalDataset.yaml().replacingOccurrences(
            of: "  date: 2021-07-15", with: "  date: 2021-07-15\n  period: 2021H3")
        let d = try #require(Fixture.only("schema.period", in: bad))
        #expect(d.location?.line == 5 && d.location?.column == 11)
        #expect(d.message.contains("half-year 3"))
        let key = try #require(
            Fixture.only("data.year", in: MinimalDataset.yaml(data: "  产值: { values: { 2025Q5: 5 } }")))
        #expect(key.message.contains("quarter 5"))
        let noPeriod = try #require(
            Fixture.only("expr.no-period", in: MinimalDataset.yaml(body: "  - p: \"{收入[本期]}\"")))
        #expect(noPeriod.hint?.contains("report.period") == true)
        #expect(
            Fixture.only("data.name", in: MinimalDataset.yaml(data: "  本期: 5"))?.message.contains("named period")
                == true)
    }

    @Test func namedPeriodsShiftedByYears() throws {
        // {本年-4}, [本期-1], 上年同期-1 and a function's shifted argument resolve against report.period.
        let body =
            "{本年-4}—{本年}年；{产值[上年同期]}={产值[本期-1]}；{上年同期-1}；{基期+1}年；{年份范围(本年-5, 本年)}；{变化(年度值, 本年-5, 本年)}"
        #expect(
            try Self.text(Self.halfYear(body: body))
                == "2021—2025年；5120=5120；2023年上半年；2021年；2020—2025年；增长40.0%")
        // A span cannot move; a year outside the limits is refused with the text written.
        let span = try #require(Fixture.only("expr.period", in: Self.halfYear(body: "{规划期-1}")))
        #expect(span.message.contains("规划期"))
        let far = try #require(Fixture.only("expr.period", in: Self.halfYear(body: "{本年-500}")))
        #expect(far.message.contains("本年-500"))
    }

    @Test func chartYearsNamedByPeriodMoveWithIt() throws {
        let chart = """
            charts:
              - { id: c, kind: bars, title: "{本年-4}—{本年}年", series: [年度值], years: [本年-5, 本年] }
            """
        let (dataset, warnings) = try DatasetLoader.load(
            yaml: Self.halfYear(chart, body: "x"), fileName: "t.yaml")
        #expect(warnings.filter { $0.severity == .error }.isEmpty, "\(warnings)")
        #expect(dataset.charts.first?.years == 2020...2025)
        let span = Self.halfYear(chart.replacingOccurrences(of: "本年-5", with: "规划期"), body: "x")
        #expect(Fixture.only("data.year", in: span)?.message.contains("years") == true)
    }
}
