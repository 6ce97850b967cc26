import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written beside its destination under a temporary name (".<name>.XXXXXX.tmp") and renamed
/// over the destination only by `commit()` (rename(2) is atomic within one folder), so a failed
/// build never leaves a half-written file and never harms an existing one (DESIGN.md, "Reproducible output").
final class AtomicFile {
    /// Where the file will end up.
    let destination: URL
    /// The temporary file's path.
    let temporaryPath: String
    private var fd: Int32
    /// The first write error, reported by `commit()`.
    private(set) var writeError: String?

    /// Creates the temporary file in the destination's folder.
    init(destination: URL) throws {
        self.destination = destination
        let folder = destination.deletingLastPathComponent().path
        let template = folder + "/." + destination.lastPathComponent + ".XXXXXX.tmp"
        var bytes = Array(template.utf8CString)
        var fd: Int32 = -1, failure: Int32 = 0
        // Made and registered under the registry's lock: from here until it is renamed or removed, an interrupted
        // run removes it (TemporaryFiles), even one interrupted as the file appears.
        let made = TemporaryFiles.creating { () -> String? in
            fd = bytes.withUnsafeMutableBufferPointer { buffer -> Int32 in
                guard let base = buffer.baseAddress else { return -1 }
                return mkstemps(base, 4)   // 4 = length of the ".tmp" suffix
            }
            guard fd >= 0 else { failure = errno; return nil }
            return String(decoding: bytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        guard let made else {
            throw RenderError.cannotCreateFile(path: destination.path, reason: String(cString: strerror(failure)))
        }
        self.fd = fd
        temporaryPath = made
        // mkstemp creates the file 0600; give it the usual 0644 (less the umask) like any output file.
        let mask = umask(0); umask(mask)
        fchmod(fd, 0o666 & ~mask)
    }

    deinit { abort() }

    /// Bytes not yet written, 64 KiB at a time: 111,040 write(2) calls for a 1,251-page report when each piece Cairo
    /// hands over went straight to the file.
    private var pending = WriteBuffer(capacity: 1 << 16)

    /// Appends bytes (buffered); returns false (and remembers why) on failure.
    func write(_ data: UnsafeRawBufferPointer) -> Bool {
        guard writeError == nil, fd >= 0 else { return false }
        return noted(pending.write(data, to: fd))
    }

    /// Writes the buffered bytes; false (with `writeError` set) on failure.
    private func flush() -> Bool {
        guard writeError == nil, fd >= 0 else { return false }
        return noted(pending.flush(to: fd))
    }

    /// True for no failure; for the errno of one, false, with `writeError` set.
    private func noted(_ failure: Int32?) -> Bool {
        guard let failure else { return true }
        writeError = String(cString: strerror(failure))
        return false
    }

    /// Flushes to disk and closes; then `transform` may rewrite the file into a second temporary file
    /// (the finishing step), which is renamed over the destination; the first is removed.
    /// With `exclusive`, the destination must not exist: the file is linked into place with link(2), which
    /// fails if any file has that name, so of two runs racing for one name exactly one succeeds.
    func commit(exclusive: Bool = false, transform: ((_ input: String, _ output: String) throws -> Void)? = nil) throws
    {
        guard fd >= 0 else { throw RenderError.writerClosed(path: destination.path) }
        _ = flush()
        if let writeError {
            abort(); throw RenderError.writeFailed(path: temporaryPath, reason: writeError)
        }
        if close(fd) != 0 {
            let reason = String(cString: strerror(errno))
            fd = -1; abort()
            throw RenderError.writeFailed(path: temporaryPath, reason: reason)
        }
        fd = -1
        var final = temporaryPath
        if let transform {
            final = temporaryPath + ".final"
            TemporaryFiles.register(final)
            do { try transform(temporaryPath, final) } catch {
                unlink(final); TemporaryFiles.unregister(final); abort(); throw error
            }
            unlink(temporaryPath)
        }
        defer { TemporaryFiles.unregister(final) }
        try syncAndRename(final, exclusive: exclusive)
        done = true
        TemporaryFiles.unregister(temporaryPath)
    }

    /// fsync(2)s `path` and renames it over the destination (removing it on failure); with `exclusive`,
    /// links it to the destination (refused if that exists) and removes `path`.
    private func syncAndRename(_ path: String, exclusive: Bool) throws {
        let f = open(path, O_RDONLY)
        let synced = f >= 0 && fsync(f) == 0
        let reason = synced ? "" : String(cString: strerror(errno))
        if f >= 0 { close(f) }
        guard synced else {
            unlink(path); throw RenderError.writeFailed(path: path, reason: reason)
        }
        if exclusive {
            let linked = link(path, destination.path) == 0
            let failure = errno
            unlink(path)
            guard linked else {
                if failure == EEXIST { throw RenderError.exists(path: destination.path) }
                throw RenderError.renameFailed(
                    from: path, to: destination.path, reason: String(cString: strerror(failure)))
            }
            return
        }
        guard rename(path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw RenderError.renameFailed(from: path, to: destination.path, reason: reason)
        }
    }

    /// Set once the temporary file is renamed or removed.
    private var done = false

    /// Closes and removes the temporary file (nothing happens after a successful commit).
    func abort() {
        if fd >= 0 { close(fd); fd = -1 }
        if !done { unlink(temporaryPath); done = true }
        TemporaryFiles.unregister(temporaryPath)
    }
}
