import CHarfBuzzSubset
import FolioDisplay
import Foundation

/// A font file cut down to what a document draws, as a stand-alone OpenType file another format embeds (OFD,
/// GB/T 33190-2016 §11.1: the `FontFile` of a font resource). Made by the same HarfBuzz subsetter as the PDF's fonts
/// (`SubsetFace`): glyphs renumbered, every layout feature's alternates kept, CFF hints dropped.
public struct EmbeddableFont: Sendable {
    /// The subset file: an OpenType font with TrueType (`glyf`) or CFF outlines, as the original.
    public let data: Data
    /// Whether the outlines are TrueType (`glyf`); false for CFF ('OTTO' files such as Noto CJK).
    public let isTrueType: Bool
    /// The subset's glyph id by original glyph id, for the glyphs kept.
    private let newIDs: [UInt32: UInt32]
    /// The subset's glyph for a character, from its cmap (what a reader draws for a character alone).
    private let nominal: [Unicode.Scalar: UInt32]

    /// Subsets `file` to `characters` and the shaped `glyphs` (original ids); nil when HarfBuzz cannot read or
    /// subset it.
    public init?(file: FontFile, characters: Set<Unicode.Scalar>, glyphs: Set<UInt32>) {
        guard
            let subset = SubsetFace(
                path: file.path, index: file.index, characters: characters, glyphs: glyphs, features: .all)
        else { return nil }
        let data = Data(bytes: subset.bytes, count: subset.count)
        var ids: [UInt32: UInt32] = [:]
        for glyph in glyphs {
            if let new = subset.newIDs([glyph])?.first { ids[glyph] = new }
        }
        self.data = data
        self.newIDs = ids
        self.isTrueType = data.count >= 4 && data.prefix(4) != Data("OTTO".utf8)
        self.nominal = Self.cmap(of: data, characters: characters)
    }

    /// The subset's ids for `glyphs` (original ids), or nil when one of them was not kept.
    public func subsetIDs(_ glyphs: [UInt32]) -> [UInt32]? {
        var ids: [UInt32] = []
        ids.reserveCapacity(glyphs.count)
        for glyph in glyphs {
            guard let id = newIDs[glyph] else { return nil }
            ids.append(id)
        }
        return ids
    }

    /// The subset glyph a reader draws for `scalar` from the cmap alone; nil when the subset does not map it.
    public func nominalGlyph(_ scalar: Unicode.Scalar) -> UInt32? { nominal[scalar] }

    /// The cmap lookups of `characters` in the font file `data`.
    private static func cmap(of data: Data, characters: Set<Unicode.Scalar>) -> [Unicode.Scalar: UInt32] {
        var result: [Unicode.Scalar: UInt32] = [:]
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count <= Int(UInt32.max),
                let blob = hb_blob_create(
                    base.assumingMemoryBound(to: CChar.self), UInt32(raw.count), HB_MEMORY_MODE_READONLY, nil, nil)
            else { return }
            defer { hb_blob_destroy(blob) }
            guard let face = hb_face_create(blob, 0) else { return }
            defer { hb_face_destroy(face) }
            guard let font = hb_font_create(face) else { return }
            defer { hb_font_destroy(font) }
            for scalar in characters {
                var glyph: hb_codepoint_t = 0
                if hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0 { result[scalar] = glyph }
            }
        }
        return result
    }
}
