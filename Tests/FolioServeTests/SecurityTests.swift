import FolioTestSupport
import GRDB
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import FolioServe

/// The web cases of the hostile-input catalogue (docs/limits.md): set-up, forged sessions, CSRF, path traversal,
/// oversized and malformed uploads, cross-unit access; each refused with a clear message and its status.
@Suite struct SecurityTests {
    @Test func setUpNeedsTheCodeAndRunsOnce() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            let wrong = try await client.execute(
                uri: "/setup", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "code=guess&name=x&password=12345678&unitName=a&unitFolder=a"))
            #expect(wrong.status == .forbidden)
            #expect(String(decoding: wrong.body.readableBytesView, as: UTF8.self).contains("设置码不正确"))
            _ = try await client.setUp()
            let again = try await client.execute(
                uri: "/setup", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "code=\(TestBench.code)&name=y&password=12345678&unitName=b&unitFolder=b"))
            #expect(again.status == .forbidden)
        }
    }

    @Test func passwordsAreHashedAndChecked() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            _ = try await client.setUp()
            let bad = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=admin&password=wrong-pass"))
            #expect(bad.status == .unauthorized)
            #expect(String(decoding: bad.body.readableBytesView, as: UTF8.self).contains("用户名或密码不正确"))
            let nobody = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=nobody&password=admin-pass-1"))
            #expect(nobody.status == .unauthorized)
            _ = try await client.login("admin", "admin-pass-1")
        }
        let hashes = try await bench.workbench.store.db.read { db in
            try String.fetchAll(db, sql: "SELECT passwordHash FROM user")
        }
        #expect(hashes.count == 1)
        #expect(hashes.allSatisfy { $0.hasPrefix("$2") && !$0.contains("admin-pass-1") })
    }

    @Test func repeatedFailedLoginsLockTheName() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            _ = try await client.setUp()
            for _ in 0..<5 {
                let bad = try await client.execute(
                    uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "name=admin&password=guess-guess"))
                #expect(bad.status == .unauthorized)
            }
            // The right password too is refused while the name is locked.
            let locked = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=admin&password=admin-pass-1"))
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("失败次数过多"))
        }
        let throttle = LoginThrottle(limit: 2, window: 60)
        let start = Date()
        throttle.failed("a", now: start)
        throttle.failed("a", now: start)
        #expect(throttle.isLocked("a", now: start.addingTimeInterval(30)))
        #expect(!throttle.isLocked("a", now: start.addingTimeInterval(61)))
        #expect(!throttle.isLocked("b", now: start))
    }

    @Test func forgedOrMissingSessionsAreRefused() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            _ = try await client.setUp()
            let none = try await client.execute(uri: "/reports", method: .get)
            #expect(none.status == .seeOther)
            #expect(none.headers[.location] == "/login")
            let forged = Browser(cookie: String(repeating: "a", count: 64), csrf: "x")
            let page = try await client.get("/reports", as: forged)
            #expect(page.status == .seeOther)
            let json = try await client.get("/reports/x.yaml/preview.json", as: forged)
            #expect(json.status == .unauthorized)
            let post = try await client.post("/reports/new", "template=xx-town-2016-2020.yaml", as: forged)
            #expect(post.status == .unauthorized)
            let logout = try await client.setUpAndLogout()
            #expect(logout.status == .seeOther)
        }
    }

    @Test func stateChangesNeedTheSessionsCSRFToken() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            let admin = try await client.setUp()
            #expect(admin.csrf.count == 64)
            let missing = try await client.execute(
                uri: "/reports/new", method: .post,
                headers: [
                    .cookie: "\(SessionMiddleware.cookie)=\(admin.cookie)",
                    .contentType: "application/x-www-form-urlencoded", .accept: "text/html",
                ],
                body: ByteBuffer(string: "template=xx-town-2016-2020.yaml"))
            #expect(missing.status == .forbidden)
            #expect(String(decoding: missing.body.readableBytesView, as: UTF8.self).contains("CSRF"))
            let wrong = try await client.post(
                "/reports/new", "template=xx-town-2016-2020.yaml", as: admin, csrf: String(repeating: "0", count: 64))
            #expect(wrong.status == .forbidden)
            var crossSite = admin.headers()
            crossSite[.origin] = "http://evil.example"
            let other = try await client.execute(
                uri: "/reports/new", method: .post, headers: crossSite, body: ByteBuffer(string: "template=x"))
            #expect(other.status == .forbidden)
            let ok = try await client.post("/reports/new", "template=xx-town-2016-2020.yaml", as: admin)
            #expect(ok.status == .seeOther)
        }
    }

    @Test func noPathLeavesTheUnitsFolder() async throws {
        let bench = try await TestBench()
        let secret = bench.folder.appendingPathComponent("secret.yaml")
        try "report: {title: 秘密}\n".write(to: secret, atomically: true, encoding: .utf8)
        try await bench.run { client in
            let admin = try await client.setUp()
            for uri in [
                "/reports/..%2Fsecret.yaml", "/reports/%2E%2E%2F%2E%2E%2Fsecret.yaml",
                "/reports/..%2F..%2F.folio%2Fworkbench.sqlite",
                "/reports/.hidden.yaml", "/reports/a%00.yaml", "/reports/..%5Csecret.yaml",
            ] {
                let r = try await client.get(uri, as: admin)
                #expect(r.status == .badRequest || r.status == .notFound, "\(uri): \(r.status)")
                #expect(!String(decoding: r.body.readableBytesView, as: UTF8.self).contains("秘密"))
            }
            // A symlink planted in the unit's folder that leads outside it.
            let unitFolder = bench.folder.appendingPathComponent("units/unit-a")
            try FileManager.default.createSymbolicLink(
                at: unitFolder.appendingPathComponent("link.yaml"), withDestinationURL: secret)
            let link = try await client.get("/reports/link.yaml", as: admin)
            #expect(link.status == .forbidden)
            #expect(String(decoding: link.body.readableBytesView, as: UTF8.self).contains("数据文件夹之外"))
            let page = try await client.get("/reports/x.yaml/pages/0123456789abcdef/..%2F..%2Fsecret.yaml", as: admin)
            #expect(page.status == .notFound)
        }
    }

    @Test func uploadsAreLimitedAndCheckedByContent() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            let admin = try await client.setUp()
            let big = try await client.upload(
                [UInt8](repeating: 0x41, count: (5 << 20) + 1), name: "big.txt", as: admin)
            #expect(big.status == .contentTooLarge)
            #expect(String(decoding: big.body.readableBytesView, as: UTF8.self).contains("文件太大"))
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
            let binary = try await client.upload(png, name: "report.txt", as: admin)
            #expect(binary.status == .badRequest)
            #expect(String(decoding: binary.body.readableBytesView, as: UTF8.self).contains("不是纯文本"))
            let fakeDocx = try await client.upload(Array("一、工作回顾".utf8), name: "report.docx", as: admin)
            #expect(fakeDocx.status == .badRequest)
            let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 40)
            let notWord = try await client.upload(zip, name: "report.docx", as: admin)
            #expect(notWord.status == .badRequest)
            #expect(String(decoding: notWord.body.readableBytesView, as: UTF8.self).contains("word/document.xml"))
            let doc = try await client.upload(
                [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], name: "old.doc", as: admin)
            #expect(String(decoding: doc.body.readableBytesView, as: UTF8.self).contains(".doc"))
            let empty = try await client.upload([], name: "empty.txt", as: admin)
            #expect(empty.status == .badRequest)
            let seed = try await client.upload(
                Array(try Data(contentsOf: Checkout.seed)), name: "xx镇工作报告.txt", as: admin)
            #expect(seed.status == .ok)
            #expect(String(decoding: seed.body.readableBytesView, as: UTF8.self).contains("xx镇工作报告.yaml"))
        }
        #expect(
            FileManager.default.fileExists(
                atPath: bench.folder.appendingPathComponent("units/unit-a/xx镇工作报告.yaml").path))
    }

    @Test func aUnitSeesOnlyItsOwnReports() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            let admin = try await client.setUp()
            #expect(
                try await client.post("/admin/units", "name=%E4%B9%99%E9%95%87&folder=unit-b", as: admin).status
                    == .seeOther)
            #expect(
                try await client.post("/admin/users", "name=bob&password=bob-pass-1&unit=2", as: admin).status
                    == .seeOther)
            #expect(
                try await client.post("/reports/new", "template=xx-town-2016-2020.yaml&name=a-report", as: admin).status
                    == .seeOther)
            let bob = try await client.login("bob", "bob-pass-1")
            let list = try await client.get("/reports", as: bob)
            #expect(!String(decoding: list.body.readableBytesView, as: UTF8.self).contains("a-report"))
            for uri in [
                "/reports/a-report.yaml", "/reports/a-report.yaml/history", "/reports/a-report.yaml/pdf",
                "/reports/a-report.yaml/preview.json", "/reports/a-report.yaml/diff?a=1&b=1",
            ] {
                let r = try await client.get(uri, as: bob)
                #expect(r.status == .notFound, "\(uri): \(r.status)")
            }
            let delete = try await client.post("/reports/a-report.yaml/delete", "", as: bob)
            #expect(delete.status == .notFound)
            let admin2 = try await client.get("/admin", as: bob)
            #expect(admin2.status == .forbidden)
            // Bob's own report with the same name: his version ids never reach unit A's.
            #expect(
                try await client.post("/reports/new", "template=xx-town-2016-2020.yaml&name=a-report", as: bob).status
                    == .seeOther)
            let otherVersion = try await client.get("/reports/a-report.yaml/diff?a=1&b=2", as: bob)
            #expect(otherVersion.status == .notFound)
        }
        #expect(
            FileManager.default.fileExists(
                atPath: bench.folder.appendingPathComponent("units/unit-a/a-report.yaml").path))
    }
}

extension TestClientProtocol {
    /// Logs the administrator in again and out; returns the logout's answer (the session is gone after it).
    func setUpAndLogout() async throws -> TestResponse {
        let admin = try await login("admin", "admin-pass-1")
        let r = try await post("/logout", "", as: admin)
        let after = try await get("/reports", as: admin)
        guard after.status == .seeOther else { throw TestFailure("session still alive after logout: \(after.status)") }
        return r
    }
}
