import FolioData
import Foundation
import Testing

@testable import FolioImport

/// A “图N …” caption in a report whose title and caption name no year: the chart placeholder's series are data to
/// fill in, one figure each, so that the dataset loads; a growth rate it names waits for years, said in the notes.
@Suite("Imported chart captions without a year")
struct ImportedYearlessChartTests {
    /// A report without a year in its title, with `caption` after its first paragraph, imported.
    static func imported(caption: String) -> ReportImporter.Result {
        ReportImporter(sourceName: "t.txt").run("关于测试的报告\n一、概况\n全年粮食产量5万吨，增长3%。\n\(caption)\n正文。\n")
    }

    @Test func itsSeriesAreFiguresToFillIn() throws {
        let r = Self.imported(caption: "图1 红色区域")
        let dataset = try DatasetLoader.load(yaml: r.yaml, name: "t.yaml", folder: nil).dataset
        #expect(dataset.charts.map(\.id) == ["chart1"])
        #expect(r.yaml.contains("  \"红色区域\": { value: 【待填】, note: \"图表“红色区域”的数据，待填\" }\n"))
        // A series the text states keeps its figure.
        let stated = Self.imported(caption: "图1 全镇粮食产量")
        _ = try DatasetLoader.load(yaml: stated.yaml, name: "t.yaml", folder: nil)
        #expect(stated.yaml.contains("  \"粮食产量\": { unit: \"万吨\", value: 5 }\n"))
    }

    @Test func aGrowthRateWaitsForYears() throws {
        let r = Self.imported(caption: "图1 全镇粮食产量及其增长速度")
        _ = try DatasetLoader.load(yaml: r.yaml, name: "t.yaml", folder: nil)
        #expect(r.yaml.contains("    kind: bars\n    title: \"全镇粮食产量及其增长速度\"\n    series:\n      - \"粮食产量\"\n"))
        #expect(r.notes.contains { $0.messageText.id == "import.chart.growth-left-out" && $0.line == 4 })
    }
}
