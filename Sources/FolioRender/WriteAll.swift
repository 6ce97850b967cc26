import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// write(2)s all of `bytes` to `fd`, retrying after EINTR: nil when everything was written, else the errno of the
/// write that failed (EIO for one that wrote nothing, which would otherwise be retried for ever).
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < bytes.count {
        guard let base = bytes.baseAddress else { return nil }
        let n = systemWrite(fd, base + offset, bytes.count - offset)
        if n < 0 {
            if errno == EINTR { continue }
            return errno
        }
        if n == 0 { return EIO }
        offset += n
    }
    return nil
}

/// Bytes gathered for a file descriptor and written out a buffer at a time: Cairo hands its output over a few bytes
/// at a time (one piece per number it prints), and a write(2) for each was most of writing a long report.
struct WriteBuffer {
    /// How much is gathered before a write(2).
    let capacity: Int
    private var pending: [UInt8] = []

    /// An empty buffer writing out `capacity` bytes at a time.
    init(capacity: Int) { self.capacity = capacity }

    /// Appends `bytes`: what is gathered goes out first when they would not fit, and bytes of a buffer or more go
    /// straight to `fd`. Nil, or the errno of the write that failed.
    mutating func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
        if pending.capacity < capacity { pending.reserveCapacity(capacity) }
        if pending.count + bytes.count > capacity, let failure = flush(to: fd) { return failure }
        if bytes.count >= capacity { return writeAll(fd, bytes) }
        pending.append(contentsOf: bytes)
        return nil
    }

    /// Writes out what is gathered. Nil, or the errno of the write that failed (what was gathered is dropped
    /// either way).
    mutating func flush(to fd: Int32) -> Int32? {
        defer { pending.removeAll(keepingCapacity: true) }
        return pending.withUnsafeBytes { writeAll(fd, $0) }
    }
}

/// write(2), named apart from the methods called `write`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
    #elseif canImport(Musl)
    return Musl.write(fd, buffer, count)
    #else
    return Darwin.write(fd, buffer, count)
    #endif
}
