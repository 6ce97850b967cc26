/// An indirect object as the finishing step holds it: a value, or a stream's dictionary and data.
enum PDFObject: Sendable {
    /// A value that is not a stream.
    case value(PDFValue)
    /// A stream: its dictionary (without /Length, which the writer sets) and its bytes as they are to be written.
    case stream(PDFDictionary, StreamData)
}

/// A stream's data: bytes already encoded in the source file, or new bytes the writer deflates.
enum StreamData: Sendable {
    /// Bytes of the source file, encoded by its filters, copied as they are.
    case source(Range<Int>)
    /// Bytes the writer deflates (adding /Filter /FlateDecode).
    case deflating([UInt8])
    /// Bytes written unencoded (the XMP metadata, which PDF/A keeps readable: ISO 19005-2 §6.6.2.1).
    case plain([UInt8])
}

/// Cairo's PDF file read through its cross-reference table (ISO 32000-1 §7.5.4): where each object starts, and
/// each object parsed on request. Cairo 1.16 writes one table, no object streams and no incremental updates; a
/// file with an update or encryption is refused rather than guessed at. An entry that does not point at its own `n g obj`
/// counts as free, as a reader repairing the table would find it: Cairo 1.16 leaves such an entry for a structure
/// element it allocated and never wrote (a link tag outside any structure tag).
///
/// Sendable: the bytes are only read, and the caller keeps them alive while any copy is in use (the assembler reads
/// them from several threads at once).
struct SourcePDF: @unchecked Sendable {
    /// The file's bytes.
    let bytes: UnsafeRawBufferPointer
    /// Where each object's value begins (after its `n g obj`) by number; nil for a free entry, or one that does not
    /// point at its own object.
    private let values: [Int?]
    /// The trailer dictionary.
    let trailer: PDFDictionary
    /// Where each object's bytes end at the latest, by number: the next object's start in the file, or the table's.
    private var bounds: [Int]

    /// Reads the cross-reference table and trailer of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes = bytes
        let tail = max(0, bytes.count - 1024)
        guard let mark = Self.lastIndex(of: "startxref", in: bytes, from: tail, before: bytes.count) else {
            throw PDFSyntaxError(expected: "“startxref”", offset: bytes.count)
        }
        var p = PDFParser(bytes, at: mark + 9)
        let start = try p.unsignedInteger()
        guard start < bytes.count else { throw PDFSyntaxError(expected: "a cross-reference offset", offset: mark) }
        p.position = start
        try p.expect("xref")
        var offsets: [Int?] = []
        while true {
            let saved = p.position
            let word = p.token()
            if word.elementsEqual("trailer".utf8) { break }
            p.position = saved
            let first = try p.unsignedInteger(), count = try p.unsignedInteger()
            // An entry takes 20 bytes (§7.5.4): a table the file cannot hold is refused before anything is allocated.
            guard first <= bytes.count / 18, count <= bytes.count / 18 - first else {
                throw PDFSyntaxError(expected: "a cross-reference section", offset: saved)
            }
            if offsets.count < first + count { offsets += Array(repeating: nil, count: first + count - offsets.count) }
            for n in first..<first + count {
                let entry = p.position
                let offset = try p.unsignedInteger()
                _ = try p.unsignedInteger()
                let kind = p.token()
                if kind.elementsEqual("n".utf8) {
                    guard offset < bytes.count else {
                        throw PDFSyntaxError(expected: "an object offset", offset: entry)
                    }
                    offsets[n] = offset
                } else if !kind.elementsEqual("f".utf8) {
                    throw PDFSyntaxError(expected: "“n” or “f”", offset: entry)
                }
            }
        }
        p.skipWhitespace()
        guard p.current == UInt8(ascii: "<") else { throw PDFSyntaxError(expected: "the trailer", offset: p.position) }
        trailer = try p.dictionary()
        guard trailer["Prev"] == nil, trailer["Encrypt"] == nil else {
            throw PDFSyntaxError(expected: "a file written once, unencrypted", offset: p.position)
        }
        var values = [Int?](repeating: nil, count: offsets.count)
        for (n, offset) in offsets.enumerated() {
            guard let offset else { continue }
            var header = PDFParser(bytes, at: offset)
            if (try? header.objectHeader()) == n { values[n] = header.position } else { offsets[n] = nil }
        }
        self.values = values
        var bounds = [Int](repeating: start, count: offsets.count)
        let starts = offsets.enumerated().compactMap { n, o in o.map { (n, $0) } }.sorted { $0.1 < $1.1 }
        for (i, (n, _)) in starts.enumerated() where i + 1 < starts.count { bounds[n] = starts[i + 1].1 }
        self.bounds = bounds
    }

    /// Where object `n`'s value begins; nil when it is free or out of range.
    func valueStart(_ n: Int) -> Int? { n >= 0 && n < values.count ? values[n] : nil }

    /// The bytes of object `n` between `obj` and `endobj`, white space trimmed, and, when it is a stream, the
    /// stream's dictionary; nil when it is free; throws when no `endobj` ends it. The object ends with the last
    /// `endobj` before the next object begins; its value is parsed only when the bytes hold the word `stream`.
    func span(_ n: Int) throws -> (body: Range<Int>, stream: PDFDictionary?)? {
        guard let start = valueStart(n) else { return nil }
        guard let close = Self.lastIndex(of: "endobj", in: bytes, from: start, before: bounds[n]) else {
            throw PDFSyntaxError(expected: "“endobj”", offset: start)
        }
        var (low, high) = (start, close)
        while low < high, PDFParser.isWhitespace(bytes[low]) { low += 1 }
        while high > low, PDFParser.isWhitespace(bytes[high - 1]) { high -= 1 }
        return (low..<high, try streamDictionary(body: low..<high))
    }

    /// The dictionary of the object whose value starts at `body` when it is a stream, decided as `object(_:)`
    /// decides it (a dictionary followed by the keyword `stream`, §7.3.8), but parsing only bodies that hold the
    /// word at all.
    private func streamDictionary(body: Range<Int>) throws -> PDFDictionary? {
        let word = Array("stream".utf8)
        guard PDFParser.firstIndex(of: word, in: UnsafeRawBufferPointer(rebasing: bytes[body])) != nil else {
            return nil
        }
        var p = PDFParser(bytes, at: body.lowerBound)
        guard case .dictionary(let d) = try p.value(), p.token().elementsEqual(word) else { return nil }
        return d
    }

    /// The number one past the highest object number.
    var size: Int { values.count }

    /// The object numbered `n`, or nil when it is free or out of range.
    func object(_ n: Int) throws -> PDFObject? {
        guard let begin = valueStart(n) else { return nil }
        var p = PDFParser(bytes, at: begin)
        let value = try p.value()
        let after = p.position
        guard case .dictionary(var dict) = value, p.token().elementsEqual("stream".utf8) else {
            p.position = after
            return .value(value)
        }
        // §7.3.8.1: "stream" is followed by CR LF or LF.
        if p.current == 0x0D { p.position += 1 }
        guard p.current == 0x0A else { throw PDFSyntaxError(expected: "a line end after “stream”", offset: p.position) }
        let start = p.position + 1
        guard let length = try self.length(dict["Length"]), length >= 0, length <= bytes.count - start else {
            throw PDFSyntaxError(expected: "a stream length", offset: begin)
        }
        dict["Length"] = nil
        return .stream(dict, .source(start..<start + length))
    }

    /// A stream's /Length: direct, or an indirect integer (Cairo writes each length after its stream). The
    /// indirect object is read as a bare value, so a length that refers to a stream (itself, say) is no integer
    /// rather than an endless lookup.
    func length(_ value: PDFValue?) throws -> Int? {
        switch value {
        case .integer(let n)?: return n
        case .reference(let n)?:
            guard let start = valueStart(n) else { return nil }
            var p = PDFParser(bytes, at: start)
            return try p.value().integer
        default: return nil
        }
    }

    /// The offset of the last occurrence of `word` in `bytes` that starts at or after `from` and ends by `before`.
    private static func lastIndex(
        of word: String, in bytes: UnsafeRawBufferPointer, from: Int, before: Int
    ) -> Int? {
        let w = Array(word.utf8)
        var i = min(before, bytes.count) - w.count
        while i >= from {
            if bytes[i] == w[0], (0..<w.count).allSatisfy({ bytes[i + $0] == w[$0] }) { return i }
            i -= 1
        }
        return nil
    }
}
