import FolioDisplay
import Testing
@testable import FolioText

/// R15/R17, the tight line's last resort (issue 16, item 1): an isolated clause mark in mid-line gives up more
/// than ¼ em (down to ½ em), the gaps between full-width characters close by at most 0.04 em, and last an isolated
/// 。？！ gives up more than ¼ em (down to ½ em), only on a line
/// whose alternative — ending before its last unbreakable run — would be letter-spaced past 0.08 em.
@Suite struct LastResortTests {
    /// A paragraph opening with `cells` cells (Han, with a comma after the tenth; the first line has 26 after
    /// the indent), then the unbreakable `figure` ("12345.67万，": the
    /// test engine knows no unit names, a figure keeps the character after it), then more Han.
    static func text(cells: Int, figure: String, mark: Character = "，") -> String {
        let han = Cases.filler
        return String(han[0..<10]) + String(mark) + String(han[10..<(cells - 1)]) + figure + String(han[20..<40]) + "。"
    }

    /// The paragraph with the squeezes on; `hang` lets the comma after the figure hang instead of the last
    /// resort (off here: these tests are of the last resort itself; `HangingMarkTests` has it on).
    static func spec(_ text: String, hang: Bool = false) -> ParagraphSpec {
        var spec = Fixture.body(text)
        spec.punctuation.squeeze = true
        spec.punctuation.hangLineEnd = hang
        return spec
    }

    /// Each character of `line` with where its advance box starts and ends, in points.
    static func characters(_ line: ShapedLine) -> [(text: String, x: Double, end: Double)] {
        var out: [(text: String, x: Double, end: Double)] = []
        for positioned in line.runs {
            let run = positioned.run
            let bytes = Array(run.text.utf8)
            var b = 0, g = 0
            for cluster in run.clusters {
                let text = String(decoding: bytes[b..<(b + cluster.byteCount)], as: UTF8.self)
                let glyphs = run.glyphs[g..<(g + cluster.glyphCount)]
                b += cluster.byteCount; g += cluster.glyphCount
                guard let first = glyphs.first else { continue }
                let x = (positioned.x + first.x).value
                out.append((text, x, x + glyphs.reduce(0.0) { $0 + $1.advance.value }))
            }
        }
        return out
    }

    /// The gap after the first `mark` of `line` and the tightest and loosest gap between two Han characters, em.
    static func gaps(
        _ line: ShapedLine, after mark: String = "，"
    ) -> (mark: Double, tightest: Double, loosest: Double) {
        let chars = characters(line)
        var markGap = Double.nan, tightest = 0.0, loosest = 0.0
        for (a, b) in zip(chars, chars.dropFirst()) {
            let gap = (b.x - a.end) / 16
            if a.text == mark && markGap.isNaN { markGap = gap }
            if Cases.filler.contains(Character(a.text)) && Cases.filler.contains(Character(b.text)) {
                tightest = min(tightest, gap); loosest = max(loosest, gap)
            }
        }
        return (markGap, tightest, loosest)
    }

    /// No other solution: ending before "12345.67万，" leaves 5 cells over 20 gaps (0.25 em each); taking it in
    /// needs more than the line-end mark, the light squeeze and the Han–digit gaps give, so the comma goes to
    /// half width and the gaps close, within their bounds.
    @Test func aMidLineCommaGivesHalfAnEmWhenTheLineWouldOtherwiseBeLetterSpaced() throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Self.spec(Self.text(cells: 21, figure: "12345.67万，")))
        let first = try #require(p.lines.first)
        #expect(p.lineTexts.first?.hasSuffix("12345.67万，") == true, "\(p.lineTexts)")
        let (comma, tightest, loosest) = Self.gaps(first)
        #expect(comma < -0.26 && comma > -0.49, "the comma gave \(-comma) em")
        #expect(tightest >= -TextEngine.maxCondense - 1e-6 && loosest <= 1e-6, "Han–Han \(tightest)…\(loosest) em")
        #expect(abs(first.width.value - Fixture.width.value) < 0.01)
    }

    /// clreq step 7 last: a mid-line 。 gives up its second quarter em only after the gaps have closed by the full
    /// `maxCondense`, as the last resort's final tier. With "12345.67万，" the light squeeze (¼ em) and part of the
    /// condensing take the figure in; with "1234567.8万，" all of the condensing and more than ¼ em of the 。 do.
    @Test(arguments: [("12345.67万，", false), ("1234567.8万，", true)])
    func aMidLineFullStopGivesItsSecondQuarterLast(figure: String, pastAQuarter: Bool) throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Self.spec(Self.text(cells: 21, figure: figure, mark: "。")))
        let first = try #require(p.lines.first)
        #expect(p.lineTexts.first?.hasSuffix(figure) == true, "\(p.lineTexts)")
        let (stop, tightest, _) = Self.gaps(first, after: "。")
        if pastAQuarter {
            #expect(stop < -0.26 && stop > -0.5, "the full stop gave \(-stop) em")
            #expect(abs(tightest + TextEngine.maxCondense) < 1e-6, "Han–Han from \(tightest) em")
        } else {
            #expect(abs(stop + 0.25) < 1e-6, "the full stop gave \(-stop) em")
            #expect(tightest > -TextEngine.maxCondense + 1e-3, "Han–Han from \(tightest) em")
        }
        #expect(abs(first.width.value - Fixture.width.value) < 0.01)
    }

    /// Another solution exists: ending before "5万，" leaves one cell over 24 gaps (0.04 em each), so the comma
    /// keeps its em and the figure starts the next line, although squeezing the comma to half width and closing
    /// the gaps would take it in.
    @Test func aMidLineCommaKeepsItsEmWhenAnotherBreakIsWithinTheBound() throws {
        let engine = try #require(Fixture.engine)
        let p = try engine.layoutParagraph(Self.spec(Self.text(cells: 25, figure: "5万，")))
        let first = try #require(p.lines.first)
        #expect(p.lineTexts.dropFirst().first?.hasPrefix("5万，") == true, "\(p.lineTexts)")
        let (comma, tightest, loosest) = Self.gaps(first)
        #expect(comma >= 0 && tightest >= 0, "comma \(comma) em, Han–Han from \(tightest) em")
        #expect(loosest <= BreakOptimizer.maxLetterSpacing + 1e-6)
    }

    /// The rule itself, on the breaker: the tight first line of each paragraph above fits only with the last
    /// resort; it is allowed (and priced below a loose line) where the line ending before the figure would be
    /// letter-spaced past the bound, and overfull where it would not (though the line fits with it: it is not cut).
    @Test(arguments: [(21, "12345.67万，", true), (25, "5万，", false)])
    func theLastResortIsAllowedOnlyWhereTheAlternativeIsLoose(cells: Int, figure: String, allowed: Bool) throws {
        let engine = try #require(Fixture.engine)
        let text = Self.text(cells: cells, figure: figure)
        let spans = [TextSpan(text: text, role: .body, size: 16)]
        let options = PunctuationOptions(squeeze: true).effective
        let grid = GridSpec(pitch: Fixture.pitch.value, referenceSize: 16)
        let segment = try #require(SourceText.segments(spans, dropHanLatinSpaces: true).first)
        let store = try engine.locked { try engine.makeUnits(segment, spans: spans, grid: grid) }
        let bounds = try engine.boundaries(store, options: options, gridPadPitch: nil)
        let optimizer = BreakOptimizer(
            units: store.units, bounds: bounds, width: Fixture.width.value, firstIndent: Fixture.indent.value,
            trimLineEnd: options.trimLineEnd)
        let figureStart = cells   // the units before it: the comma and `cells` − 1 Han
        let end = figureStart + figure.count
        #expect(store.text(of: figureStart..<end) == figure)
        #expect(optimizer.lastResortAllowed(0, alternative: figureStart) == allowed)
        let (cost, overfull) = optimizer.cost(0, end)
        #expect(optimizer.emergencySplit(0..<end) == [0..<end], "the line fits with the last resort")
        #expect(overfull == !allowed)
        if allowed {
            #expect(cost >= BreakOptimizer.lastResortPenalty && cost < BreakOptimizer.looseLinePenalty)
        } else {
            #expect(cost >= BreakOptimizer.overfullCost)
        }
    }
}

/// clreq §3.1.7 (`PunctuationOptions.hangLineEnd`): where the light squeezes leave the tight line too long and the
/// line ending before its figure would be letter-spaced past the bound, the comma after the figure hangs past the
/// right edge (its glyph starts at the measure) before the last resort squeezes a mid-line comma, and rather than
/// the line before it spreading.
@Suite struct HangingMarkTests {
    /// The first line of the test paragraph with `figure` after 20 cells, laid out with hanging on; it must end
    /// with the figure and its comma, the comma starting at the measure.
    static func hungFirstLine(figure: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ShapedLine {
        let engine = try #require(Fixture.engine)
        let text = LastResortTests.text(cells: 21, figure: figure)
        let p = try engine.layoutParagraph(LastResortTests.spec(text, hang: true))
        let first = try #require(p.lines.first)
        #expect(p.lineTexts.first?.hasSuffix(figure) == true, "\(p.lineTexts)", sourceLocation: sourceLocation)
        let comma = try #require(LastResortTests.characters(first).last)
        #expect(
            comma.text == "，" && abs(comma.x - Fixture.width.value) < 0.01, "the comma starts at \(comma.x)",
            sourceLocation: sourceLocation)
        #expect(abs(first.width.value - Fixture.width.value) < 0.01, sourceLocation: sourceLocation)
        return first
    }

    /// The tight line overruns the last resort by less than the comma's half that is left after the line-end
    /// compression: the comma hangs and the line keeps its gaps within the bounds. Without the option the line
    /// ends before the figure, letter-spaced past the bound.
    @Test func theCommaAfterAFigureHangsWhereTheLineBeforeItWouldSpread() throws {
        let first = try Self.hungFirstLine(figure: "12345678.9万，")
        let (_, tightest, loosest) = LastResortTests.gaps(first)
        #expect(tightest >= -TextEngine.maxCondense - 1e-6 && loosest <= BreakOptimizer.maxLetterSpacing + 1e-6)

        let engine = try #require(Fixture.engine)
        let text = LastResortTests.text(cells: 21, figure: "12345678.9万，")
        let loose = try #require(try engine.layoutParagraph(LastResortTests.spec(text)).lines.first)
        #expect(LastResortTests.characters(loose).last?.text != "，")
        #expect(LastResortTests.gaps(loose).loosest > BreakOptimizer.maxLetterSpacing)
    }

    /// Where the last resort would take the figure in (`LastResortTests`: the mid-line comma at ½ em, the gaps
    /// closed), the comma after the figure hangs instead: the mid-line comma keeps at least ¾ em and no gap
    /// closes (issue 16: a mid-line mark keeps its width unless no other solution exists).
    @Test func theCommaHangsBeforeTheLastResortSqueezesAMidLineComma() throws {
        let first = try Self.hungFirstLine(figure: "12345.67万，")
        let (midLine, tightest, _) = LastResortTests.gaps(first)
        #expect(midLine >= -0.25 - 1e-6 && tightest >= -1e-6, "mid-line comma \(midLine) em, Han–Han \(tightest) em")
    }
}
