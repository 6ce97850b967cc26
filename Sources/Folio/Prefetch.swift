import Dispatch
import FolioData
import FolioLayout
import FolioText
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

/// fontconfig's set-up (a `FontSystem`) started by `Pipeline.loadForBuild` while the dataset loads and is checked,
/// and taken by the build that follows; a build finding none waiting starts its own. At most one waits.
final class FontSystemAhead: @unchecked Sendable {
    /// The process's one slot.
    static let shared = FontSystemAhead()
    private let lock = NSLock()
    private var waiting: Prefetch<FontSystem>?

    /// Starts making a font system, with the stacks of `theme` (a theme's name; nil: the default theme) matched,
    /// unless one is already waiting.
    func start(theme: String?) {
        lock.withLock { if waiting == nil { waiting = Prefetch { try FontSystem.ahead(theme: theme) } } }
    }

    /// The waiting font system, or one started now.
    func take() -> Prefetch<FontSystem> {
        lock.withLock {
            defer { waiting = nil }
            return waiting ?? Prefetch { try FontSystem() }
        }
    }
}

extension FontSystem {
    /// A font system whose matches for the stacks of the theme a build will most likely use are made already:
    /// `theme` (named on the command line) or, without one, the default theme — fontconfig's matching (about 20
    /// matches) then runs on the worker while the dataset loads instead of on the build's thread. A report using
    /// another theme has its own stacks matched when its text engine is made, as without this.
    static func ahead(theme: String?) throws -> FontSystem {
        let system = try FontSystem()
        if let theme = try? BundledAssets.theme(named: theme ?? Dataset.defaultTheme) {
            _ = try? TextEngine(theme: theme, fonts: system)
        }
        return system
    }
}
