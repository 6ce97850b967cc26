/// Why the finishing step could not read Cairo's file: what it expected and at which byte.
struct PDFSyntaxError: Error, Equatable {
    /// What was expected.
    var expected: String
    /// The byte offset in the file.
    var offset: Int

    /// "expected a value at byte 1234".
    var reason: String { "unreadable PDF: expected \(expected) at byte \(offset)" }
}

/// Reads PDF objects from a file's bytes (ISO 32000-1 §7.2–7.3): the lexical rules and object syntax, nothing
/// more. Nesting is bounded so that no input exhausts the stack.
struct PDFParser {
    /// The file's bytes.
    let bytes: UnsafeRawBufferPointer
    /// The next byte to read.
    var position: Int

    /// How deep arrays and dictionaries may nest (Cairo's files nest three or four levels).
    static let maximumDepth = 64

    /// A parser reading `bytes` from `position`.
    init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// §7.2.2: NUL, tab, line feed, form feed, carriage return, space.
    static func isWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0
    }

    /// §7.2.2: the delimiters ( ) < > [ ] { } / %.
    static func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: return true
        default: return false
        }
    }

    /// The byte at `position`, or nil at the end.
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Skips white space and comments (§7.2.3: a comment counts as one white-space character).
    mutating func skipWhitespace() {
        while position < bytes.count {
            let b = bytes[position]
            if Self.isWhitespace(b) {
                position += 1
            } else if b == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// Reads a regular token (a number or keyword) after white space; empty at a delimiter or the end.
    mutating func token() -> UnsafeRawBufferPointer {
        skipWhitespace()
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) {
            position += 1
        }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<position])
    }

    /// Reads the keyword `word` or throws.
    mutating func expect(_ word: String) throws {
        let start = position
        guard token().elementsEqual(word.utf8) else { throw PDFSyntaxError(expected: "“\(word)”", offset: start) }
    }

    /// Reads a non-negative integer token or throws.
    mutating func unsignedInteger() throws -> Int {
        let start = position
        guard let n = Self.integer(token()), n >= 0 else { throw PDFSyntaxError(expected: "a number", offset: start) }
        return n
    }

    /// Reads `n g obj` and returns n.
    mutating func objectHeader() throws -> Int {
        let n = try unsignedInteger()
        _ = try unsignedInteger()
        try expect("obj")
        return n
    }

    /// Reads one value; a reference `n g R` is recognised after an integer.
    mutating func value(depth: Int = 0) throws -> PDFValue {
        skipWhitespace()
        let start = position
        guard let b = current else { throw PDFSyntaxError(expected: "a value", offset: start) }
        guard depth < Self.maximumDepth else {
            throw PDFSyntaxError(expected: "less deeply nested values", offset: start)
        }
        switch b {
        case UInt8(ascii: "/"): return .name(name())
        case UInt8(ascii: "("): return .string(try literalString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipWhitespace()
                guard let c = current else { throw PDFSyntaxError(expected: "“]”", offset: position) }
                if c == UInt8(ascii: "]") { position += 1; return .array(items) }
                items.append(try value(depth: depth + 1))
            }
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                return .dictionary(try dictionary(depth: depth))
            }
            return .string(try hexString())
        default:
            return try numberOrKeyword(at: start)
        }
    }

    /// Reads `<< /key value … >>`.
    mutating func dictionary(depth: Int = 0) throws -> PDFDictionary {
        position += 2
        var entries: [(String, PDFValue)] = []
        while true {
            skipWhitespace()
            guard let c = current else { throw PDFSyntaxError(expected: "“>>”", offset: position) }
            if c == UInt8(ascii: ">") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw PDFSyntaxError(expected: "“>>”", offset: position)
                }
                position += 2
                var d = PDFDictionary()
                for (key, value) in entries { d[key] = value }
                return d
            }
            guard c == UInt8(ascii: "/") else { throw PDFSyntaxError(expected: "a name", offset: position) }
            let key = name()
            entries.append((key, try value(depth: depth + 1)))
        }
    }

    /// Reads a name after its slash, as written (`#xx` escapes kept).
    private mutating func name() -> String {
        position += 1
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) {
            position += 1
        }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
        // ASCII (every name Cairo writes) reads the same either way, and directly.
        if raw.allSatisfy({ $0 < 0x80 }) { return String(decoding: raw, as: UTF8.self) }
        // Byte for byte, one character each (ISO 8859-1): a name's bytes are not always UTF-8, and are written back
        // as they were (`PDFValue.writeName`).
        var name = String.UnicodeScalarView()
        for b in raw { name.append(Unicode.Scalar(b)) }
        return String(name)
    }

    /// An integer, a reference, a real, `true`, `false` or `null`.
    private mutating func numberOrKeyword(at start: Int) throws -> PDFValue {
        let word = token()
        if let n = Self.integer(word) {
            // `n g R`: look ahead without consuming unless both tokens match.
            let saved = position
            let generation = token()
            if Self.integer(generation) == 0, token().elementsEqual("R".utf8) { return .reference(n) }
            position = saved
            return .integer(n)
        }
        if word.elementsEqual("true".utf8) { return .bool(true) }
        if word.elementsEqual("false".utf8) { return .bool(false) }
        if word.elementsEqual("null".utf8) { return .null }
        let text = String(decoding: word, as: UTF8.self)
        if !word.isEmpty, word.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B }),
            Double(text) != nil
        {
            return .real(text)
        }
        throw PDFSyntaxError(expected: "a value", offset: start)
    }

    /// A literal string's bytes (§7.3.4.2): balanced parentheses, backslash escapes, octal codes, line endings
    /// read as a line feed.
    private mutating func literalString() throws -> [UInt8] {
        let start = position
        position += 1
        var out: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            switch b {
            case UInt8(ascii: "("):
                depth += 1
                out.append(b)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(b)
            case UInt8(ascii: "\\"): escape(into: &out)
            case 0x0D:
                if current == 0x0A { position += 1 }
                out.append(0x0A)
            default: out.append(b)
            }
        }
        throw PDFSyntaxError(expected: "“)”", offset: start)
    }

    /// The byte(s) an escape after a backslash stands for.
    private mutating func escape(into out: inout [UInt8]) {
        guard let e = current else { return }
        position += 1
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case 0x0D: if current == 0x0A { position += 1 }   // a line continuation
        case 0x0A: break
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var code = Int(e - 0x30)
            for _ in 0..<2 {
                guard let d = current, d >= 0x30, d <= 0x37 else { break }
                code = code * 8 + Int(d - 0x30)
                position += 1
            }
            out.append(UInt8(truncatingIfNeeded: code))
        default: out.append(e)
        }
    }

    /// A hexadecimal string's bytes (§7.3.4.3): white space ignored, an odd last digit followed by 0.
    private mutating func hexString() throws -> [UInt8] {
        let start = position
        position += 1
        var out: [UInt8] = []
        var high: UInt8?
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            if b == UInt8(ascii: ">") {
                if let h = high { out.append(h << 4) }
                return out
            }
            if Self.isWhitespace(b) { continue }
            guard let v = Self.hexDigit(b) else { break }
            if let h = high {
                out.append(h << 4 | v)
                high = nil
            } else {
                high = v
            }
        }
        throw PDFSyntaxError(expected: "a hexadecimal string", offset: start)
    }

    private static func hexDigit(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x37
        case 0x61...0x66: return b - 0x57
        default: return nil
        }
    }

    /// Where `word` first occurs in `bytes`, if anywhere.
    static func firstIndex(of word: [UInt8], in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let first = word.first, bytes.count >= word.count else { return nil }
        for i in 0...(bytes.count - word.count) where bytes[i] == first {
            if (1..<word.count).allSatisfy({ bytes[i + $0] == word[$0] }) { return i }
        }
        return nil
    }

    /// The value of a token of ASCII digits with an optional sign, or nil (also past 18 digits, so it cannot
    /// overflow).
    static func integer(_ word: UnsafeRawBufferPointer) -> Int? {
        guard !word.isEmpty, word.count <= 18 else { return nil }
        var i = 0
        var negative = false
        if word[0] == UInt8(ascii: "-") || word[0] == UInt8(ascii: "+") {
            negative = word[0] == UInt8(ascii: "-")
            i = 1
        }
        guard i < word.count else { return nil }
        var n = 0
        while i < word.count {
            let d = word[i]
            guard d >= 0x30, d <= 0x39 else { return nil }
            n = n * 10 + Int(d - 0x30)
            i += 1
        }
        return negative ? -n : n
    }
}
