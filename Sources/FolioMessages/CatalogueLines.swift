/// A catalogue as the files are written: one `id: "text"` entry a line (YAML 1.2 §7.3.1 double-quoted scalars),
/// `#` comments and blank lines between. Read line by line, about five times faster than building Yams's node tree,
/// which every run paid at start-up (Benchmarks/results.md). Anything else returns nil, and the catalogue is parsed as
/// YAML instead (`MessageCatalogue.parse`), so the two readings never differ (`MessageCatalogueTests` compares them on
/// both catalogues and on each form below): another YAML form, an escape this reader does not decode, an id twice or
/// longer than libyaml takes for a key, no entry at all, and anywhere in the text a character libyaml refuses or
/// reads as a line break other than LF (YAML 1.1 §5.1, §5.4: controls, DEL, C1 controls with NEL, LS, PS, U+FFFE/F).
enum CatalogueLines {
    /// The entries of `text` by id, or nil when it is not in the one-entry-a-line form.
    static func entries(_ text: String) -> [String: String]? {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty, !hasCharacterOutsideLines(bytes) else { return nil }
            var table: [String: String] = [:]
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                defer { start = end + 1 }
                var first = start
                while first < end && bytes[first] == UInt8(ascii: " ") { first += 1 }
                if first == end || bytes[first] == UInt8(ascii: "#") { continue }
                guard let (id, value) = entry(UnsafeBufferPointer(rebasing: bytes[start..<end])),
                    table.updateValue(value, forKey: id) == nil
                else { return nil }
            }
            return table.isEmpty ? nil : table
        }
    }

    /// Whether the UTF-8 text holds a character this reader leaves to libyaml: a control other than LF (a tab or CR
    /// too), DEL, a C1 control (NEL among them), LS, PS, U+FFFE or U+FFFF.
    private static func hasCharacterOutsideLines(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for (i, b) in bytes.enumerated() {
            switch b {
            case 0x0A: continue
            case 0..<0x20, 0x7F: return true
            case 0xC2: if i + 1 < bytes.count, bytes[i + 1] < 0xA0 { return true }
            case 0xE2:
                if i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    return true
                }
            case 0xEF: if i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return true }
            default: continue
            }
        }
        return false
    }

    /// One `id: "text"` line: an id of letters, digits, `.`, `_` and `-` at the start of the line, then `: "`, the
    /// text, and `"` ending the line.
    private static func entry(_ line: UnsafeBufferPointer<UInt8>) -> (String, String)? {
        var colon = 0
        while colon < line.count && isIdByte(line[colon]) { colon += 1 }
        guard colon > 0, colon < maxIdBytes, line.count >= colon + 4, line[colon] == UInt8(ascii: ":"),
            line[colon + 1] == UInt8(ascii: " "), line[colon + 2] == UInt8(ascii: "\""),
            line[line.count - 1] == UInt8(ascii: "\"")
        else { return nil }
        let id = String(decoding: UnsafeBufferPointer(rebasing: line[..<colon]), as: UTF8.self)
        guard let text = unescaped(UnsafeBufferPointer(rebasing: line[(colon + 3)..<(line.count - 1)])) else {
            return nil
        }
        return (id, text)
    }

    /// libyaml reads a key written without `?` only up to 1,024 characters (YAML 1.2 §7.4.2).
    private static let maxIdBytes = 1_024

    private static func isIdByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default: return false
        }
    }

    /// The text of a double-quoted scalar's inside: `\"`, `\\`, `\/`, `\n`, `\t` and `\uXXXX` (not a surrogate)
    /// decoded (YAML 1.2 §5.7); nil for a bare `"` or any other escape. The text is valid UTF-8 (it is a `String`'s)
    /// and holds no control character (`entries` leaves such a text to Yams before reading a line).
    private static func unescaped(_ body: UnsafeBufferPointer<UInt8>) -> String? {
        guard body.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else {
            return String(decoding: body, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = 0
        while i < body.count {
            let b = body[i]
            i += 1
            if b == UInt8(ascii: "\"") { return nil }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard i < body.count else { return nil }
            let e = body[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard i + 4 <= body.count, body[i..<(i + 4)].allSatisfy(\.isHexDigit),
                    let value = UInt32(
                        String(decoding: UnsafeBufferPointer(rebasing: body[i..<(i + 4)]), as: UTF8.self), radix: 16),
                    let scalar = Unicode.Scalar(value)
                else { return nil }
                out.append(contentsOf: String(Character(scalar)).utf8)
                i += 4
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
