extension PDFValue {
    /// Appends the value's bytes in PDF syntax (ISO 32000-1 §7.3): one space between tokens, no line breaks.
    func write(into out: inout [UInt8]) {
        switch self {
        case .null: out += Self.nullBytes
        case .bool(let b): out += b ? Self.trueBytes : Self.falseBytes
        case .integer(let i): out += Array(String(i).utf8)
        case .real(let r): out += Array(r.utf8)
        case .string(let bytes): Self.writeString(bytes, into: &out)
        case .name(let n):
            out.append(UInt8(ascii: "/"))
            Self.writeName(n, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: " ")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .dictionary(let d): d.write(into: &out)
        case .reference(let n):
            out += Array(String(n).utf8)
            out += Self.referenceTail
        }
    }

    /// The bytes of the value in PDF syntax.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        write(into: &out)
        return out
    }

    /// A name's bytes as read: each character stands for one byte (`PDFParser` reads names byte for byte), so a
    /// name that is not UTF-8 is written back unchanged.
    static func writeName(_ name: String, into out: inout [UInt8]) {
        for scalar in name.unicodeScalars { out.append(UInt8(truncatingIfNeeded: scalar.value)) }
    }

    private static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let referenceTail = Array(" 0 R".utf8)

    /// A literal string (§7.3.4.2) when every byte is printable ASCII, parentheses and backslashes escaped;
    /// otherwise a hexadecimal string (§7.3.4.3).
    private static func writeString(_ bytes: [UInt8], into out: inout [UInt8]) {
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            out.append(UInt8(ascii: "("))
            for b in bytes {
                if b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "\\") {
                    out.append(UInt8(ascii: "\\"))
                }
                out.append(b)
            }
            out.append(UInt8(ascii: ")"))
            return
        }
        let digits = Array("0123456789ABCDEF".utf8)
        out.append(UInt8(ascii: "<"))
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        out.append(UInt8(ascii: ">"))
    }
}

extension PDFDictionary {
    /// Appends `<< /Key value … >>`.
    func write(into out: inout [UInt8]) {
        out += [UInt8(ascii: "<"), UInt8(ascii: "<")]
        for entry in entries {
            let (key, value) = (entry.key, entry.value)
            out.append(UInt8(ascii: "/"))
            PDFValue.writeName(key, into: &out)
            out.append(UInt8(ascii: " "))
            value.write(into: &out)
        }
        out += [UInt8(ascii: ">"), UInt8(ascii: ">")]
    }
}
