import FolioMessages
import Foundation
import Hummingbird

extension Workbench {
    /// A user's own password (the old one required; their other sessions end), and the administrator disabling,
    /// enabling and removing users (their sessions end at once).
    func addUserRoutes(_ router: Router<WorkbenchContext>) {
        router.get("/account") { request, context in
            let changed = request.uri.queryParameters["changed"] != nil
            return self.page(
                "account", changed ? ["done": Self.say("serve.account.password-changed")] : [:],
                context: context)
        }
        router.post("/account/password") { request, context in
            guard let user = context.user else { throw WorkbenchError.unauthorized }
            let form = try await self.form(request)
            let old = form["old"] ?? "", new = form["new"] ?? ""
            guard new == form["repeat"] ?? "" else {
                return self.page(
                    "account", ["error": Self.say("serve.account.passwords-differ")], context: context,
                    status: .badRequest)
            }
            try Self.checkPassword(new)
            if self.logins.isLocked(user.name) {
                return self.page(
                    "account", ["error": Self.say("serve.account.locked")], context: context,
                    status: .tooManyRequests)
            }
            let store = self.store, token = context.sessionToken
            let changed = try await self.renders.run {
                try store.changePassword(of: user, old: old, new: new, keeping: token)
            }
            guard changed else {
                self.logins.failed(user.name)   // guesses of the old password count as failed logins
                return self.page(
                    "account", ["error": Self.say("serve.account.old-password-wrong")], context: context,
                    status: .forbidden)
            }
            return Response.redirect(to: "/account?changed=1")
        }
        for (action, disabled) in [("disable", true), ("enable", false)] {
            router.post("/admin/users/{id}/\(action)") { _, context in
                let user = try self.otherUser(context)
                try self.store.setDisabled(disabled, userId: user.id)
                return Response.redirect(to: "/admin")
            }
        }
        router.post("/admin/users/{id}/remove") { _, context in
            let user = try self.otherUser(context)
            try self.store.removeUser(id: user.id)
            return Response.redirect(to: "/admin")
        }
    }

    /// The user the administrator's request names: refused for anyone but an administrator, for an unknown user,
    /// and for the administrator's own account (which would lock them out).
    func otherUser(_ context: WorkbenchContext) throws -> User {
        try requireAdmin(context)
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }), let user = try store.user(id: id) else {
            throw WorkbenchError.notFound(Self.say("serve.admin.no-such-user"))
        }
        guard user.id != context.user?.id else { throw WorkbenchError.badRequest(Self.say("serve.admin.not-yourself")) }
        return user
    }

    /// Refuses a password too short for a login or too long for bcrypt.
    static func checkPassword(_ password: String) throws {
        guard password.count >= 8, password.utf8.count <= 72 else {
            throw WorkbenchError.badRequest("密码至少8位（不超过72字节）。")
        }
    }

    /// A message of the catalogue in Chinese, the workbench's language.
    static func say(_ id: String) -> String { Message(id).text(.chinese) }
}
