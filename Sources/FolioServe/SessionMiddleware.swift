import Foundation
import Hummingbird

/// Finds the session of the `folio_session` cookie, and refuses a state-changing request (anything but GET and
/// HEAD) that does not carry the session's CSRF token (header `X-CSRF-Token`, or form field `_csrf`) or comes from
/// another origin. Pages other than the login, the first-run set-up and the static files need a session.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext
    /// The database with the sessions.
    let store: WorkbenchStore
    /// The cookie's name.
    static let cookie = "folio_session"
    /// The header a script's request carries the CSRF token in.
    static let csrfHeader = HeaderName("X-CSRF-Token")
    /// Paths that need no session.
    static let open: Set<String> = ["/login", "/setup", "/static/app.css", "/static/app.js"]

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        var request = request
        if let token = request.cookies[Self.cookie]?.value, token.count == 64,
            let found = try store.session(token: token)
        {
            context.user = found.user
            context.csrf = found.csrf
            context.sessionToken = token
        }
        let path = request.uri.path
        let changes = request.method != .get && request.method != .head
        if changes {
            if let origin = request.headers[.origin],
                origin != "http://\(request.head.authority ?? "")"
                    && origin != "https://\(request.head.authority ?? "")"
            {
                throw WorkbenchError.forbidden("请求来自其他网站，已拒绝（跨站请求）。")
            }
        }
        if Self.open.contains(path) { return try await next(request, context) }
        guard context.user != nil, let csrf = context.csrf else {
            if changes || path.hasSuffix(".json") { throw WorkbenchError.unauthorized }
            return .redirect(to: "/login")
        }
        if changes {
            var given = Self.csrfHeader.flatMap { request.headers[$0] }
            if given == nil,
                request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true
            {
                let body = try await request.body.collect(upTo: 1 << 20)
                request.body = .init(buffer: body)
                given = FormFields(String(decoding: body.readableBytesView, as: UTF8.self))["_csrf"]
            }
            guard let given, Self.same(given, csrf) else {
                throw WorkbenchError.forbidden("表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试。")
            }
        }
        return try await next(request, context)
    }

    /// Compares two tokens in time independent of where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var d: UInt8 = 0
        for i in x.indices { d |= x[i] ^ y[i] }
        return d == 0
    }
}
