import CHarfBuzzSubset

/// Re-subsets a CID-keyed CFF font program that Cairo embedded: same glyphs, same glyph ids and CIDs,
/// without the rest of the original font's subroutine INDEXes and without hints.
///
/// Cairo 1.16's CFF subsetter copies the local and global subroutine INDEXes of the font it subsets: a Noto CJK
/// subset of a dozen glyphs still carries ~30,000 subroutine entries (≈ 50 KB deflated). HarfBuzz's subsetter,
/// asked for every glyph of that subset with their ids retained, writes the same outlines with only what they use.
/// Its result is kept only if it is smaller, has the same CID skeleton (`CFFStructure`) and draws every glyph
/// with exactly the same outline commands as the input; otherwise the caller keeps Cairo's program.
enum CFFSubsetter {
    /// HarfBuzz flag sets tried, smallest result wins. Every set retains glyph ids (the PDF's /W and content
    /// streams address glyphs by CID = glyph id, Cairo writes an identity charset) and drops hints: a PDF is
    /// printed or viewed at a zoom, and the readers render these CJK faces the same without them (measured on
    /// the bundled report: rasters at 100 and 300 dpi pixel-identical in poppler, MuPDF and Ghostscript).
    /// With desubroutinization the few subroutines still used are inlined (smaller for the report's faces);
    /// without it HarfBuzz subsets the subroutines, which can win when a face contributes thousands of glyphs.
    static let flagSets: [UInt32] = [
        HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue
            | HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue,
        HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue,
    ]

    /// The CFF table's tag, 'CFF '.
    static let cffTag: hb_tag_t = 0x4346_4620

    /// A smaller program with the same glyphs, or `nil` when `program` is not a CID-keyed CFF, HarfBuzz
    /// cannot subset it, or no result is both smaller and verified equivalent.
    static func compact(_ program: [UInt8]) -> [UInt8]? {
        // A program without subroutines (FandolFang, FandolKai) would only lose its hints: a few per cent of its
        // size for the cost of re-deflating, subsetting and verifying every glyph. Cairo's program stays
        // (the measurement is in Benchmarks/README.md).
        guard let structure = CFFStructure(program), structure.hasSubroutines,
            let face = wrap(program, glyphCount: structure.cids.count)
        else { return nil }
        defer { hb_face_destroy(face) }
        let reference = OutlineDigest(face: face, glyphCount: structure.cids.count)
        // HarfBuzz draws nothing from a CFF table it refuses; with nothing drawn there is nothing to compare.
        guard reference.drawsSomething else { return nil }
        var best: [UInt8]?
        for flags in flagSets {
            guard let candidate = subset(face, glyphCount: structure.cids.count, flags: flags),
                candidate.count < (best?.count ?? program.count),
                CFFStructure(candidate) == structure,
                let candidateFace = wrap(candidate, glyphCount: structure.cids.count)
            else { continue }
            let digest = OutlineDigest(face: candidateFace, glyphCount: structure.cids.count)
            hb_face_destroy(candidateFace)
            if digest == reference { best = candidate }
        }
        return best
    }

    /// An in-memory OpenType face holding `program` as its 'CFF ' table and a version 0.5 'maxp' (the glyph
    /// count, all HarfBuzz needs of it for a CFF face: OpenType spec, "maxp — Version 0.5").
    private static func wrap(_ program: [UInt8], glyphCount: Int) -> OpaquePointer? {
        guard glyphCount > 0, glyphCount <= 0xFFFF, program.count < Int(UInt32.max) else { return nil }
        let maxp: [UInt8] = [0x00, 0x00, 0x50, 0x00, UInt8(glyphCount >> 8), UInt8(glyphCount & 0xFF)]
        guard let builder = hb_face_builder_create() else { return nil }
        defer { hb_face_destroy(builder) }
        for (tag, bytes) in [(cffTag, program), (0x6D61_7870 as hb_tag_t, maxp)] {
            let blob = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        hb_blob_create($0, UInt32(buffer.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
                    }
                }
            }
            guard let blob else { return nil }
            let added = hb_face_builder_add_table(builder, tag, blob)
            hb_blob_destroy(blob)
            guard added != 0 else { return nil }
        }
        guard let font = hb_face_reference_blob(builder) else { return nil }
        defer { hb_blob_destroy(font) }
        let face = hb_face_create(font, 0)
        guard let face, hb_face_get_glyph_count(face) == UInt32(glyphCount) else {
            hb_face_destroy(face); return nil
        }
        return face
    }

    /// The 'CFF ' table of `face` subset to all its glyphs with `flags`, or `nil` when HarfBuzz fails.
    private static func subset(_ face: OpaquePointer, glyphCount: Int, flags: UInt32) -> [UInt8]? {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        hb_set_add_range(hb_subset_input_glyph_set(input), 0, hb_codepoint_t(glyphCount - 1))
        hb_subset_input_set_flags(input, flags)
        guard let result = hb_subset_or_fail(face, input) else { return nil }
        defer { hb_face_destroy(result) }
        guard let table = hb_face_reference_table(result, cffTag) else { return nil }
        defer { hb_blob_destroy(table) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(table, &length), length > 0 else { return nil }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }
}
