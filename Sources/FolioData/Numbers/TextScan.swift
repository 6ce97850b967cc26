/// Scanning of Chinese prose for numbers, numerals and words, one implementation for `folio check` (FolioCheck)
/// and `folio import` (FolioImport): digits (ASCII and full-width), Chinese numerals 1…99, numbers with a
/// decimal point, and word matches that compare characters by canonical equivalence without normalising plain
/// characters on every comparison (the checks run these once per character of a long report).
public enum TextScan {
    /// The value of the digit whose scalar value is `v` (ASCII or full-width), else nil. Digits are plain characters
    /// (`plainScalar`), so this on a character's plain value answers as `digit(_:)` on the character.
    @inlinable
    public static func digit(value v: UInt32) -> Int? {
        if v &- 0x30 < 10 { return Int(v &- 0x30) }
        if v &- 0xFF10 < 10 { return Int(v &- 0xFF10) }
        return nil
    }

    /// An ASCII or full-width digit's value.
    @inlinable
    public static func digit(_ c: Character) -> Int? {
        plainScalar(c).flatMap(digit(value:))
    }

    /// A CJK unified ideograph (the basic block and extension A), one scalar: the Han character test shared by
    /// `folio import`, the checks and the document model. 〇 (U+3007) is not one; a caller that counts it as a
    /// Han character says so.
    @inlinable
    public static func isIdeograph(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        guard let s = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return isIdeograph(value: s.value)
    }

    /// `isIdeograph` of a character that is the one scalar `value`.
    @inlinable
    public static func isIdeograph(value v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }

    /// The values of the Chinese numerals for small counts (一…十, 两).
    public static let chineseDigits: [Character: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
        "七": 7, "八": 8, "九": 9, "十": 10, "两": 2,
    ]

    /// The value of a Chinese numeral 1…99 ("三", "十二", "二十一"); nil for anything else.
    public static func chineseNumber<Text: Collection<Character>>(_ s: Text) -> Int? {
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
        public func written<Text: RandomAccessCollection<Character>>(in text: Text) -> String where Text.Index == Int {
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
    public static func number<Text: RandomAccessCollection<Character>>(in text: Text, at index: Int) -> Number?
    where Text.Index == Int {
        scanNumber(count: text.count, at: index) {
            digit(text[$0])
        } isPoint: {
            text[$0] == "." || text[$0] == "．"
        }
    }

    /// `number(in:at:)` on the plain values of a text's characters (`plainScalar`, any other value for a character
    /// that is not plain): digits and decimal points are plain characters, so the numbers are the same.
    @inlinable
    public static func number(inValues values: [UInt32], at index: Int) -> Number? {
        scanNumber(count: values.count, at: index) {
            digit(value: values[$0])
        } isPoint: {
            values[$0] == 0x2E || values[$0] == 0xFF0E
        }
    }

    /// Every number of `text`, left to right (digits with at most one decimal point; full-width digits too).
    @inlinable
    public static func numbers<Text: RandomAccessCollection<Character>>(in text: Text) -> [Number]
    where Text.Index == Int {
        scanNumbers(count: text.count) { number(in: text, at: $0) }
    }

    /// `numbers(in:)` on the plain values of a text's characters (`number(inValues:at:)`).
    @inlinable
    public static func numbers(inValues values: [UInt32]) -> [Number] {
        scanNumbers(count: values.count) { number(inValues: values, at: $0) }
    }

    /// The number at `index` of a text of `count` characters, read through `digitAt` and `isPoint`.
    @inlinable
    static func scanNumber(
        count: Int, at index: Int, digitAt: (Int) -> Int?, isPoint: (Int) -> Bool
    ) -> Number? {
        guard index >= 0, index < count, digitAt(index) != nil else { return nil }
        var i = index
        var intPart = 0.0, frac = 0.0, scale = 1.0, decimals = 0
        while i < count, let d = digitAt(i) { intPart = intPart * 10 + Double(d); i += 1 }
        if i + 1 < count, isPoint(i), digitAt(i + 1) != nil {
            i += 1
            while i < count, let d = digitAt(i) {
                scale /= 10; frac += Double(d) * scale; decimals += 1; i += 1
            }
        }
        return Number(range: index..<i, value: intPart + frac, decimals: decimals)
    }

    /// Every number of a text of `count` characters, left to right, each read by `numberAt`.
    @inlinable
    static func scanNumbers(count: Int, numberAt: (Int) -> Number?) -> [Number] {
        var out: [Number] = [], i = 0
        while i < count {
            guard let n = numberAt(i) else { i += 1; continue }
            out.append(n)
            i = n.range.upperBound
        }
        return out
    }

    /// Whether `text` has `word` starting at `index`.
    @inlinable
    public static func has<Text: RandomAccessCollection<Character>>(_ text: Text, _ word: String, at index: Int) -> Bool
    where Text.Index == Int {
        has(text, Array(word), at: index)
    }

    /// Whether `text` has the characters `word` starting at `index` (no copying: a hot path). Here and in the other
    /// functions over a text of characters, the text is indexed from 0: an array, or a prose unit's text.
    @inlinable
    public static func has<Text: RandomAccessCollection<Character>>(
        _ text: Text, _ word: [Character], at index: Int
    ) -> Bool
    where Text.Index == Int {
        guard index >= 0, index + word.count <= text.count else { return false }
        for (k, c) in word.enumerated() where !same(text[index + k], c) { return false }
        return true
    }

    /// The scalar of a one-scalar character that is canonically equivalent to no other one-scalar character of
    /// these ranges — ASCII, general punctuation U+2010–2027 (dashes, quotes, …), CJK symbols and punctuation,
    /// CJK unified ideographs and extension A, full-width forms: none of them has a canonical decomposition, so two
    /// of them are equal exactly when their scalars are. Nil for anything else (Latin letters with accents, CJK
    /// compatibility ideographs, which decompose to unified ones, several characters in one).
    ///
    /// Read from the character's UTF-8 bytes: one scalar of one to three bytes (a plain scalar is below U+10000), no
    /// byte after it (a decoding of `unicodeScalars` for each character was a tenth of printing the check's prose).
    @inlinable
    public static func plainScalar(_ c: Character) -> UInt32? {
        guard let value = singleScalarBelow10000(c) else { return nil }
        switch value {
        case 0..<0x80, 0x2010...0x2027, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return value
        default:
            return nil
        }
    }

    /// The value of `c`'s scalar when it is one scalar below U+10000, from its UTF-8 bytes; else nil.
    @inlinable
    static func singleScalarBelow10000(_ c: Character) -> UInt32? {
        var bytes = c.utf8.makeIterator()
        guard let b0 = bytes.next() else { return nil }
        let value: UInt32
        if b0 < 0x80 {
            value = UInt32(b0)
        } else if b0 & 0xE0 == 0xC0, let b1 = bytes.next() {
            value = UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F)
        } else if b0 & 0xF0 == 0xE0, let b1 = bytes.next(), let b2 = bytes.next() {
            value = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
        } else {
            return nil
        }
        return bytes.next() == nil ? value : nil
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
    public static func ends<Text: RandomAccessCollection<Character>>(
        _ text: Text, _ word: String, before index: Int
    ) -> Bool
    where Text.Index == Int {
        has(text, word, at: index - word.count)
    }

    /// The first of `words` (longest first) that starts at `index`.
    @inlinable
    public static func match<Text: RandomAccessCollection<Character>>(
        _ text: Text, _ words: WordList, at index: Int
    )
        -> String? where Text.Index == Int
    {
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
