import Folio
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `folio serve` checks before it prints its address, so that a mistake is told as what it is (a file given as
/// the folder, a port another program holds, a host that is no address) instead of as the words of the library that
/// met it, after the address and the set-up code were already printed.
enum StartCheck {
    /// Resolves `host` as the server will and binds a socket to it and `port` (with `SO_REUSEADDR`, as the server
    /// binds), then closes it: throws a `ServeStartError` saying why the server could not listen there.
    static func address(host: String, port: Int) throws {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_socktype = streamSocket
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let first = found else {
            throw ServeStartError.unknownHost(host: host)
        }
        defer { freeaddrinfo(found) }
        let address = first.pointee
        let descriptor = socket(address.ai_family, address.ai_socktype, address.ai_protocol)
        // No socket to try with (out of descriptors): the server's own bind will tell.
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var one: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, address.ai_addr, address.ai_addrlen) != 0 else { return }
        throw refusal(errno: errno, host: host, port: port)
    }

    /// The socket type of a TCP stream, as `addrinfo` holds it.
    #if canImport(Glibc)
    static let streamSocket = Int32(SOCK_STREAM.rawValue)
    #else
    static let streamSocket = SOCK_STREAM
    #endif

    /// Why a bind failed with `errno`.
    static func refusal(errno code: Int32, host: String, port: Int) -> ServeStartError {
        switch code {
        case EADDRINUSE: return .portInUse(host: host, port: port)
        case EACCES where port < 1024: return .portNotAllowed(port: port)
        case EADDRNOTAVAIL: return .notLocalAddress(host: host)
        default: return .cannotListen(host: host, port: port, reason: String(cString: strerror(code)))
        }
    }

    /// Makes the data folder `folder` and its `.folio/` and `units/` where missing and checks that each is a folder
    /// this process may write in.
    static func folder(_ folder: URL) throws {
        try makeFolder(folder.standardizedFileURL.path, given: true)
        for inner in [".folio", "units"] {
            try makeFolder(
                folder.appendingPathComponent(inner, isDirectory: true).standardizedFileURL.path, given: false)
        }
    }

    /// Makes `path` and the missing folders on its way, one at a time, and checks that it can be written in. A file
    /// on the way is `notAFolder` when the path is the one the user gave (`given`), else a folder that cannot be
    /// made.
    static func makeFolder(_ path: String, given: Bool) throws {
        var partial = ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            partial += "/" + component
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: partial, isDirectory: &isFolder) {
                if isFolder.boolValue { continue }
                if given { throw ServeStartError.notAFolder(path: partial) }
                throw ServeStartError.folderNotWritable(path: partial, reason: String(cString: strerror(EEXIST)))
            }
            guard mkdir(partial, 0o755) == 0 || errno == EEXIST else {
                throw ServeStartError.folderNotWritable(path: partial, reason: String(cString: strerror(errno)))
            }
        }
        guard access(path, W_OK | X_OK) == 0 else {
            throw ServeStartError.folderNotWritable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// The asset folder's workbench pages (`serve/`): the templates and the two static files the workbench reads
    /// on start. A missing asset folder is `AssetLocator`'s `FolioError` (exit 69, with its own hint).
    static func pages(_ options: BuildOptions) throws {
        let serve = try AssetLocator.assets(for: options).appendingPathComponent("serve", isDirectory: true)
        let needed = ["templates/reports.mustache", "static/app.css", "static/app.js"]
        for file in needed where !FileManager.default.fileExists(atPath: serve.appendingPathComponent(file).path) {
            throw ServeStartError.noPages(assets: serve.deletingLastPathComponent().path)
        }
    }
}
