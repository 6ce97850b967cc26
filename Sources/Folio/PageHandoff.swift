import Foundation
import FolioDisplay

/// Pages passed from the layout thread to the thread that writes the PDF, at most `capacity` at a time, so
/// layout (text shaping, breaking) and drawing (Cairo, FreeType, zlib) run on the two cores at once while
/// memory stays flat. The writer takes pages in the order they were put: the file is byte-identical to a
/// serial build (tested in RenderParallelTests).
final class PageHandoff: @unchecked Sendable {
    /// Raised in the layout thread when the writer has stopped (it failed): layout stops too.
    struct Stopped: Error {}

    private let condition = NSCondition()
    private var pages: [Page] = []
    private var head = 0
    private var finished = false
    private var stopped = false
    private var failure: (any Error)?
    /// Pages held at most (two: one being drawn, one ready; more only holds memory).
    let capacity: Int

    /// Creates an empty hand-off holding at most `capacity` pages.
    init(capacity: Int = 2) { self.capacity = max(1, capacity) }

    /// Hands a page over, waiting while `capacity` pages are waiting; throws `Stopped` once the writer stopped.
    func put(_ page: Page) throws {
        condition.lock(); defer { condition.unlock() }
        while pages.count - head >= capacity && !stopped { condition.wait() }
        if stopped { throw Stopped() }
        pages.append(page)
        condition.broadcast()
    }

    /// Marks the end of the pages; `error` is the layout's failure, rethrown by `take()`.
    func finish(error: (any Error)?) {
        condition.lock(); defer { condition.unlock() }
        finished = true
        failure = error
        condition.broadcast()
    }

    /// The next page, waiting for it; nil after the last one; rethrows the layout's error.
    func take() throws -> Page? {
        condition.lock(); defer { condition.unlock() }
        while head == pages.count && !finished { condition.wait() }
        if head < pages.count {
            let page = pages[head]
            head += 1
            if head > 64 { pages.removeFirst(head); head = 0 }   // drop taken pages now and then, not per page
            condition.broadcast()
            return page
        }
        if let failure { throw failure }
        return nil
    }

    /// The writer gives up: a waiting or later `put` throws `Stopped`.
    func stop() {
        condition.lock(); defer { condition.unlock() }
        stopped = true
        pages.removeAll()
        head = 0
        condition.broadcast()
    }

    /// Blocks until `finish` has been called (the layout thread is done with every shared object).
    func waitUntilFinished() {
        condition.lock(); defer { condition.unlock() }
        while !finished { condition.wait() }
    }
}

/// A value set by one thread and read by another after `PageHandoff.waitUntilFinished()`.
final class ResultBox<Value>: @unchecked Sendable {
    /// The value (written before `finish`, read after it: the hand-off's lock orders the two).
    var value: Value?
}
