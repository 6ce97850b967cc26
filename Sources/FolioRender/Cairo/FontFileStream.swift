import CFreeType
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A font file that FreeType reads with pread(2), piece by piece, instead of mapping it whole.
///
/// Why: Cairo 1.16 copies a face's entire `CFF ` table twice per document (the CID-keyed check when a font is
/// first used, and the subsetter at the end). Through FT_New_Face's memory map, every page of the 15–25 MB
/// Noto CJK tables then stays resident in the process — about 80 MB of the 160 MB peak with the five faces of
/// the bundled report. Read through this stream, the same copies come from the page cache into Cairo's own
/// buffer, which Cairo frees, so the resident size no longer counts the font files (Benchmarks/README.md).
final class FontFileStream {
    /// The FreeType stream record (`FT_Stream`), valid until this object is gone.
    let stream: FT_Stream
    private let fd: Int32

    /// Opens `path` for reading; nil when it cannot be opened or its size read (FreeType then reports it).
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { close(fd); return nil }
        self.fd = fd
        stream = FT_Stream.allocate(capacity: 1)
        stream.initialize(to: FT_StreamRec())
        stream.pointee.size = UInt(info.st_size)
        stream.pointee.descriptor.value = Int(fd)
        stream.pointee.read = fontFileRead
    }

    deinit {
        stream.deinitialize(count: 1)
        stream.deallocate()
        close(fd)
    }
}

/// FreeType's read callback: `count` bytes at `offset` into `buffer`; with `count` 0 a seek, which
/// returns 0 when `offset` is inside the file (FreeType's FT_Stream_IoFunc contract).
private let fontFileRead: FT_Stream_IoFunc = { stream, offset, buffer, count in
    guard let stream else { return count == 0 ? 1 : 0 }
    if count == 0 { return offset <= stream.pointee.size ? 0 : 1 }
    guard let buffer else { return 0 }
    let fd = Int32(truncatingIfNeeded: stream.pointee.descriptor.value)
    var done = 0
    while done < Int(count) {
        let n = pread(fd, buffer + done, Int(count) - done, off_t(offset) + off_t(done))
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        done += n
    }
    return UInt(done)
}
