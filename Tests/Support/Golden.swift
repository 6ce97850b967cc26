import Foundation

/// Golden files: what a test produced, compared with what was recorded and reviewed.
///
/// With `RECORD_GOLDENS=1` in the environment every golden is first written over with what the test produced
/// (the folder made if needed), then read back: a recording run compares against the new file and passes;
/// review `git diff Tests/*/Goldens` before committing. CONTRIBUTING.md ("Goldens") lists every golden.
public enum Golden {
    /// Whether this run records goldens (`RECORD_GOLDENS=1`).
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    /// The golden bytes at `url`, after writing `actual` there when recording. The caller compares (exactly
    /// or within its tolerance).
    public static func data(_ actual: Data, at url: URL) throws -> Data {
        if recording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, options: .atomic)
        }
        return try Data(contentsOf: url)
    }

    /// The golden text at `url`, after writing `actual` there when recording. A text golden file ends in a
    /// newline: one is added on recording when `actual` has none, and dropped from the stored text then, so
    /// the result compares with `actual` as it is.
    public static func text(_ actual: String, at url: URL) throws -> String {
        let endsInNewline = actual.hasSuffix("\n")
        let stored = String(
            decoding: try data(Data((endsInNewline ? actual : actual + "\n").utf8), at: url),
            as: UTF8.self)
        return !endsInNewline && stored.hasSuffix("\n") ? String(stored.dropLast()) : stored
    }
}
