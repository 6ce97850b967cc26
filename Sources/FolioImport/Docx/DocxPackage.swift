import FolioMessages
import Foundation
import FolioData
import ZIPFoundation

/// How much of a .docx is read (docs/limits.md): a zip bomb or a runaway part is refused with a clear error
/// before it fills memory. Sizes are counted as the bytes come out of the decompressor, not taken from the
/// archive's directory, which a hostile file can fake.
public struct DocxLimits: Sendable {
    /// The largest .docx file read.
    public var fileBytes = 256 * 1024 * 1024
    /// The most entries the archive may list.
    public var entries = 10_000
    /// The largest XML part, decompressed.
    public var partBytes = 64 * 1024 * 1024
    /// The largest image, decompressed.
    public var imageBytes = 32 * 1024 * 1024
    /// Everything decompressed from one file, together.
    public var totalBytes = 256 * 1024 * 1024

    /// The default limits.
    public init() {}
}

/// A .docx opened for reading: its parts, decompressed within `DocxLimits`.
struct DocxPackage {
    let archive: Archive
    let name: String
    let limits: DocxLimits
    /// Bytes decompressed so far (all parts together).
    private(set) var decompressed = 0

    /// Opens `url`; a file that is no zip archive, or too large, is an `import.docx` diagnostic.
    init(url: URL, limits: DocxLimits) throws(DiagnosticError) {
        name = url.lastPathComponent
        self.limits = limits
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > limits.fileBytes {
            throw Self.failure(
                name, Message("import.docx.too-large", ["size": .number(size), "limit": .number(limits.fileBytes)]))
        }
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw Self.failure(
                name, Message("import.docx.not-zip"), hint: Message("import.save-from-word-wps.hint"))
        }
        var count = 0
        for _ in archive {
            count += 1
            if count > limits.entries {
                throw Self.failure(name, Message("import.docx.too-many-parts", ["limit": .number(limits.entries)]))
            }
        }
    }

    /// An `import.docx` error about file `name`.
    static func failure(
        _ name: String, _ what: Message, hint: any MessageConvertible = Message("import.docx.save-again.hint")
    )
        -> DiagnosticError
    {
        DiagnosticError(
            Diagnostic(
                .error, Message("import.docx.file", ["name": "\(name)", "what": .message(what)]), hint: hint,
                code: "import.docx"))
    }

    /// Whether the archive has part `path`.
    func has(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of part `path` (nil when absent), at most `limit` bytes decompressed.
    mutating func data(_ path: String, limit: Int) throws(DiagnosticError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { return nil }
        var out = Data(), total = decompressed
        let cap = min(limit, limits.totalBytes)
        struct TooLarge: Error {}
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                total += chunk.count
                if out.count + chunk.count > cap || total > limits.totalBytes { throw TooLarge() }
                out.append(chunk)
            }
        } catch is TooLarge {
            throw Self.failure(
                name, Message("import.docx.part-too-large", ["part": "\(path)", "limit": .number(cap)]),
                hint: Message("import.docs-limits-md-lists.hint"))
        } catch {
            throw Self.failure(name, Message("import.docx.damaged-part", ["part": "\(path)", "error": .error(error)]))
        }
        decompressed = total
        return out
    }

    /// Part `path` read as an XML tree (nil when absent).
    mutating func xml(_ path: String) throws(DiagnosticError) -> XMLElementNode? {
        guard let bytes = try data(path, limit: limits.partBytes) else { return nil }
        do { return try XMLTreeReader().read(bytes) } catch {
            throw Self.failure(
                name, Message("import.docx.unreadable-part", ["part": "\(path)", "why": .message(error.message)]))
        }
    }
}
