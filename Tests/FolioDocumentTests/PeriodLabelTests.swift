import FolioData
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

/// Charts and tables of a dataset whose series are half-years, quarters or months to date name each period
/// in Chinese (2025年上半年, 2025年1—10月), never a bare key or year; series by year keep their bare years.
@Suite("Period labels in charts and tables")
struct PeriodLabelTests {
    static func document(_ values: String, series: String = "[产量]") throws -> Document {
        let yaml = MinimalDataset.yaml(
            data: """
                  产量: { unit: 吨, values: { \(values) } }
                charts:
                  - id: output
                    kind: bar-line
                    title: "{年份范围(产量)}产量"
                    series: \(series)
                """,
            body: """
                  - chart: output
                  - table:
                      caption: 产量
                      indicators: [产量]
                      years: [\(values.components(separatedBy: ", ").map { $0.components(separatedBy: ":")[0] }.joined(separator: ", "))]
                      change: growth
                """, sampleData: false)
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "d.yaml")
        let theme = try YAMLDocument.decode(Theme.self, from: Checkout.theme("gongwen"))
        return try Document.resolve(dataset, theme: theme).document
    }

    static func chart(_ d: Document) -> ChartSpec? {
        d.blocks.compactMap { block -> ChartSpec? in if case .chart(let s) = block { return s } else { return nil } }
            .first
    }

    @Test func labels() {
        #expect(ReportPeriod.label(key: "2025H1") == "2025年上半年")
        #expect(ReportPeriod.label(key: "2025-01..10") == "2025年1—10月")
        #expect(ReportPeriod.label(key: "2025Q3") == "2025年第三季度")
        #expect(ReportPeriod.label(key: "2025") == "2025年")
        #expect(
            ReportPeriod.sortedKeys(["2025H1", "2024H2", "2025Q1", "2024"]) == ["2024", "2024H2", "2025Q1", "2025H1"])
    }

    @Test func halfYearsInChartAndTable() throws {
        let d = try Self.document(
            "2024H1: 100, 2024H2: 120, 2025H1: 110", series: "[产量, { growth: 产量 }]")
        let spec = try #require(Self.chart(d))
        #expect(spec.categories == ["2024年上半年", "2024年下半年", "2025年上半年"])
        #expect(spec.title == "2024年上半年—2025年上半年产量")
        #expect(spec.series.first?.values == [100, 120, 110])
        #expect(d.plainText.contains("指标\t单位\t2024年上半年\t2024年下半年\t2025年上半年\t增长（%）"))
    }

    @Test func monthsAndQuartersInOrder() throws {
        let months = try #require(Self.chart(try Self.document("2025-01..10: 5, 2024-01..10: 4")))
        #expect(months.categories == ["2024年1—10月", "2025年1—10月"])
        let quarters = try #require(Self.chart(try Self.document("2025Q1: 1, 2024Q4: 2, 2025Q2: 3")))
        #expect(quarters.categories == ["2024年第四季度", "2025年第一季度", "2025年第二季度"])
        #expect(quarters.series.first?.values == [2, 1, 3])
    }

    @Test func yearsStayBare() throws {
        let spec = try #require(Self.chart(try Self.document("2019: 1, 2020: 2")))
        #expect(spec.categories == ["2019", "2020"])
    }

    @Test func aGrowthLabelOverAGapNamesItsBasePeriod() {
        let (_, labels) = SeriesMath.growth([100, nil, 130], years: ["2024H1", "2024H2", "2025H1"])
        #expect(labels == [nil, nil, "比2024年上半年增长30.0%"])
    }
}
