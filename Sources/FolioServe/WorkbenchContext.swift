import Hummingbird

/// The request context of the workbench: who is logged in (set by `SessionMiddleware`) and their session's CSRF
/// token.
struct WorkbenchContext: RequestContext {
    /// Hummingbird's own per-request storage.
    var coreContext: CoreRequestContextStorage
    /// The logged-in user; nil before login.
    var user: User?
    /// The session's CSRF token, which every state-changing request must carry.
    var csrf: String?
    /// The session cookie's token.
    var sessionToken: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
