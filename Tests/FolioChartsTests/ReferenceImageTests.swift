import Foundation
import Testing
import FolioDisplay
import FolioDocument
@testable import FolioCharts
import FolioTestSupport

/// Each chart kind drawn as a small reference image: the frame rasterised at 4 pt a cell into characters
/// (dark fills #, mid %, light +, pale ., dark strokes *, light strokes -, text t), compared with the golden
/// cell by cell with a tolerance, so a moved bar or a lost axis fails while a nudged label does not.
@Suite("Reference images") struct ReferenceImageTests {
    /// The share of cells that may differ from the golden.
    static let tolerance = 0.02

    static let five = ["2016", "2017", "2018", "2019", "2020"]
    static let two = [
        ChartSeries(name: "城镇居民人均可支配收入", unit: "元", values: [27560, 29690, 31980, 34210, 35640]),
        ChartSeries(name: "农村居民人均可支配收入", unit: "元", values: [11250, 12180, 13240, 14390, 15320]),
    ]

    static let cases: [(String, ChartSpec)] = [
        ("bar-line", ChartFixtures.fiveYears),
        (
            "bar-line-negative",
            ChartFixtures.barLine(
                years: five, income: [38620, 41250, 44780, 46930, 45210],
                growth: [7.7, 6.8, 8.6, 4.8, -3.7])
        ),
        (
            "bars-grouped",
            ChartSpec(
                id: "g", number: 3, title: "2016—2020年城乡居民人均可支配收入", kind: .bars,
                categories: five, series: two)
        ),
        (
            "line",
            ChartSpec(
                id: "l", number: 4, title: "2016—2020年增长速度", kind: .line, categories: five,
                series: [
                    ChartSeries(name: "城镇", unit: "%", values: [6.1, 7.7, 7.7, nil, 4.2], decimals: 1),
                    ChartSeries(name: "农村", unit: "%", values: [7.6, 8.3, 8.7, 8.7, 6.5], decimals: 1),
                ])
        ),
        (
            "horizontal-bars",
            ChartSpec(
                id: "h", number: 5, title: "主要指标年均增长速度", kind: .horizontalBars,
                categories: ["农村居民收入", "城镇居民收入", "一般公共预算收入", "粮食产量"],
                series: [ChartSeries(name: "年均增长速度", unit: "%", values: [7.9, 6.5, 4.7, 1.7], decimals: 1)])
        ),
        (
            "single-bar",
            ChartSpec(
                id: "f", number: 2, title: "2020年财政收入", kind: .bars, categories: ["2020"],
                series: [ChartSeries(name: "财政收入", unit: "万元", values: [2687.8], decimals: 1)])
        ),
    ]

    @Test(arguments: cases.indices) func matchesItsReferenceImage(_ k: Int) throws {
        let (name, spec) = Self.cases[k]
        let image = Raster(try ChartFixtures.frame(spec)).text
        let golden = try Golden.text(image, at: Checkout.url("Tests/FolioChartsTests/Goldens/\(name).txt"))
        let a = image.split(separator: "\n").map(Array.init), b = golden.split(separator: "\n").map(Array.init)
        #expect(abs(a.count - b.count) <= 1, "\(name): height changed")
        var differing = 0, total = 0
        for r in 0..<max(a.count, b.count) {
            let x = r < a.count ? a[r] : [], y = r < b.count ? b[r] : []
            for c in 0..<max(x.count, y.count) {
                total += 1
                if (c < x.count ? x[c] : " ") != (c < y.count ? y[c] : " ") { differing += 1 }
            }
        }
        #expect(Double(differing) <= Double(total) * Self.tolerance, "\(name): \(differing) of \(total) cells differ")
    }

    @Test func theRasterSeesBarsTextAndLines() throws {
        let image = Raster(try ChartFixtures.frame(ChartFixtures.fiveYears)).text
        #expect(image.contains("%%%%") && image.contains("ttt") && image.contains("*") && image.contains("-"))
    }
}

/// A coarse character raster of a frame.
struct Raster {
    static let cell = 4.0
    var rows: [[Character]]

    init(_ frame: Frame) {
        let w = Int((frame.size.width.value / Self.cell).rounded(.up)),
            h = Int((frame.size.height.value / Self.cell).rounded(.up))
        rows = Array(repeating: Array(repeating: " ", count: max(1, w)), count: max(1, h))
        for item in frame.items {
            switch item {
            case let .path(p): draw(p)
            case let .text(run, at):
                let width = FakeShaper.width(run.text, size: run.size)
                fill(Rect(x: at.x, y: at.y - run.size * 0.88, width: width, height: run.size), "t")
            case .group, .link, .image, .beginStructure, .endStructure: break
            }
        }
    }

    var text: String { rows.map { String($0) }.joined(separator: "\n") + "\n" }

    mutating func draw(_ p: Path) {
        if let fill = p.fill, let box = FrameInspection.bounds(p) {
            let l = fill.luminance
            guard l < 0.97 else { return }
            self.fill(box, l < 0.25 ? "#" : l < 0.5 ? "%" : l < 0.75 ? "+" : ".")
            return
        }
        guard let stroke = p.stroke, stroke.color.luminance < 0.97 else { return }
        let mark: Character = stroke.color.luminance > 0.6 ? "-" : "*"
        var last: Point?
        for s in p.segments {
            switch s {
            case let .move(q): last = q
            case let .line(q):
                if let a = last { line(a, q, mark) }
                last = q
            default: break
            }
        }
    }

    mutating func set(_ x: Double, _ y: Double, _ c: Character) {
        let col = Int(x / Self.cell), row = Int(y / Self.cell)
        guard row >= 0, row < rows.count, col >= 0, col < rows[row].count else { return }
        rows[row][col] = c
    }

    mutating func fill(_ r: Rect, _ c: Character) {
        var y = r.minY.value
        while y <= r.maxY.value {
            var x = r.minX.value
            while x <= r.maxX.value { set(x, y, c); x += Self.cell / 2 }
            y += Self.cell / 2
        }
    }

    mutating func line(_ a: Point, _ b: Point, _ c: Character) {
        let dx = (b.x - a.x).value, dy = (b.y - a.y).value
        let steps = max(1, Int(max(abs(dx), abs(dy))))
        for i in 0...steps {
            let t = Double(i) / Double(steps)
            set(a.x.value + dx * t, a.y.value + dy * t, c)
        }
    }
}
