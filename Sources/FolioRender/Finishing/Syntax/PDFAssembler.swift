/// Writes an edited Cairo file as the finished PDF (ISO 32000-1 §7.5): streams copied as Cairo encoded them with
/// direct lengths, every other object packed into compressed object streams (§7.5.7), a compressed
/// cross-reference stream (§7.5.8), and a file identifier that is the MD5 digest of the bytes before it (§14.4):
/// the same document gives the same bytes. Object numbers stay Cairo's, so no reference is rewritten; the
/// objects that only held a stream's length are left out. The file is written in one pass as it is assembled.
struct PDFAssembler<Sink: ByteSink> {
    /// Objects in one object stream (qpdf's choice too: larger streams compress little better and make a reader
    /// inflate more to reach one object).
    static var objectsPerStream: Int { 100 }

    private var sink: Sink
    private var offset = 0
    private var digest = MD5()
    /// Each object's cross-reference entry, by number.
    private var entries: [Entry] = []
    /// The object stream being filled: its members' numbers and offsets, and their bytes.
    private var pending: (numbers: [(Int, Int)], body: [UInt8]) = ([], [])

    private enum Entry {
        case free
        case direct(offset: Int)
        case compressed(stream: Int, index: Int)
    }

    /// An assembler writing to `sink`.
    init(sink: Sink) { self.sink = sink }

    /// Writes `pdf` and returns the sink, flushed.
    consuming func write(_ pdf: EditedPDF) throws -> Sink {
        let source = pdf.source
        try emit(
            Array("%PDF-1.5\n%\u{BF}\u{F7}\u{A2}\u{FE}\n".unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))
        let lengths = try lengthObjects(source)
        entries = Array(repeating: .free, count: pdf.size)
        var next = pdf.size   // the number of the next object stream
        for n in 1..<pdf.size {
            if lengths.contains(n) { continue }
            if pdf.isEdited(n) {
                switch pdf.object(n) {
                case .stream(let d, let data)?: try writeStream(n, d, data, source)
                case .value(let v)?: try pack(n, v.bytes, next: &next)
                case nil: continue
                }
            } else if let (body, isStream) = try source.span(n) {
                if isStream, case .stream(let d, let data)? = try source.object(n) {
                    try writeStream(n, d, data, source)
                } else {
                    try pack(
                        n, CompactSyntax.compacted(UnsafeRawBufferPointer(rebasing: source.bytes[body])), next: &next)
                }
            }
        }
        try flushObjectStream(next: &next)
        try writeCrossReference(number: next, root: pdf.root, info: pdf.info)
        try sink.flush()
        return sink
    }

    /// The objects Cairo wrote only to hold a stream's /Length (an integer referred to by the stream).
    private func lengthObjects(_ source: SourcePDF) throws -> Set<Int> {
        var found = Set<Int>()
        for n in 1..<source.size {
            guard let (_, isStream) = try source.span(n), isStream, let offset = source.offsets[n] else { continue }
            var p = PDFParser(source.bytes, at: offset)
            _ = try p.objectHeader()
            p.skipWhitespace()
            guard p.current == UInt8(ascii: "<"), case .reference(let length)? = try p.dictionary()["Length"],
                try source.value(length)?.integer != nil
            else { continue }
            found.insert(length)
        }
        return found
    }

    private mutating func emit(_ bytes: [UInt8]) throws { try bytes.withUnsafeBytes { try emit($0) } }

    private mutating func emit(_ bytes: UnsafeRawBufferPointer) throws {
        digest.update(bytes)
        try sink.write(bytes)
        offset += bytes.count
    }

    /// Writes stream `n` with its data encoded and its /Length direct.
    private mutating func writeStream(
        _ n: Int, _ dictionary: PDFDictionary, _ data: StreamData, _ source: SourcePDF
    )
        throws
    {
        var d = dictionary
        var encoded: [UInt8]? = nil
        var range: Range<Int>? = nil
        switch data {
        case .source(let r): range = r
        case .deflating(let bytes):
            encoded = Deflate.compress(bytes)
            d["Filter"] = .name("FlateDecode")
            d["DecodeParms"] = nil
        case .plain(let bytes):
            encoded = bytes
            d["Filter"] = nil
            d["DecodeParms"] = nil
        }
        d["Length"] = .integer(encoded?.count ?? range?.count ?? 0)
        entries[n] = .direct(offset: offset)
        var head = Array("\(n) 0 obj\n".utf8)
        d.write(into: &head)
        head += Array("\nstream\n".utf8)
        try emit(head)
        if let encoded {
            try emit(encoded)
        } else if let range {
            try emit(UnsafeRawBufferPointer(rebasing: source.bytes[range]))
        }
        try emit(Array("\nendstream\nendobj\n".utf8))
    }

    /// Adds object `n`'s bytes to the object stream being filled, writing it when full.
    private mutating func pack(_ n: Int, _ bytes: [UInt8], next: inout Int) throws {
        entries[n] = .compressed(stream: next, index: pending.numbers.count)
        pending.numbers.append((n, pending.body.count))
        pending.body += bytes
        pending.body.append(0x0A)
        if pending.numbers.count == Self.objectsPerStream { try flushObjectStream(next: &next) }
    }

    /// Writes the object stream being filled as object `next` (§7.5.7) and numbers the next one.
    private mutating func flushObjectStream(next: inout Int) throws {
        guard !pending.numbers.isEmpty else { return }
        var header = pending.numbers.map { "\($0.0) \($0.1)" }.joined(separator: " ").utf8.map { $0 }
        header.append(0x0A)
        let d = PDFDictionary([
            ("Type", .name("ObjStm")), ("N", .integer(pending.numbers.count)), ("First", .integer(header.count)),
        ])
        let number = next
        if entries.count <= number { entries += Array(repeating: .free, count: number + 1 - entries.count) }
        let body = header + pending.body
        pending = ([], [])
        next += 1
        try writeStreamBytes(number, d, Deflate.compress(body))
    }

    /// Writes stream `n` of already deflated `bytes`.
    private mutating func writeStreamBytes(_ n: Int, _ dictionary: PDFDictionary, _ bytes: [UInt8]) throws {
        var d = dictionary
        d["Filter"] = .name("FlateDecode")
        d["Length"] = .integer(bytes.count)
        entries[n] = .direct(offset: offset)
        var head = Array("\(n) 0 obj\n".utf8)
        d.write(into: &head)
        head += Array("\nstream\n".utf8)
        try emit(head)
        try emit(bytes)
        try emit(Array("\nendstream\nendobj\n".utf8))
    }

    /// Writes the cross-reference stream as object `number` (§7.5.8), the identifier in it, and the file's end.
    private mutating func writeCrossReference(number: Int, root: Int?, info: Int?) throws {
        if entries.count <= number { entries += Array(repeating: .free, count: number + 1 - entries.count) }
        entries[number] = .direct(offset: offset)
        let largest = max(offset, entries.count)
        var width = 1
        while largest >> (8 * width) > 0 { width += 1 }
        var rows: [UInt8] = []
        rows.reserveCapacity(entries.count * (width + 3))
        func field(_ value: Int, _ bytes: Int) {
            for i in stride(from: bytes - 1, through: 0, by: -1) {
                rows.append(UInt8(truncatingIfNeeded: value >> (8 * i)))
            }
        }
        for (n, entry) in entries.enumerated() {
            switch entry {
            case .free:
                field(0, 1); field(0, width); field(n == 0 ? 0xFFFF : 0, 2)
            case .direct(let at):
                field(1, 1); field(at, width); field(0, 2)
            case .compressed(let stream, let index):
                field(2, 1); field(stream, width); field(index, 2)
            }
        }
        let id = PDFValue.string(digest.finalize())
        var d = PDFDictionary([
            ("Type", .name("XRef")), ("Size", .integer(entries.count)),
            ("W", .array([.integer(1), .integer(width), .integer(2)])),
        ])
        if let root { d["Root"] = .reference(root) }
        if let info { d["Info"] = .reference(info) }
        d["ID"] = .array([id, id])
        let start = offset
        try writeStreamBytes(number, d, Deflate.compress(rows))
        try emit(Array("startxref\n\(start)\n%%EOF\n".utf8))
    }
}
