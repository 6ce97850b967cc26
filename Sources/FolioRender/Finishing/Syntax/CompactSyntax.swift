/// An object's bytes with the white space and comments PDF's syntax does not need taken out (ISO 32000-1 §7.2):
/// a run of white space or comments becomes one space between two regular characters and nothing beside a
/// delimiter; strings are copied as written. Cairo indents its dictionaries for reading; packed into an object
/// stream the indentation costs a third of the stream.
enum CompactSyntax {
    /// The compacted bytes of one object's body.
    static func compacted(_ raw: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        var gap = false   // white space or a comment seen since the last byte written
        while i < raw.count {
            let b = raw[i]
            if PDFParser.isWhitespace(b) {
                gap = true
                i += 1
            } else if b == UInt8(ascii: "%") {
                while i < raw.count, raw[i] != 0x0A, raw[i] != 0x0D { i += 1 }
                gap = true
            } else {
                if gap, let last = out.last, !isDelimiter(last), !isDelimiter(b) { out.append(0x20) }
                gap = false
                if b == UInt8(ascii: "(") {
                    i = copyString(raw, from: i, into: &out)
                } else {
                    out.append(b)
                    i += 1
                }
            }
        }
        return out
    }

    /// A delimiter other than `%` (§7.2.2), beside which no space is needed.
    private static func isDelimiter(_ b: UInt8) -> Bool { b != UInt8(ascii: "%") && PDFParser.isDelimiter(b) }

    /// Copies the literal string starting at `start` (balanced parentheses, escapes kept) and returns the offset
    /// after it; an unbalanced string is copied to the end.
    private static func copyString(_ raw: UnsafeRawBufferPointer, from start: Int, into out: inout [UInt8]) -> Int {
        var depth = 0
        var i = start
        while i < raw.count {
            let b = raw[i]
            out.append(b)
            i += 1
            if b == UInt8(ascii: "\\"), i < raw.count {
                out.append(raw[i])
                i += 1
            } else if b == UInt8(ascii: "(") {
                depth += 1
            } else if b == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return i
    }
}
