import Folio
import Foundation
import Hummingbird
import Mustache

/// `folio serve`: the workbench, a web application in Chinese over a folder of datasets. Reports stay YAML files
/// (`units/<unit>/NAME.yaml`, what `folio build` reads); accounts, sessions and versions live in
/// `.folio/workbench.sqlite`. docs/serve.md describes it.
public final class Workbench: Sendable {
    /// What it was started with.
    let configuration: ServeConfiguration
    /// The database.
    let store: WorkbenchStore
    /// The page templates (Assets/serve/templates).
    let templates: MustacheLibrary
    /// The static files (Assets/serve/static), read once.
    let statics: [String: (type: String, body: String)]
    /// The one-time code of the first-run page.
    public let setupCode: String
    /// Saves run one at a time (read, compare, write, keep a version).
    let saves = SerialWork(label: "folio.serve.saves")
    /// Failed logins by name (5 in 10 minutes lock the name for the rest of them).
    let logins = LoginThrottle()
    /// Loads, previews and builds: at most one per core at once.
    let renders = BoundedWork(width: max(1, ProcessInfo.processInfo.activeProcessorCount))

    /// Opens the data folder (creating `.folio/` and `units/`), the database and the templates.
    public init(configuration: ServeConfiguration) async throws {
        self.configuration = configuration
        let fm = FileManager.default
        let meta = configuration.folder.appendingPathComponent(".folio", isDirectory: true)
        try fm.createDirectory(at: meta, withIntermediateDirectories: true)
        try fm.createDirectory(
            at: configuration.folder.appendingPathComponent("units", isDirectory: true),
            withIntermediateDirectories: true)
        store = try WorkbenchStore(
            url: meta.appendingPathComponent("workbench.sqlite"), cost: configuration.passwordCost)
        let assets = try AssetLocator.assets(for: configuration.options).appendingPathComponent("serve")
        templates = try await MustacheLibrary(directory: assets.appendingPathComponent("templates").path)
        var statics: [String: (String, String)] = [:]
        for (name, type) in [("app.css", "text/css"), ("app.js", "text/javascript")] {
            statics[name] = (
                type + "; charset=utf-8",
                try String(contentsOf: assets.appendingPathComponent("static/\(name)"), encoding: .utf8)
            )
        }
        self.statics = statics
        setupCode = configuration.setupCode ?? String(WorkbenchStore.randomToken().prefix(12))
    }

    /// Whether the first-run page is still open (no user yet).
    public var needsSetup: Bool { (try? store.hasUsers()) == false }

    /// The routes, behind the session and CSRF checks.
    func router() -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: SessionMiddleware(store: store))
        router.get("/") { _, _ in Response.redirect(to: "/reports") }
        router.get("/static/{file}") { [statics] _, context in
            guard let name = context.parameters.get("file"), let file = statics[name] else {
                throw WorkbenchError.notFound("没有这个文件。")
            }
            return Response(
                status: .ok, headers: [.contentType: file.type, .cacheControl: "no-cache"],
                body: .init(byteBuffer: ByteBuffer(string: file.body)))
        }
        addAccountRoutes(router)
        addAdminRoutes(router)
        addUserRoutes(router)
        addReportRoutes(router)
        addEditRoutes(router)
        addPreviewRoutes(router)
        return router
    }

    /// The Hummingbird application listening where the configuration says.
    public func application() -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil))
    }

    /// A page from template `name` with `object`'s values (escaped by Mustache), plus the user and CSRF token.
    func page(
        _ name: String, _ object: [String: Any], context: WorkbenchContext, status: HTTPResponse.Status = .ok
    )
        -> Response
    {
        var values = object
        values["csrf"] = context.csrf ?? ""
        if let user = context.user {
            values["user"] = ["name": user.name, "isAdmin": user.isAdmin]
        }
        let html = templates.render(values, withTemplate: name) ?? "模板 \(name) 缺失"
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// `value` as a JSON response.
    func json(_ value: Any, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Headers every answer carries: no framing by other sites, no content-type guessing, scripts and styles from
/// the workbench itself only (no CDN: the pages work offline).
struct SecurityHeaders: RouterMiddleware {
    typealias Context = WorkbenchContext
    /// The headers and their values.
    static let headers = [
        ("X-Frame-Options", "DENY"), ("X-Content-Type-Options", "nosniff"),
        (
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        ),
        ("Referrer-Policy", "same-origin"),
    ]

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do { response = try await next(request, context) } catch let e as WorkbenchError {
            response = try e.response(from: request, context: context)
        }
        for (name, value) in Self.headers {
            if let field = HeaderName(name) { response.headers[field] = value }
        }
        return response
    }
}

extension Workbench {
    /// Opens the workbench over `configuration.folder` and serves it until SIGINT or SIGTERM; `announce` gets the
    /// lines for the terminal (the address, and on first start the set-up code).
    public static func serve(_ configuration: ServeConfiguration, announce: @Sendable (String) -> Void) async throws {
        let workbench = try await Workbench(configuration: configuration)
        let address = "http://\(configuration.host):\(configuration.port)/"
        announce("Folio 工作台：\(address)（数据文件夹 \(configuration.folder.path)）")
        if workbench.needsSetup {
            announce("首次使用：打开 \(address)setup ，输入设置码 \(workbench.setupCode) 创建管理员。")
        }
        try await workbench.application().runService()
    }
}
