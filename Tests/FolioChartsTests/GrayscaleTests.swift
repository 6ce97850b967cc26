import Foundation
import Testing
import FolioDisplay
import FolioDocument
@testable import FolioCharts

/// Series must stay apart on a black-and-white printer: by lightness, or by hatching and markers.
@Suite("Grayscale") struct GrayscaleTests {
    static func style(color: Bool, grays: [Double] = [0.35, 0.65, 0.85, 0.5]) throws -> ChartStyle {
        let json =
            #"{"widthRatio":1,"height":"70mm","fontSize":"9pt","captionSize":"12pt","barGrays":\#(grays),"color":\#(color)}"#
        return try JSONDecoder().decode(ChartStyle.self, from: Data(json.utf8))
    }

    /// Plain (unhatched) bar styles differ pairwise in luminance by the minimum gap.
    static func plainStylesAreApart(_ styles: [BarStyle]) -> Bool {
        let plain = styles.filter { !$0.hatched }
        for (i, a) in plain.enumerated() {
            for b in plain[(i + 1)...] where abs(a.fill.luminance - b.fill.luminance) < BarStyle.minimumLightnessGap {
                return false
            }
        }
        return true
    }

    @Test(arguments: [false, true]) func themeFillsAreApartInGrey(_ color: Bool) throws {
        let m = ChartMetrics(style: try Self.style(color: color), width: 400)
        let styles = (0..<4).map(m.barStyle)
        #expect(Self.plainStylesAreApart(styles))
        if color { #expect(styles.allSatisfy { !$0.hatched }) }   // the colour theme needs no hatching
    }

    @Test func closeGreysAreHatched() throws {
        let m = ChartMetrics(style: try Self.style(color: false, grays: [0.4, 0.45, 0.8]), width: 400)
        #expect(m.barStyle(0).hatched == false)
        #expect(m.barStyle(1).hatched == true)
        #expect(m.barStyle(2).hatched == false)
        // The hatching stays inside its bar.
        let rect = Rect(x: 10, y: 20, width: 30, height: 50)
        let segments = BarStyle.hatchSegments(rect, spacing: 3)
        #expect(segments.count > 10)
        for (a, b) in segments {
            for p in [a, b] {
                #expect(
                    p.x >= rect.minX - 0.001 && p.x <= rect.maxX + 0.001 && p.y >= rect.minY - 0.001
                        && p.y <= rect.maxY + 0.001)
            }
        }
    }

    @Test func lineSeriesHaveDistinctMarkersAndDashes() throws {
        let spec = ChartSpec(
            id: "l", number: 4, title: "增长速度", kind: .line, categories: ["2019", "2020"],
            series: [
                ChartSeries(name: "甲", unit: "%", values: [1, 2], mark: .line, decimals: 1),
                ChartSeries(name: "乙", unit: "%", values: [3, 5], mark: .line, decimals: 1),
            ])
        let frame = try ChartFixtures.frame(spec)
        let lines = FrameInspection.paths(frame).filter { $0.stroke?.width == 1.2 && $0.fill == nil }
        #expect(Set(lines.map { $0.stroke?.dash.isEmpty ?? true }).count == 2)   // one solid, one dashed
        // Markers: a diamond (4 corners) for the first series, a square (rect) for the second.
        // A diamond starts at its top vertex (centred), a square at a corner.
        let startsCentred = FrameInspection.paths(frame).filter { $0.fill == .black }.compactMap { p -> Bool? in
            guard case let .move(start)? = p.segments.first, let b = FrameInspection.bounds(p) else { return nil }
            return abs((start.x - (b.minX + b.maxX) / 2).value) < 0.01
        }
        #expect(Set(startsCentred) == [true, false])
    }
}
