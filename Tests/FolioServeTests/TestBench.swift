import Folio
import FolioTestSupport
import Foundation
import HummingbirdTesting
import Hummingbird
@testable import FolioServe

/// A workbench over a new temporary folder, with the administrator (unit A) set up, for tests in-process.
struct TestBench {
    /// The data folder.
    let folder: URL
    /// The workbench.
    let workbench: Workbench

    /// The set-up code the tests use.
    static let code = "test-setup-code"

    init() async throws {
        folder = try Checkout.temporaryFolder("folio-serve")
        var config = ServeConfiguration(folder: folder)
        config.passwordCost = 4
        config.setupCode = Self.code
        config.options.assets = Checkout.assets
        workbench = try await Workbench(configuration: config)
    }

    /// Runs `test` with a client of the application in-process.
    func run(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await workbench.application().test(.router) { client in try await test(client) }
    }
}

/// A logged-in browser: its session cookie and the CSRF token of its pages.
struct Browser: Sendable {
    var cookie: String
    var csrf: String

    /// The headers of its requests.
    func headers(csrf token: String? = nil, _ extra: HTTPFields = [:]) -> HTTPFields {
        var h: HTTPFields = [.cookie: "\(SessionMiddleware.cookie)=\(cookie)"]
        if let name = SessionMiddleware.csrfHeader { h[name] = token ?? csrf }
        h.append(contentsOf: extra)
        return h
    }
}

extension TestClientProtocol {
    /// Creates the administrator (and unit A, folder `unit-a`) through the first-run page and returns the session.
    func setUp() async throws -> Browser {
        let r = try await execute(
            uri: "/setup", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(
                string:
                    "code=\(TestBench.code)&name=admin&password=admin-pass-1&unitName=%E7%94%B2%E9%95%87&unitFolder=unit-a"
            ))
        return try await browser(from: r)
    }

    /// Logs in and returns the session.
    func login(_ name: String, _ password: String) async throws -> Browser {
        let r = try await execute(
            uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "name=\(name)&password=\(password)"))
        return try await browser(from: r)
    }

    /// The session a login answer set, with the CSRF token read from the next page.
    func browser(from response: TestResponse) async throws -> Browser {
        guard let set = response.headers[.setCookie], let start = set.range(of: "\(SessionMiddleware.cookie)=") else {
            throw TestFailure("no session cookie: status \(response.status)")
        }
        let cookie = String(set[start.upperBound...].prefix { $0 != ";" })
        let page = try await execute(
            uri: "/reports", method: .get, headers: [.cookie: "\(SessionMiddleware.cookie)=\(cookie)"])
        let html = String(decoding: page.body.readableBytesView, as: UTF8.self)
        let token = html.range(of: "data-csrf=\"").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
        return Browser(cookie: cookie, csrf: token)
    }

    /// A form POST as the browser sends it.
    func post(_ uri: String, _ form: String, as browser: Browser, csrf: String? = nil) async throws -> TestResponse {
        var h: HTTPFields = [
            .cookie: "\(SessionMiddleware.cookie)=\(browser.cookie)", .contentType: "application/x-www-form-urlencoded",
        ]
        let body = form + "&_csrf=" + (csrf ?? browser.csrf)
        h[.accept] = "text/html"
        return try await execute(uri: uri, method: .post, headers: h, body: ByteBuffer(string: body))
    }

    /// A GET as the browser sends it.
    func get(_ uri: String, as browser: Browser) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: [.cookie: "\(SessionMiddleware.cookie)=\(browser.cookie)"])
    }

    /// An upload as the page's script sends it.
    func upload(_ bytes: [UInt8], name: String, as browser: Browser) async throws -> TestResponse {
        var h = browser.headers()
        if let n = Workbench.fileNameHeader {
            h[n] = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
        }
        h[.accept] = "application/json"
        return try await execute(uri: "/reports/import", method: .post, headers: h, body: ByteBuffer(bytes: bytes))
    }
}

/// A failed expectation outside `#expect`.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

extension TestResponse {
    /// The body as UTF-8 text.
    var text: String { String(decoding: body.readableBytesView, as: UTF8.self) }
}
