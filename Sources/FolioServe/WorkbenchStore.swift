import Foundation
import GRDB
import HummingbirdBcrypt

/// The workbench's database (SQLite through GRDB): units, users, sessions and the version history of every
/// report. The datasets themselves stay YAML files in the data folder; this file holds who may see them and what
/// they were. A backup is one copy of `workbench.sqlite` (taken with the server stopped, or with `sqlite3 .backup`).
/// docs/serve.md says how the same tables move to PostgreSQL.
final class WorkbenchStore: Sendable {
    /// The connection pool (one writer, readers alongside: WAL mode).
    let db: DatabasePool
    /// bcrypt's cost (2^cost rounds) for new passwords: 12 by default; the tests use 4, the least.
    let cost: UInt8
    /// A bcrypt hash of a random text, checked against when a login names no user (the same time either way).
    let decoyHash: String

    /// Opens (creating when new) the database at `url` and runs the migrations it lacks.
    init(url: URL, cost: UInt8 = 12) throws {
        self.cost = cost
        decoyHash = Bcrypt.hash(WorkbenchStore.randomToken(), cost: cost)
        var config = Configuration()
        config.foreignKeysEnabled = true
        db = try DatabasePool(path: url.path, configuration: config)
        try Self.migrator.migrate(db)
    }

    /// The schema, one migration per change; never edit a shipped migration, add the next one.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: units, users, sessions, versions") { db in
            try db.create(table: "unit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("folder", .text).notNull().unique()
            }
            try db.create(table: "user") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("passwordHash", .text).notNull()
                t.column("unitId", .integer).references("unit", onDelete: .restrict)
                t.column("isAdmin", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "session") { t in
                t.primaryKey("token", .text)
                t.column("userId", .integer).notNull().references("user", onDelete: .cascade)
                t.column("csrf", .text).notNull()
                t.column("expires", .double).notNull()
            }
            try db.create(table: "version") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("unitId", .integer).notNull().references("unit", onDelete: .cascade)
                t.column("report", .text).notNull()
                t.column("revision", .text).notNull()
                t.column("yaml", .text).notNull()
                t.column("userName", .text).notNull()
                t.column("note", .text).notNull()
                t.column("created", .double).notNull()
            }
            try db.create(index: "version_report", on: "version", columns: ["unitId", "report"])
        }
        m.registerMigration("v2: users can be disabled") { db in
            try db.alter(table: "user") { t in t.add(column: "disabled", .boolean).notNull().defaults(to: false) }
        }
        return m
    }
}

/// A unit (a township, an office): its reports live in `units/<folder>/` of the data folder.
struct Unit: Sendable, Hashable {
    var id: Int64
    var name: String
    /// The folder name under `units/`: ASCII letters, digits, `-` and `_` (`ReportFolder.isSafeFolderName`).
    var folder: String

    init(id: Int64, name: String, folder: String) { self.id = id; self.name = name; self.folder = folder }
    init(row: Row) { id = row["id"]; name = row["name"]; folder = row["folder"] }
}

/// A person who logs in.
struct User: Sendable, Hashable {
    var id: Int64
    var name: String
    var unitId: Int64?
    var isAdmin: Bool
    /// Disabled by the administrator: cannot log in, and has no session.
    var isDisabled: Bool

    init(id: Int64, name: String, unitId: Int64?, isAdmin: Bool, isDisabled: Bool = false) {
        self.id = id; self.name = name; self.unitId = unitId; self.isAdmin = isAdmin; self.isDisabled = isDisabled
    }
    init(row: Row) {
        id = row["id"]; name = row["name"]; unitId = row["unitId"]; isAdmin = row["isAdmin"]
        isDisabled = row["disabled"]
    }
}

/// One kept state of a report.
struct Version: Sendable, Hashable {
    var id: Int64
    var report: String
    var revision: String
    var yaml: String
    var userName: String
    var note: String
    var created: Date

    init(row: Row) {
        id = row["id"]; report = row["report"]; revision = row["revision"]; yaml = row["yaml"]
        userName = row["userName"]; note = row["note"]
        created = Date(timeIntervalSince1970: row["created"])
    }
}
