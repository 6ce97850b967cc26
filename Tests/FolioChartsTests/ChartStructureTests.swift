import FolioDisplay
import FolioDocument
import Testing
@testable import FolioCharts

/// A chart's structure marks (a tagged PDF's reading order): its caption, the plot and legend as one figure whose
/// alternative text states every figure, the note as a paragraph; every mark balanced.
@Suite("Chart structure")
struct ChartStructureTests {
    /// The frame's items as marks ("caption", "figure", "paragraph", "end") and "text" for a run, in order.
    static func outline(_ frame: Frame) -> [String] {
        frame.items.compactMap { item in
            switch item {
            case .beginStructure(.caption): return "caption"
            case .beginStructure(.figure): return "figure"
            case .beginStructure(.paragraph): return "paragraph"
            case .beginStructure: return "other"
            case .endStructure: return "end"
            case .text(let run, _): return run.text.isEmpty ? nil : "text"
            default: return nil
            }
        }
    }

    @Test("caption, figure with the chart's figures as alternative text, note; the marks are balanced")
    func fiveYears() throws {
        let spec = ChartFixtures.fiveYears
        let frame = try ChartFixtures.frame(spec)
        var depth = 0
        for mark in Self.outline(frame) {
            if mark == "end" { depth -= 1 } else if mark != "text" { depth += 1 }
            #expect(depth >= 0 && depth <= 1, "marks nest or close what is not open")
        }
        #expect(depth == 0)
        let outline = Self.outline(frame).filter { $0 != "text" }
        #expect(outline == ["caption", "end", "figure", "end", "paragraph", "end"])
        let alt = frame.items.compactMap { item -> String? in
            if case .beginStructure(.figure(let text)) = item { return text }
            return nil
        }
        #expect(alt == [spec.alternativeText])
        for value in ["9250", "11379", "5.8", "4.8"] { #expect(alt.first?.contains(value) == true, "\(value)") }
        // Every text of the chart is inside an element: none is left as unmarked content.
        var open = 0
        for item in frame.items {
            switch item {
            case .beginStructure: open += 1
            case .endStructure: open -= 1
            case .text(let run, _): #expect(open == 1 || run.text.isEmpty, "“\(run.text)” outside the structure")
            default: break
            }
        }
    }

    @Test("a chart whose figures are still to fill in is a figure that says so")
    func pending() throws {
        var spec = ChartFixtures.barLine(years: ["2019", "2020"], income: [nil, nil], growth: [nil, nil], note: nil)
        spec.pendingMarker = "【待填】"
        let frame = try ChartFixtures.frame(spec)
        let alt = frame.items.compactMap { item -> String? in
            if case .beginStructure(.figure(let text)) = item { return text }
            return nil
        }
        #expect(alt.count == 1 && alt.first?.hasSuffix("【待填】") == true)
    }
}
