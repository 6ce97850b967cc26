/// A catalogue as the files are written: one `id: "text"` entry a line (YAML 1.2 §7.3.1 double-quoted scalars),
/// `#` comments and blank lines between. Read line by line, about ten times faster than building Yams's node tree,
/// which every run paid at start-up (Benchmarks/results.md). Anything else — another YAML form, an escape this reader
/// does not decode, an id twice — returns nil, and the catalogue is parsed as YAML instead (`MessageCatalogue.parse`),
/// so the two readings never differ (`MessageCatalogueTests` compares them on both catalogues).
enum CatalogueLines {
    /// The entries of `text` by id, or nil when it is not in the one-entry-a-line form.
    static func entries(_ text: String) -> [String: String]? {
        var table: [String: String] = [:]
        table.reserveCapacity(1_500)
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            guard let first = line.first(where: { $0 != UInt8(ascii: " ") }) else { continue }
            if first == UInt8(ascii: "#") { continue }
            guard let (id, value) = entry(line), table.updateValue(value, forKey: id) == nil else { return nil }
        }
        return table
    }

    /// One `id: "text"` line: an id of letters, digits, `.`, `_` and `-` at the start of the line, then `: "`, the
    /// text, and `"` ending the line.
    private static func entry(_ line: Substring.UTF8View.SubSequence) -> (String, String)? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon != line.startIndex,
            line[..<colon].allSatisfy(isIdByte)
        else { return nil }
        let rest = line[line.index(after: colon)...]
        guard rest.starts(with: " \"".utf8), rest.count >= 3, rest.last == UInt8(ascii: "\"") else { return nil }
        let body = rest.dropFirst(2).dropLast()
        guard let id = String(line[..<colon]), let text = unescaped(body) else { return nil }
        return (id, text)
    }

    private static func isIdByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default: return false
        }
    }

    /// The text of a double-quoted scalar's inside: `\"`, `\\`, `\/`, `\n`, `\t` and `\uXXXX` (not a surrogate)
    /// decoded (YAML 1.2 §5.7); nil for a bare `"`, a tab-less control character, or any other escape.
    private static func unescaped(_ body: Substring.UTF8View.SubSequence) -> String? {
        guard body.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 < 0x20 }) else {
            return String(body)
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            let b = body[i]
            i = body.index(after: i)
            if b == UInt8(ascii: "\"") || b < 0x20 { return nil }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard i < body.endIndex else { return nil }
            let e = body[i]
            i = body.index(after: i)
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let end = body.index(i, offsetBy: 4, limitedBy: body.endIndex),
                    let hex = String(body[i..<end]), hex.utf8.allSatisfy(\.isHexDigit),
                    let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value)
                else { return nil }
                out.append(contentsOf: String(Character(scalar)).utf8)
                i = end
            default: return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII hexadecimal digit.
    fileprivate var isHexDigit: Bool {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"):
            return true
        default: return false
        }
    }
}
