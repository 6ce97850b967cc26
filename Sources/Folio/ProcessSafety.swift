import FolioRender

/// What a command-line program built on Folio sets up before it works: checked standard streams and
/// removal of temporary files on interruption (docs/limits.md, "Streams and signals").
public enum ProcessSafety {
    /// How a write to standard output or standard error ended.
    public enum WriteOutcome: Sendable, Equatable {
        /// Every byte was written.
        case written
        /// The reader closed the pipe (EPIPE): an orderly end.
        case readerGone
        /// The write failed; the reason in words.
        case failed(String)
    }

    /// Call once, first: SIGPIPE ignored (closed pipes come back as `.readerGone`), descriptors 0–2 kept
    /// occupied, and SIGINT/SIGTERM/SIGHUP remove the temporary output files, then exit with 128 + the signal.
    public static func prepare() {
        StandardStreams.prepare()
        TemporaryFiles.removeOnInterrupt()
    }

    /// Writes `bytes` to standard output, or to standard error with `error`.
    public static func write(_ bytes: [UInt8], error: Bool = false) -> WriteOutcome {
        switch StandardStreams.write(bytes, to: error ? .error : .output) {
        case .written: return .written
        case .readerGone: return .readerGone
        case .failed(let why): return .failed(why)
        }
    }
}
