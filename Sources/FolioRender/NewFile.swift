import Foundation

/// A whole small file written at once (a drafted or imported dataset): into a temporary file beside the
/// destination, flushed to disk, then moved into place in one step, so no reader ever sees half of it.
public enum NewFile {
    /// Writes `bytes` to `destination`. With `replacing`, an existing file is replaced (rename(2)); without,
    /// the write fails with `RenderError.exists` if a file of that name exists when it is moved into place
    /// (link(2) refuses an existing name atomically: two runs racing for one name cannot both succeed).
    public static func write(_ bytes: [UInt8], to destination: URL, replacing: Bool) throws {
        let file = try AtomicFile(destination: destination)
        let written = bytes.withUnsafeBytes { file.write($0) }
        guard written else {
            let reason = file.writeError ?? "write failed"
            file.abort()
            throw RenderError.writeFailed(path: file.temporaryPath, reason: reason)
        }
        try file.commit(exclusive: !replacing)
    }
}
