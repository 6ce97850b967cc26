import ArgumentParser
import Dispatch
import Folio
import FolioServe
import Foundation

/// `folio serve [FOLDER] [--port N] [--host 127.0.0.1]`: the workbench (docs/serve.md).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the workbench: a web application in Chinese over a folder of reports.",
        discussion: """
            FOLDER (default: ~/FolioData) holds units/<unit>/*.yaml (the reports, what `folio build` reads) and \
            .folio/workbench.sqlite (accounts, sessions, versions; a backup is one copy of it). On first start it \
            prints a set-up code: open http://HOST:PORT/setup and enter it to create the administrator. Stop with Ctrl-C.
            """)

    @Argument(help: "The data folder (created when missing). Default: FolioData in your home folder.")
    var folder: String?

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(help: "The address to listen on (127.0.0.1: this computer only; 0.0.0.0: the network, behind a TLS proxy).")
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
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
        if let error = outcome.error {
            throw FolioError.environment(
                "the workbench stopped: \(error)", hint: "check that the port is free and the folder writable")
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
