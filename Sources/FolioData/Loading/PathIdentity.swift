import Foundation

/// Where a path really leads, for the two safety rules of docs/limits.md ("Files Folio reads and writes"):
/// no command writes over one of its inputs, and a dataset reads only files inside its own folder.
/// Paths are compared as the kernel sees them: symlinks followed, `.` and `..` removed, and two names of
/// one file (hard links, bind mounts) recognised by their device and inode.
public enum PathIdentity {
    /// A file's identity on this machine: its device and inode numbers.
    public struct FileID: Hashable, Sendable {
        /// The device holding the file (`st_dev`).
        public var device: UInt64
        /// The file's inode number on that device (`st_ino`).
        public var inode: UInt64
    }

    /// The absolute path `url` leads to, with every symlink followed and `.`/`..` removed. For a path that
    /// does not exist (yet), its nearest existing folder is resolved and the rest appended, so a link to a
    /// folder elsewhere (`sub -> /`) is seen through even when the file below it is missing.
    public static func realPath(_ url: URL) -> String {
        let standard = URL(fileURLWithPath: url.absoluteURL.path).standardizedFileURL
        let path = standard.path
        if path == "/" || path.isEmpty { return "/" }
        if FileManager.default.fileExists(atPath: path) {
            return standard.resolvingSymlinksInPath().path
        }
        let parent = realPath(standard.deletingLastPathComponent())
        return (parent == "/" ? "" : parent) + "/" + standard.lastPathComponent
    }

    /// The device and inode of the file `url` leads to (symlinks followed); nil when there is none.
    public static func fileID(_ url: URL) -> FileID? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: realPath(url)),
            let device = number(attributes[.systemNumber]), let inode = number(attributes[.systemFileNumber])
        else { return nil }
        return FileID(device: device, inode: inode)
    }

    /// Whether `a` and `b` name the same file: the same real path, or the same device and inode.
    public static func same(_ a: URL, _ b: URL) -> Bool {
        if realPath(a) == realPath(b) { return true }
        guard let x = fileID(a), let y = fileID(b) else { return false }
        return x == y
    }

    /// Whether `url`, resolved, lies inside `folder`, resolved (the folder itself does not count).
    public static func isInside(_ url: URL, folder: URL) -> Bool {
        let base = realPath(folder)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return realPath(url).hasPrefix(prefix)
    }

    /// An attribute number as UInt64 (Foundation gives NSNumber or a Swift integer, by platform).
    private static func number(_ value: Any?) -> UInt64? {
        switch value {
        case let n as UInt64: return n
        case let n as Int: return n >= 0 ? UInt64(n) : nil
        case let n as NSNumber: return n.uint64Value
        default: return nil
        }
    }
}
