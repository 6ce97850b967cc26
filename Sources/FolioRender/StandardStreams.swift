import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error as the command line uses them: every write checked, a closed pipe
/// told apart from a failed write, and no death by SIGPIPE.
public enum StandardStreams {
    /// One of the two output streams.
    public enum Stream: Sendable {
        /// Standard output (descriptor 1).
        case output
        /// Standard error (descriptor 2).
        case error

        var descriptor: Int32 { self == .output ? 1 : 2 }
    }

    /// How a write ended.
    public enum Outcome: Sendable, Equatable {
        /// Every byte was written.
        case written
        /// The reader went away (EPIPE: `folio text | head`): an orderly end, nothing more to say.
        case readerGone
        /// The write failed (a full disk, `/dev/full`, a stream closed before the run): why, in words.
        case failed(String)
    }

    /// Which of the streams were closed when the process started (see `prepare()`).
    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var closed: Set<Int32> = []
    }
    private static let state = State()

    /// Call once at start: ignores SIGPIPE (a write to a closed pipe then fails with EPIPE, which `write`
    /// reports as `.readerGone`), and puts /dev/null on any of descriptors 0–2 the process was started
    /// without, so that no file opened later (a temporary PDF) takes descriptor 1 and receives the text
    /// meant for standard output. Writes to a stream closed at start report `.failed`.
    public static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        state.lock.lock(); defer { state.lock.unlock() }
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != fd { dup2(null, fd); close(null) }
            state.closed.insert(fd)
        }
    }

    /// Writes all of `bytes` to `stream`, retrying after EINTR.
    public static func write(_ bytes: [UInt8], to stream: Stream) -> Outcome {
        let fd = stream.descriptor
        state.lock.lock()
        let closedAtStart = state.closed.contains(fd)
        state.lock.unlock()
        if closedAtStart { return .failed(String(cString: strerror(EBADF))) }
        return bytes.withUnsafeBytes { buffer -> Outcome in
            guard let failure = writeAll(fd, buffer) else { return .written }
            return failure == EPIPE ? .readerGone : .failed(String(cString: strerror(failure)))
        }
    }
}
