import CFlate

/// zlib could not deflate a stream (it could not allocate its state).
struct DeflateFailure: Error, Equatable {}

/// zlib's deflate and inflate (RFC 1950), for the FlateDecode streams the finishing step reads and writes
/// (ISO 32000-1 §7.4.4).
enum Deflate {
    /// `bytes` deflated at zlib's default level (the level Cairo and qpdf write at).
    static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        try bytes.withUnsafeBytes { try compress($0) }
    }

    /// `bytes` deflated at zlib's default level.
    static func compress(_ bytes: UnsafeRawBufferPointer) throws -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(capacity))
        let status = out.withUnsafeMutableBufferPointer { o in
            compress2(
                o.baseAddress, &capacity, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(bytes.count),
                Z_DEFAULT_COMPRESSION)
        }
        // compressBound leaves room for any input: what can fail is zlib's own allocation.
        guard status == Z_OK else { throw DeflateFailure() }
        out.removeSubrange(Int(capacity)...)
        return out
    }

    /// The inflated bytes of a zlib stream, or nil when it is damaged or would inflate past `limit` bytes.
    static func decompress(_ bytes: UnsafeRawBufferPointer, limit: Int = 1 << 30) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        stream.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(bytes.count)
        while true {
            let status = chunk.withUnsafeMutableBufferPointer { c -> Int32 in
                stream.next_out = c.baseAddress
                stream.avail_out = uInt(c.count)
                return inflate(&stream, Z_NO_FLUSH)
            }
            let produced = chunk.count - Int(stream.avail_out)
            out += chunk[0..<produced]
            guard out.count <= limit else { return nil }
            if status == Z_STREAM_END { return out }
            guard status == Z_OK, produced > 0 || stream.avail_in > 0 else { return nil }
        }
    }
}
