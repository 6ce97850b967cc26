import FolioMessages
import Foundation
import FolioData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The dataset read from standard input (`folio build -`): read once, at most the dataset size limit
/// plus one byte (so that the loader reports an oversized input instead of Folio reading it all).
enum StandardInput {
    /// The name a dataset read from standard input has in diagnostics; its data files and a theme named
    /// by path are found relative to the current folder.
    static let name = "<stdin>"

    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var bytes: Data?
    }
    private static let cache = Cache()

    /// Standard input's bytes; a usage error when it is a terminal (nothing was piped in).
    static func bytes() throws -> Data {
        cache.lock.lock(); defer { cache.lock.unlock() }
        if let bytes = cache.bytes { return bytes }
        if isatty(0) == 1 {
            throw UsageError(
                message: Lang.text("cli.dataset-means-standard-input"))
        }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while data.count <= InputLimits.maxFileBytes {
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n > 0 { data.append(contentsOf: chunk[0..<n]); continue }
            if n == 0 { break }
            if errno == EINTR { continue }
            throw UsageError(
                message: Lang.text("cli.cannot-read-standard-input", ["value": "\(String(cString: strerror(errno)))"]))
        }
        cache.bytes = data
        return data
    }
}
