import Folio
import FolioMessages
import Foundation
import GRDB
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

    /// The Hummingbird application listening where the configuration says; `listening` is called with the port
    /// once it listens (the one the system chose when the configuration asks for port 0). Its log keeps warnings
    /// and errors only: Hummingbird's English "Server started" line is not for the terminal of a Chinese user, who
    /// is told the address by `serve` instead.
    public func application(listening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let port = configuration.port
        var application = Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: port), serverName: nil),
            onServerRunning: { channel in await listening(channel.localAddress?.port ?? port) })
        application.logger.logLevel = .warning
        return application
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
    /// Checks the address, the data folder and the workbench's pages (`StartCheck`), opens the workbench over
    /// `configuration.folder` and serves it until SIGINT or SIGTERM. `announce` gets the lines for the terminal (the
    /// address, and on first start the set-up code) once the server listens, never before: what keeps it from
    /// starting is thrown instead, as a `ServeStartError` (or `AssetLocator`'s `FolioError` when there is no asset
    /// folder).
    public static func serve(
        _ configuration: ServeConfiguration, announce: @escaping @Sendable (String) -> Void
    ) async throws {
        try StartCheck.address(host: configuration.host, port: configuration.port)
        try StartCheck.folder(configuration.folder)
        try StartCheck.pages(configuration.options)
        let workbench = try await open(configuration)
        let listening = StartFlag()
        let application = workbench.application { port in
            listening.set()
            workbench.announce(port: port, to: announce)
        }
        do {
            try await application.runService()
        } catch let error where !listening.isSet {
            // The port was taken between the check and the server's bind: ask again why, else the server's words.
            try StartCheck.address(host: configuration.host, port: configuration.port)
            throw ServeStartError.cannotListen(host: configuration.host, port: configuration.port, reason: "\(error)")
        }
    }

    /// The workbench over `configuration`, a database that does not open told as such.
    static func open(_ configuration: ServeConfiguration) async throws -> Workbench {
        do {
            return try await Workbench(configuration: configuration)
        } catch let error as DatabaseError {
            let file = configuration.folder.appendingPathComponent(".folio/workbench.sqlite")
            throw ServeStartError.database(path: file.path, reason: databaseReason(error))
        }
    }

    /// Why SQLite did not open the database, in the catalogues' words for the usual causes (a damaged or foreign
    /// file, a lock held by another program, a read-only file), else SQLite's own.
    static func databaseReason(_ error: DatabaseError) -> Message {
        switch error.resultCode.primaryResultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return Message("serve.start.database.damaged")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return Message("serve.start.database.busy")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return Message("serve.start.database.read-only")
        default: return .verbatim(error.message ?? "\(error)")
        }
    }

    /// Tells `announce` where the workbench listens and, before the first user exists, the set-up code; in Chinese,
    /// the workbench's language, whatever the command line's (scripts read the code from this line).
    func announce(port: Int, to announce: @Sendable (String) -> Void) {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        let address = "http://\(host):\(port)/"
        let folder = configuration.folder.standardizedFileURL.path
        announce(Message("serve.started", ["address": "\(address)", "path": "\(folder)"]).text(.chinese))
        if needsSetup {
            announce(Message("serve.started.setup", ["address": "\(address)", "code": "\(setupCode)"]).text(.chinese))
        }
    }
}

/// Whether the server got as far as listening, set from its event loop and read by the task that awaits it.
final class StartFlag: @unchecked Sendable {
    /// Guards `value`.
    private let lock = NSLock()
    /// Set once the server listens.
    private var value = false
    /// Whether it was set.
    var isSet: Bool { lock.withLock { value } }
    /// Sets it.
    func set() { lock.withLock { value = true } }
}
