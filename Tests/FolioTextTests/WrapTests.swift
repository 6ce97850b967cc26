import FolioDisplay
import Testing
@testable import FolioText

/// Short texts set into a narrow measure (table cells, a table's note): `TextEngine.wrap` and
/// `TextEngine.widestUnbreakable`, which the table composer sizes its columns with.
@Suite struct WrapTests {
    static let size = Pt(11.25)

    @Test func aTextThatFitsIsOneLineAsShapeLineSetsIt() throws {
        let engine = try #require(Fixture.engine)
        let one = try engine.shapeLine("按时足额拨付", role: .body, size: Self.size, color: .black)
        let lines = try engine.wrap("按时足额拨付", role: .body, size: Self.size, width: Pt(200))
        #expect(lines == [one])
    }

    @Test func aLongTextBreaksIntoLinesNoneWiderThanTheMeasure() throws {
        let engine = try #require(Fixture.engine)
        let text = "部分项目因设计变更顺延至2025年实施，结转资金250.40万元"
        let width = Pt(100)
        let lines = try engine.wrap(text, role: .body, size: Self.size, width: width)
        #expect(lines.count >= 3)
        for line in lines { #expect(line.width <= width + Pt(0.01)) }
        let glyphs = lines.flatMap { $0.runs.flatMap(\.run.text) }
        #expect(String(glyphs) == text)
    }

    @Test func theWidestUnbreakablePieceIsTheFigureWithWhatClingsToIt() throws {
        let engine = try #require(Fixture.engine)
        let figure = try engine.shapeLine("12,345.67", role: .body, size: Self.size, color: .black).width
        let widest = try engine.widestUnbreakable("执行数12,345.67", role: .body, size: Self.size)
        #expect(widest >= figure - Pt(0.01) && widest < figure + Self.size)
        // Han text breaks between any two characters: its widest piece is about one character.
        let han = try engine.widestUnbreakable("县医疗保障局", role: .body, size: Self.size)
        #expect(han <= Self.size * 1.01)
        // A closing mark clings to the character before it.
        let marked = try engine.widestUnbreakable("完成，", role: .body, size: Self.size)
        #expect(marked > Self.size * 1.4)
    }
}
