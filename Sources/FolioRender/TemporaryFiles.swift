import Foundation
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files being written right now (`AtomicFile`), so that an interrupted run removes them
/// instead of leaving `.out.pdf.XXXXXX.tmp` files behind.
///
/// `removeOnInterrupt()` turns SIGINT, SIGTERM and SIGHUP into dispatch signal sources: the handler runs on
/// an ordinary thread (not in signal context), takes the registry's lock, unlinks every registered file and
/// ends the process with status 128 + the signal's number, as a shell reports a death by that signal.
public enum TemporaryFiles {
    /// The registry: paths behind a lock. Holding the lock while exiting keeps a writer from adding a file
    /// after the sweep.
    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var paths: Set<String> = []
        var sources: [DispatchSourceSignal] = []
    }
    private static let registry = Registry()

    /// Notes a temporary file to remove if the run is interrupted.
    static func register(_ path: String) {
        registry.lock.lock(); registry.paths.insert(path); registry.lock.unlock()
    }

    /// Runs `create`, which makes a file and returns its path (nil when it made none), with the registry locked,
    /// and registers the path: an interruption's sweep, which takes the same lock, finds either no file or a
    /// registered one, never a file made and not yet noted.
    static func creating(_ create: () -> String?) -> String? {
        registry.lock.lock(); defer { registry.lock.unlock() }
        guard let path = create() else { return nil }
        registry.paths.insert(path)
        return path
    }

    /// Forgets a temporary file (renamed into place or removed).
    static func unregister(_ path: String) {
        registry.lock.lock(); registry.paths.remove(path); registry.lock.unlock()
    }

    /// The temporary files registered now (for tests).
    static var registered: Set<String> {
        registry.lock.lock(); defer { registry.lock.unlock() }
        return registry.paths
    }

    /// The signals that interrupt a run: SIGINT (Ctrl-C), SIGTERM (kill), SIGHUP (terminal closed).
    public static let interruptions: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers once per process: each signal of `interruptions` removes the registered files
    /// and exits with 128 + its number. A signal the process was started with ignored (`nohup`, a background
    /// job) stays ignored.
    public static func removeOnInterrupt() {
        registry.lock.lock(); defer { registry.lock.unlock() }
        guard registry.sources.isEmpty else { return }
        for signo in interruptions {
            if handlerAddress(signal(signo, SIG_IGN)) == handlerAddress(SIG_IGN) { continue }
            let source = DispatchSource.makeSignalSource(signal: signo, queue: .global())
            source.setEventHandler { removeAllAndExit(status: 128 + signo) }
            source.resume()
            registry.sources.append(source)
        }
    }

    /// A signal disposition as a number (SIG_DFL 0, SIG_IGN 1, else the handler's address), for comparing.
    private static func handlerAddress(_ handler: (@convention(c) (Int32) -> Void)?) -> Int {
        handler.map { unsafeBitCast($0, to: Int.self) } ?? 0
    }

    /// Unlinks every registered file and ends the process at once (`_exit`: no atexit handlers, no flushing
    /// of half-written buffers from other threads). The lock is never released.
    private static func removeAllAndExit(status: Int32) -> Never {
        registry.lock.lock()
        for path in registry.paths { unlink(path) }
        _exit(status)
    }
}
