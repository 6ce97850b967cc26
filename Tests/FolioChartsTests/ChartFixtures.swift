import Foundation
import FolioDisplay
import FolioDocument
@testable import FolioCharts

/// Chart specs and the gongwen chart style for the tests.
enum ChartFixtures {
    /// The gongwen theme's chart style (ChartStyle has no public memberwise initialiser: decode it).
    static let style: ChartStyle = {
        let json =
            #"{"widthRatio":1,"height":"70mm","fontSize":"9pt","captionSize":"12pt","barGrays":[0.35,0.65,0.85,0.5],"color":false}"#
        do { return try JSONDecoder().decode(ChartStyle.self, from: Data(json.utf8)) } catch {
            preconditionFailure("test style does not decode: \(error)")
        }
    }()

    /// The type-area width of GB/T 9704 (156 mm).
    static let width = Pt.mm(156)

    /// A bar-line chart: income bars (元) and growth (%) on the right axis.
    static func barLine(
        years: [String], income: [Double?], growth: [Double?], note: String? = "数据来源：XX镇统计站"
    ) -> ChartSpec {
        ChartSpec(
            id: "income", number: 1, title: "\(years.first ?? "")—\(years.last ?? "")年农民人均纯收入及其增长速度",
            kind: .barLine, categories: years,
            series: [
                ChartSeries(name: "农民人均纯收入", unit: "元", values: income),
                ChartSeries(name: "增长速度", unit: "%", values: growth, mark: .line, axis: .right, decimals: 1),
            ],
            note: note)
    }

    /// The five-year chart of the seed report (2020: 11379 元, 30.2 % over 2015's 8740 元).
    static let fiveYears = barLine(
        years: ["2016", "2017", "2018", "2019", "2020"],
        income: [9250, 9780, 10320, 10860, 11379],
        growth: [5.8, 5.7, 5.5, 5.2, 4.8])

    /// Renders with the fake shaper.
    static func frame(_ spec: ChartSpec, width: Pt = width) throws -> Frame {
        try ChartComposer.frame(for: spec, style: style, width: width, shaper: FakeShaper())
    }
}
