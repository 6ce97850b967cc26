import ArgumentParser
import Dispatch
import Folio
import FolioMessages
import FolioServe
import Foundation

/// `folio serve [FOLDER] [--port N] [--host 127.0.0.1] [--lang zh|en]`: the workbench (docs/serve.md).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Lang.text("cli.serve.abstract"),
        discussion: Lang.text("cli.serve.discussion"))

    @OptionGroup var language: LanguageOption

    @Argument(help: Lang.help("cli.serve.folder"))
    var folder: String?

    @Option(help: Lang.help("cli.serve.port"))
    var port: Int = 8080

    @Option(help: Lang.help("cli.serve.host"))
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError(Lang.text("cli.serve.port-range")) }
    }

    /// The folder: the argument, else ~/FolioData (the only place the home folder is read).
    func dataFolder() -> URL {
        if let folder { return URL(fileURLWithPath: folder) }
        let home =
            RunEnvironment.variables["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent("FolioData", isDirectory: true)
    }

    /// Starts the server and waits until it stops (SIGINT, SIGTERM).
    func run() throws {
        var config = ServeConfiguration(folder: dataFolder())
        config.host = host
        config.port = port
        config.options = try RunEnvironment.options(allowOutsidePaths: false, creationDate: true)
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        let announce: @Sendable (String) -> Void = { Console.err($0) }
        Task {
            do {
                try await Workbench.serve(config, announce: announce)
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw Self.failure(error) }
    }

    /// What the command ends with when the server stopped with `error`: a reason it could not start printed as
    /// itself with its hint and its own status (64, 69, 73: `ServeStartError.exitStatus`); a missing asset folder as
    /// `AssetLocator` says it (69); anything else as the workbench having stopped (69).
    static func failure(_ error: Error) -> Error {
        switch error {
        case let e as ServeStartError:
            Console.err(Diagnostic(.error, e.message, hint: e.hint).text(Lang.current))
            return ExitCode(e.exitStatus)
        case let e as FolioError:
            return e
        default:
            return FolioError.environment(
                Message("serve.stopped", ["error": .error(error)]), hint: Message("serve.stopped.hint"))
        }
    }
}

/// The error the server stopped with, handed from its task to the waiting thread.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    /// The error, once set.
    var error: Error? { lock.withLock { stored } }
    /// Sets the error.
    func set(_ e: Error) { lock.withLock { stored = e } }
}
