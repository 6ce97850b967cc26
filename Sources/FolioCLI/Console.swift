import Foundation
import Folio
import FolioMessages

/// Standard output and standard error with every write checked (`ProcessSafety.write`). Standard output is
/// gathered and written in large pieces; standard error line by line. What went wrong decides the exit
/// status in `finish(status:)`: a closed pipe (the reader stopped, as `head` does) ends quietly; any other
/// failed write makes a successful run exit 74 (EX_IOERR), since its output was lost.
enum Console {
    /// The streams' state behind a lock (the commands write from one thread, but Swift 6 asks).
    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var pending: [UInt8] = []
        var outputFailure: String?
        var errorFailure: String?
        var readerGone = false
        var errorReaderGone = false
    }
    private static let state = State()
    /// How much standard output is gathered before a write.
    private static let bufferSize = 1 << 16

    /// Writes `text` and a line break to standard output (buffered).
    static func out(_ text: String, terminator: String = "\n") {
        state.lock.lock(); defer { state.lock.unlock() }
        guard state.outputFailure == nil, !state.readerGone else { return }
        state.pending.append(contentsOf: Array((text + terminator).utf8))
        if state.pending.count >= bufferSize { flushLocked() }
    }

    /// Writes `bytes` to standard output as they are (`-o -`: a PDF).
    static func out(_ bytes: Data) {
        state.lock.lock(); defer { state.lock.unlock() }
        guard state.outputFailure == nil, !state.readerGone else { return }
        flushLocked()
        state.pending = [UInt8](bytes)
        flushLocked()
    }

    /// Rewrites the current line of standard error with `text` (carriage return, the text, erase to the end
    /// of the line; no line break): the progress line on a terminal. Empty `text` erases the line.
    static func errInPlace(_ text: String) {
        state.lock.lock(); defer { state.lock.unlock() }
        guard state.errorFailure == nil, !state.errorReaderGone else { return }
        if case .failed(let why) = ProcessSafety.write(Array(("\r" + text + "\u{1B}[K").utf8), error: true) {
            state.errorFailure = why
        }
    }

    /// Writes `line` and a line break to standard error (unbuffered, after any pending standard output).
    static func err(_ line: String) {
        state.lock.lock(); defer { state.lock.unlock() }
        flushLocked()
        guard state.errorFailure == nil, !state.errorReaderGone else { return }
        switch ProcessSafety.write(Array((line + "\n").utf8), error: true) {
        case .written: break
        case .readerGone: state.errorReaderGone = true
        case .failed(let why): state.errorFailure = why
        }
    }

    /// Writes the gathered standard output; the caller holds the lock.
    private static func flushLocked() {
        guard !state.pending.isEmpty else { return }
        defer { state.pending.removeAll(keepingCapacity: true) }
        guard state.outputFailure == nil, !state.readerGone else { return }
        switch ProcessSafety.write(state.pending) {
        case .written: break
        case .readerGone: state.readerGone = true
        case .failed(let why): state.outputFailure = why
        }
    }

    /// Flushes standard output and returns the exit status: `status`, or 74 when it is 0 and a write to
    /// standard output or error failed (other than a closed pipe). A failed output write is reported on
    /// standard error when that still works.
    static func finish(status: Int32) -> Int32 {
        state.lock.lock()
        flushLocked()
        let output = state.outputFailure
        state.lock.unlock()
        if let output {
            err(
                Diagnostic(
                    .error, Message("io.stdout-write-failed", ["why": .message(.foreign(output, prefix: "system."))])
                ).text(Lang.current))
        }
        state.lock.lock(); defer { state.lock.unlock() }
        let lost = output != nil || state.errorFailure != nil
        return status == 0 && lost ? 74 : status
    }
}
