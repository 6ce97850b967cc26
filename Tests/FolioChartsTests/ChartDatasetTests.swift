import Foundation
import Testing
import FolioData
import FolioDocument
import FolioTestSupport

/// The `charts:` section of a dataset through the reader and the resolver: series named, computed ones
/// (growth, difference, CAGR) worked out from the data, problems reported where they are.
@Suite("Chart datasets") struct ChartDatasetTests {
    /// The minimal dataset (its own data instead of the sample data) with `charts` (line 12) and `body`.
    static func yaml(charts: String, body: String) -> String {
        MinimalDataset.yaml(
            data: """
                  收入: { unit: 元, values: { 2015: 100, 2016: 110, 2017: 121, 2019: 130 } }
                  支出: { unit: 元, values: { 2016: 60, 2017: 70, 2019: 80 } }
                  甲: { unit: 万元, value: 12.5, sample: true }
                  乙: { unit: 万元, value: 7 }
                  面积: { unit: 亩, value: 3 }
                charts:
                \(charts)
                """, body: body + "\n  - p: \"{面积}\"", sampleData: false)
    }

    static func charts(_ yaml: String) throws -> [ChartSpec] {
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let theme = try YAMLDocument.decode(Theme.self, from: Checkout.theme("gongwen"))
        return try Document.resolve(dataset, theme: theme).document.blocks.compactMap {
            if case .chart(let c) = $0 { return c } else { return nil }
        }
    }

    static func problems(_ yaml: String) -> [Diagnostic] {
        do { _ = try charts(yaml); return [] } catch let e as DiagnosticError { return e.diagnostics } catch {
            return []
        }
    }

    @Test func barLineWithComputedGrowthAndAYearRange() throws {
        let c = try #require(
            try Self.charts(
                Self.yaml(
                    charts: """
                          - { id: a, kind: bar-line, title: 收入, years: [2016, 2019], series: [收入, { growth: 收入 }] }
                        """, body: "  - chart: a")
            ).first)
        #expect(c.categories == ["2016", "2017", "2019"])   // 2015 only feeds 2016's growth
        #expect(c.series[0].values == [110, 121, 130])
        let g = c.series[1]
        #expect(g.mark == .line && g.axis == .right && g.unit == "%" && g.name == "增长速度")
        #expect(g.values.map { $0.map { ($0 * 10).rounded() / 10 } } == [10, 10, 7.4])
        #expect(g.label(at: 0) == nil && g.label(at: 2) == "比2017年增长7.4%")
    }

    @Test func differenceAndGroupedBars() throws {
        let c = try #require(
            try Self.charts(
                Self.yaml(
                    charts: """
                          - id: b
                            kind: bars
                            title: 收支
                            series: [收入, 支出, { difference: [收入, 支出], name: 结余 }]
                        """, body: "  - chart: b")
            ).first)
        #expect(c.series.map(\.name) == ["收入", "支出", "结余"])
        #expect(c.series[2].values == [nil, 50, 51, 50])
        #expect(c.series.allSatisfy { $0.mark == .bar && $0.axis == .left })
    }

    @Test func cagrRankingAndSampleNote() throws {
        let c = try #require(
            try Self.charts(
                Self.yaml(
                    charts: """
                          - { id: r, kind: horizontal-bars, title: 年均增长, series: [{ cagr: 收入 }, { cagr: 支出 }] }
                          - { id: s, kind: bars, title: 甲乙, series: [甲, 乙], source: 某站 }
                        """, body: "  - chart: r\n  - chart: s")))
        let ranking = c[0]
        #expect(ranking.categories == ["收入", "支出"] && ranking.series.first?.name == "年均增长速度")
        // 100 → 130 over 2015–2019: 6.78 %; 60 → 80 over 2016–2019: 10.06 %.
        let v = ranking.series.first?.values.map { $0.map { ($0 * 100).rounded() / 100 } }
        #expect(v == [6.78, 10.06])
        #expect(c[1].number == 2 && c[1].note == "数据来源：某站；示例数据")
    }

    @Test func lineChartPutsPercentOnTheRightOnlyBesideValues() throws {
        let c = try Self.charts(
            Self.yaml(
                charts: """
                      - { id: l, kind: line, title: 增速, series: [{ growth: 收入 }, { growth: 支出 }] }
                      - { id: m, kind: line, title: 收入, series: [收入, { growth: 收入, axis: right }] }
                    """, body: "  - chart: l\n  - chart: m"))
        #expect(c[0].series.allSatisfy { $0.axis == .left && $0.mark == .line })
        #expect(c[1].series.map(\.axis) == [.left, .right])
    }

    @Test func problemsAreLocatedAndExplained() {
        let growthOfScalar = Self.problems(
            Self.yaml(
                charts: "  - { id: a, title: 甲, series: [{ growth: 甲 }] }",
                body: "  - chart: a"))
        #expect(growthOfScalar.contains { $0.code == "chart.growth" && $0.location?.line == 12 })
        let units = Self.problems(
            Self.yaml(
                charts: "  - { id: a, title: 甲, series: [{ difference: [收入, 甲] }] }",
                body: "  - chart: a"))
        #expect(units.contains { $0.code == "chart.units" })
        let two = Self.problems(
            Self.yaml(
                charts: "  - { id: a, title: 甲, series: [{ growth: 收入, cagr: 收入 }] }",
                body: "  - chart: a"))
        #expect(two.contains { $0.code == "chart.series" })
        let typo = Self.problems(
            Self.yaml(
                charts: "  - { id: a, title: 甲, series: [{ growth: 收人 }] }",
                body: "  - chart: a"))
        #expect(typo.first { $0.code == "chart.unknown-series" }?.hint == "did you mean “收入”?")
        let years = Self.problems(
            Self.yaml(
                charts: "  - { id: a, title: 甲, years: [2020, 2016], series: [收入] }",
                body: "  - chart: a"))
        #expect(years.contains { $0.code == "chart.years" })
        let empty = Self.problems(
            Self.yaml(
                charts: "  - { id: a, title: 甲, years: [1990, 1991], series: [收入] }",
                body: "  - chart: a"))
        #expect(empty.contains { $0.code == "chart.empty" })
    }

    @Test func olderGrowthFlagStillWorks() throws {
        let c = try #require(
            try Self.charts(
                Self.yaml(
                    charts: "  - { id: a, kind: bar-line, title: 甲, series: [收入], growth: true }",
                    body: "  - chart: a")
            ).first)
        #expect(c.series.count == 2 && c.series[1].axis == .right)
    }
}
