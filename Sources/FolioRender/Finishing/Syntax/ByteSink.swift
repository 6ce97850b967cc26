import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the finished file's bytes go, in order.
protocol ByteSink {
    /// Appends `bytes`.
    mutating func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Writes out what is buffered.
    mutating func flush() throws
}

/// The finished bytes kept in memory.
struct BytesSink: ByteSink {
    /// Everything written.
    private(set) var bytes: [UInt8] = []

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws { self.bytes += bytes }
    mutating func flush() throws {}
}

/// The finished bytes written to a file through a buffer of 1 MiB: the file is written as it is assembled and
/// never held whole. The descriptor is closed by `close()`, or when the sink is released after a failure.
final class FileBytesSink: ByteSink {
    private var descriptor: Int32
    private let path: String
    private var buffer = WriteBuffer(capacity: 1 << 20)

    /// Creates the file at `path`, which must not exist (nor be a link), readable as the umask allows.
    init(path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw RenderError.cannotCreateFile(path: path, reason: String(cString: strerror(errno))) }
        descriptor = fd
        self.path = path
    }

    deinit { if descriptor >= 0 { Self.closeDescriptor(descriptor) } }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try check(buffer.write(bytes, to: try openDescriptor()))
    }

    func flush() throws {
        try check(buffer.flush(to: try openDescriptor()))
    }

    /// Closes the file (after `flush`); a second call does nothing.
    func close() throws {
        guard descriptor >= 0 else { return }
        let fd = descriptor
        descriptor = -1
        guard Self.closeDescriptor(fd) == 0 else {
            throw RenderError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// The open descriptor; throws once the file is closed.
    private func openDescriptor() throws -> Int32 {
        guard descriptor >= 0 else { throw RenderError.writeFailed(path: path, reason: "the file is closed") }
        return descriptor
    }

    /// Throws the failure of a write (its errno), if any.
    private func check(_ failure: Int32?) throws {
        if let failure { throw RenderError.writeFailed(path: path, reason: String(cString: strerror(failure))) }
    }

    @discardableResult
    private static func closeDescriptor(_ fd: Int32) -> Int32 {
        #if canImport(Glibc)
        return Glibc.close(fd)
        #elseif canImport(Musl)
        return Musl.close(fd)
        #else
        return Darwin.close(fd)
        #endif
    }
}
