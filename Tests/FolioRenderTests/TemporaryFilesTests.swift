import Foundation
import Testing

@testable import FolioRender

/// An interrupted run removes the temporary files being written (`TemporaryFiles`): a file must be registered in
/// the same step that makes it, or an interruption between the two leaves it behind.
@Suite("Temporary files removed on interruption")
struct TemporaryFilesTests {
    /// A reader of the registry that starts while the file is being made waits for the registry's lock, so it
    /// sees the file registered: never made and not yet noted.
    @Test("a file is made and registered under one lock")
    func madeAndRegisteredInOneStep() {
        let path = "/nonexistent/.out.pdf.TEST01.tmp"
        let reader = DispatchGroup()
        let seen = LockedBox()
        let made = TemporaryFiles.creating {
            DispatchQueue.global().async(group: reader) { seen.set(TemporaryFiles.registered) }
            usleep(50_000)   // the reader is waiting for the lock meanwhile
            return path
        }
        reader.wait()
        #expect(made == path)
        #expect(seen.get()?.contains(path) == true)
        TemporaryFiles.unregister(path)
        #expect(TemporaryFiles.creating { nil } == nil)
        #expect(!TemporaryFiles.registered.contains(path))
    }

    /// What the reader saw, behind a lock of its own.
    final class LockedBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Set<String>?
        func set(_ v: Set<String>) { lock.lock(); value = v; lock.unlock() }
        func get() -> Set<String>? { lock.lock(); defer { lock.unlock() }; return value }
    }
}
