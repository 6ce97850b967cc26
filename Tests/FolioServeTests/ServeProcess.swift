import FolioTestSupport
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `folio serve` as a user starts it, for the tests of what its terminal shows: started with its
/// standard streams in files (no pipes: `ToolRun`), waited for with a bound, and stopped with SIGTERM.
final class ServeProcess {
    /// The process.
    let process = Process()
    /// Where its standard error goes (the address and the set-up code are printed there).
    let errors: URL
    /// Where its standard output goes.
    let output: URL

    /// The locale variables of a Chinese user (`LC_ALL` and `LC_MESSAGES` emptied so that `LANG` decides).
    static let chinese = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]

    /// Starts `folio arguments` in `folder` with the test environment and a Chinese locale.
    init(_ arguments: [String], in folder: URL) throws {
        guard let folio = FolioExecutable.find() else { throw TestFailure("folio is not built (swift build)") }
        errors = folder.appendingPathComponent("serve.stderr")
        output = folder.appendingPathComponent("serve.stdout")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.executableURL = folio
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(FolioExecutable.environment) { $1 }
            .merging(Self.chinese) { $1 }
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
    }

    /// What it has written to standard error so far.
    var stderr: String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

    /// Waits (at most `seconds`) until standard error holds `text` or the process has ended; whether it holds it.
    func wait(for text: String, seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if stderr.contains(text) { return true }
            if !process.isRunning { return stderr.contains(text) }
            usleep(100_000)
        }
        return false
    }

    /// Sends SIGTERM and waits (at most `seconds`) for the end, killing it past that; its exit status.
    @discardableResult
    func stop(seconds: Double = 30) -> Int32 {
        if process.isRunning { process.terminate() }
        let end = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < end { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Loopback TCP sockets for the tests: a port no one listens on, a port held by another listener, a request.
enum Loopback {
    /// A socket bound to 127.0.0.1 on `port` (0: one the system chooses), listening when `listening` is true, with
    /// its descriptor and port; nil when the system refuses.
    static func open(port: UInt16 = 0, listening: Bool) -> (descriptor: Int32, port: Int)? {
        let descriptor = socket(AF_INET, streamSocket, 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard bound == 0, named == 0, !listening || listen(descriptor, 8) == 0 else {
            close(descriptor)
            return nil
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// A port nobody listens on now (bound, then let go).
    static func freePort() throws -> Int {
        guard let socket = open(listening: false) else { throw TestFailure("no free loopback port") }
        close(socket.descriptor)
        return socket.port
    }

    /// Sends `GET path` to 127.0.0.1:`port` once (no retry) and returns the answer's first line; nil when nothing
    /// listens there.
    static func get(_ path: String, port: Int) -> String? {
        guard let socket = open(listening: false) else { return nil }
        defer { close(socket.descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket.descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard send(socket.descriptor, request, request.count, 0) == request.count else { return nil }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(socket.descriptor, &buffer, buffer.count, 0)
            if n <= 0 { break }
            answer += buffer[0..<n]
        }
        return String(decoding: answer, as: UTF8.self).split(separator: "\r\n").first.map(String.init)
    }

    /// Whether a server on 127.0.0.1:`port` answers `GET /setup` within `seconds` (asked every 100 ms).
    static func waitForAnswer(port: Int, seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if get("/setup", port: port) != nil { return true }
            usleep(100_000)
        }
        return false
    }

    /// The socket type of a TCP stream.
    #if canImport(Glibc)
    static let streamSocket = Int32(SOCK_STREAM.rawValue)
    #else
    static let streamSocket = SOCK_STREAM
    #endif
}
