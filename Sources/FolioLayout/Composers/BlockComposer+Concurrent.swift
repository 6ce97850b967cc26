import Dispatch
import Foundation
import FolioDocument

extension BlockComposer {
    /// Calls `body` with the units of every block of `blocks`, in order. With `width` above 1 the blocks are
    /// composed `width` at a time on every core (paragraphs shaped and broken concurrently) while
    /// `body` still sees them one by one in document order, so pages are the same as composed one after another
    /// (`LayoutConcurrencyTests`). Memory stays flat: at most `width` blocks' units are held ahead.
    func forEachBlock(_ blocks: [Block], width: Int, _ body: ([FlowUnit]) throws -> Void) throws {
        guard width > 1 else {
            for block in blocks { try body(try units(for: block)) }
            return
        }
        var start = 0
        while start < blocks.count {
            let window = Array(blocks[start..<min(start + width, blocks.count)])
            for units in try composeConcurrently(window) { try body(units) }
            start += window.count
        }
    }

    /// The units of each of `blocks`, composed concurrently, in the order of `blocks`; the first error (in
    /// block order) is rethrown.
    ///
    /// `DispatchQueue.concurrentPerform`, not a task group: this function is synchronous, and waiting for a task
    /// group from it would block a thread of Swift's cooperative pool whenever the caller runs on one (a test, an
    /// async caller) — with every pool thread so blocked, the group's tasks could never run. `concurrentPerform`
    /// does the work on the calling thread and GCD's workers, whatever thread calls it.
    private func composeConcurrently(_ blocks: [Block]) throws -> [[FlowUnit]] {
        let results = ConcurrentResults(count: blocks.count)
        let composer = self
        DispatchQueue.concurrentPerform(iterations: blocks.count) { i in
            results.set(i, Result { try composer.units(for: blocks[i]) })
        }
        return try results.values()
    }
}

/// Results written by the iterations of one window and read after `concurrentPerform` returns.
private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<[FlowUnit], any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<[FlowUnit], any Error>) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = result
    }

    /// The units in order, or the first error in order.
    func values() throws -> [[FlowUnit]] {
        try slots.map { slot in
            guard let slot else { return [] }
            return try slot.get()
        }
    }
}
