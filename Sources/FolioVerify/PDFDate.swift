/// PDF date strings, ISO 32000-1 §7.9.4: `D:YYYYMMDDHHmmSSOHH'mm` — the year required, each later field optional
/// (but only after the one before it), O one of `Z`, `+`, `-`.
enum PDFDate {
    /// Whether `text` is such a date with fields in range.
    static func isValid(_ text: String) -> Bool {
        guard text.hasPrefix("D:") else { return false }
        let chars = Array(text.dropFirst(2))
        var i = 0
        func field(_ width: Int, _ range: ClosedRange<Int>) -> Bool? {
            guard i + width <= chars.count, chars[i..<(i + width)].allSatisfy(\.isASCIIDigit) else { return nil }
            guard let v = Int(String(chars[i..<(i + width)])), range.contains(v) else { return false }
            i += width
            return true
        }
        guard field(4, 0...9999) == true else { return false }
        for (width, range) in [(2, 1...12), (2, 1...31), (2, 0...23), (2, 0...59), (2, 0...59)] {
            guard let ok = field(width, range) else { break }
            if !ok { return false }
        }
        return zone(Array(chars[i...]))
    }

    /// The time zone part: empty, `Z` (optionally followed by `00'00'`, as some writers do), or `+HH'mm'`.
    private static func zone(_ rest: [Character]) -> Bool {
        guard let sign = rest.first else { return true }
        guard sign == "Z" || sign == "+" || sign == "-" else { return false }
        let digits = rest.dropFirst().filter { $0 != "'" }
        guard digits.allSatisfy(\.isASCIIDigit), digits.count == 0 || digits.count == 2 || digits.count == 4 else {
            return false
        }
        if digits.count >= 2, let h = Int(String(digits.prefix(2))), h > 23 { return false }
        if digits.count == 4, let m = Int(String(digits.suffix(2))), m > 59 { return false }
        return true
    }
}

extension Character {
    /// 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
