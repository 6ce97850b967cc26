import Foundation
import Testing
import FolioDisplay
import FolioDocument
@testable import FolioCharts
import FolioTestSupport

@Suite("ChartComposer") struct ChartComposerTests {
    /// What every chart must satisfy: fits its width, caption (its lines) first, no overlapping text, no text on a marker,
    /// bars on the zero baseline, and no text a PDF audit would read as a bad line start or end.
    func checkInvariants(_ frame: Frame, _ spec: ChartSpec, width: Pt = ChartFixtures.width) {
        #expect(frame.size.width == width)
        let texts = FrameInspection.texts(frame)
        // The caption first: one line, or the lines of a long one, at its own size.
        let caption = texts.prefix { $0.size == texts.first?.size }
        #expect(caption.map(\.text).joined() == spec.caption)
        let eps = Pt(0.001)
        for t in texts {
            #expect(t.box.minX >= -eps && t.box.maxX <= width + eps, "\(t.text) leaves the frame")
            #expect(t.box.minY >= -eps && t.box.maxY <= frame.size.height + eps, "\(t.text) leaves the frame")
            #expect(!t.text.isEmpty)
            if let first = t.text.unicodeScalars.first {
                #expect(!"%％、，。：；）」』”！？".unicodeScalars.contains(first), "“\(t.text)” starts with a closing mark")
            }
            if let last = t.text.unicodeScalars.last { #expect(!"（「『“".unicodeScalars.contains(last)) }
        }
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] {
                #expect(!a.box.intersects(b.box), "“\(a.text)” overlaps “\(b.text)”")
            }
        }
        let markers = FrameInspection.markers(frame)
        for t in texts { for m in markers { #expect(!t.box.intersects(m), "“\(t.text)” covers a marker") } }
        for p in FrameInspection.paths(frame) {
            guard let b = FrameInspection.bounds(p) else { continue }
            #expect(b.minX >= -eps && b.maxX <= width + eps && b.minY >= -eps && b.maxY <= frame.size.height + eps)
        }
    }

    /// Bars in the plot (legend swatches are the ones below the category labels).
    func plotBars(_ frame: Frame) -> [Rect] {
        guard
            let legendTop = FrameInspection.texts(frame).first(where: {
                $0.text.contains("（") && $0.text.contains("）") && !$0.text.hasPrefix("增速")
            })?.box.minY
        else { return FrameInspection.bars(frame) }
        return FrameInspection.bars(frame).filter { $0.maxY < legendTop }
    }

    func baselineY(_ frame: Frame) -> Pt? {
        FrameInspection.paths(frame).first { $0.stroke?.width == 0.75 }.flatMap(FrameInspection.bounds)?.minY
    }

    @Test func fivePoints() throws {
        let spec = ChartFixtures.fiveYears
        let frame = try ChartFixtures.frame(spec)
        checkInvariants(frame, spec)
        let texts = FrameInspection.texts(frame).map(\.text)
        for label in [
            "9250", "11379", "5.8%", "4.8%", "2016年", "2020年", "元", "增速（%）",
            "农民人均纯收入（元）", "增长速度（%）", "数据来源：XX镇统计站",
        ] {
            #expect(texts.contains(label), "missing \(label)")
        }
        let bars = plotBars(frame)
        #expect(bars.count == 5)
        let zero = try #require(baselineY(frame))
        for bar in bars { #expect(bar.maxY == zero) }
        // Taller value, taller bar.
        #expect(bars.map(\.size.height) == bars.map(\.size.height).sorted())
        #expect(texts.last == "数据来源：XX镇统计站")
        #expect(FrameInspection.markers(frame).count >= 5)
    }

    @Test func twoPoints() throws {
        let spec = ChartFixtures.barLine(years: ["2019", "2020"], income: [10860, 11379], growth: [5.2, 4.8])
        let frame = try ChartFixtures.frame(spec)
        checkInvariants(frame, spec)
        #expect(plotBars(frame).count == 2)
        #expect(FrameInspection.texts(frame).map(\.text).contains("11379"))
    }

    @Test func onePointGivesALabelledBar() throws {
        let spec = ChartFixtures.barLine(years: ["2020"], income: [11379], growth: [30.2])
        let frame = try ChartFixtures.frame(spec)
        checkInvariants(frame, spec)
        #expect(plotBars(frame).count == 1)
        let texts = FrameInspection.texts(frame).map(\.text)
        #expect(texts.contains("11379") && texts.contains("30.2%") && texts.contains("2020年"))
        #expect(frame.size.height > 150)
    }

    @Test func gapsAreNeverInterpolated() throws {
        let spec = ChartFixtures.barLine(
            years: ["2016", "2017", "2018", "2019", "2020"],
            income: [9250, nil, 10320, 10860, 11379], growth: [5.8, nil, nil, 5.2, 4.8])
        let frame = try ChartFixtures.frame(spec)
        checkInvariants(frame, spec)
        #expect(plotBars(frame).count == 4)
        // The growth line: one stroked path of width 1.2 whose only drawn piece is 2019–2020 (2016 stands alone).
        let line = try #require(
            FrameInspection.paths(frame).first { $0.stroke?.width == 1.2 && $0.fill == nil && $0.segments.count > 2 })
        let moves = line.segments.filter { if case .move = $0 { return true } else { return false } }.count
        let lines = line.segments.filter { if case .line = $0 { return true } else { return false } }.count
        #expect(moves == 2 && lines == 1)
        #expect(!FrameInspection.texts(frame).map(\.text).contains("9780"))
    }

    @Test func negativeGrowthAndNegativeValues() throws {
        let spec = ChartFixtures.barLine(
            years: ["2016", "2017", "2018", "2019", "2020"],
            income: [9250, 8800, -1200, 10860, 11379], growth: [5.8, -4.9, -113.6, 5.2, 4.8])
        let frame = try ChartFixtures.frame(spec)
        checkInvariants(frame, spec)
        let zero = try #require(baselineY(frame))
        let bars = plotBars(frame)
        #expect(bars.count == 5)
        for bar in bars { #expect(bar.maxY == zero || bar.minY == zero) }
        #expect(bars.contains { $0.minY == zero && $0.size.height > 0 })   // the negative bar hangs below zero
        #expect(FrameInspection.texts(frame).map(\.text).contains("-4.9%"))
    }

    @Test func thirtyPointsStayReadable() throws {
        let years = (1991...2020).map(String.init)
        let income = years.indices.map { Double(2000 + $0 * 330) as Double? }
        let growth = years.indices.map { Double(($0 * 37) % 23) - 3 as Double? }
        let spec = ChartFixtures.barLine(years: years, income: income, growth: growth)
        let frame = try ChartFixtures.frame(spec)
        checkInvariants(frame, spec)
        #expect(plotBars(frame).count == 30)
    }

    @Test func hugeValuesSwitchToYiYuan() throws {
        let spec = ChartFixtures.barLine(years: ["2019", "2020"], income: [8.5e8, 1e9], growth: [3, 17.6])
        let frame = try ChartFixtures.frame(spec)
        checkInvariants(frame, spec)
        let texts = FrameInspection.texts(frame).map(\.text)
        #expect(texts.contains("亿元") && texts.contains("10.0") && texts.contains("农民人均纯收入（亿元）"))
    }

    @Test func groupedBarsLineAndHorizontalKinds() throws {
        let two = [
            ChartSeries(name: "财政收入", unit: "万元", values: [1800, 2100, 2687.8], decimals: 1),
            ChartSeries(name: "财政支出", unit: "万元", values: [1500, nil, 2400], decimals: 1),
        ]
        for kind in [ChartKind.bars, .line, .horizontalBars] {
            let spec = ChartSpec(
                id: "fiscal", number: 2, title: "2018—2020年财政收支", kind: kind,
                categories: ["2018", "2019", "2020"], series: two, note: "数据来源：XX镇财政所")
            let frame = try ChartFixtures.frame(spec)
            checkInvariants(frame, spec)
            #expect(FrameInspection.texts(frame).map(\.text).contains("2687.8"), "\(kind)")
        }
    }

    @Test func frameFitsNarrowWidthsAndLongCaptions() throws {
        var spec = ChartFixtures.fiveYears
        spec.title = String(repeating: "很长的标题", count: 12)
        let width = Pt(260)
        let frame = try ChartFixtures.frame(spec, width: width)
        checkInvariants(frame, spec, width: width)
    }

    @Test func sampleDataIsSaidInTheNote() throws {
        var spec = ChartFixtures.fiveYears
        spec.series[0].isSample = true
        let frame = try ChartFixtures.frame(spec)
        #expect(FrameInspection.texts(frame).last?.text == "数据来源：XX镇统计站（示例数据）")
    }

    @Test func emptyChartsThrowTypedErrors() {
        var spec = ChartFixtures.fiveYears
        spec.categories = []
        #expect(throws: ChartError.noCategories(chart: "income")) { try ChartFixtures.frame(spec) }
        spec = ChartFixtures.barLine(years: ["2020"], income: [nil], growth: [nil])
        #expect(throws: ChartError.noValues(chart: "income")) { try ChartFixtures.frame(spec) }
        #expect(throws: ChartError.self) { try ChartFixtures.frame(ChartFixtures.fiveYears, width: 20) }
    }

    @Test func goldenDumpOfTheFiveYearChart() throws {
        let dump = FrameInspection.dump(try ChartFixtures.frame(ChartFixtures.fiveYears))
        let golden = try Golden.text(dump, at: Checkout.url("Tests/FolioChartsTests/Goldens/bar-line-five-years.txt"))
        #expect(dump == golden)
    }
}
