import FolioMessages
import Foundation
import Folio
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress of a long build on standard error, when standard error is a terminal: one line,
/// "building: 120 pages, 3.4 s", rewritten in place and erased at the end. Nothing otherwise (a pipe, a file,
/// a CI log), and nothing for a build that ends within the first `delay`.
final class ProgressLine: @unchecked Sendable {
    /// How long a build runs before the line appears, and the least time between two updates.
    static let delay = 0.5, interval = 0.1

    private let lock = NSLock()
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastShown: UInt64 = 0
    private var shown = false

    /// A progress line when standard error is a terminal, else nil.
    static func forTerminal() -> ProgressLine? { isatty(2) == 1 ? ProgressLine() : nil }

    /// Notes that `pages` pages are done; redraws the line when it is due.
    func update(pages: Int) {
        lock.lock(); defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        let elapsed = Double(now - start) / 1e9
        guard elapsed >= Self.delay, Double(now - lastShown) / 1e9 >= Self.interval else { return }
        lastShown = now
        shown = true
        Console.errInPlace(
            Lang.text(
                "cli.building-pages-page-value",
                ["pages": .number(pages), "seconds": "\(String(format: "%.1f", elapsed))"]))
    }

    /// Erases the line, if it was shown, so that what follows starts on a clean line.
    func finish() {
        lock.lock(); defer { lock.unlock() }
        if shown { Console.errInPlace("") }
        shown = false
    }

    /// The callback for `BuildOptions.progress`.
    var callback: @Sendable (Int) -> Void { { [self] pages in update(pages: pages) } }
}
