import Folio
import Foundation

/// What `folio serve` was asked for: the data folder, where to listen, and the options every build passes down
/// (the command line fills them from its arguments and the environment; this module reads no environment).
public struct ServeConfiguration: Sendable {
    /// The data folder: `units/<unit>/` holds each unit's reports (YAML), `.folio/workbench.sqlite` the accounts,
    /// sessions and versions.
    public var folder: URL
    /// The address to listen on: 127.0.0.1 by default (a county server puts a TLS proxy in front: docs/serve.md).
    public var host = "127.0.0.1"
    /// The port to listen on.
    public var port = 8080
    /// The options of every load, preview and build (assets, creation date): as `folio build` has them, so the
    /// PDF downloaded is the bytes `folio build` writes.
    public var options = BuildOptions()
    /// bcrypt's cost for new passwords (12; the tests use 4).
    public var passwordCost: UInt8 = 12
    /// The largest upload accepted (an imported .txt or .docx): 5 MiB.
    public var maxUploadBytes = 5 << 20
    /// The resolution of preview pages, dots per inch.
    public var previewDPI: Double = 60
    /// The one-time code the first-run page asks for before it creates the administrator (printed by
    /// `folio serve` on its terminal, so only who started the server can claim it); nil: a new random one.
    public var setupCode: String?

    /// A configuration over `folder` with everything else at its default.
    public init(folder: URL) { self.folder = folder }
}
