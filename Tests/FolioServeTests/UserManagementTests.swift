import FolioTestSupport
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
@testable import FolioServe

/// A user's own password and the administrator disabling and removing users: the old password is required, the
/// other sessions end, a disabled or removed user's session is refused at once, and only an administrator may
/// disable anyone (never themselves).
@Suite struct UserManagementTests {
    /// The id of the user named `name`.
    static func id(_ name: String, in bench: TestBench) throws -> Int64 {
        let users = try bench.workbench.store.users()
        guard let user = users.first(where: { $0.name == name }) else { throw TestFailure("no user \(name)") }
        return user.id
    }

    /// Whether `browser`'s session still opens the report list (a refused one is sent to the login page).
    static func isLoggedIn(_ browser: Browser, _ client: any TestClientProtocol) async throws -> Bool {
        let r = try await client.get("/reports", as: browser)
        return r.status == .ok
    }

    @Test func aDisabledUsersSessionIsRefusedAtOnce() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            let admin = try await client.setUp()
            #expect(
                try await client.post("/admin/users", "name=clerk&password=clerk-pass-1&unit=1", as: admin).status
                    == .seeOther)
            let clerk = try await client.login("clerk", "clerk-pass-1")
            #expect(try await Self.isLoggedIn(clerk, client))
            let id = try Self.id("clerk", in: bench)
            #expect(try await client.post("/admin/users/\(id)/disable", "", as: admin).status == .seeOther)
            #expect(try await !Self.isLoggedIn(clerk, client))
            let json = try await client.execute(
                uri: "/reports/x.yaml/preview.json", method: .get,
                headers: [.cookie: "\(SessionMiddleware.cookie)=\(clerk.cookie)"])
            #expect(json.status == .unauthorized)
            // The right password no longer logs in, saying why.
            let refused = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=clerk&password=clerk-pass-1"))
            #expect(refused.status == .forbidden)
            #expect(refused.headers[.setCookie] == nil)
            #expect(String(decoding: refused.body.readableBytesView, as: UTF8.self).contains("已被管理员停用"))
            let adminPage = try await client.get("/admin", as: admin)
            #expect(String(decoding: adminPage.body.readableBytesView, as: UTF8.self).contains("已停用"))
            // Enabled again, the clerk logs in; removed, never again, and the session ends.
            #expect(try await client.post("/admin/users/\(id)/enable", "", as: admin).status == .seeOther)
            let again = try await client.login("clerk", "clerk-pass-1")
            #expect(try await Self.isLoggedIn(again, client))
            #expect(try await client.post("/admin/users/\(id)/remove", "", as: admin).status == .seeOther)
            #expect(try await !Self.isLoggedIn(again, client))
            let gone = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=clerk&password=clerk-pass-1"))
            #expect(gone.status == .unauthorized)
            #expect(try await Self.isLoggedIn(admin, client))
        }
        let sessions = try await bench.workbench.store.db.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM session JOIN user ON user.id = session.userId WHERE name = 'clerk'")
        }
        #expect(sessions == 0)
    }

    @Test func aPasswordChangeNeedsTheOldPasswordAndEndsTheOtherSessions() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            let admin = try await client.setUp()
            _ = try await client.post("/admin/users", "name=clerk&password=clerk-pass-1&unit=1", as: admin)
            let here = try await client.login("clerk", "clerk-pass-1")
            let elsewhere = try await client.login("clerk", "clerk-pass-1")
            #expect(try await client.get("/account", as: here).status == .ok)
            // A wrong old password changes nothing.
            let wrong = try await client.post(
                "/account/password", "old=guess-guess&new=new-pass-22&repeat=new-pass-22", as: here)
            #expect(wrong.status == .forbidden)
            #expect(String(decoding: wrong.body.readableBytesView, as: UTF8.self).contains("原密码不正确"))
            // Two different new passwords, a short one, or no CSRF token: refused too.
            let differ = try await client.post(
                "/account/password", "old=clerk-pass-1&new=new-pass-22&repeat=new-pass-23", as: here)
            #expect(differ.status == .badRequest)
            let short = try await client.post("/account/password", "old=clerk-pass-1&new=short&repeat=short", as: here)
            #expect(short.status == .badRequest)
            let forged = try await client.post(
                "/account/password", "old=clerk-pass-1&new=new-pass-22&repeat=new-pass-22", as: here,
                csrf: String(repeating: "0", count: 64))
            #expect(forged.status == .forbidden)
            #expect(try await Self.isLoggedIn(elsewhere, client))
            _ = try await client.login("clerk", "clerk-pass-1")   // still the old password
            // The right one changes it: the session that asked stays, the others end.
            let done = try await client.post(
                "/account/password", "old=clerk-pass-1&new=new-pass-22&repeat=new-pass-22", as: here)
            #expect(done.status == .seeOther)
            #expect(done.headers[.location] == "/account?changed=1")
            #expect(try await Self.isLoggedIn(here, client))
            #expect(try await !Self.isLoggedIn(elsewhere, client))
            let old = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=clerk&password=clerk-pass-1"))
            #expect(old.status == .unauthorized)
            _ = try await client.login("clerk", "new-pass-22")
        }
        let hash = try await bench.workbench.store.db.read { db in
            try String.fetchOne(db, sql: "SELECT passwordHash FROM user WHERE name = 'clerk'")
        }
        #expect(hash?.hasPrefix("$2") == true && hash?.contains("new-pass-22") == false)
    }

    @Test func onlyAnAdministratorDisablesAndNeverThemselves() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            let admin = try await client.setUp()
            _ = try await client.post("/admin/users", "name=clerk&password=clerk-pass-1&unit=1", as: admin)
            _ = try await client.post("/admin/users", "name=other&password=other-pass-1&unit=1", as: admin)
            let clerk = try await client.login("clerk", "clerk-pass-1")
            let other = try Self.id("other", in: bench), adminId = try Self.id("admin", in: bench)
            for action in ["disable", "remove", "enable"] {
                for target in [other, adminId] {
                    #expect(
                        try await client.post("/admin/users/\(target)/\(action)", "", as: clerk).status == .forbidden)
                }
            }
            #expect(try bench.workbench.store.users().allSatisfy { !$0.isDisabled })
            _ = try await client.login("other", "other-pass-1")
            // The administrator cannot lock themselves out; an unknown user is not found.
            #expect(try await client.post("/admin/users/\(adminId)/disable", "", as: admin).status == .badRequest)
            #expect(try await client.post("/admin/users/\(adminId)/remove", "", as: admin).status == .badRequest)
            #expect(try await client.post("/admin/users/999/disable", "", as: admin).status == .notFound)
            #expect(try await Self.isLoggedIn(admin, client))
        }
    }

    @Test func theMigrationAddsTheColumnToAnOlderDatabase() throws {
        let folder = try Checkout.temporaryFolder("folio-serve-migration")
        let url = folder.appendingPathComponent("workbench.sqlite")
        do {
            let db = try DatabaseQueue(path: url.path)
            try WorkbenchStore.migrator.migrate(db, upTo: "v1: units, users, sessions, versions")
            try db.write { db in
                try db.execute(sql: "INSERT INTO user (name, passwordHash, isAdmin) VALUES ('old', 'x', 1)")
                #expect(try !db.columns(in: "user").contains { $0.name == "disabled" })
            }
        }
        let store = try WorkbenchStore(url: url, cost: 4)
        let users = try store.users()
        #expect(users.map(\.name) == ["old"])
        #expect(users.first?.isDisabled == false)
    }
}
