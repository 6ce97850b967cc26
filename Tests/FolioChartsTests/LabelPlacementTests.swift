import Testing
import FolioDisplay
import FolioDocument
@testable import FolioCharts

/// Value labels over awkward series: checked with label bounding boxes against each other, the bars,
/// the markers and the line segments.
@Suite("Label placement") struct LabelPlacementTests {
    /// Every way a text box can collide in a frame; empty when none does.
    static func collisions(_ frame: Frame) -> [String] {
        let texts = FrameInspection.texts(frame)
        var out: [String] = []
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] where a.box.intersects(b.box) { out.append("“\(a.text)” overlaps “\(b.text)”") }
        }
        let bars = FrameInspection.bars(frame), markers = FrameInspection.markers(frame)
        let lines = FrameInspection.paths(frame).filter { $0.stroke?.width == 1.2 && $0.fill == nil }
        for t in texts {
            // A hair of tolerance: a label may sit exactly on a bar's top edge.
            let box = Rect(
                x: t.box.minX + 0.01, y: t.box.minY + 0.01, width: t.box.size.width - 0.02,
                height: t.box.size.height - 0.02)
            if bars.contains(where: { $0.intersects(box) }) { out.append("“\(t.text)” covers a bar") }
            if markers.contains(where: { $0.intersects(box) }) { out.append("“\(t.text)” covers a marker") }
            for line in lines {
                let points = line.segments.compactMap { s -> Point? in
                    switch s {
                    case let .move(p), let .line(p): return p;
                    default: return nil
                    }
                }
                for (a, b) in zip(points, points.dropFirst()) where LabelPlacer.segment(a, b, crosses: box) {
                    if case .move = line.segments[points.firstIndex(of: b) ?? 0] { continue }
                    out.append("“\(t.text)” crosses a line")
                }
            }
        }
        return out
    }

    static let years5 = ["2016", "2017", "2018", "2019", "2020"]

    /// Awkward data: (name, income bars, growth line).
    static let awkward: [(String, [String], [Double?], [Double?])] = [
        ("zigzag", years5, [100, 10000, 120, 9800, 150], [3, 9900, -98.8, 8067, -98.5]),
        ("flat", years5, [5000, 5000, 5000, 5000, 5000], [0, 0, 0, 0, 0]),
        ("tiny", years5, [0.1, 0.2, 0.1, 0.3, 0.2], [100, 100, -50, 200, -33.3]),
        ("huge", years5, [1e9, 9.9e8, 1e9, 9.8e8, 1e9], [0.1, -1, 1, -2, 2]),
        ("negative", years5, [-300, -120, 80, -40, 260], [-20, 60, 166.7, -150, 750]),
        ("gaps", years5, [nil, 9000, nil, nil, 9900], [nil, nil, nil, nil, 10]),
        (
            "thirty", (1991...2020).map(String.init), (0..<30).map { Double(1000 + ($0 * 7919) % 5000) },
            (0..<30).map { Double(($0 * 31) % 41) - 20 }
        ),
    ]

    @Test(arguments: awkward.indices) func barLineLabelsNeverCollide(_ k: Int) throws {
        let (name, years, income, growth) = Self.awkward[k]
        let spec = ChartFixtures.barLine(years: years, income: income, growth: growth)
        let frame = try ChartFixtures.frame(spec)
        #expect(Self.collisions(frame) == [], "\(name)")
    }

    @Test func everyLabelOfAFiveYearChartIsPlaced() throws {
        let frame = try ChartFixtures.frame(ChartFixtures.fiveYears)
        let texts = Set(FrameInspection.texts(frame).map(\.text))
        for v in ["9250", "9780", "10320", "10860", "11379", "5.8%", "5.7%", "5.5%", "5.2%", "4.8%"] {
            #expect(texts.contains(v), "\(v) was dropped")
        }
    }

    @Test(arguments: [ChartKind.bars, .line, .horizontalBars]) func otherKindsNeverCollide(_ kind: ChartKind) throws {
        let series = [
            ChartSeries(name: "城镇", unit: "元", values: [27560, 29690, 31980, 34210, 35640]),
            ChartSeries(name: "农村", unit: "元", values: [27000, 29700, nil, 34200, 35600]),
            ChartSeries(name: "差", unit: "元", values: [560, -10, nil, 10, 40]),
        ]
        let spec = ChartSpec(
            id: "k", number: 3, title: "城乡居民人均可支配收入", kind: kind,
            categories: Self.years5, series: series)
        let frame = try ChartFixtures.frame(spec)
        #expect(Self.collisions(frame) == [], "\(kind)")
    }

    @Test func longChineseCategoriesWrapInsteadOfColliding() throws {
        let names = ["农村居民人均可支配收入", "城镇居民人均可支配收入", "一般公共预算收入", "粮食产量", "规模以上工业增加值", "社会消费品零售总额"]
        for kind in [ChartKind.bars, .horizontalBars] {
            let spec = ChartSpec(
                id: "w", number: 5, title: "年均增长速度", kind: kind, categories: names,
                series: [ChartSeries(name: "年均增长速度", unit: "%", values: [7.9, 6.5, 4.7, 1.7, -2.3, 12], decimals: 1)])
            let frame = try ChartFixtures.frame(spec)
            #expect(Self.collisions(frame) == [], "\(kind)")
            let texts = FrameInspection.texts(frame).map(\.text)
            // Every category is shown, whole or in pieces.
            for n in names { #expect(texts.joined().contains(n), "\(n) missing in \(kind)") }
        }
    }
}
