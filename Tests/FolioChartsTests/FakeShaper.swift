import FolioDisplay

/// A text engine without fonts: 1 em per CJK character, 0.5 em otherwise, ascent 0.88 em, descent 0.12 em,
/// one fake glyph (its scalar value) per character.
struct FakeShaper: TextShaping {
    static let font = FontFace(path: "/fake/font.otf", index: 0, family: "Fake")

    /// The advance of one character in ems.
    static func ems(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        let wide =
            (0x2E80...0x9FFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x3000...0x303F).contains(v)
            || v == 0x201C || v == 0x201D || v == 0x2014
        return wide ? 1 : 0.5
    }

    /// The width of `text` at `size`.
    static func width(_ text: String, size: Pt) -> Pt {
        size * text.unicodeScalars.reduce(0) { $0 + ems($1) }
    }

    func shapeLine(_ text: String, role: FontRole, size: Pt, color: Color) throws -> ShapedLine {
        var glyphs: [PlacedGlyph] = [], clusters: [TextCluster] = [], x = Pt.zero
        for scalar in text.unicodeScalars {
            glyphs.append(PlacedGlyph(id: scalar.value, x: x))
            clusters.append(TextCluster(byteCount: String(scalar).utf8.count, glyphCount: 1))
            x += size * Self.ems(scalar)
        }
        let run = GlyphRun(font: Self.font, size: size, color: color, glyphs: glyphs, text: text, clusters: clusters)
        return ShapedLine(
            width: x, ascent: size * 0.88, descent: size * 0.12, runs: [PositionedRun(run: run, x: .zero)])
    }
}
