import FolioDisplay
import Testing
@testable import FolioText

@Suite struct ParagraphTests {
    static let allTexts = [Cases.seed, Cases.figures] + Cases.tokens.flatMap { Cases.paragraphs($0.token) }

    /// Right edge of the line's last glyph advance box, measured from the glyph positions: the last glyph's
    /// x plus its advance (one grid cell for the full-width characters these lines end with, less the blank a
    /// line-end mark gives up to fit).
    static func lastEdge(_ line: ShapedLine) -> Double? {
        guard let run = line.runs.last, let glyph = run.run.glyphs.last else { return nil }
        return (run.x + glyph.x + glyph.advance).value
    }

    /// Where the line's last glyph starts, points.
    static func lastOrigin(_ line: ShapedLine) -> Double? {
        guard let run = line.runs.last, let glyph = run.run.glyphs.last else { return nil }
        return (run.x + glyph.x).value
    }

    @Test func everyNonFinalJustifiedLineEndsAtTheWidth() throws {
        let engine = try #require(Fixture.engine)
        for text in Self.allTexts {
            let p = try engine.layoutParagraph(Fixture.body(text))
            for (i, line) in p.lines.dropLast().enumerated() {
                #expect(abs(line.width.value - Fixture.width.value) < 0.01, "\(p.lineTexts[i])")
                guard let last = p.lineTexts[i].unicodeScalars.last, CharClass.isWide(last) else { continue }
                let edge = try #require(Self.lastEdge(line))
                // clreq §3.1.7: a pause or stop mark that hangs starts at the edge instead of ending there.
                let origin = Self.lastOrigin(line) ?? 0
                let hangs =
                    "、，。；：？！".unicodeScalars.contains(last) && edge > Fixture.width.value + 0.1
                    && abs(origin - Fixture.width.value) < 0.1
                #expect(hangs || abs(edge - Fixture.width.value) < 0.1, "\(p.lineTexts[i])")
            }
            let final = try #require(p.lines.last)
            #expect(final.width.value <= Fixture.width.value + 0.01)
        }
    }

    /// A ratio (三次产业结构 “3.4：45.7：50.9”) is one figure: in every position of the line it is set whole on one line
    /// (it was broken after a colon: “3.4：45.7：” / “50.9”, in two real bulletins).
    @Test func aRatioIsNeverBrokenAtItsColons() throws {
        let engine = try #require(Fixture.engine)
        for text in Cases.paragraphs("3.4：45.7：50.9") {
            let p = try engine.layoutParagraph(Fixture.body(text))
            #expect(p.lineTexts.contains { $0.contains("3.4：45.7：50.9") }, "\(p.lineTexts)")
        }
    }

    @Test func fullLineOfHanHoldsExactly28OnTheGrid() throws {
        let engine = try #require(Fixture.engine)
        let han = String(Cases.filler) + String(Cases.filler)
        let p = try engine.layoutParagraph(Fixture.body(han, indent: false))
        #expect(p.lineTexts.first?.count == 28)
        #expect(p.lineTexts.dropLast().allSatisfy { $0.count == 28 })
        let indented = try engine.layoutParagraph(Fixture.body(han))
        #expect(indented.lineTexts.first?.count == 26)
        #expect(indented.lineTexts.dropFirst().dropLast().allSatisfy { $0.count == 28 })
        // Pure Han on the grid needs no stretching: consecutive glyphs are exactly one pitch apart.
        let line = try #require(p.lines.first)
        let xs = line.runs.flatMap { r in r.run.glyphs.map { (r.x + $0.x).value } }
        for k in 1..<xs.count { #expect(abs(xs[k] - xs[k - 1] - Fixture.pitch.value) < 0.001) }
    }

    @Test func firstLineStartsAtTheIndent() throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Fixture.body(Cases.seed))
        let first = try #require(p.lines.first?.runs.first)
        #expect(abs((first.x + (first.run.glyphs.first?.x ?? .zero)).value - Fixture.indent.value) < 0.001)
        let second = try #require(p.lines.dropFirst().first?.runs.first)
        #expect(abs(second.x.value) < 0.001)
    }

    @Test func noLastLineOfASingleCharacter() throws {
        let engine = try #require(Fixture.engine)
        // 26 + 28 cells of Han, then one more character and a full stop: a greedy breaker leaves "想。" alone.
        let text = String(Cases.filler[0..<26]) + String(Cases.filler[0..<28]) + "想。"
        let p = try engine.layoutParagraph(Fixture.body(text))
        let last = try #require(p.lineTexts.last)
        #expect(last.count >= 3, "last line: \(last)")
        Rules.check(p)
        for line in p.lines.dropLast() { #expect(abs(line.width.value - Fixture.width.value) < 0.01) }
    }

    @Test func finalLineKeepsNaturalSpacing() throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Fixture.body("增长很快。"))
        #expect(p.lines.count == 1)
        #expect(abs(try #require(p.lines.first).width.value - (Fixture.indent.value + 5 * Fixture.pitch.value)) < 0.001)
    }

    @Test func mandatoryBreakStartsANewUnindentedLine() throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Fixture.body("第一行\n第二行"))
        #expect(p.lineTexts == ["第一行", "第二行"])
        #expect(p.breakDump == "第一行\n第二行")
        let second = try #require(p.lines.last?.runs.first)
        #expect(abs(second.x.value) < 0.001)
    }

    @Test func emptyParagraphHasNoLines() throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Fixture.body(""))
        #expect(p.lines.isEmpty)
        #expect(p.breakDump == "")
    }

    @Test func trimLineEndHalvesALineEndMark() throws {
        let engine = try #require(Fixture.engine)
        var spec = Fixture.body(String(Cases.filler[0..<25]) + "，" + String(Cases.filler[0..<30]))
        spec.punctuation.trimLineEnd = true
        let p = try engine.layoutParagraph(spec)
        let first = try #require(p.lineTexts.first)
        #expect(first.hasSuffix("，"))
        #expect(abs(try #require(p.lines.first).width.value - Fixture.width.value) < 0.01)
    }

    /// R15 (clreq §3.1.6): an opening quote starting a line at the left edge is set half width (its glyph at
    /// the edge, no notch); one at the first-line indent keeps its em, like the paragraph starts around it.
    @Test func openingQuoteAtTheLeftEdgeIsSetHalfWidth() throws {
        let engine = try #require(Fixture.engine)
        let text = "“" + String(Cases.filler[0..<25]) + "“" + String(Cases.filler[0..<10]) + "。"
        func starts(_ trim: Bool) throws -> [Double] {
            var spec = Fixture.body(text)
            spec.punctuation.trimLineStart = trim
            let p = try engine.layoutParagraph(spec)
            #expect(p.lineTexts.count == 2 && p.lineTexts.last?.hasPrefix("“") == true, "\(p.lineTexts)")
            return p.lines.compactMap { line in line.runs.first.map { ($0.x + ($0.run.glyphs.first?.x ?? .zero)).value }
            }
        }
        let trimmed = try starts(true), full = try starts(false)
        #expect(abs((trimmed.first ?? 0) - Fixture.indent.value) < 0.001)
        let lead = -(trimmed.last ?? 0) / Fixture.pitch.value
        #expect(lead > 0.3 && lead <= 0.5, "the blank trimmed: \(lead) em")
        #expect(abs((full.last ?? 1)) < 0.001)
    }

    /// R16/R17: how a justified line's slack is shared — evenly while Han–Latin gaps stay within ⅓ em; past
    /// 0.08 em of letter-spacing the Han–Latin gaps take the rest up to ½ em; beyond that the other gaps.
    @Test func slackFillsHanLatinGapsToHalfAnEmBeforeLetterSpacing() {
        let em = 16.0
        let even = Spread.shares(22 * 0.05 * em, glued: 2, other: 20, em: em)
        #expect(abs(even.glue - 0.05 * em) < 1e-9 && abs(even.other - 0.05 * em) < 1e-9)
        let wide = Spread.shares(20 * 0.08 * em + 2 * 0.2 * em, glued: 2, other: 20, em: em)
        #expect(abs(wide.glue - 0.2 * em) < 1e-9 && abs(wide.other - 0.08 * em) < 1e-9)
        let loose = Spread.shares(20 * 0.1 * em + 2 * 0.25 * em, glued: 2, other: 20, em: em)
        #expect(abs(loose.glue - 0.25 * em) < 1e-9 && abs(loose.other - 0.1 * em) < 1e-9)
    }

    @Test func layoutIsDeterministic() throws {
        let engine = try #require(Fixture.engine)
        let a = try engine.layoutParagraph(Fixture.body(Cases.figures))
        let b = try engine.layoutParagraph(Fixture.body(Cases.figures))
        #expect(a.lines == b.lines)
    }
}
