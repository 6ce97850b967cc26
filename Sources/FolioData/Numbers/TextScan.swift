/// Scanning of Chinese prose for numbers, numerals and words, one implementation for `folio check` (FolioCheck)
/// and `folio import` (FolioImport): digits (ASCII and full-width), Chinese numerals 1…99, numbers with a
/// decimal point, and word matches that compare characters by canonical equivalence without normalising plain
/// characters on every comparison (the checks run these once per character of a long report).
public enum TextScan {
    /// An ASCII or full-width digit's value.
    @inlinable
    public static func digit(_ c: Character) -> Int? {
        let scalars = c.unicodeScalars
        guard let s = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        let v = s.value
        if (0x30...0x39).contains(v) { return Int(v - 0x30) }
        if (0xFF10...0xFF19).contains(v) { return Int(v - 0xFF10) }
        return nil
    }

    /// A CJK unified ideograph (the basic block and extension A), one scalar: the Han character test shared by
    /// `folio import`, the checks and the document model. 〇 (U+3007) is not one; a caller that counts it as a
    /// Han character says so.
    @inlinable
    public static func isIdeograph(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        guard let s = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }

    /// The values of the Chinese numerals for small counts (一…十, 两).
    public static let chineseDigits: [Character: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
        "七": 7, "八": 8, "九": 9, "十": 10, "两": 2,
    ]

    /// The value of a Chinese numeral 1…99 ("三", "十二", "二十一"); nil for anything else.
    public static func chineseNumber(_ s: ArraySlice<Character>) -> Int? {
        let d = s.map { chineseDigits[$0] }
        guard !d.isEmpty, d.allSatisfy({ $0 != nil }), !s.contains("两") || s.count == 1 else { return nil }
        let v = d.compactMap { $0 }
        switch v.count {
        case 1: return v[0]
        case 2 where v[0] == 10 && v[1] < 10: return 10 + v[1]
        case 2 where v[0] < 10 && v[1] == 10: return v[0] * 10
        case 3 where v[0] < 10 && v[1] == 10 && v[2] < 10: return v[0] * 10 + v[2]
        default: return nil
        }
    }

    /// A number written in digits, with where it is.
    public struct Number: Sendable, Hashable {
        /// Its characters.
        public var range: Range<Int>
        /// Its value.
        public var value: Double
        /// Decimal places written.
        public var decimals: Int
        /// Whether it is a four-digit integer that could be a year.
        public var isYearLike: Bool { decimals == 0 && range.count == 4 && value >= 1900 && value <= 2100 }

        /// A number at `range` of `value` with `decimals` places.
        @inlinable
        public init(range: Range<Int>, value: Double, decimals: Int) {
            self.range = range; self.value = value; self.decimals = decimals
        }

        /// The number as written in `text` (the text it was scanned from), in ASCII: "１２．５" → "12.5".
        public func written(in text: [Character]) -> String {
            var out = ""
            for c in text[range] {
                if let d = TextScan.digit(c) {
                    out.append(Character(Unicode.Scalar(UInt8(0x30 + d))))
                } else {
                    out.append(".")
                }
            }
            return out
        }
    }

    /// The number whose digits start at `index` of `text` (digits with at most one decimal point, "." or "．",
    /// followed by a digit), or nil when `index` holds no digit. It does not look at what comes before `index`.
    @inlinable
    public static func number(in text: [Character], at index: Int) -> Number? {
        guard index >= 0, index < text.count, digit(text[index]) != nil else { return nil }
        var i = index
        var intPart = 0.0, frac = 0.0, scale = 1.0, decimals = 0
        while i < text.count, let d = digit(text[i]) { intPart = intPart * 10 + Double(d); i += 1 }
        if i + 1 < text.count, text[i] == "." || text[i] == "．", digit(text[i + 1]) != nil {
            i += 1
            while i < text.count, let d = digit(text[i]) {
                scale /= 10; frac += Double(d) * scale; decimals += 1; i += 1
            }
        }
        return Number(range: index..<i, value: intPart + frac, decimals: decimals)
    }

    /// Every number of `text`, left to right (digits with at most one decimal point; full-width digits too).
    @inlinable
    public static func numbers(in text: [Character]) -> [Number] {
        var out: [Number] = [], i = 0
        while i < text.count {
            guard let n = number(in: text, at: i) else { i += 1; continue }
            out.append(n)
            i = n.range.upperBound
        }
        return out
    }

    /// Whether `text` has `word` starting at `index`.
    @inlinable
    public static func has(_ text: [Character], _ word: String, at index: Int) -> Bool {
        has(text, Array(word), at: index)
    }

    /// Whether `text` has the characters `word` starting at `index` (no copying: a hot path).
    @inlinable
    public static func has(_ text: [Character], _ word: [Character], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= text.count else { return false }
        for (k, c) in word.enumerated() where !same(text[index + k], c) { return false }
        return true
    }

    /// The scalar of a one-scalar character that is canonically equivalent to no other one-scalar character of
    /// these ranges — ASCII, general punctuation U+2010–2027 (dashes, quotes, …), CJK symbols and punctuation,
    /// CJK unified ideographs and extension A, full-width forms: none of them has a canonical decomposition, so two
    /// of them are equal exactly when their scalars are. Nil for anything else (Latin letters with accents, CJK
    /// compatibility ideographs, which decompose to unified ones, several characters in one).
    @inlinable
    public static func plainScalar(_ c: Character) -> UInt32? {
        let scalars = c.unicodeScalars
        guard let s = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        switch s.value {
        case 0..<0x80, 0x2010...0x2027, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return s.value
        default:
            return nil
        }
    }

    /// `a == b` (canonical equivalence), comparing scalars when both characters are plain (`plainScalar`): `==`
    /// normalises non-ASCII characters on every comparison, which was most of `folio check` on a long report.
    @inlinable
    public static func same(_ a: Character, _ b: Character) -> Bool {
        if let x = plainScalar(a), let y = plainScalar(b) { return x == y }
        return a == b
    }

    /// Whether the characters before `index` end with `word`.
    @inlinable
    public static func ends(_ text: [Character], _ word: String, before index: Int) -> Bool {
        has(text, word, at: index - word.count)
    }

    /// The first of `words` (longest first) that starts at `index`.
    @inlinable
    public static func match(_ text: [Character], _ words: WordList, at index: Int) -> String? {
        words.entries.first { has(text, $0.characters, at: index) }?.text
    }
}

/// Words to match at a position, longest first, each split into characters once (`TextScan.match` sorted and
/// split its list on every call: a tenth of `folio check` at 100×).
public struct WordList: Sendable {
    /// The words, longest first (equal lengths in their given order), with their characters.
    public let entries: [(text: String, characters: [Character])]

    /// A list of `words`.
    public init(_ words: [String]) {
        entries = words.map { ($0, Array($0)) }.enumerated()
            .sorted {
                $0.element.1.count != $1.element.1.count
                    ? $0.element.1.count > $1.element.1.count : $0.offset < $1.offset
            }
            .map(\.element)
    }
}
