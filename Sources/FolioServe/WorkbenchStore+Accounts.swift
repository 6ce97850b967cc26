import Foundation
import GRDB
import HummingbirdBcrypt

extension WorkbenchStore {
    /// How long a session lasts without a new login: 12 hours, a working day.
    static let sessionSeconds: Double = 12 * 3600

    /// Whether any user exists (no: the first-run page creates the administrator).
    func hasUsers() throws -> Bool {
        try db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user") ?? 0 > 0 }
    }

    /// Adds a unit; its folder name is checked by the caller.
    func addUnit(name: String, folder: String) throws -> Unit {
        try db.write { db in
            try db.execute(sql: "INSERT INTO unit (name, folder) VALUES (?, ?)", arguments: [name, folder])
            return Unit(id: db.lastInsertedRowID, name: name, folder: folder)
        }
    }

    /// Every unit, by name.
    func units() throws -> [Unit] {
        try db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM unit ORDER BY name").map(Unit.init(row:)) }
    }

    /// The unit with `id`.
    func unit(id: Int64) throws -> Unit? {
        try db.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM unit WHERE id = ?", arguments: [id]).map(Unit.init(row:))
        }
    }

    /// Adds a user with the bcrypt hash of `password` (hummingbird-auth's Bcrypt, 2^`cost` rounds).
    func addUser(name: String, password: String, unitId: Int64?, isAdmin: Bool) throws -> User {
        let hash = Bcrypt.hash(password, cost: cost)
        return try db.write { db in
            try db.execute(
                sql: "INSERT INTO user (name, passwordHash, unitId, isAdmin) VALUES (?, ?, ?, ?)",
                arguments: [name, hash, unitId, isAdmin])
            return User(id: db.lastInsertedRowID, name: name, unitId: unitId, isAdmin: isAdmin)
        }
    }

    /// Every user, by name.
    func users() throws -> [User] {
        try db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM user ORDER BY name").map(User.init(row:)) }
    }

    /// The user named `name` if `password` is theirs. A wrong name costs a hash check too, so the answer's time
    /// does not tell which names exist.
    func authenticate(name: String, password: String) throws -> User? {
        let row = try db.read { db in try Row.fetchOne(db, sql: "SELECT * FROM user WHERE name = ?", arguments: [name])
        }
        guard let row else {
            _ = Bcrypt.verify(password, hash: decoyHash)
            return nil
        }
        let hash: String = row["passwordHash"]
        return Bcrypt.verify(password, hash: hash) ? User(row: row) : nil
    }

    /// Starts a session for `user`: a random token (the cookie) and its CSRF token, both 256 bits.
    func startSession(for user: User, now: Date = Date()) throws -> (token: String, csrf: String) {
        let token = Self.randomToken(), csrf = Self.randomToken()
        try db.write { db in
            try db.execute(sql: "DELETE FROM session WHERE expires < ?", arguments: [now.timeIntervalSince1970])
            try db.execute(
                sql: "INSERT INTO session (token, userId, csrf, expires) VALUES (?, ?, ?, ?)",
                arguments: [token, user.id, csrf, now.timeIntervalSince1970 + Self.sessionSeconds])
        }
        return (token, csrf)
    }

    /// The user and CSRF token of a live session; nil for an unknown or expired token.
    func session(token: String, now: Date = Date()) throws -> (user: User, csrf: String)? {
        try db.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT user.*, session.csrf AS csrf FROM session JOIN user ON user.id = session.userId
                        WHERE session.token = ? AND session.expires >= ? AND user.disabled = 0
                        """, arguments: [token, now.timeIntervalSince1970])
            else { return nil }
            return (User(row: row), row["csrf"])
        }
    }

    /// Ends a session.
    func endSession(token: String) throws {
        try db.write { db in try db.execute(sql: "DELETE FROM session WHERE token = ?", arguments: [token]) }
    }

    /// 32 random bytes from the system's generator, in hex.
    static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let hex = String(g.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
