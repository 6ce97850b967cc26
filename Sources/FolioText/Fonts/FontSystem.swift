import CFontconfig
import CFreeType
import FolioDisplay
import Foundation

/// Font discovery through fontconfig; faces opened once with FreeType and cached; thread-safe (a lock).
public final class FontSystem: @unchecked Sendable {
    private let lock = NSLock()
    private let library: FT_Library
    private var opened: [FaceID: LoadedFace] = [:]
    private var matches: [MatchKey: FontMatch?] = [:]

    /// Initialises fontconfig and FreeType; throws a `TextError` if either fails.
    public init() throws {
        guard FcInit() != 0 else { throw TextError.fontconfigUnavailable }
        var lib: FT_Library?
        let err = FT_Init_FreeType(&lib)
        guard err == 0, let lib else { throw TextError.freetypeUnavailable(code: err) }
        library = lib
    }

    deinit {
        for face in opened.values { face.close() }
        FT_Done_FreeType(library)
    }

    /// First family of `stack` that fontconfig really has (the matched family name is compared, because
    /// FcFontMatch always returns *something*); `substituted` is true when it is not the stack's first entry.
    /// An entry may end in a weight word ("Noto Serif CJK SC Bold"). With `bold`, a face without a bold
    /// weight is returned with `syntheticBold` set (advances unchanged, so the grid holds).
    public func resolve(stack: [String], bold: Bool = false) throws -> ResolvedFace {
        lock.lock(); defer { lock.unlock() }
        for (i, entry) in stack.enumerated() {
            guard let found = matchLocked(entry, bold: bold) else { continue }
            var face = found.face
            face.syntheticBold = bold && found.weight < Self.boldThreshold
            return ResolvedFace(face: face, requested: stack.first ?? entry, substituted: i > 0)
        }
        throw TextError.noFontInStack(stack)
    }

    /// fontconfig weights at or above this count as a real bold (FC_WEIGHT_DEMIBOLD = 180).
    static let boldThreshold = 180

    /// Runs `body` with the opened face (opening it on first use) while holding the lock:
    /// FreeType faces are not thread-safe.
    func withFace<T>(_ face: FontFace, _ body: (LoadedFace) throws -> T) throws -> T {
        lock.lock(); defer { lock.unlock() }
        let id = FaceID(face)
        if let loaded = opened[id] { return try body(loaded) }
        let loaded = try LoadedFace(path: face.path, index: face.index, library: library)
        opened[id] = loaded
        return try body(loaded)
    }

    private func matchLocked(_ entry: String, bold: Bool) -> FontMatch? {
        let key = MatchKey(entry: entry, bold: bold)
        if let cached = matches[key] { return cached }
        let request = FamilyRequest(entry, bold: bold)
        let found = FontconfigQuery.match(request)
        matches[key] = .some(found)
        return found
    }
}

/// A font file and face index: the identity of an opened face.
struct FaceID: Hashable {
    var path: String
    var index: Int
    init(_ face: FontFace) { path = face.path; index = face.index }
}

private struct MatchKey: Hashable {
    var entry: String
    var bold: Bool
}
