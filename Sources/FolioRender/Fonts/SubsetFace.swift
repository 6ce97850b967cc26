import CHarfBuzzSubset
import FolioDisplay

/// A font file cut down by HarfBuzz to the characters a document can use, before Cairo sees it.
///
/// Why: Cairo 1.16 copies a face's whole 'CFF ' table (15–25 MB for a Noto CJK face) when the face is first used
/// (its CID-keyed check) and again in its subsetter at `cairo_surface_finish`; at 1× that was a quarter of a build.
/// Handed this subset instead (0.3–0.5 MB for a Noto face cut to the whole
/// report's characters), Cairo copies that. Glyphs are renumbered by HarfBuzz; `newIDs`
/// maps the ids the text engine shaped with (the original face's) to the subset's. Cairo numbers the glyphs of its
/// own PDF subset in order of first use, so the PDF's CIDs, widths and outlines are the same either way; keeping the
/// original ids (`RETAIN_GIDS`) would cost twice the time (65,535 empty glyphs per Noto face). The GSUB closure keeps
/// the alternates of the features the text engine shapes with (`Features.shaping`; a file another format embeds
/// keeps every feature's, `Features.all`); CFF hints are dropped (`NO_HINTING`: poppler, MuPDF and Ghostscript
/// render the report's CFF faces the same without them).
///
/// `newIDs` returns nil for a run with a glyph the subset lacks; the caller must draw that run from the original
/// face (`FontCache`).
///
/// Sendable: every stored property is immutable after `init` (the blob is never written), so a subset made on one
/// thread (`SubsetBatch`) may be read on another.
final class SubsetFace: @unchecked Sendable {
    /// The subset font file (an `hb_blob_t`), alive as long as this object.
    private let blob: OpaquePointer
    /// The subset file's bytes, owned by `blob`.
    let bytes: UnsafePointer<UInt8>
    /// The subset file's length in bytes.
    let count: Int
    /// The subset's glyph id by original glyph id; `UInt32.max` for a glyph not kept.
    private let mapping: [UInt32]

    /// Which layout features' alternates the glyph closure keeps.
    enum Features {
        /// HarfBuzz's default features (hb-subset's default list, which follows the shaper's) and those the text
        /// engine asks for (`ShapingFeatures.requested`): every glyph the text engine can shape, for a face only
        /// this build draws from. Against every feature, half the subsetting time for a Noto CJK face (the
        /// alternates of vert, hwid, pwid, halt, … are most of its closure).
        case shaping
        /// Every feature's alternates: a file a reader may shape again (`EmbeddableFont`).
        case all
    }

    /// Subsets face `index` of the file at `path` to `characters` (and `glyphs`, original ids kept whatever their
    /// characters), keeping the alternates of `features`; nil when the file cannot be read or HarfBuzz cannot subset
    /// it (the caller then uses the whole file, as before).
    init?(
        path: String, index: Int, characters: Set<Unicode.Scalar>, glyphs: Set<UInt32> = [],
        features: Features = .shaping
    ) {
        guard index >= 0, index <= Int(UInt32.max), let file = hb_blob_create_from_file_or_fail(path) else {
            return nil
        }
        defer { hb_blob_destroy(file) }
        guard let face = hb_face_create(file, UInt32(index)) else { return nil }
        defer { hb_face_destroy(face) }
        let glyphCount = Int(hb_face_get_glyph_count(face))
        guard glyphCount > 0, let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        for scalar in characters { hb_set_add(unicodes, scalar.value) }
        let keptGlyphs = hb_subset_input_glyph_set(input)
        for glyph in glyphs where Int(glyph) < glyphCount { hb_set_add(keptGlyphs, glyph) }
        // The input starts with hb-subset's default features; every feature is an empty set inverted (hb-subset.h,
        // HB_SUBSET_SETS_LAYOUT_FEATURE_TAG).
        let kept = hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG)
        switch features {
        case .shaping: for tag in ShapingFeatures.requested { hb_set_add(kept, Self.tag(tag)) }
        case .all: hb_set_clear(kept); hb_set_invert(kept)
        }
        // Tables Cairo never reads for drawing or embedding (positioning and vertical metrics: the text engine
        // shaped with the original face) are dropped: less for HarfBuzz to subset and write.
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in ["GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG", "DSIG"] { hb_set_add(dropped, Self.tag(tag)) }
        // Desubroutinized: faster to write than subset subroutines (Noto Sans CJK, 1,637 glyphs: 16 vs 28 ms), and
        // Cairo's CFF subsetter then has no subroutine INDEXes to copy.
        // NOTDEF_OUTLINE: HarfBuzz empties glyph 0 by default, but a character no face has is drawn as that box.
        // Hints are dropped from CFF outlines only: TrueType instructions are executed by some readers (Ghostscript
        // drew DejaVu Sans differently without them, in RenderSubsetFontTests), CFF hints by none of the three.
        var flags = HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue | HB_SUBSET_FLAGS_NOTDEF_OUTLINE.rawValue
        if !Self.hasTable(face, "glyf") { flags |= HB_SUBSET_FLAGS_NO_HINTING.rawValue }
        hb_subset_input_set_flags(input, flags)
        guard let plan = hb_subset_plan_create_or_fail(face, input) else { return nil }
        defer { hb_subset_plan_destroy(plan) }
        let mapping = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var newIDs = [UInt32](repeating: UInt32.max, count: glyphCount)
        for glyph in 0..<glyphCount where hb_map_has(mapping, hb_codepoint_t(glyph)) != 0 {
            newIDs[glyph] = hb_map_get(mapping, hb_codepoint_t(glyph))
        }
        guard let result = hb_subset_plan_execute_or_fail(plan) else { return nil }
        defer { hb_face_destroy(result) }
        guard let blob = hb_face_reference_blob(result) else { return nil }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { hb_blob_destroy(blob); return nil }
        self.blob = blob
        bytes = UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self)
        count = Int(length)
        self.mapping = newIDs
    }

    deinit { hb_blob_destroy(blob) }

    /// Whether `face` has a non-empty table `name`.
    private static func hasTable(_ face: OpaquePointer, _ name: String) -> Bool {
        guard let table = hb_face_reference_table(face, tag(name)) else { return false }
        defer { hb_blob_destroy(table) }
        return hb_blob_get_length(table) > 0
    }

    /// A four-letter OpenType table tag.
    private static func tag(_ name: String) -> hb_tag_t {
        name.utf8.reduce(0) { $0 << 8 | hb_tag_t($1) }
    }

    /// The subset's ids for `glyphs` (original glyph ids), or nil when the subset lacks one of them.
    func newIDs<Glyphs: Sequence>(_ glyphs: Glyphs) -> [UInt32]? where Glyphs.Element == UInt32 {
        var ids: [UInt32] = []
        ids.reserveCapacity(glyphs.underestimatedCount)
        for glyph in glyphs {
            guard Int(glyph) < mapping.count, mapping[Int(glyph)] != UInt32.max else { return nil }
            ids.append(mapping[Int(glyph)])
        }
        return ids
    }
}
