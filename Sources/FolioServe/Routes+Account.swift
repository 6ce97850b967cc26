import Foundation
import Hummingbird

extension Workbench {
    /// Login, logout and the first-run set-up (the administrator and the first unit).
    func addAccountRoutes(_ router: Router<WorkbenchContext>) {
        router.get("/login") { _, context in
            if self.needsSetup { return Response.redirect(to: "/setup") }
            return self.page("login", [:], context: context)
        }
        router.post("/login") { request, context in
            let form = try await self.form(request)
            let name = form["name"] ?? "", password = form["password"] ?? ""
            if self.logins.isLocked(name) {
                return self.page(
                    "login", ["error": "该用户登录失败次数过多，请 10 分钟后再试。", "name": name], context: context,
                    status: .tooManyRequests)
            }
            let store = self.store
            guard let user = try await self.renders.run({ try store.authenticate(name: name, password: password) })
            else {
                self.logins.failed(name)
                return self.page(
                    "login", ["error": "用户名或密码不正确。", "name": name], context: context, status: .unauthorized)
            }
            self.logins.succeeded(name)
            guard !user.isDisabled else {
                return self.page(
                    "login", ["error": Self.say("serve.login.disabled"), "name": name], context: context,
                    status: .forbidden)
            }
            return try self.startSession(user)
        }
        router.post("/logout") { _, context in
            if let token = context.sessionToken { try self.store.endSession(token: token) }
            var response = Response.redirect(to: "/login")
            response.setCookie(Self.sessionCookie("", maxAge: 0))
            return response
        }
        router.get("/setup") { _, context in
            guard self.needsSetup else { return Response.redirect(to: "/login") }
            return self.page("setup", [:], context: context)
        }
        router.post("/setup") { request, context in
            guard self.needsSetup else { throw WorkbenchError.forbidden("管理员已经设置过了。") }
            let form = try await self.form(request)
            guard SessionMiddleware.same(form["code"] ?? "", self.setupCode) else {
                return self.page(
                    "setup", ["error": "设置码不正确：请看启动 folio serve 的终端上打印的设置码。"], context: context, status: .forbidden)
            }
            let user = try await self.createAccount(form, admin: true)
            return try self.startSession(user)
        }
    }

    /// The administrator's page: units and users.
    func addAdminRoutes(_ router: Router<WorkbenchContext>) {
        router.get("/admin") { _, context in
            try self.requireAdmin(context)
            let units = try self.store.units()
            let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) })
            return self.page(
                "admin",
                [
                    "units": units.map { ["id": $0.id, "name": $0.name, "folder": $0.folder] },
                    "users": try self.store.users().map {
                        [
                            "id": $0.id, "name": $0.name, "unit": $0.unitId.flatMap { names[$0] } ?? "—",
                            "isAdmin": $0.isAdmin, "disabled": $0.isDisabled, "self": $0.id == context.user?.id,
                        ]
                    },
                ], context: context)
        }
        router.post("/admin/units") { request, context in
            try self.requireAdmin(context)
            let form = try await self.form(request)
            let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
            let folder = form["folder"] ?? ""
            guard !name.isEmpty, name.count <= 40 else { throw WorkbenchError.badRequest("请填写单位名称（不超过40字）。") }
            guard ReportFolder.isSafeFolderName(folder) else {
                throw WorkbenchError.badRequest("文件夹名只能用字母、数字、-、_（不超过40个）。")
            }
            do { _ = try self.store.addUnit(name: name, folder: folder) } catch {
                throw WorkbenchError.badRequest("单位名称或文件夹已存在。")
            }
            return Response.redirect(to: "/admin")
        }
        router.post("/admin/users") { request, context in
            try self.requireAdmin(context)
            _ = try await self.createAccount(try await self.form(request), admin: false)
            return Response.redirect(to: "/admin")
        }
    }

    /// Creates a user from a form (name, password, unit id or a new unit's name and folder).
    func createAccount(_ form: FormFields, admin: Bool) async throws -> User {
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        guard !name.isEmpty, name.count <= 40 else { throw WorkbenchError.badRequest("请填写用户名（不超过40字）。") }
        try Self.checkPassword(password)
        var unitId = form["unit"].flatMap { Int64($0) }
        if let unitName = form["unitName"]?.trimmingCharacters(in: .whitespaces), !unitName.isEmpty {
            let folder = form["unitFolder"] ?? ""
            guard ReportFolder.isSafeFolderName(folder) else {
                throw WorkbenchError.badRequest("文件夹名只能用字母、数字、-、_（不超过40个）。")
            }
            do { unitId = try store.addUnit(name: unitName, folder: folder).id } catch {
                throw WorkbenchError.badRequest("单位名称或文件夹已存在。")
            }
        }
        if let id = unitId, try store.unit(id: id) == nil { throw WorkbenchError.badRequest("没有这个单位。") }
        let store = self.store
        let unit = unitId
        do {
            return try await renders.run {
                try store.addUser(name: name, password: password, unitId: unit, isAdmin: admin)
            }
        } catch {
            throw WorkbenchError.badRequest("用户名“\(name)”已存在。")
        }
    }

    /// Refuses anyone but an administrator.
    func requireAdmin(_ context: WorkbenchContext) throws {
        guard context.user?.isAdmin == true else { throw WorkbenchError.forbidden("只有管理员可以管理单位和用户。") }
    }

    /// Starts a session and sends its cookie (HttpOnly, SameSite=Strict).
    func startSession(_ user: User) throws -> Response {
        let (token, _) = try store.startSession(for: user)
        var response = Response.redirect(to: user.unitId == nil && user.isAdmin ? "/admin" : "/reports")
        response.setCookie(Self.sessionCookie(token, maxAge: Int(WorkbenchStore.sessionSeconds)))
        return response
    }

    /// The session cookie.
    static func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: SessionMiddleware.cookie, value: value, maxAge: maxAge, path: "/", httpOnly: true, sameSite: .strict)
    }

    /// A form body (at most 1 MiB).
    func form(_ request: Request) async throws -> FormFields {
        let body = try await request.body.collect(upTo: 1 << 20)
        return FormFields(String(decoding: body.readableBytesView, as: UTF8.self))
    }
}
