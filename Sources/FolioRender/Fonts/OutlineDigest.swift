import CHarfBuzzSubset

/// Every glyph of a face drawn through HarfBuzz (at the face's own units), folded command by command into a
/// 64-bit FNV-1a hash with a command count: two faces whose digests are equal draw the same outlines, whatever
/// their subroutines or hints (a chance collision is 2⁻⁶⁴; the inputs are fonts, not adversaries).
struct OutlineDigest: Equatable {
    /// The hash of every command code (0 move, 1 line, 2 quadratic, 3 cubic, 4 close, 5 end of glyph) and
    /// coordinate, in order.
    private(set) var hash: UInt64 = 0xCBF2_9CE4_8422_2325   // FNV-1a offset basis
    /// How many path commands were drawn (end-of-glyph marks not counted).
    private(set) var commands = 0

    /// Whether any glyph drew a path command.
    var drawsSomething: Bool { commands > 0 }

    /// Draws glyphs `0..<glyphCount` of `face`.
    init(face: OpaquePointer, glyphCount: Int) {
        guard let font = hb_font_create(face), let funcs = hb_draw_funcs_create() else { return }
        defer { hb_font_destroy(font); hb_draw_funcs_destroy(funcs) }
        // The callbacks fold into the digest through `draw_data` in place: FandolFang's subset alone draws
        // ~50,000 commands, and an array of them cost more than HarfBuzz's drawing.
        hb_draw_funcs_set_move_to_func(
            funcs,
            { _, data, _, x, y, _ in
                OutlineDigest.at(data)?.pointee.add(command: 0, x, y)
            }, nil, nil)
        hb_draw_funcs_set_line_to_func(
            funcs,
            { _, data, _, x, y, _ in
                OutlineDigest.at(data)?.pointee.add(command: 1, x, y)
            }, nil, nil)
        hb_draw_funcs_set_quadratic_to_func(
            funcs,
            { _, data, _, cx, cy, x, y, _ in
                OutlineDigest.at(data)?.pointee.add(command: 2, cx, cy, x, y)
            }, nil, nil)
        hb_draw_funcs_set_cubic_to_func(
            funcs,
            { _, data, _, c1x, c1y, c2x, c2y, x, y, _ in
                OutlineDigest.at(data)?.pointee.add(command: 3, c1x, c1y, c2x, c2y, x, y)
            }, nil, nil)
        hb_draw_funcs_set_close_path_func(
            funcs, { _, data, _, _ in OutlineDigest.at(data)?.pointee.add(command: 4) }, nil, nil)
        hb_draw_funcs_make_immutable(funcs)
        withUnsafeMutablePointer(to: &self) { digest in
            for glyph in 0..<glyphCount {
                hb_font_get_glyph_shape(font, hb_codepoint_t(glyph), funcs, digest)
                digest.pointee.fold(5)
            }
        }
    }

    /// The digest behind a callback's `draw_data`.
    private static func at(_ data: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<OutlineDigest>? {
        data?.assumingMemoryBound(to: OutlineDigest.self)
    }

    private mutating func add(command: UInt32, _ coordinates: Float...) {
        commands += 1
        fold(command)
        for value in coordinates { fold(value.bitPattern) }
    }

    /// FNV-1a over the four bytes of `word`.
    private mutating func fold(_ word: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) {
            hash = (hash ^ UInt64((word >> UInt32(shift)) & 0xFF)) &* 0x0000_0100_0000_01B3
        }
    }
}
