import Dispatch
import Foundation

/// A value made on another thread from the moment it is created, for work that can run ahead of the step that
/// needs it (fontconfig's set-up while the dataset loads).
final class Prefetch<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the worker before `done` is signalled; read only after waiting for it.
    private var result: Result<Value, any Error> = .failure(NotMade())
    /// What `value()` would throw if it could ever read before the worker wrote (it cannot: it waits).
    private struct NotMade: Error {}

    /// Starts `make` on a global queue.
    init(_ make: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result(catching: make)
            done.signal()
        }
    }

    /// The value, waiting for it; rethrows what `make` threw.
    func value() throws -> Value {
        done.wait()
        done.signal()   // later calls do not wait
        return try result.get()
    }
}
