import FolioData
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

/// Resolving a chart whose series hold only figures still to fill in (a new period's draft, an imported
/// bulletin's chart placeholder): its years stay on the axis and the spec carries the marker to draw.
@Suite("Charts of figures to fill in")
struct PendingChartResolveTests {
    /// The dataset of one chart of 产量 (`values`), of `kind` with `series`, resolved.
    static func resolved(
        _ values: String, kind: String = "bars", series: String = "[产量]"
    ) throws -> (
        document: Document, warnings: [Diagnostic]
    ) {
        let yaml = MinimalDataset.yaml(
            data: """
                  产量: { unit: 吨, values: { \(values) } }
                charts:
                  - id: output
                    kind: \(kind)
                    title: 产量
                    series: \(series)
                """, body: "  - chart: output", sampleData: false)
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "d.yaml")
        let theme = try YAMLDocument.decode(Theme.self, from: Checkout.theme("gongwen"))
        return try Document.resolve(dataset, theme: theme)
    }

    static func chart(_ values: String) throws -> ChartSpec? {
        try resolved(values).document.blocks.compactMap { block -> ChartSpec? in
            if case .chart(let spec) = block { return spec } else { return nil }
        }.first
    }

    @Test func everyFigurePendingKeepsTheYearsAndTheMarker() throws {
        let spec = try #require(try Self.chart("2021: 【待填】, 2022: 【待填】"))
        #expect(spec.categories == ["2021", "2022"])
        #expect(spec.pendingMarker == Dataset.toFillMarker)
        #expect(spec.series.first?.values == [nil, nil])
    }

    @Test func oneFigureGivenDrawsTheChartWithoutTheMarker() throws {
        let spec = try #require(try Self.chart("2021: 【待填】, 2022: 12"))
        #expect(spec.categories == ["2021", "2022"])
        #expect(spec.pendingMarker == nil)
        #expect(spec.series.first?.values == [nil, 12])
    }

    /// A growth line whose base years are still to fill in says nothing of zero base years (it said “every base year
    /// is zero” of an imported bulletin's chart placeholders); real zero base years still say so.
    @Test func pendingBaseYearsAreNoZeroBaseYears() throws {
        func warnings(_ values: String) throws -> [String] {
            try Self.resolved(values, kind: "bar-line", series: "[产量, { growth: 产量 }]").warnings.map(\.code)
        }
        #expect(try !warnings("2021: 【待填】, 2022: 【待填】, 2023: 668.1").contains("chart.growth"))
        #expect(try warnings("2021: 0, 2022: 0, 2023: 668.1").contains("chart.growth"))
    }
}
