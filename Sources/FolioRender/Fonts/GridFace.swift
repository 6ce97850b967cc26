/// A subset face (`SubsetFace`) whose full-width glyphs advance one cell of the character grid instead of one em.
///
/// Why: GB/T 9704 §5.2.3 sets 28 characters on a 156 mm line, 15.793 pt apart at 16 pt, while the font's
/// full-width glyphs advance 16 pt. Cairo 1.16 writes a TJ adjustment wherever a glyph's position differs from the
/// previous glyph's position plus its advance by 3/1000 em or more (`cairo-pdf-operators.c`), so drawn from the
/// font as it is every pair of characters carried a −13: 82% of the numbers in the content streams at 100× the
/// bundled report. This face is the same font file with those advances (the `hmtx` entries equal to the em)
/// set to the grid's cell, rounded to font units; Cairo reads the advance there both for its TJ arithmetic and
/// for the PDF's /W widths, so a line on the grid is written as one string with no adjustment (the rounding leaves
/// less than 2/1000 em over 28 characters, under Cairo's threshold). Outlines, glyph ids and every other table
/// are unchanged; a reader places each glyph where it did before, to within that rounding.
///
/// Runs not on the grid (tables, charts, captions set at natural width) keep drawing from the subset itself
/// (`FontCache.prefersGrid`).
final class GridFace {
    /// The patched font file (a copy of the subset's bytes).
    let bytes: UnsafeMutablePointer<UInt8>
    /// Its length in bytes.
    let count: Int
    /// The subset's own advances, by (subset) glyph id, in font units.
    let advances: [UInt16]
    /// Font units per em.
    let unitsPerEm: Int
    /// The advance given to full-width glyphs, in font units.
    let cell: Int

    /// The grid version of `subset` for a cell of `advance` em; nil when the file has no readable `head`, `hhea`
    /// and `hmtx` tables, or when the cell rounds to the em (nothing to change).
    init?(_ subset: SubsetFace, advance: Double) {
        let table = SFNTTables(bytes: subset.bytes, count: subset.count)
        guard advance.isFinite, advance > 0.5, advance < 2,
            let head = table.find("head"), head.length >= 54, let hhea = table.find("hhea"), hhea.length >= 36,
            let hmtx = table.find("hmtx")
        else { return nil }
        let upem = Int(table.uint16(at: head.offset + 18))
        let metrics = Int(table.uint16(at: hhea.offset + 34))
        let cell = Int((Double(upem) * advance).rounded())
        guard upem > 0, metrics > 0, hmtx.length >= metrics * 4, cell != upem, cell > 0, cell <= Int(UInt16.max)
        else { return nil }
        var advances: [UInt16] = []
        advances.reserveCapacity(metrics)
        for g in 0..<metrics { advances.append(table.uint16(at: hmtx.offset + 4 * g)) }
        bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: subset.count)
        bytes.initialize(from: subset.bytes, count: subset.count)
        count = subset.count
        for g in 0..<metrics where Int(advances[g]) == upem {
            bytes[hmtx.offset + 4 * g] = UInt8(cell >> 8)
            bytes[hmtx.offset + 4 * g + 1] = UInt8(cell & 0xFF)
        }
        self.advances = advances
        unitsPerEm = upem
        self.cell = cell
    }

    deinit { bytes.deallocate() }

    /// The subset's advance of glyph `id` in em (glyphs past the long metrics share the last one, as in `hmtx`).
    func naturalAdvance(_ id: UInt32) -> Double {
        Double(advances[min(Int(id), advances.count - 1)]) / Double(unitsPerEm)
    }

    /// This face's advance of glyph `id` in em.
    func gridAdvance(_ id: UInt32) -> Double {
        let natural = advances[min(Int(id), advances.count - 1)]
        return Double(Int(natural) == unitsPerEm ? cell : Int(natural)) / Double(unitsPerEm)
    }

    /// Whether a run of subset glyphs `ids` at horizontal positions `xs` (points, same baseline) and `size` is
    /// better drawn from the subset than from this face: more of its glyph pairs are off by Cairo's threshold
    /// (3/1000 em, less a margin for its rounding) from the advance this face gives than from the subset's. A
    /// tie (a run of one glyph) goes to this face, so that a glyph is embedded twice only when a run of it at its
    /// natural width needs it.
    func prefersNatural(_ ids: [UInt32], xs: [Double], size: Double) -> Bool {
        guard ids.count >= 2, ids.count == xs.count, size > 0 else { return false }
        var natural = 0, grid = 0
        for i in 0..<(ids.count - 1) {
            let gap = (xs[i + 1] - xs[i]) / size
            if abs(gap - naturalAdvance(ids[i])) >= Self.threshold { natural += 1 }
            if abs(gap - gridAdvance(ids[i])) >= Self.threshold { grid += 1 }
        }
        return natural < grid
    }

    /// Cairo writes no adjustment under 3/1000 em (it rounds to thousandths); a pair closer than this to the advance
    /// writes none.
    static let threshold = 0.0025
}

/// The table directory of an OpenType (sfnt) file in memory: where each table is.
struct SFNTTables {
    /// The file's bytes.
    let bytes: UnsafePointer<UInt8>
    /// Its length.
    let count: Int

    /// A table's place in the file.
    struct Entry {
        /// Offset from the start of the file.
        var offset: Int
        /// Length in bytes.
        var length: Int
    }

    /// The big-endian 16-bit number at `offset` (0 past the end).
    func uint16(at offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= count else { return 0 }
        return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    /// The big-endian 32-bit number at `offset` (0 past the end).
    func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) << 16 | UInt32(uint16(at: offset + 2))
    }

    /// The table tagged `tag`, when the directory lists it inside the file.
    func find(_ tag: String) -> Entry? {
        let wanted = tag.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let tables = Int(uint16(at: 4))
        for k in 0..<tables {
            let record = 12 + 16 * k
            guard record + 16 <= count else { return nil }
            guard uint32(at: record) == wanted else { continue }
            let entry = Entry(offset: Int(uint32(at: record + 8)), length: Int(uint32(at: record + 12)))
            guard entry.offset >= 0, entry.length >= 0, entry.offset + entry.length <= count else { return nil }
            return entry
        }
        return nil
    }
}
