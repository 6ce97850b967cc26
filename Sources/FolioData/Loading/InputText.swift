import FolioMessages
import Foundation

/// Reads an input text file (dataset or theme) defensively: only regular files, at most a stated size,
/// UTF-8 (a UTF-8 byte-order mark is dropped), with a located diagnostic for binary data, UTF-16 and
/// text in another encoding such as GB18030.
public enum InputText {
    /// GB18030-2000 as Foundation names it (kCFStringEncodingGB_18030_2000 mapped to NSStringEncoding).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The file's text, or a DiagnosticError naming the file, the place and what to do.
    public static func read(_ url: URL, name: String, limit: Int, what: Message) throws(DiagnosticError) -> String {
        try decode(readData(url, name: name, limit: limit, what: what), name: name)
    }

    /// The bytes of the regular file at `url`, at most `limit` of them; a missing file, a link loop, a folder, a pipe,
    /// a device or a file over the limit is a located diagnostic naming `what` (“the dataset”, “the text”).
    public static func readData(_ url: URL, name: String, limit: Int, what: Message) throws(DiagnosticError) -> Data {
        let start = SourceLocation(file: name, line: 1, column: 1)
        func fail(_ message: Message, at place: SourceLocation? = nil, hint: Message, code: String) -> DiagnosticError {
            DiagnosticError(Diagnostic(.error, message, at: place, hint: hint, code: code))
        }
        func cannotRead(_ why: MessageArgument) -> Message {
            Message("io.read", ["what": .message(what), "name": "\(name)", "why": why])
        }
        // stat(2) follows links as reading would, and says why it cannot: a missing file, a loop of
        // symbolic links, a folder without permission. A link to /dev/zero or a pipe must not be read.
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            let why: MessageArgument
            switch errno {
            case ENOENT: why = .message(Message("io.why.no-file"))
            case ELOOP: why = .message(Message("io.why.link-loop"))
            case EACCES: why = .message(Message("io.why.permission"))
            case ENOTDIR: why = .message(Message("io.why.not-folder"))
            case ENAMETOOLONG: why = .message(Message("io.why.too-long"))
            default: why = .verbatim(String(cString: strerror(errno)))
            }
            throw fail(cannotRead(why), hint: Message("io.read.check-path"), code: "io.read")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw fail(
                cannotRead(.message(Message("io.why.folder"))), hint: Message("io.read.folder.hint"), code: "io.read")
        case S_IFIFO, S_IFSOCK:
            throw fail(
                cannotRead(.message(Message("io.why.pipe"))), hint: Message("io.read.pipe.hint"), code: "io.read")
        default:
            throw fail(
                cannotRead(.message(Message("io.why.device"))), hint: Message("io.read.device.hint"), code: "io.read")
        }
        if Int64(info.st_size) > Int64(limit) {
            let size = Int64(info.st_size)
            throw fail(
                Message(
                    "limit.file-size",
                    ["what": .message(what), "name": "\(name)", "size": .number(size), "limit": .number(limit)]),
                at: start, hint: Message("limit.file-size.hint"), code: "limit.file-size")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw fail(
                cannotRead(.message(.system(error))), hint: Message("io.read.permissions"), code: "io.read"
            )
        }
        if data.count > limit {
            throw fail(
                Message("limit.file-size.over", ["what": .message(what), "name": "\(name)", "limit": .number(limit)]),
                at: start, hint: Message("limit.see-docs"), code: "limit.file-size")
        }
        return data
    }

    /// Text already read (standard input), held to the same size limit and encoding rules as a file.
    static func read(_ data: Data, name: String, limit: Int) throws(DiagnosticError) -> String {
        if data.count > limit {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("limit.stdin-size", ["name": "\(name)", "limit": .number(limit)]),
                    at: SourceLocation(file: name, line: 1, column: 1), hint: Message("limit.see-docs"),
                    code: "limit.file-size"))
        }
        return try decode(data, name: name)
    }

    /// UTF-8 text from bytes, or a located diagnostic saying what the bytes are instead.
    static func decode(_ data: Data, name: String) throws(DiagnosticError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("io.encoding.utf32", ["name": "\(name)"]),
                    at: SourceLocation(file: name, line: 1, column: 1),
                    hint: Message("io.encoding.utf32.hint"), code: "io.encoding"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("io.encoding.utf16", ["name": "\(name)"]),
                    at: SourceLocation(file: name, line: 1, column: 1),
                    hint: Message("io.encoding.utf16.hint"), code: "io.encoding"))
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let nul = body.firstIndex(of: 0) {
            let place = location(ofByte: nul, in: body)
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("io.binary", ["name": "\(name)"]),
                    at: SourceLocation(file: name, line: place.line, column: place.column),
                    hint: Message("io.binary.hint"), code: "io.binary"))
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let bad = firstInvalidUTF8(body)
        let place = location(ofByte: bad, in: body)
        if bad + 1 < body.count, body[bad] == 0xED, (0xA0...0xBF).contains(body[bad + 1]) {
            throw DiagnosticError(
                Diagnostic(
                    .error,
                    Message(
                        "io.encoding.surrogate",
                        ["name": "\(name)", "byte": "0x\(String(format: "%02X", body[bad + 1]))"]),
                    at: SourceLocation(file: name, line: place.line, column: place.column),
                    hint: Message("io.encoding.surrogate.hint"), code: "io.encoding"))
        }
        let gb = String(data: Data(body), encoding: gb18030) != nil
        throw DiagnosticError(
            Diagnostic(
                .error,
                gb
                    ? Message("io.encoding.gb18030", ["name": "\(name)"])
                    : Message(
                        "io.encoding.invalid", ["name": "\(name)", "byte": "0x\(String(format: "%02X", body[bad]))"]),
                at: SourceLocation(file: name, line: place.line, column: place.column),
                hint: gb ? Message("io.encoding.gb18030.hint") : Message("io.encoding.invalid.hint"),
                code: "io.encoding"))
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence (Unicode
    /// Table 3-7: lead byte, continuation bytes and the second byte's narrower range after E0, ED, F0 and
    /// F4, so overlong forms and encoded surrogates are found where they are; 0 if none is found).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            let second = bytes[i + 1 < bytes.count ? i + 1 : i]
            switch b {
            case 0xE0 where second < 0xA0, 0xED where second > 0x9F, 0xF0 where second < 0x90, 0xF4 where second > 0x8F:
                return i
            default: break
            }
            i += length
        }
        return 0
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset in UTF-8 bytes.
    static func location(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes.prefix(max(0, offset)) {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// 1-based line and column of the scalar at `offset` (counted in Unicode scalars) in text.
    static func location(ofScalar offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for s in text.unicodeScalars.prefix(max(0, offset)) {
            if s == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
