import Foundation

/// Failed logins by user name: after `limit` failures within `window` seconds the name is refused until the window
/// has passed, whatever the password, so a password cannot be guessed at the server's speed. Kept in memory (a
/// restart forgets it); a success clears the name's count.
final class LoginThrottle: @unchecked Sendable {
    /// Failures allowed within the window.
    let limit: Int
    /// The window, seconds.
    let window: TimeInterval
    private let lock = NSLock()
    private var failures: [String: (count: Int, first: Date)] = [:]

    init(limit: Int = 5, window: TimeInterval = 600) {
        self.limit = limit
        self.window = window
    }

    /// Whether `name` is refused now.
    func isLocked(_ name: String, now: Date = Date()) -> Bool {
        lock.withLock {
            guard let f = failures[name] else { return false }
            if now.timeIntervalSince(f.first) > window {
                failures[name] = nil
                return false
            }
            return f.count >= limit
        }
    }

    /// Counts a failed login of `name`.
    func failed(_ name: String, now: Date = Date()) {
        lock.withLock {
            if let f = failures[name], now.timeIntervalSince(f.first) <= window {
                failures[name] = (f.count + 1, f.first)
            } else {
                failures[name] = (1, now)
            }
        }
    }

    /// Clears `name` after a successful login.
    func succeeded(_ name: String) {
        lock.withLock { failures[name] = nil }
    }
}
