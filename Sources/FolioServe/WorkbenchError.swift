import Foundation
import Hummingbird

/// A refusal, with the message (in Chinese) the page shows; each maps to its HTTP status.
enum WorkbenchError: Error, HTTPResponseError {
    /// Not logged in (401).
    case unauthorized
    /// Logged in but not allowed, or a forged or stale form (403).
    case forbidden(String)
    /// No such report or version in the user's unit (404): the same answer whether it exists elsewhere or not.
    case notFound(String)
    /// A request the workbench cannot take: a bad name, a malformed upload (400).
    case badRequest(String)
    /// Too large an upload (413).
    case tooLarge(String)
    /// A save that started from an older text than the file's (409), with what changed since.
    case conflict(String, changes: [String])
    /// A dataset that does not load after the change, with its diagnostics (422).
    case invalid(String, details: [String])

    /// The HTTP status.
    var status: HTTPResponse.Status {
        switch self {
        case .unauthorized: return .unauthorized
        case .forbidden: return .forbidden
        case .notFound: return .notFound
        case .badRequest: return .badRequest
        case .tooLarge: return .contentTooLarge
        case .conflict: return .conflict
        case .invalid: return .unprocessableContent
        }
    }

    /// The message shown.
    var message: String {
        switch self {
        case .unauthorized: return "请先登录。"
        case .forbidden(let m), .notFound(let m), .badRequest(let m), .tooLarge(let m): return m
        case .conflict(let m, _), .invalid(let m, _): return m
        }
    }

    /// The lines under the message (what changed, the diagnostics).
    var details: [String] {
        switch self {
        case .conflict(_, let c): return c
        case .invalid(_, let d): return d
        default: return []
        }
    }
}

extension WorkbenchError {
    /// The refusal as the caller reads it: JSON (`{"error": …, "details": […]}`) for a script (`Accept:
    /// application/json`, or a `.json` path), else a page in Chinese with a link back.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        let wantsJSON =
            request.headers[.accept]?.contains("application/json") == true || request.uri.path.hasSuffix(".json")
        if wantsJSON {
            let body = try JSONSerialization.data(
                withJSONObject: ["error": message, "details": details], options: [.withoutEscapingSlashes])
            return Response(
                status: status, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        let items = details.map { "<li>\(HTML.escape($0))</li>" }.joined()
        let html = HTML.page(
            title: "无法完成",
            body: """
                <main class="narrow"><h1>无法完成</h1><p class="refusal">\(HTML.escape(message))</p>
                \(items.isEmpty ? "" : "<ul class=\"details\">\(items)</ul>")
                <p><a href="/reports">返回报告列表</a></p></main>
                """)
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
