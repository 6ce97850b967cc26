import Testing
import Foundation
import FolioData
import FolioDocument
import FolioTestSupport

@Suite("Resolve")
struct ResolveTests {
    @Test func headingNumbersResetBelowEachLevel() throws {
        let body = """
              - section: 甲
                body:
                  - section: 甲一
                  - section: 甲二
                    body:
                      - section: 甲二1
              - section: 乙
                body:
                  - section: 乙一
            """
        let doc = try Fixture.resolve(MinimalDataset.yaml(body: body))
        let titles = doc.blocks.compactMap { if case .heading(let h) = $0 { return h.title } else { return nil } }
        #expect(titles == ["一、甲", "（一）甲一", "（二）甲二", "1.甲二1", "二、乙", "（一）乙一"])
    }

    @Test func growthSeriesHasGapsNotInfinity() throws {
        let yaml = MinimalDataset.yaml(
            data: "charts: [ { id: z, kind: bar-line, title: 零, series: [零基], growth: true } ]",
            body: "  - chart: z\n  - p: \"{收入[2020]}{面积}\"")
        let doc = try Fixture.resolve(yaml)
        guard case .chart(let c) = doc.blocks[1] else { Issue.record("no chart"); return }
        #expect(c.series.last?.values == [nil, nil])
    }

    @Test func notesSayTheSource() throws {
        let yaml = MinimalDataset.yaml(
            data: "charts: [ { id: a, title: \"{年份范围(收入)}收入\", series: [收入], source: 统计站 } ]",
            body: "  - chart: a\n  - p: \"{零基[2015]}{面积}\"")
        let doc = try Fixture.resolve(yaml)
        guard case .chart(let c) = doc.blocks[1] else { Issue.record("no chart"); return }
        #expect(c.caption == "图1 2015—2020年收入")
        #expect(c.note == "数据来源：统计站")
        #expect(c.kind == .bars)
    }

    @Test func datasetChartKindsAreTheDocumentsChartKinds() {
        #expect(ChartDefinition.kinds.compactMap { ChartKind(rawValue: $0) }.count == ChartDefinition.kinds.count)
    }

    @Test func themeDecodesAndLocatesErrors() throws {
        let theme = try Fixture.theme()
        #expect(theme.headings.map(\.numbering) == ["{cn}、", "（{cn}）", "{n}.", "（{n}）"])
        let text = try String(contentsOf: Fixture.themeURL, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "charactersPerLine: 28", with: "charactersPerLine: many")
        let line =
            (broken.components(separatedBy: "\n").firstIndex { $0.contains("charactersPerLine: many") } ?? -1) + 1
        do {
            _ = try YAMLDocument.decode(Theme.self, yaml: broken, fileName: "gongwen.yaml")
            Issue.record("decoding should fail")
        } catch let e as DiagnosticError {
            let d = try #require(e.diagnostics.first)
            #expect(d.location?.line == line)
            #expect(d.location?.column == 22)
            #expect(d.message.hasPrefix("grid.charactersPerLine: "))
        }
    }
}
