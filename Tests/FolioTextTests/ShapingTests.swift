import FolioDisplay
import Testing
@testable import FolioText

@Suite struct ShapingTests {
    /// x of every glyph of a line, in line coordinates.
    static func xs(_ line: ShapedLine) -> [Double] {
        line.runs.flatMap { run in run.run.glyphs.map { (run.x + $0.x).value } }
    }

    @Test(arguments: [FontRole.body, .title])
    func twoEmDashIsExactlyTwoEm(role: FontRole) throws {
        let engine = try #require(Fixture.engine)
        let line = try engine.shapeLine("——", role: role, size: 16, color: .black)
        #expect(abs(line.width.value - 32) < 0.001)
        #expect(line.runs.first?.run.text == "——")
        let dots = try engine.shapeLine("……", role: role, size: 16, color: .black)
        #expect(abs(dots.width.value - 32) < 0.001)
    }

    @Test func twoEmDashOnTheGridIsTwoCells() throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Fixture.body("好——好", justify: false, indent: false))
        #expect(abs(try #require(p.lines.first).width.value - 4 * Fixture.pitch.value) < 0.001)
    }

    @Test func adjacentPairTakesOneAndAHalfEm() throws {
        let engine = try #require(Fixture.engine)
        let natural = try engine.layoutParagraph(Fixture.body("他说好。”好，“好", justify: false, grid: false, indent: false))
        let x = Self.xs(try #require(natural.lines.first))
        try #require(x.count == 9)
        // A pair reads as 1.5 em: the compressed mark keeps half the font's em plus `extractionMargin`
        // (0.005 em, 0.08 pt at 16 pt, 0.03 mm on paper) so that text extraction keeps it on its line. The
        // margin is right, not the old exact 1.5 em: without it poppler's pdftotext ends the line at the mark.
        let margin = TextEngine.extractionMargin * 16
        #expect(abs(x[5] - x[3] - 24 - margin) < 0.001)   // 。” = 1.5 em (+ margin)
        #expect(abs(x[8] - x[6] - 24 - margin) < 0.001)   // ，“ = 1.5 em (+ margin)
        #expect(abs(x[3] - x[2] - 16) < 0.001)   // Han before the pair: 1 em
        let grid = try engine.layoutParagraph(Fixture.body("他说好。”好", justify: false, indent: false))
        let g = Self.xs(try #require(grid.lines.first))
        try #require(g.count == 6)
        // On the grid the first mark keeps 0.505 of the font's em and the second its cell: 1.5 cells within
        // 0.2 pt (a cell is a little under an em, so the kept half em is a little over half a cell).
        let kept = (0.5 + TextEngine.extractionMargin) * 16
        #expect(abs(g[5] - g[3] - (Fixture.pitch.value + kept)) < 0.001)
        #expect(abs(g[5] - g[3] - 1.5 * Fixture.pitch.value) < 0.2)
    }

    @Test func isolatedMarkKeepsItsCell() throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Fixture.body("好，好", justify: false, indent: false))
        let x = Self.xs(try #require(p.lines.first))
        try #require(x.count == 3)
        #expect(abs(x[2] - x[1] - Fixture.pitch.value) < 0.001)
    }

    @Test func hanDigitGapIsAQuarterEmOnAFinalLine() throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Fixture.body("增长30元", justify: false, grid: false, indent: false))
        let x = Self.xs(try #require(p.lines.first))
        try #require(x.count == 5)
        let digitAdvance = x[3] - x[2]
        #expect(abs(x[2] - x[1] - 16 - 4) < 0.001)   // 长 → 3: 1 em + ¼ em
        #expect(abs(x[4] - x[3] - digitAdvance - 4) < 0.001)   // 0 → 元: digit advance + ¼ em
    }

    @Test func sourceSpaceBetweenHanAndLatinIsDropped() throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Fixture.body("增长 GDP 总量", justify: false))
        #expect(p.lineTexts == ["增长GDP总量"])
    }

    @Test func clustersCoverEveryByteAndGlyph() throws {
        let engine = try #require(Fixture.engine)
        let text = "紧紧围绕“十三五”奋斗目标，GDP增长6.5%——全面𠮷小康……ﬁne"
        let p = try engine.layoutParagraph(Fixture.body(text))
        for line in p.lines {
            for r in line.runs {
                #expect(r.run.clusters.reduce(0) { $0 + $1.byteCount } == r.run.text.utf8.count)
                #expect(r.run.clusters.reduce(0) { $0 + $1.glyphCount } == r.run.glyphs.count)
                #expect(r.run.clusters.allSatisfy { $0.byteCount > 0 && $0.glyphCount > 0 })
            }
        }
        #expect(p.lineTexts.joined() == text)
        let single = try engine.shapeLine(text, role: .body, size: 16, color: .black)
        #expect(single.runs.map(\.run.text).joined() == text)
    }

    @Test func kangxiTrapTextStaysTheSourceCharacter() throws {
        let engine = try #require(Fixture.engine)
        let line = try engine.shapeLine("立", role: .body, size: 16, color: .black)
        let run = try #require(line.runs.first?.run)
        #expect(run.text.unicodeScalars.map(\.value) == [0x7ACB])
        #expect(run.clusters == [TextCluster(byteCount: 3, glyphCount: 1)])
    }

    @Test func rareCharacterFallsBackAndIsReported() throws {
        let fonts = try FontSystem()
        let engine = try TextEngine(fonts: fonts, stacks: [.body: Fixture.bodyStack], fallback: Fixture.fallback)
        let line = try engine.shapeLine("王堃同志", role: .body, size: 16, color: .black)
        #expect(line.runs.count == 3)
        #expect(line.runs.map(\.run.font.family) == ["FandolFang", "Noto Serif CJK SC", "FandolFang"])
        #expect(engine.fallbackCharacters[.body] == ["堃"])
        #expect(engine.missingCharacters.isEmpty)
        _ = try engine.shapeLine("\u{10FFFD}", role: .body, size: 16, color: .black)
        #expect(engine.missingCharacters == ["\u{10FFFD}"])
    }

    @Test func fullWidthQuotesInNoto() throws {
        let engine = try #require(Fixture.engine)
        let line = try engine.shapeLine("“十”", role: .title, size: 22, color: .black)
        #expect(abs(line.width.value - 66) < 0.01)
    }

    @Test func latinRoleFaceSetsLettersAndDigits() throws {
        let fonts = try FontSystem()
        let engine = try TextEngine(
            fonts: fonts, stacks: [.body: Fixture.bodyStack, .latin: ["DejaVu Sans"]],
            fallback: Fixture.fallback)
        let line = try engine.shapeLine("GDP增长6.5%", role: .body, size: 16, color: .black)
        #expect(line.runs.map(\.run.text) == ["GDP", "增长", "6.5%"])
        #expect(line.runs.map(\.run.font.family) == ["DejaVu Sans", "FandolFang", "DejaVu Sans"])
        #expect(engine.faceReport().contains { $0.role == .latin && $0.face.face.family == "DejaVu Sans" })
    }
}
