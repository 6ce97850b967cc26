import Foundation
import GRDB
import HummingbirdBcrypt

extension WorkbenchStore {
    /// The user with `id`.
    func user(id: Int64) throws -> User? {
        try db.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM user WHERE id = ?", arguments: [id]).map(User.init(row:))
        }
    }

    /// Changes `user`'s password when `old` is their current one (bcrypt, as every password), and ends all their
    /// sessions but `keeping` (the one that asked). Returns false, changing nothing, when `old` is wrong.
    func changePassword(of user: User, old: String, new: String, keeping token: String?) throws -> Bool {
        let hash = try db.read { db in
            try String.fetchOne(db, sql: "SELECT passwordHash FROM user WHERE id = ?", arguments: [user.id])
        }
        guard let hash, Bcrypt.verify(old, hash: hash) else { return false }
        let newHash = Bcrypt.hash(new, cost: cost)
        try db.write { db in
            try db.execute(sql: "UPDATE user SET passwordHash = ? WHERE id = ?", arguments: [newHash, user.id])
            try db.execute(
                sql: "DELETE FROM session WHERE userId = ? AND token IS NOT ?", arguments: [user.id, token])
        }
        return true
    }

    /// Disables (or enables again) the user with `id`; disabling ends their sessions at once.
    func setDisabled(_ disabled: Bool, userId: Int64) throws {
        try db.write { db in
            try db.execute(sql: "UPDATE user SET disabled = ? WHERE id = ?", arguments: [disabled, userId])
            if disabled { try db.execute(sql: "DELETE FROM session WHERE userId = ?", arguments: [userId]) }
        }
    }

    /// Removes the user with `id` and their sessions; the versions they saved keep their name.
    func removeUser(id: Int64) throws {
        try db.write { db in
            try db.execute(sql: "DELETE FROM session WHERE userId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM user WHERE id = ?", arguments: [id])
        }
    }
}
