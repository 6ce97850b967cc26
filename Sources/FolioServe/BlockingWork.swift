import Dispatch
import Foundation

/// Work that blocks (file writes, the database's writer) run one at a time on a queue of its own, off
/// the server's event loops.
struct SerialWork: Sendable {
    /// The queue.
    let queue: DispatchQueue

    init(label: String) { queue = DispatchQueue(label: label) }

    /// Runs `work` on the queue and returns its result.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { c in
            queue.async { c.resume(with: Result { try work() }) }
        }
    }
}

/// Work that takes a core (layout, drawing): at most `width` at once, the rest waiting their turn, so twenty users
/// previewing at once share the cores instead of starting twenty threads.
struct BoundedWork: Sendable {
    /// The gate.
    let gate: DispatchSemaphore
    /// Where the work runs.
    let queue = DispatchQueue(label: "folio.serve.render", attributes: .concurrent)

    init(width: Int) { gate = DispatchSemaphore(value: width) }

    /// Runs `work` when a place is free and returns its result.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { c in
            queue.async { [gate] in
                gate.wait()
                defer { gate.signal() }
                c.resume(with: Result { try work() })
            }
        }
    }
}
