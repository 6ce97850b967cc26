import Foundation
import Testing
@testable import FolioRender

/// The buffered writer every file Folio writes goes through (`WriteBuffer`, `writeAll`): Cairo's output, the finished
/// PDF, the standard streams.
@Suite("Write buffer")
struct WriteBufferTests {
    /// Pieces smaller than the buffer, one as large as it and one past it, written to a file: the file holds them in
    /// order once flushed.
    @Test func piecesOfEverySizeArriveInOrder() throws {
        let path = NSTemporaryDirectory() + "folio-write-buffer-\(getpid()).bin"
        defer { unlink(path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(fd >= 0)
        var buffer = WriteBuffer(capacity: 16)
        var expected: [UInt8] = []
        for size in [3, 10, 16, 1, 40, 15, 2] {
            let piece = (0..<size).map { UInt8(truncatingIfNeeded: expected.count + $0) }
            expected += piece
            #expect(piece.withUnsafeBytes { buffer.write($0, to: fd) } == nil)
        }
        #expect(buffer.flush(to: fd) == nil)
        close(fd)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == expected)
    }

    /// A descriptor that cannot be written gives the write's errno, not a trap or a silent loss.
    @Test func aFailedWriteGivesItsErrno() {
        var buffer = WriteBuffer(capacity: 4)
        let bytes: [UInt8] = Array(repeating: 7, count: 8)
        #expect(bytes.withUnsafeBytes { buffer.write($0, to: -1) } == EBADF)
        #expect(bytes.withUnsafeBytes { writeAll(-1, $0) } == EBADF)
    }
}
