import Foundation
import GRDB

extension WorkbenchStore {
    /// Keeps `yaml` as a version of `report` in `unit`, unless the last version kept is the same text.
    @discardableResult
    func keepVersion(
        unit: Int64, report: String, yaml: String, user: String, note: String, now: Date = Date()
    ) throws
        -> Int64
    {
        let revision = Fingerprint.of(yaml)
        return try db.write { db in
            if let last = try Row.fetchOne(
                db, sql: "SELECT id, revision FROM version WHERE unitId = ? AND report = ? ORDER BY id DESC LIMIT 1",
                arguments: [unit, report]), (last["revision"] as String) == revision
            {
                return last["id"]
            }
            try db.execute(
                sql: """
                    INSERT INTO version (unitId, report, revision, yaml, userName, note, created)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [unit, report, revision, yaml, user, note, now.timeIntervalSince1970])
            return db.lastInsertedRowID
        }
    }

    /// The versions of a report, newest first.
    func versions(unit: Int64, report: String) throws -> [Version] {
        try db.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM version WHERE unitId = ? AND report = ? ORDER BY id DESC",
                arguments: [unit, report]
            ).map(Version.init(row:))
        }
    }

    /// One version of a report of `unit` (nil when the id is another unit's or another report's).
    func version(id: Int64, unit: Int64, report: String) throws -> Version? {
        try db.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM version WHERE id = ? AND unitId = ? AND report = ?",
                arguments: [id, unit, report]
            ).map(Version.init(row:))
        }
    }

    /// The newest version of a report whose text has `revision`.
    func version(revision: String, unit: Int64, report: String) throws -> Version? {
        try db.read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM version WHERE revision = ? AND unitId = ? AND report = ? ORDER BY id DESC LIMIT 1",
                arguments: [revision, unit, report]
            ).map(Version.init(row:))
        }
    }
}
