import FolioDisplay
import Testing
@testable import FolioText

/// The plain-value units: byte and glyph ranges into a per-segment store, interned faces.
@Suite struct UnitStoreTests {
    /// Mixed text: Han, Latin in another face, a decomposed é (two scalars, one character), a ligated ——,
    /// a compressed punctuation pair and digits.
    static let mixed = "2020年GDP增长e\u{301}8.5%——“创新”，（一）完成"

    /// Units made from `text` as one body span, under the engine's lock (as the engine calls it).
    static func store(_ engine: TextEngine, _ text: String, span: TextSpan? = nil) throws -> UnitStore {
        let span = span ?? TextSpan(text: text, role: .body, size: 16)
        let chars = SourceText.segments([span], dropHanLatinSpaces: true).joined()
        engine.lock.lock(); defer { engine.lock.unlock() }
        return try engine.makeUnits(Array(chars), spans: [span], grid: nil)
    }

    @Test func unitsTileTheTextAndTheGlyphs() throws {
        let engine = try #require(Fixture.engine)
        let store = try Self.store(engine, Self.mixed)
        #expect(String(decoding: store.text, as: UTF8.self) == Self.mixed)
        var byte = 0, glyph = 0, utf16 = 0
        for unit in store.units {
            #expect(unit.bytes.lowerBound == byte)
            #expect(unit.glyphs.lowerBound == glyph)
            #expect(!unit.bytes.isEmpty)
            byte = unit.bytes.upperBound; glyph = unit.glyphs.upperBound; utf16 += unit.utf16Count
        }
        #expect(byte == store.text.count)
        #expect(glyph == store.glyphs.count)
        #expect(utf16 == Self.mixed.utf16.count)
        #expect(store.text(of: 0..<store.units.count) == Self.mixed)
        #expect(store.text(of: 3..<3).isEmpty)
    }

    @Test func decomposedCharacterStaysOneUnitWithItsScalars() throws {
        let engine = try #require(Fixture.engine)
        let store = try Self.store(engine, Self.mixed)
        let acute = try #require(store.units.first { $0.last.value == 0x301 })
        #expect(acute.first == "e")
        #expect(acute.cells == 1)
        #expect(acute.utf16Count == 2)
        #expect(store.text(of: 0..<0).isEmpty)
    }

    @Test func facesAreInternedOncePerFace() throws {
        let engine = try #require(Fixture.engine)
        let store = try Self.store(engine, Self.mixed)
        let again = try Self.store(engine, Self.mixed)
        #expect(store.units.map(\.face) == again.units.map(\.face))
        engine.lock.lock(); defer { engine.lock.unlock() }
        #expect(Set(engine.faceTable).count == engine.faceTable.count)
        for (i, face) in engine.faceTable.enumerated() { #expect(engine.intern(face) == i) }
    }

    @Test func boldSpanGetsItsOwnFaceChoice() throws {
        let engine = try #require(Fixture.engine)
        let plain = try Self.store(engine, "公文", span: TextSpan(text: "公文", role: .body, size: 16))
        let bold = try Self.store(engine, "公文", span: TextSpan(text: "公文", role: .body, size: 16, bold: true))
        engine.lock.lock(); defer { engine.lock.unlock() }
        let plainFace = try #require(plain.units.first.map { engine.faceTable[$0.face] })
        let boldFace = try #require(bold.units.first.map { engine.faceTable[$0.face] })
        #expect(plainFace != boldFace)
    }

    @Test func shapedRunsCarryTheirTextAndClusters() throws {
        let engine = try #require(Fixture.engine)
        let layout = try engine.layoutParagraph(Fixture.body(Self.mixed))
        let runs = layout.lines.flatMap(\.runs).map(\.run)
        #expect(runs.map(\.text).joined() == Self.mixed)
        for run in runs {
            #expect(run.clusters.map(\.byteCount).reduce(0, +) == run.text.utf8.count)
            #expect(run.clusters.map(\.glyphCount).reduce(0, +) == run.glyphs.count)
        }
        #expect(layout.lineTexts.joined() == Self.mixed)
    }

    @Test func shapeKeysCompareTextAndFace() {
        let a = ShapeKey(text: Array("公文".utf8), face: 0)
        #expect(a == ShapeKey(text: Array("公文".utf8), face: 0))
        #expect(a.hashValue == ShapeKey(text: Array("公文".utf8), face: 0).hashValue)
        #expect(a != ShapeKey(text: Array("公文".utf8), face: 1))
        #expect(a != ShapeKey(text: Array("公".utf8), face: 0))
    }
}

/// R15: a light squeeze in mid-line (¼ em at most) and typed enumerators that keep their width.
@Suite struct SqueezeBoundTests {
    static let options = PunctuationOptions(squeeze: true)

    @Test func anIsolatedMarkGivesUpAtMostAQuarterEm() throws {
        let engine = try #require(Fixture.engine)
        let store = try UnitStoreTests.store(engine, "完成任务，推进工作")
        let bounds = try engine.boundaries(store, options: Self.options, gridPadPitch: nil)
        let comma = try #require(store.units.firstIndex { $0.first == "，" })
        #expect(abs(bounds[comma + 1].squeeze - 0.25 * 16) < 1e-9)
        // The rest of its blank, down to ½ em, only as the tight line's last resort; 。 gives its rest in the
        // last resort's final tier (clreq step 7), never in the clause marks' tier.
        let deep = bounds[comma + 1].squeezeDeep
        #expect(deep > 0.2 * 16 && deep + bounds[comma + 1].squeeze <= 0.5 * 16)
        #expect(bounds[comma + 1].condense == 0 && bounds[comma].condense > 0)
        #expect(bounds[comma + 1].squeezeStopDeep == 0)
        let stop = try UnitStoreTests.store(engine, "完成任务。推进工作")
        let stopBounds = try engine.boundaries(stop, options: Self.options, gridPadPitch: nil)
        let full = try #require(stop.units.firstIndex { $0.first == "。" })
        #expect(stopBounds[full + 1].squeezeDeep == 0)
        let late = stopBounds[full + 1].squeezeLate, final = stopBounds[full + 1].squeezeStopDeep
        #expect(abs(late - 0.25 * 16) < 1e-9 && final > 0.2 * 16 && late + final <= 0.5 * 16)
    }

    @Test(arguments: ["（4）提前下达专项转移支付", "（二）坚持政治引领"])
    func aTypedEnumeratorAtTheStartKeepsItsWidth(text: String) throws {
        let engine = try #require(Fixture.engine)
        let store = try UnitStoreTests.store(engine, text)
        let bounds = try engine.boundaries(store, options: Self.options, gridPadPitch: nil)
        let close = try #require(store.units.firstIndex { $0.first == "）" })
        #expect(TextEngine.enumeratorEnd(store.units) == close)
        #expect(bounds[close + 1].squeeze == 0)
        #expect(bounds[close + 1].squeezeDeep == 0 && bounds[close + 1].condense == 0)
        // The same bracket later in a sentence may give up its quarter em.
        let later = try UnitStoreTests.store(engine, "推进" + text)
        let laterBounds = try engine.boundaries(later, options: Self.options, gridPadPitch: nil)
        let laterClose = try #require(later.units.firstIndex { $0.first == "）" })
        #expect(TextEngine.enumeratorEnd(later.units) == nil)
        #expect(laterBounds[laterClose + 1].squeeze > 0)
    }
}

/// R13: a break after an ASCII closing bracket before a figure inside Chinese text, never inside a Western word.
@Suite struct ClosingBracketBreakTests {
    /// Whether a line may break after the first occurrence of `close` in `text`.
    static func breaksAfter(_ close: Character, in text: String) throws -> Bool {
        let engine = try #require(Fixture.engine)
        let store = try UnitStoreTests.store(engine, text)
        let allowed = try BreakOpportunities.find(store)
        let index = try #require(store.units.firstIndex { $0.last == close.unicodeScalars.first })
        return allowed[index + 1]
    }

    /// Both as published (turpan 2025, page 1 and the health section): after the bracket, before the figure.
    @Test(arguments: ["全年实现地区生产总值(GDP)668.10亿元，", "妇幼保健院(所、站)4个，", "地区生产总值[GDP]668亿元"])
    func aParentheticalOpenedAfterHanMayEndALine(text: String) throws {
        #expect(try Self.breaksAfter(text.contains(")") ? ")" : "]", in: text))
    }

    /// UAX #14 LB30 still holds where the bracket is not inside Chinese text, and a figure keeps its unit.
    @Test(arguments: ["the (GDP)668 figure", "(GDP)668亿元", "共有GDP(2)3项"])
    func elsewhereTheBracketKeepsTheFigure(text: String) throws {
        #expect(try !Self.breaksAfter(")", in: text))
    }
}
