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

/// What a Cairo font face keeps alive: its FT_Face and the library it came from.
/// Cairo may hold the face in its caches after the writer is gone; the user-data destroy
/// callback releases this box, closing the face and then (with the last face) the library.
private final class FaceOwner {
    let face: FT_Face
    let library: FreeTypeLibrary
    /// The file the face reads from; released after the face (stored properties go after `deinit`'s body).
    let file: FontFileStream
    init(face: FT_Face, library: FreeTypeLibrary, file: FontFileStream) {
        self.face = face; self.library = library; self.file = file
    }
    deinit { FT_Done_Face(face) }
}

/// The user-data key that ties a `FaceOwner` to its Cairo font face (only its address matters).
nonisolated(unsafe) private let faceOwnerKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

/// Cairo font faces by display-list face, each file face opened once per writer.
final class FontCache {
    private struct Key: Hashable { let path: String; let index: Int; let bold: Bool }
    private let library: FreeTypeLibrary
    private var faces: [Key: OpaquePointer] = [:]

    /// Creates an empty cache with its own FreeType library.
    init() throws { library = try FreeTypeLibrary() }

    deinit { for face in faces.values { cairo_font_face_destroy(face) } }

    /// The Cairo face for `font`, opening it on first use.
    func cairoFace(for font: FontFace) throws -> OpaquePointer {
        let key = Key(path: font.path, index: font.index, bold: font.syntheticBold)
        if let face = faces[key] { return face }
        // A separate FT_Face per synthetic-bold variant: Cairo shares one font face per FT_Face,
        // so the synthesize flag would otherwise leak onto the regular weight.
        guard let file = FontFileStream(path: font.path) else {
            throw RenderError.cannotOpenFont(path: font.path, index: font.index, reason: freeTypeReason(0x01))
        }
        let ftFace = try library.openFace(file, path: font.path, index: font.index)
        guard let face = cairo_ft_font_face_create_for_ft_face(ftFace, 0) else {
            FT_Done_Face(ftFace)
            throw RenderError.cairo(operation: "creating a font face for \(font.path)", status: "out of memory")
        }
        let owner = Unmanaged.passRetained(FaceOwner(face: ftFace, library: library, file: file)).toOpaque()
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
        return face
    }
}
