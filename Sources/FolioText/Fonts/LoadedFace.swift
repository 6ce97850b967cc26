import CFreeType
import CHarfBuzz
import FolioDisplay

/// One glyph as HarfBuzz positioned it, in em (font units divided by units-per-em).
struct RawGlyph: Hashable, Sendable {
    /// Glyph index in the face.
    var id: UInt32
    /// HarfBuzz cluster: UTF-8 byte offset in the shaped text.
    var cluster: Int
    /// Horizontal advance, em.
    var advance: Double
    /// Horizontal offset, em.
    var xOffset: Double
    /// Vertical offset, em, upwards (HarfBuzz convention).
    var yOffset: Double
}

/// A face opened once: FreeType for character coverage, HarfBuzz (hb-ft face, hb-ot metrics) for shaping.
/// Not thread-safe: used only under `FontSystem`'s lock.
final class LoadedFace {
    /// Units per em of the face.
    let unitsPerEm: Double
    private let ftFace: FT_Face
    private let hbFont: OpaquePointer
    private var coverage: [UInt32: Bool] = [:]

    init(path: String, index: Int, library: FT_Library) throws {
        var face: FT_Face?
        let err = FT_New_Face(library, path, FT_Long(index), &face)
        guard err == 0, let face else { throw TextError.cannotOpenFont(path: path, index: index, code: err) }
        let upem = max(Int32(face.pointee.units_per_EM), 1)
        // hb-ft reads the OpenType tables through FreeType (FT_Load_Sfnt_Table), so the file is opened once;
        // hb_font_create then uses HarfBuzz's own OpenType metrics, unhinted, in font units.
        guard let hbFace = hb_ft_face_create_referenced(face), let font = hb_font_create(hbFace) else {
            FT_Done_Face(face)
            throw TextError.cannotOpenFont(path: path, index: index, code: -1)
        }
        hb_face_destroy(hbFace)
        hb_font_set_scale(font, upem, upem)
        ftFace = face
        hbFont = font
        unitsPerEm = Double(upem)
    }

    /// Releases the HarfBuzz font and the FreeType face (before the FreeType library goes).
    func close() {
        hb_font_destroy(hbFont)
        FT_Done_Face(ftFace)
    }

    /// Whether the face has a glyph for the scalar (FT_Get_Char_Index ≠ 0).
    func covers(_ scalar: Unicode.Scalar) -> Bool {
        if let known = coverage[scalar.value] { return known }
        let has = FT_Get_Char_Index(ftFace, FT_ULong(scalar.value)) != 0
        coverage[scalar.value] = has
        return has
    }

    /// Shapes `text` left to right with language zh-Hans (so “” are full width in Noto CJK SC),
    /// the given script, and `fwid` on the given UTF-8 byte ranges.
    func shape(_ text: String, script: ShapeScript, fullWidthRanges: [Range<Int>]) -> [RawGlyph] {
        guard let buffer = hb_buffer_create() else { return [] }
        defer { hb_buffer_destroy(buffer) }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                hb_buffer_add_utf8(buffer, $0, Int32(bytes.count), 0, Int32(bytes.count))
            }
        }
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        hb_buffer_set_script(buffer, script == .han ? HB_SCRIPT_HAN : HB_SCRIPT_LATIN)
        hb_buffer_set_language(buffer, hb_language_from_string("zh-Hans", -1))
        let fwid = hb_tag_from_string(ShapingFeatures.fullWidth, 4)
        let features = fullWidthRanges.map {
            hb_feature_t(tag: fwid, value: 1, start: UInt32($0.lowerBound), end: UInt32($0.upperBound))
        }
        features.withUnsafeBufferPointer { hb_shape(hbFont, buffer, $0.baseAddress, UInt32($0.count)) }
        return glyphs(of: buffer)
    }

    private func glyphs(of buffer: OpaquePointer) -> [RawGlyph] {
        var count: UInt32 = 0
        guard let infos = hb_buffer_get_glyph_infos(buffer, &count) else { return [] }
        var posCount: UInt32 = 0
        guard let positions = hb_buffer_get_glyph_positions(buffer, &posCount), posCount == count else { return [] }
        let scale = 1 / unitsPerEm
        return (0..<Int(count)).map { i in
            RawGlyph(
                id: infos[i].codepoint, cluster: Int(infos[i].cluster),
                advance: Double(positions[i].x_advance) * scale,
                xOffset: Double(positions[i].x_offset) * scale,
                yOffset: Double(positions[i].y_offset) * scale)
        }
    }
}

/// The script a run is shaped with: Han for everything in CJK text, Latin for pure-ASCII runs.
enum ShapeScript: Hashable, Sendable {
    case han
    case latin
}
