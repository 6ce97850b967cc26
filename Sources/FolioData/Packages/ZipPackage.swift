import FolioMessages
import Foundation
import ZIPFoundation

/// A package of parts written as one ZIP archive, the container of the Word (.docx, ECMA-376 Part 2) and OFD
/// (GB/T 33190 §7.3) outputs: deflated, every entry dated 1980-01-01 so that the same parts give the same bytes.
public enum ZipPackage {
    /// Why an archive could not be written.
    public struct Failure: MessageError, CustomStringConvertible {
        /// What went wrong (ZIPFoundation's words as they are).
        public var message: Message
        /// What went wrong, in English.
        public var description: String { message.english }
    }

    /// The parts (path in the archive, bytes), in order, as a ZIP archive.
    public static func archive(_ parts: [(String, Data)]) throws(Failure) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for (path, data) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: Date(timeIntervalSince1970: 315_532_800), compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(message: Message("zip.no-bytes")) }
            return data
        } catch let e as Failure {
            throw e
        } catch {
            throw Failure(message: .verbatim("\(error)"))
        }
    }
}
