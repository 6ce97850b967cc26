import FolioData
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

/// Resolving a chart whose series hold only figures still to fill in (a new period's draft, an imported
/// bulletin's chart placeholder): its years stay on the axis and the spec carries the marker to draw.
@Suite("Charts of figures to fill in")
struct PendingChartResolveTests {
    static func chart(_ values: String) throws -> ChartSpec? {
        let yaml = MinimalDataset.yaml(
            data: """
                  产量: { unit: 吨, values: { \(values) } }
                charts:
                  - id: output
                    kind: bars
                    title: 产量
                    series: [产量]
                """, body: "  - chart: output", sampleData: false)
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "d.yaml")
        let theme = try YAMLDocument.decode(Theme.self, from: Checkout.theme("gongwen"))
        return try Document.resolve(dataset, theme: theme).document.blocks.compactMap { block -> ChartSpec? in
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
}
