import FolioDisplay

extension TextEngine {
    /// Which font file will draw each character of `characters` (by the style it is set in), by the same
    /// choice as layout (the role's face, the Latin face, then the fallback list), without recording fallbacks
    /// or missing characters for the notices. Characters in several styles count for each of their files.
    public func fontFiles(
        for characters: [CharacterStyle: Set<Unicode.Scalar>]
    ) throws -> [FontFile: Set<Unicode.Scalar>] {
        lock.lock(); defer { lock.unlock() }
        var files: [FontFile: Set<Unicode.Scalar>] = [:]
        for (style, scalars) in characters {
            for scalar in scalars {
                let face = try face(for: Character(scalar), role: style.role, bold: style.bold, record: false)
                files[face.file, default: []].insert(scalar)
            }
        }
        return files
    }
}
