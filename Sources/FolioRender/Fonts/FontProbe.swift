import CFreeType
import FolioDisplay

/// Small font look-ups for tests and tools that need a glyph id without the text engine.
public enum FontProbe {
    /// The glyph id that `scalar` maps to in `font` through its cmap (0 when the font lacks it).
    public static func glyph(for scalar: Unicode.Scalar, in font: FontFace) throws -> UInt32 {
        try withFace(font) { face in UInt32(FT_Get_Char_Index(face, FT_ULong(scalar.value))) }
    }

    /// The horizontal advance of `glyph` in `font` at `size`, unhinted.
    public static func advance(of glyph: UInt32, in font: FontFace, size: Pt) throws -> Pt {
        try withFace(font) { face in
            let unitsPerEm = Double(face.pointee.units_per_EM)
            guard unitsPerEm > 0, FT_Load_Glyph(face, glyph, FT_Int32(FT_LOAD_NO_SCALE)) == 0,
                let slot = face.pointee.glyph
            else { return size }
            return Pt(Double(slot.pointee.advance.x) / unitsPerEm * size.value)
        }
    }

    private static func withFace<T>(_ font: FontFace, _ body: (FT_Face) throws -> T) throws -> T {
        let library = try FreeTypeLibrary()
        let face = try library.openFace(path: font.path, index: font.index)
        defer { FT_Done_Face(face) }
        return try body(face)
    }
}
