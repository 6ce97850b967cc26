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

    /// Opens the one face of a grid version of a subset (`grid`, which must outlive the face).
    func openFace(_ grid: GridFace, path: String) throws -> FT_Face {
        var face: FT_Face?
        let error = FT_New_Memory_Face(handle, grid.bytes, FT_Long(grid.count), 0, &face)
        guard error == 0, let face else {
            throw RenderError.cannotOpenFont(path: path, index: 0, reason: "grid subset: " + freeTypeReason(error))
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
final class FaceOwner {
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
nonisolated(unsafe) let faceOwnerKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

/// A Cairo font face drawing `ftFace` (from `library`, reading `source`), which it keeps alive (with the library
/// and the bytes) until Cairo drops the face; emboldened when `syntheticBold`. Throws when Cairo refuses it.
func makeCairoFace(
    _ ftFace: FT_Face, library: FreeTypeLibrary, source: AnyObject, path: String,
    syntheticBold: Bool = false
) throws -> OpaquePointer {
    guard let face = cairo_ft_font_face_create_for_ft_face(ftFace, 0) else {
        FT_Done_Face(ftFace)
        throw RenderError.cairo(operation: "creating a font face for \(path)", status: "out of memory")
    }
    let owner = Unmanaged.passRetained(FaceOwner(face: ftFace, library: library, file: source)).toOpaque()
    let status = cairo_font_face_set_user_data(face, faceOwnerKey, owner) { pointer in
        guard let pointer else { return }
        Unmanaged<AnyObject>.fromOpaque(pointer).release()
    }
    if status != CAIRO_STATUS_SUCCESS {
        cairo_font_face_destroy(face)
        Unmanaged<AnyObject>.fromOpaque(owner).release()
        try checkCairo(status, "attaching font \(path)")
    }
    if syntheticBold { cairo_ft_font_face_set_synthesize(face, CAIRO_FT_SYNTHESIZE_BOLD.rawValue) }
    try checkCairo(cairo_font_face_status(face), "opening font \(path)")
    return face
}
