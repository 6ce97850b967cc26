import FolioDisplay
import FolioDocument
import Testing
@testable import FolioCharts

/// A draft's chart whose figures are all still to fill in keeps its place on the page, marked, instead of
/// stopping the build; a chart with nothing to plot and no figures pending is still an error.
@Suite("Charts waiting for figures")
struct PendingChartTests {
    static func waiting(marker: String?) -> ChartSpec {
        var spec = ChartFixtures.barLine(
            years: ["2021", "2022", "2023"], income: [nil, nil, nil], growth: [nil, nil, nil])
        spec.pendingMarker = marker
        return spec
    }

    @Test func aDraftChartIsADashedBoxWithTheMarker() throws {
        let frame = try ChartFixtures.frame(Self.waiting(marker: "【待填】"))
        let texts = FrameInspection.texts(frame).map(\.text)
        #expect(texts.contains("【待填】"))
        #expect(texts.contains { $0.hasPrefix("图1 ") })
        let dashed = FrameInspection.paths(frame).filter { $0.stroke?.dash.isEmpty == false }
        let box = try #require(dashed.first.flatMap(FrameInspection.bounds))
        #expect(abs(box.size.width.value - ChartFixtures.width.value) < 0.01)
        #expect(FrameInspection.bars(frame).isEmpty)
    }

    @Test func nothingToPlotAndNothingPendingIsStillAnError() {
        #expect(throws: ChartError.self) { try ChartFixtures.frame(Self.waiting(marker: nil)) }
    }

    /// A draft's bar-line chart whose growth is all still to fill in has no right axis: it had a column of “0” tick
    /// labels and a 增速（%） head over nothing. The bars it has are drawn, the missing years left empty.
    @Test func growthStillToFillInHasNoRightAxis() throws {
        var spec = ChartFixtures.barLine(
            years: ["2021", "2022", "2023"], income: [nil, nil, 668.1], growth: [nil, nil, nil])
        spec.pendingMarker = "【待填】"
        let texts = FrameInspection.texts(try ChartFixtures.frame(spec)).map(\.text)
        #expect(!texts.contains { $0.hasPrefix("增速") }, "\(texts)")
        #expect(texts.filter { $0 == "0" }.count <= 1, "\(texts)")
        #expect(!FrameInspection.bars(try ChartFixtures.frame(spec)).isEmpty)
    }
}
