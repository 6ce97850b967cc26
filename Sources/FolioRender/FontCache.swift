import CCairo
import CFreeType
import FolioDisplay

/// One FreeType library, freed when the last face opened from it is gone.
final class FreeTypeLibrary {
    /// The library handle.
    let handle: FT_Library

    /// Initialises FreeType.
    init() throws {
        var library: FT_Library?
        let error = FT_Init_FreeType(&library)
        guard error == 0, let library else {
            throw RenderError.cannotOpenFont(path: "(FreeType)", index: 0, reason: "FT_Init_FreeType error \(error)")
        }
        handle = library
    }

    deinit { FT_Done_FreeType(handle) }

    /// Opens face `index` of the file at `path`.
    func openFace(path: String, index: Int) throws -> FT_Face {
        var face: FT_Face?
        let error = FT_New_Face(handle, path, FT_Long(index), &face)
        guard error == 0, let face else {
            throw RenderError.cannotOpenFont(path: path, index: index, reason: freeTypeReason(error))
        }
        return face
    }

    /// Opens the one face of a font file held in memory (`subset`, which must outlive the face).
    func openFace(_ subset: SubsetFace, path: String) throws -> FT_Face {
        var face: FT_Face?
        let error = FT_New_Memory_Face(handle, subset.bytes, FT_Long(subset.count), 0, &face)
        guard error == 0, let face else {
            throw RenderError.cannotOpenFont(path: path, index: 0, reason: "subset: " + freeTypeReason(error))
        }
        return face
    }

    /// Opens face `index` of `file`, read through its stream (`FontFileStream`); the stream must outlive the face.
    func openFace(_ file: FontFileStream, path: String, index: Int) throws -> FT_Face {
        var args = FT_Open_Args()
        args.flags = FT_UInt(FT_OPEN_STREAM)
        args.stream = file.stream
        var face: FT_Face?
        let error = FT_Open_Face(handle, &args, FT_Long(index), &face)
        guard error == 0, let face else {
            throw RenderError.cannotOpenFont(path: path, index: index, reason: freeTypeReason(error))
        }
        return face
    }
}

/// FreeType's error codes for the failures a user can cause.
func freeTypeReason(_ error: FT_Error) -> String {
    switch error {
    case 0x01: return "the file cannot be opened (missing or unreadable)"
    case 0x02: return "unknown file format"
    case 0x03: return "the file is broken"
    case 0x06: return "no face with that index in the file"
    default: return "FreeType error \(error)"
    }
}

/// What a Cairo font face keeps alive: its FT_Face, the library it came from and the bytes it reads.
/// Cairo may hold the face in its caches after the writer is gone; the user-data destroy
/// callback releases this box, closing the face and then (with the last face) the library.
private final class FaceOwner {
    let face: FT_Face
    let library: FreeTypeLibrary
    /// What the face reads from (a `FontFileStream` or a `SubsetFace`); released after the face (stored
    /// properties go after `deinit`'s body).
    let file: AnyObject
    init(face: FT_Face, library: FreeTypeLibrary, file: AnyObject) {
        self.face = face; self.library = library; self.file = file
    }
    deinit { FT_Done_Face(face) }
}

/// The user-data key that ties a `FaceOwner` to its Cairo font face (only its address matters).
nonisolated(unsafe) private let faceOwnerKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

/// Cairo font faces by display-list face, each file face opened once per writer.
///
/// Given the document's characters, each file face is first cut down to them (`SubsetFace`, issue 8) and Cairo
/// reads the subset; a run with a glyph the subset lacks is drawn from the whole file (a second Cairo face:
/// the same outlines, only a bigger embedded font), so nothing is ever drawn from a glyph that is not there.
final class FontCache {
    private struct Key: Hashable { let path: String; let index: Int; let bold: Bool; let subset: Bool }
    private let library: FreeTypeLibrary
    private var faces: [Key: OpaquePointer] = [:]
    /// What subsetting is for: the characters each file will draw, or nil for whole files.
    private let plan: FontCharacterPlan?
    /// The subsets of the files the plan names, made concurrently from the start.
    private let batch: SubsetBatch?
    /// Subsets by file face; nil when HarfBuzz could not make one (the whole file is used).
    private var subsets: [FontFile: SubsetFace?] = [:]
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
    func cairoFace(for font: FontFace, glyphs: [UInt32]) throws -> (face: OpaquePointer, glyphs: [UInt32]) {
        var subset = subsetFace(for: font)
        var ids = glyphs
        if let face = subset {
            if let mapped = face.newIDs(glyphs) { ids = mapped } else { subset = nil; fullFaceRuns += 1 }
        }
        let key = Key(path: font.path, index: font.index, bold: font.syntheticBold, subset: subset != nil)
        if let face = faces[key] { return (face, ids) }
        // A separate FT_Face per synthetic-bold variant: Cairo shares one font face per FT_Face,
        // so the synthesize flag would otherwise leak onto the regular weight.
        let ftFace: FT_Face
        let source: AnyObject
        if let subset {
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
        guard let face = cairo_ft_font_face_create_for_ft_face(ftFace, 0) else {
            FT_Done_Face(ftFace)
            throw RenderError.cairo(operation: "creating a font face for \(font.path)", status: "out of memory")
        }
        let owner = Unmanaged.passRetained(FaceOwner(face: ftFace, library: library, file: source)).toOpaque()
        let status = cairo_font_face_set_user_data(face, faceOwnerKey, owner) { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
        if status != CAIRO_STATUS_SUCCESS {
            cairo_font_face_destroy(face)
            Unmanaged<AnyObject>.fromOpaque(owner).release()
            try checkCairo(status, "attaching font \(font.path)")
        }
        if font.syntheticBold { cairo_ft_font_face_set_synthesize(face, CAIRO_FT_SYNTHESIZE_BOLD.rawValue) }
        try checkCairo(cairo_font_face_status(face), "opening font \(font.path)")
        faces[key] = face
        return (face, ids)
    }

    /// The document's subset of `font`'s file face, made on first use; nil without characters or when
    /// HarfBuzz cannot subset the file.
    private func subsetFace(for font: FontFace) -> SubsetFace? {
        guard let plan else { return nil }
        let file = font.file
        if let known = subsets[file] { return known }
        let made = batch.flatMap { $0.contains(file) ? $0.subset(for: file) : nil }
            ?? SubsetFace(path: font.path, index: font.index, characters: plan.all)
        subsets[file] = .some(made)
        return made
    }
}
