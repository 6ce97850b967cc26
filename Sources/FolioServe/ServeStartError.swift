import Folio
import FolioMessages
import Foundation

/// Why `folio serve` could not start, each found before the address and the set-up code are printed
/// (`Workbench.serve`): a sentence and a hint of the catalogues, and the exit status of docs/zh/commands.md's table.
public enum ServeStartError: Error, MessageError, Sendable {
    /// FOLDER, or a folder on its way, is a file: a mistake in the command.
    case notAFolder(path: String)
    /// The data folder, or `.folio/` or `units/` in it, cannot be made or written; `reason` is the system's.
    case folderNotWritable(path: String, reason: String)
    /// The asset folder has no workbench pages (an old or partial installation).
    case noPages(assets: String)
    /// `--host` names no address the system can find.
    case unknownHost(host: String)
    /// `--host` is an address, but not one of this computer's.
    case notLocalAddress(host: String)
    /// Another program listens on the port.
    case portInUse(host: String, port: Int)
    /// A port below 1024, which only the administrator may listen on.
    case portNotAllowed(port: Int)
    /// Listening failed for another reason; `reason` is the system's.
    case cannotListen(host: String, port: Int, reason: String)
    /// The database in `.folio/` does not open, for `reason` (`Workbench.open` names SQLite's common ones).
    case database(path: String, reason: Message)

    /// What went wrong.
    public var message: Message {
        switch self {
        case .notAFolder(let path): return Message("serve.start.not-a-folder", ["path": "\(path)"])
        case .folderNotWritable(let path, let reason):
            return Message("serve.start.folder-not-writable", ["path": "\(path)", "reason": Self.system(reason)])
        case .noPages(let assets): return Message("serve.start.no-pages", ["path": "\(assets)"])
        case .unknownHost(let host): return Message("serve.start.unknown-host", ["host": "\(host)"])
        case .notLocalAddress(let host): return Message("serve.start.not-local", ["host": "\(host)"])
        case .portInUse(let host, let port):
            return Message("serve.start.port-in-use", ["host": "\(host)", "port": .number(port)])
        case .portNotAllowed(let port): return Message("serve.start.port-not-allowed", ["port": .number(port)])
        case .cannotListen(let host, let port, let reason):
            return Message(
                "serve.start.cannot-listen", ["host": "\(host)", "port": .number(port), "reason": Self.system(reason)])
        case .database(let path, let reason):
            return Message("serve.start.database", ["path": "\(path)", "reason": .message(reason)])
        }
    }

    /// What to do about it.
    public var hint: Message {
        switch self {
        case .notAFolder: return Message("serve.start.not-a-folder.hint")
        case .folderNotWritable: return Message("serve.start.folder-not-writable.hint")
        case .noPages: return Message("serve.start.no-pages.hint")
        case .unknownHost, .notLocalAddress: return Message("serve.start.host.hint")
        case .portInUse(_, let port):
            return Message("serve.start.port-in-use.hint", ["other": .number(port < 65535 ? port + 1 : 8080)])
        case .portNotAllowed: return Message("serve.start.port-not-allowed.hint")
        case .cannotListen: return Message("serve.start.cannot-listen.hint")
        case .database: return Message("serve.start.database.hint")
        }
    }

    /// The exit status (docs/serve.md, "When it does not start"): 64 a mistake in the command (a file given as
    /// the folder, a `--host` that is no address of this computer), 73 a folder that cannot be written, 69 what the
    /// machine lacks or another program holds (the pages, the port, the database).
    public var exitStatus: Int32 {
        switch self {
        case .notAFolder, .unknownHost, .notLocalAddress: return 64
        case .folderNotWritable: return 73
        case .noPages, .portInUse, .portNotAllowed, .cannotListen, .database: return 69
        }
    }

    /// The system's words (`strerror`), translated where the catalogues have them.
    static func system(_ reason: String) -> MessageArgument { .message(.foreign(reason, prefix: "system.")) }
}
