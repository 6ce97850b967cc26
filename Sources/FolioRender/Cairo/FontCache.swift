import CCairo
import CFreeType
import FolioDisplay

/// Cairo font faces by display-list face, each file face opened once per writer.
///
/// Given the document's characters, each file face is first cut down to them (`SubsetFace`) and Cairo
/// reads the subset; a run with a glyph the subset lacks is drawn from the whole file (a second Cairo face:
/// the same outlines, only a bigger embedded font), so nothing is ever drawn from a glyph that is not there.
final class FontCache {
    private struct Key: Hashable { let path: String; let index: Int; let bold: Bool; let subset: Bool; let grid: Bool }
    private let library: FreeTypeLibrary
    private var faces: [Key: OpaquePointer] = [:]
    /// What subsetting is for: the characters each file will draw, or nil for whole files.
    private let plan: FontCharacterPlan?
    /// The subsets of the files the plan names, made concurrently from the start.
    private let batch: SubsetBatch?
    /// Subsets by file face; nil when HarfBuzz could not make one (the whole file is used).
    private var subsets: [FontFile: SubsetFace?] = [:]
    /// The grid versions of the subsets (`GridFace`), made on first use; nil when a file has none.
    private var gridFaces: [FontFile: GridFace?] = [:]
    /// Runs drawn from the whole file because their subset lacked a glyph (for tests and measuring).
    private(set) var fullFaceRuns = 0
    /// Whether Cairo was handed any whole font file (no characters given, a subset HarfBuzz could not make, or a
    /// run outside its subset). Only then can the finishing step's font compaction gain anything: Cairo's subsets
    /// of the desubroutinized, hint-less `SubsetFace`s have no subroutines or hints left to drop.
    private(set) var usedWholeFiles = false

    /// Creates an empty cache with its own FreeType library; with `plan`, each file is subset to its characters
    /// (the files the plan names right away, concurrently; others to `plan.all` when first drawn).
    init(plan: FontCharacterPlan? = nil) throws {
        library = try FreeTypeLibrary()
        self.plan = plan
        batch = plan.map(SubsetBatch.init)
    }

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
        batch?.waitForAll()
    }

    /// The Cairo face for `font`, opening it on first use, and the ids to draw `glyphs` (the original face's
    /// glyph ids) with: the document's subset and its ids when it holds every one of them, otherwise the whole
    /// file and `glyphs` unchanged.
    ///
    /// With `xs` (the glyphs' horizontal positions in points) and `size`, a run set on the character grid is drawn
    /// from the subset's grid version (`GridFace`) when that spares Cairo adjustments between its glyphs.
    func cairoFace(
        for font: FontFace, glyphs: [UInt32], xs: [Double] = [], size: Double = 0
    ) throws -> (face: OpaquePointer, glyphs: [UInt32]) {
        var subset = subsetFace(for: font)
        var ids = glyphs
        if let face = subset {
            if let mapped = face.newIDs(glyphs) { ids = mapped } else { subset = nil; fullFaceRuns += 1;  }
        }
        let grid = subset.flatMap { gridFace(for: font, subset: $0) }.flatMap {
            $0.prefersNatural(ids, xs: xs, size: size) ? nil : $0
        }
        let key = Key(
            path: font.path, index: font.index, bold: font.syntheticBold, subset: subset != nil, grid: grid != nil)
        if let face = faces[key] { return (face, ids) }
        // A separate FT_Face per synthetic-bold variant: Cairo shares one font face per FT_Face,
        // so the synthesize flag would otherwise leak onto the regular weight.
        let ftFace: FT_Face
        let source: AnyObject
        if let grid {
            ftFace = try library.openFace(grid, path: font.path)
            source = grid
        } else if let subset {
            ftFace = try library.openFace(subset, path: font.path)
            source = subset
        } else {
            usedWholeFiles = true
            guard let file = FontFileStream(path: font.path) else {
                throw RenderError.cannotOpenFont(path: font.path, index: font.index, reason: freeTypeReason(0x01))
            }
            ftFace = try library.openFace(file, path: font.path, index: font.index)
            source = file
        }
        let face = try makeCairoFace(
            ftFace, library: library, source: source, path: font.path,
            syntheticBold: font.syntheticBold)
        faces[key] = face
        return (face, ids)
    }

    /// The grid version of `subset` (`font`'s), made on first use; nil without a grid in the plan or when the file
    /// cannot have one.
    private func gridFace(for font: FontFace, subset: SubsetFace) -> GridFace? {
        guard let advance = plan?.gridAdvance else { return nil }
        let file = font.file
        if let known = gridFaces[file] { return known }
        let made = GridFace(subset, advance: advance)
        gridFaces[file] = .some(made)
        return made
    }

    /// The document's subset of `font`'s file face, made on first use; nil without characters or when
    /// HarfBuzz cannot subset the file.
    private func subsetFace(for font: FontFace) -> SubsetFace? {
        guard let plan else { return nil }
        let file = font.file
        if let known = subsets[file] { return known }
        let made =
            batch.flatMap { $0.contains(file) ? $0.subset(for: file) : nil }
            ?? SubsetFace(path: font.path, index: font.index, characters: plan.all)
        subsets[file] = .some(made)
        return made
    }
}
