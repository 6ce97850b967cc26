import FolioDisplay

/// The face a font stack resolved to, and whether it is the stack's first choice.
public struct ResolvedFace: Sendable, Hashable {
    /// The face found.
    public var face: FontFace
    /// What the stack asked for first (e.g. "仿宋_GB2312").
    public var requested: String
    /// True when the face is not the stack's first entry (the build says so once).
    public var substituted: Bool
    /// Creates a resolved face.
    public init(face: FontFace, requested: String, substituted: Bool) {
        self.face = face; self.requested = requested; self.substituted = substituted
    }
}
