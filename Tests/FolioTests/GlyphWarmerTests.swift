import Testing
import FolioDisplay
@testable import FolioRender

/// Issue 8: the warming thread tells a glyph it has already loaded by one bit per glyph id.
@Suite("Glyph warming") struct GlyphWarmerTests {
    static func glyphs(_ ids: [UInt32]) -> [PlacedGlyph] {
        ids.map { PlacedGlyph(id: $0, x: .zero, y: .zero) }
    }

    @Test("each glyph id is new once, whatever the order and however often it repeats")
    func bitsReportEachIdOnce() {
        var bits = GlyphBits()
        var new: [UInt32] = []
        bits.insertNew(Self.glyphs([5, 64, 5, 0, 65_535, 63]), into: &new)
        #expect(new == [5, 64, 0, 65_535, 63])
        new.removeAll()
        bits.insertNew(Self.glyphs([63, 64, 65, 5]), into: &new)
        #expect(new == [65])
        new.removeAll()
        bits.insertNew(Self.glyphs([70_000]), into: &new)   // not an OpenType glyph id: left to the drawing
        #expect(new.isEmpty)
    }
}
