import Dispatch
import Foundation

/// Writes an edited Cairo file as the finished PDF (ISO 32000-1 §7.5), in one pass as it is assembled:
/// - the streams first, copied as Cairo encoded them, each with a direct /Length (the objects Cairo wrote only to
///   hold a length are left out);
/// - every other object packed a hundred at a time into deflated object streams (§7.5.7), like objects together
///   (`CompactSyntax.kind`), their white space taken out (`CompactSyntax.compact`);
/// - a deflated cross-reference stream (§7.5.8) whose file identifier is the MD5 digest of the bytes before it
///   (§14.4): the same document gives the same bytes.
/// Objects are numbered again in the order they are written, every reference rewritten to match, so that the
/// cross-reference stream is regular and small.
struct PDFAssembler<Sink: ByteSink> {
    private var sink: Sink
    private var offset = 0
    private var digest = MD5()
    /// The offsets of the objects written directly, in the order (and so the numbers, from 1) they were written.
    private var direct: [Int] = []

    /// An assembler writing to `sink`.
    init(sink: Sink) { self.sink = sink }

    /// Writes `pdf` and returns the sink, flushed.
    consuming func write(_ pdf: EditedPDF) throws -> Sink {
        let plan = try AssemblyPlan(pdf)
        let source = pdf.source
        try emit(
            Array("%PDF-1.5\n%\u{BF}\u{F7}\u{A2}\u{FE}\n".unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))
        for n in plan.streams {
            let object = pdf.isEdited(n) ? pdf.object(n) : try source.object(n)
            // Planned as a stream (it ends with `endstream`), it must read as one: the numbers count on it.
            guard case .stream(let d, let data)? = object else {
                throw PDFSyntaxError(expected: "stream \(n)", offset: source.valueStart(n) ?? 0)
            }
            try writeStream(plan.renumbered(n), d.renumbered(plan.number), data, source)
        }
        for (i, contents) in try plan.objectStreams(of: pdf).enumerated() {
            let number = 1 + plan.streams.count + plan.packed.count + i
            let d = PDFDictionary([
                ("Type", .name("ObjStm")), ("N", .integer(contents.count)), ("First", .integer(contents.first)),
                ("Filter", .name("FlateDecode")),
            ])
            try writeStream(number, d, bytes: contents.deflated)
        }
        try writeCrossReference(
            packed: plan.packed.count, streams: plan.streams.count,
            root: pdf.root.map(plan.renumbered), info: pdf.info.map(plan.renumbered))
        try sink.flush()
        return sink
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
    ) throws {
        var d = dictionary
        switch data {
        case .source(let range):
            d["Length"] = .integer(range.count)
            try writeStreamHead(n, d)
            try emit(UnsafeRawBufferPointer(rebasing: source.bytes[range]))
            try emit(Self.streamTail)
        case .deflating(let bytes):
            d["Filter"] = .name("FlateDecode")
            d["DecodeParms"] = nil
            try writeStream(n, d, bytes: try Deflate.compress(bytes))
        case .plain(let bytes):
            d["Filter"] = nil
            d["DecodeParms"] = nil
            try writeStream(n, d, bytes: bytes)
        }
    }

    /// Writes stream `n` of `bytes`, encoded as `dictionary` says.
    private mutating func writeStream(_ n: Int, _ dictionary: PDFDictionary, bytes: [UInt8]) throws {
        var d = dictionary
        d["Length"] = .integer(bytes.count)
        try writeStreamHead(n, d)
        try emit(bytes)
        try emit(Self.streamTail)
    }

    /// `n 0 obj <<…>> stream`; the offset is noted for the cross-reference stream.
    private mutating func writeStreamHead(_ n: Int, _ d: PDFDictionary) throws {
        direct.append(offset)
        var head = Array("\(n) 0 obj\n".utf8)
        d.write(into: &head)
        head += Array("\nstream\n".utf8)
        try emit(head)
    }

    private static var streamTail: [UInt8] { Array("\nendstream\nendobj\n".utf8) }

    /// Writes the cross-reference stream (§7.5.8), the identifier in it, and the file's end. The numbers run:
    /// 0 (free), the `streams`, the `packed` objects, the object streams, the cross-reference stream.
    private mutating func writeCrossReference(packed: Int, streams: Int, root: Int?, info: Int?) throws {
        direct.append(offset)   // the cross-reference stream's own entry
        let objectStreams = direct.count - 1 - streams
        let size = 1 + streams + packed + objectStreams + 1
        let largest = max(offset, size)
        var width = 1
        while largest >> (8 * width) > 0 { width += 1 }
        var rows: [UInt8] = []
        rows.reserveCapacity(size * (width + 3))
        // Each row PNG-"Up"-filtered (§7.4.4.4, Predictor 12): offsets that grow and indexes that count deflate
        // to a tenth.
        let columns = width + 2
        var above = [UInt8](repeating: 0, count: columns)
        var current = [UInt8](repeating: 0, count: columns)
        func row(_ type: UInt8, _ value: Int, _ index: Int) {
            current[0] = type
            for i in 0..<width { current[1 + i] = UInt8(truncatingIfNeeded: value >> (8 * (width - 1 - i))) }
            current[columns - 1] = UInt8(truncatingIfNeeded: index)
            rows.append(2)
            for i in 0..<columns { rows.append(current[i] &- above[i]) }
            swap(&above, &current)
        }
        row(0, 0, 0)
        for at in direct.prefix(streams) { row(1, at, 0) }
        let per = AssemblyPlan.objectsPerStream
        for i in 0..<packed { row(2, 1 + streams + packed + i / per, i % per) }
        for at in direct.dropFirst(streams) { row(1, at, 0) }
        let id = PDFValue.string(digest.finalize())
        var d = PDFDictionary([
            ("Type", .name("XRef")), ("Size", .integer(size)),
            ("W", .array([.integer(1), .integer(width), .integer(1)])),
            ("DecodeParms", .dictionary(PDFDictionary([("Columns", .integer(columns)), ("Predictor", .integer(12))]))),
        ])
        if let root { d["Root"] = .reference(root) }
        if let info { d["Info"] = .reference(info) }
        d["ID"] = .array([id, id])
        d["Filter"] = .name("FlateDecode")
        let start = offset
        direct.removeLast()   // `writeStream` notes it again
        try writeStream(size - 1, d, bytes: try Deflate.compress(rows))
        try emit(Array("startxref\n\(start)\n%%EOF\n".utf8))
    }
}

/// The order and numbers of the finished file's objects: streams in Cairo's order, then the other objects by kind,
/// numbered from 1 in that order; 0 for an object left out (a reference to it then reads as null, §7.3.10).
struct AssemblyPlan: Sendable {
    /// An object to pack into an object stream: its kind, its number in Cairo's file, and its bytes there when
    /// unedited.
    struct Packed: Sendable {
        /// `CompactSyntax.kind` of its bytes.
        var kind: [UInt8]
        /// Its number in Cairo's file (or among the added objects).
        var n: Int
        /// Its bytes in Cairo's file, when unedited.
        var body: Range<Int>?
    }

    /// The streams, by their numbers in Cairo's file, in the order they are written.
    private(set) var streams: [Int] = []
    /// The objects packed into object streams, in the order they are written.
    private(set) var packed: [Packed] = []
    /// The new number of each object by its old one; 0 for one left out.
    private(set) var number: [Int]

    /// Plans `pdf`'s objects.
    init(_ pdf: EditedPDF) throws {
        let source = pdf.source
        // Each object's span in Cairo's file, found once.
        let spans = try (0..<source.size).map { n in n == 0 ? nil : try source.span(n) }
        let lengths = try Self.lengthObjects(source, spans: spans)
        for n in 1..<max(1, pdf.size) where !lengths.contains(n) {
            if pdf.isEdited(n) {
                switch pdf.object(n) {
                case .stream?: streams.append(n)
                case .value(let v)?: packed.append(Packed(kind: v.bytes.withUnsafeBytes(CompactSyntax.kind), n: n))
                case nil: continue
                }
            } else if n < spans.count, let (body, stream) = spans[n] {
                if stream != nil {
                    streams.append(n)
                } else {
                    let kind = CompactSyntax.kind(of: UnsafeRawBufferPointer(rebasing: source.bytes[body]))
                    packed.append(Packed(kind: kind, n: n, body: body))
                }
            }
        }
        // Like objects side by side deflate to two thirds the size of Cairo's order.
        packed.sort { $0.kind == $1.kind ? $0.n < $1.n : $0.kind.lexicographicallyPrecedes($1.kind) }
        number = Array(repeating: 0, count: pdf.size)
        for (i, n) in streams.enumerated() { number[n] = 1 + i }
        for (i, item) in packed.enumerated() { number[item.n] = 1 + streams.count + i }
    }

    /// The new number of object `n` (0 when it is left out or out of range).
    func renumbered(_ n: Int) -> Int { n >= 0 && n < number.count ? number[n] : 0 }

    /// The objects Cairo wrote only to hold a stream's /Length: an integer a stream's /Length refers to. (Cairo
    /// refers to each such integer from its stream alone; a reference from elsewhere would read as null.)
    private static func lengthObjects(
        _ source: SourcePDF, spans: [(body: Range<Int>, stream: PDFDictionary?)?]
    ) throws -> Set<Int> {
        var found = Set<Int>()
        for span in spans {
            guard case .reference(let length)? = span?.stream?["Length"], try source.length(.reference(length)) != nil
            else { continue }
            found.insert(length)
        }
        return found
    }
}

extension AssemblyPlan {
    /// Objects in one object stream (qpdf's choice too: larger streams compress little better and make a reader
    /// inflate more to reach one object).
    static var objectsPerStream: Int { 100 }

    /// An object stream's contents (§7.5.7): how many objects, where the first begins, and the deflated bytes.
    struct ObjectStream {
        /// How many objects it holds (/N).
        var count: Int
        /// Where the first object begins, after the numbers and offsets (/First).
        var first: Int
        /// The numbers, offsets and objects, deflated.
        var deflated: [UInt8]
    }

    /// The contents of every object stream, in order: the packed objects a hundred at a time, each group compacted and
    /// deflated on its own, the groups on every core (they share nothing but the file they read).
    func objectStreams(of pdf: EditedPDF) throws -> [ObjectStream] {
        let per = Self.objectsPerStream
        let groups = (packed.count + per - 1) / per
        let plan = self
        let results = GroupResults<ObjectStream>(count: groups)
        DispatchQueue.concurrentPerform(iterations: groups) { g in
            let start = g * per
            let group = plan.packed[start..<min(start + per, plan.packed.count)]
            results.set(g, Result { try plan.objectStream(group, first: plan.streams.count + 1 + start, pdf: pdf) })
        }
        return try results.values()
    }

    /// The objects of `group`, numbered from `first`, as one object stream's contents.
    private func objectStream(_ group: ArraySlice<Packed>, first: Int, pdf: EditedPDF) throws -> ObjectStream {
        var header: [UInt8] = []
        var body: [UInt8] = []
        for (i, item) in group.enumerated() {
            header += Array("\(first + i) \(body.count) ".utf8)
            if let range = item.body {
                CompactSyntax.compact(
                    UnsafeRawBufferPointer(rebasing: pdf.source.bytes[range]), renumbering: number, into: &body)
            } else if let value = pdf.value(item.n) {
                value.renumbered(number).write(into: &body)
            } else {
                body += Array("null".utf8)
            }
            body.append(0x0A)
        }
        header[header.count - 1] = 0x0A
        return ObjectStream(count: group.count, first: header.count, deflated: try Deflate.compress(header + body))
    }
}

/// What the iterations of a `concurrentPerform` make, each in its slot, read in order once it returns; the first
/// error (in iteration order) is rethrown.
private final class GroupResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]

    /// `count` empty slots.
    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores iteration `index`'s result.
    func set(_ index: Int, _ result: Result<Value, any Error>) { lock.withLock { slots[index] = result } }

    /// The values in order. Every slot is set once `concurrentPerform` returns; an empty one would be a failed zlib
    /// call's only other trace, so it reads as one.
    func values() throws -> [Value] { try lock.withLock { slots }.map { try ($0 ?? .failure(DeflateFailure())).get() } }
}
