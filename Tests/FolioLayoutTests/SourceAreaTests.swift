import Foundation
import FolioData
import FolioDisplay
import FolioDocument
import FolioLayout
import FolioTestSupport
import Testing

/// Where each paragraph and heading is printed (`Page.sourceAreas`, what the workbench maps a click on a preview
/// page to): every printed line of an area belongs to the block written at the area's dataset line.
@Suite struct SourceAreaTests {
    /// The printed text of each paragraph and heading of `document`, by the dataset line it is written on.
    static func texts(_ document: Document) -> [Int: String] {
        var texts: [Int: String] = [:]
        for block in document.blocks {
            switch block {
            case .paragraph(let p): if let line = p.source?.line { texts[line, default: ""] += p.text }
            case .heading(let h):
                if let line = h.source?.line { texts[line, default: ""] += h.title + (h.runIn ?? "") }
                if let line = h.runInSource?.line, let runIn = h.runIn { texts[line, default: ""] += runIn }
            default: continue
            }
        }
        return texts
    }

    @Test func eachAreaHoldsOneLineOfItsOwnParagraph() throws {
        let report = try LaidOutReport.load(Checkout.bundledReport)
        let texts = Self.texts(report.document)
        let (pages, _) = try LaidOutReport.pages(of: report.document, theme: report.theme)
        var areas = 0
        for page in pages {
            let lines = PrintedLine.lines(of: page)
            for area in page.sourceAreas where texts[area.line] != nil {
                areas += 1
                // The middle of the line: a line may begin with a mark set into the margin (an opening quote compressed).
                let inside = lines.filter { area.rect.contains(Point(x: ($0.minX + $0.maxX) / 2, y: $0.baseline)) }
                #expect(inside.count == 1, "page \(page.index + 1), line \(area.line): \(inside.map(\.text))")
                for printed in inside {
                    #expect(
                        texts[area.line]?.contains(printed.text) == true,
                        "page \(page.index + 1): “\(printed.text)” is not in the block of line \(area.line)")
                }
            }
        }
        #expect(areas > 100)
    }

    /// The translations of the groups a page draws (a chart is one group, placed at its top-left).
    static func groupOrigins(_ page: Page) -> [Point] {
        page.frame.items.compactMap { item -> Point? in
            if case .group(_, let t) = item { Point(x: t.tx, y: t.ty) } else { nil }
        }
    }

    @Test func aChartsAreaHoldsTheChartAndNamesItsPlacement() throws {
        let report = try LaidOutReport.load(Checkout.bundledReport)
        let (pages, _) = try LaidOutReport.pages(of: report.document, theme: report.theme)
        let yaml = try String(contentsOf: Checkout.bundledReport, encoding: .utf8)
        let source = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let charts = report.document.blocks.compactMap { block -> ChartSpec? in
            if case .chart(let c) = block { c } else { nil }
        }
        #expect(charts.count >= 2)
        for chart in charts {
            let line = try #require(chart.source?.line)
            #expect(source[line - 1].contains(chart.id), "line \(line) does not place chart \(chart.id)")
            let areas = pages.flatMap { page in page.sourceAreas.filter { $0.line == line }.map { (page, $0) } }
            try #require(!areas.isEmpty, "chart \(chart.id) has no area")
            // Each area of the chart's line holds a chart drawing, none of them a blank line around it, and no
            // paragraph's line is inside it.
            for (page, area) in areas {
                let origins = Self.groupOrigins(page).filter { area.rect.contains(Point(x: $0.x + 1, y: $0.y + 1)) }
                #expect(!origins.isEmpty, "page \(page.index + 1): the area of line \(line) holds no chart")
                let prose = PrintedLine.lines(of: page).filter {
                    area.rect.contains(Point(x: ($0.minX + $0.maxX) / 2, y: $0.baseline)) && $0.size.value >= 16
                }
                #expect(
                    prose.isEmpty,
                    "page \(page.index + 1): body text inside chart \(chart.id)'s area: \(prose.map(\.text))")
            }
        }
    }

    @Test func theLinesAfterARunInHeadingsFirstNameItsRunInText() throws {
        let report = try LaidOutReport.load(Checkout.bundledReport)
        let (pages, _) = try LaidOutReport.pages(of: report.document, theme: report.theme)
        var checked = 0
        for case .heading(let h) in report.document.blocks {
            guard let title = h.source?.line, let runIn = h.runInSource?.line else { continue }
            let areas = pages.flatMap(\.sourceAreas).filter { $0.line == title || $0.line == runIn }
            guard areas.count > 1 else { continue }
            #expect(areas.first?.line == title)
            #expect(areas.dropFirst().allSatisfy { $0.line == runIn })
            checked += 1
        }
        #expect(checked > 3)
    }

    @Test func aPointOnTheFirstParagraphNamesItsLine() throws {
        let report = try LaidOutReport.load(Checkout.bundledReport)
        let (pages, _) = try LaidOutReport.pages(of: report.document, theme: report.theme)
        let yaml = try String(contentsOf: Checkout.bundledReport, encoding: .utf8)
        let source = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(source.firstIndex { $0.contains("- p: \"2016年以来") }) + 1
        let page = try #require(pages.first)
        let printed = try #require(PrintedLine.lines(of: page).first { $0.text.hasPrefix("2016年以来") })
        #expect(page.sourceLine(at: Point(x: printed.minX + 20, y: printed.baseline - 5)) == line)
        // Nothing is named above the type area (the title is not a body block) or beside it.
        #expect(page.sourceLine(at: Point(x: 5, y: printed.baseline - 5)) == nil)
        #expect(page.sourceLine(at: Point(x: printed.minX + 20, y: 5)) == nil)
    }
}
