import Dispatch
import FolioDocument


extension BlockComposer {
    /// Calls `body` with the units of every block of `blocks`, in order. With `width` above 1 the blocks are
    /// composed `width` at a time in a task group (paragraphs shaped and broken on every core, issue 8) while
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
    /// The caller is a plain thread (the layout thread, or the command's main thread), never a task of the
    /// cooperative pool: it waits for the group on a semaphore while the pool's threads do the work.
    private func composeConcurrently(_ blocks: [Block]) throws -> [[FlowUnit]] {
        let results = ConcurrentResults(count: blocks.count)
        let done = DispatchSemaphore(value: 0)
        let composer = self
        Task.detached(priority: .userInitiated) {
            await withTaskGroup(of: (Int, Result<[FlowUnit], any Error>).self) { group in
                for (i, block) in blocks.enumerated() {
                    group.addTask { (i, Result { try composer.units(for: block) }) }
                }
                for await (i, result) in group { results.set(i, result) }
            }
            done.signal()
        }
        done.wait()
        return try results.values()
    }
}

/// Results written by the tasks of one window and read by the waiting thread after the group is done.
private final class ConcurrentResults: @unchecked Sendable {
    /// Written only inside the task group's `for await` loop (one writer), read after the semaphore signals.
    private var slots: [Result<[FlowUnit], any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<[FlowUnit], any Error>) { slots[index] = result }

    /// The units in order, or the first error in order.
    func values() throws -> [[FlowUnit]] {
        try slots.map { slot in
            guard let slot else { return [] }
            return try slot.get()
        }
    }
}
