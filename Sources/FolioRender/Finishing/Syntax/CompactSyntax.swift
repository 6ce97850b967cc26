/// An object's bytes as they go into an object stream: the white space and comments PDF's syntax does not need
/// taken out (ISO 32000-1 §7.2) — a run of them becomes one space between two regular tokens and nothing beside a
/// delimiter; strings are copied as written — and each reference `n g R` renumbered as the parser reads it (an
/// integer of up to 18 digits, signed or not; one that cannot resolve becomes `0 g R`, read as null). Cairo indents its
/// dictionaries for reading; packed into an object stream the indentation costs a third of the stream.
enum CompactSyntax {
    /// Appends the compacted bytes of one object's body to `out`, references renumbered by `number` (0 for a
    /// number outside it).
    static func compact(_ raw: UnsafeRawBufferPointer, renumbering number: [Int], into out: inout [UInt8]) {
        var i = 0
        var gap = false   // white space or a comment seen since the last byte written
        var emptyName = false   // the last token written was `/` alone, which a regular token must not join
        // The last two tokens written, when they were integers (signed, as the parser reads them): where they start
        // in `out`, their lengths, their values.
        var previous: (start: Int, count: Int, value: Int)? = nil
        var last: (start: Int, count: Int, value: Int)? = nil
        while i < raw.count {
            let b = raw[i]
            if PDFParser.isWhitespace(b) {
                gap = true
                i += 1
                continue
            }
            if b == UInt8(ascii: "%") {
                while i < raw.count, raw[i] != 0x0A, raw[i] != 0x0D { i += 1 }
                gap = true
                continue
            }
            if gap, let end = out.last, !isDelimiter(end) || emptyName, !isDelimiter(b) { out.append(0x20) }
            gap = false
            emptyName = false
            if b == UInt8(ascii: "(") {
                i = copyString(raw, from: i, into: &out)
                (previous, last) = (nil, nil)
            } else if b == UInt8(ascii: "<"), i + 1 < raw.count, raw[i + 1] == UInt8(ascii: "<") {
                out += [b, b]
                i += 2
                (previous, last) = (nil, nil)
            } else if b == UInt8(ascii: "<") {
                i = copyHexString(raw, from: i, into: &out)
                (previous, last) = (nil, nil)
            } else if isDelimiter(b) && b != UInt8(ascii: "/") {
                out.append(b)
                i += 1
                (previous, last) = (nil, nil)
            } else {
                // A regular token, or a name with its slash.
                let start = out.count
                out.append(b)
                i += 1
                while i < raw.count, !PDFParser.isWhitespace(raw[i]), !PDFParser.isDelimiter(raw[i]) {
                    out.append(raw[i])
                    i += 1
                }
                let token = UnsafeRawBufferPointer(rebasing: raw[(i - (out.count - start))..<i])
                emptyName = b == UInt8(ascii: "/") && token.count == 1
                if token.count == 1, b == UInt8(ascii: "R"), let object = previous, let generation = last {
                    // `n g R`: the new number in place of n; 0 (a free object, read as null) for a reference the
                    // file cannot resolve — another generation, a number outside it — as the parser reads it.
                    let n = object.value
                    let renumbered = generation.value == 0 && n >= 0 && n < number.count ? number[n] : 0
                    out.replaceSubrange(object.start..<(object.start + object.count), with: Array("\(renumbered)".utf8))
                    (previous, last) = (nil, nil)
                } else if b != UInt8(ascii: "/"), let value = PDFParser.integer(token) {
                    (previous, last) = (last, (start, token.count, value))
                } else {
                    (previous, last) = (nil, nil)
                }
            }
        }
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

    /// Copies the hexadecimal string starting at `start` up to its `>` and returns the offset after it.
    private static func copyHexString(_ raw: UnsafeRawBufferPointer, from start: Int, into out: inout [UInt8]) -> Int {
        var i = start
        while i < raw.count {
            let b = raw[i]
            i += 1
            if !PDFParser.isWhitespace(b) { out.append(b) }
            if b == UInt8(ascii: ">") { return i }
        }
        return i
    }

    /// What kind of object `raw` holds, to group like objects: a dictionary's /Type name when it comes among its
    /// first entries (Cairo writes it first), else the first byte (`<` a dictionary, `[` an array, a digit a number).
    static func kind(of raw: UnsafeRawBufferPointer) -> [UInt8] {
        let window = UnsafeRawBufferPointer(rebasing: raw[0..<min(raw.count, 64)])
        let type = Array("/Type".utf8)
        if let at = PDFParser.firstIndex(of: type, in: window) {
            var p = PDFParser(window, at: at + type.count)
            p.skipWhitespace()
            if p.current == UInt8(ascii: "/") {
                p.position += 1
                return Array(p.token())
            }
        }
        guard let first = raw.first(where: { !PDFParser.isWhitespace($0) }) else { return [] }
        return [first]
    }
}
