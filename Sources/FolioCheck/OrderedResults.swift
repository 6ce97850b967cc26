import Foundation

/// Results of concurrent iterations, each written into its own slot under a lock and read back in iteration order:
/// the rules' findings and the corpus's printed pieces come out as if computed one after another.
final class OrderedResults<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Element]]

    /// `count` empty slots.
    init(count: Int) { slots = Array(repeating: [], count: count) }

    /// Stores iteration `i`'s results.
    func set(_ i: Int, _ results: [Element]) { lock.withLock { slots[i] = results } }

    /// Every iteration's results joined, in iteration order.
    var joined: [Element] { lock.withLock { slots.flatMap { $0 } } }
}
