import FolioDisplay
import FolioDocument
import Testing

@testable import FolioCharts

/// A caption or source note wider than the chart: shrunk a little to stay one line, or else broken into lines at
/// its own size (a 60-character caption shrunk to fit was about 5 pt, too small to read).
@Suite("Long chart captions") struct LongCaptionTests {
    static func chart(title: String, note: String) -> ChartSpec {
        let spec = ChartFixtures.fiveYears
        return ChartSpec(
            id: spec.id, number: 1, title: title, kind: spec.kind, categories: spec.categories, series: spec.series,
            note: note)
    }

    @Test func aLongCaptionBreaksAtItsSizeAndEveryLineFits() throws {
        let title = "2016—2020年全镇农村常住居民人均可支配收入及其构成（工资性收入、经营净收入、财产净收入和转移净收入）变化情况与全县平均水平比较"
        let note = "数据来源：XX镇统计站、XX县统计局农村社会经济调查队、XX县农业农村局、XX县人力资源和社会保障局、XX县民政局联合调查汇总"
        let spec = Self.chart(title: title, note: note)
        let frame = try ChartFixtures.frame(spec)
        let texts = FrameInspection.texts(frame)
        let caption = texts.filter { $0.size == Pt(12) }
        #expect(caption.count >= 2)
        #expect(caption.map(\.text).joined() == spec.caption)
        for t in texts {
            #expect(t.box.minX >= Pt(-0.001) && t.box.maxX <= ChartFixtures.width + Pt(0.001), "\(t.text)")
            if let first = t.text.first { #expect(!"、，。）％%".contains(first), "\(t.text)") }
            if let last = t.text.last { #expect(!"（“".contains(last), "\(t.text)") }
        }
        // Lines one below the other, in order; the note's lines at the chart's text size, below the plot.
        for (a, b) in zip(caption, caption.dropFirst()) { #expect(b.origin.y > a.origin.y + Pt(12)) }
        let noteLines = texts.filter { $0.size == Pt(9) && note.contains($0.text) && $0.text.count > 4 }
        #expect(noteLines.count >= 2)
        #expect(noteLines.map(\.text).joined() == note)
        // Balanced: the last caption line is not a stub.
        if let first = caption.first, let last = caption.last {
            #expect(last.box.size.width > first.box.size.width * 0.5)
        }
    }

    @Test func aCaptionALittleTooWideShrinksOnOneLine() throws {
        let line = try ChartText(shaper: FakeShaper()).line("图1 " + String(repeating: "收", count: 40), size: Pt(12))
        let width = line.width * 0.95
        let lines = try ChartComposer.fittedLines(
            "图1 " + String(repeating: "收", count: 40), size: Pt(12), width: width,
            text: ChartText(shaper: FakeShaper()))
        #expect(lines.count == 1 && (lines.first?.width ?? .zero) <= width)
    }
}
