import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Message {
    /// The system's reason for a failed file operation, in the user's language: the POSIX error under Foundation's
    /// error (its own `localizedDescription` is English only: "You don't have permission."), named as `strerror`
    /// names it and translated through the `system.` entries; the description as it is when there is none.
    public static func system(_ error: any Error) -> Message {
        guard let code = posixCode(error) else { return .verbatim((error as NSError).localizedDescription) }
        return .foreign(String(cString: strerror(code)), prefix: "system.")
    }

    /// The POSIX error number of `error`: its own code in the POSIX domain, its underlying error's, or the one a
    /// Foundation file error stands for.
    static func posixCode(_ error: any Error) -> Int32? {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(truncatingIfNeeded: underlying.code)
        }
        guard ns.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileReadNoPermission, .fileWriteNoPermission: return EACCES
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileWriteFileExists: return EEXIST
        default: return nil
        }
    }
}
