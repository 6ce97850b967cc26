import FolioData

/// Character classes only the checks ask about (the scanning they share with `folio import` is FolioData's).
extension TextScan {
    /// A Han character for the checks: an ideograph (`isIdeograph`) or 〇, which years and counts write as a
    /// digit among Han characters ("二〇二一年").
    static func isHan(_ c: Character) -> Bool { isIdeograph(c) || c == "〇" }

    /// `isHan` of the character whose `ProseUnit.scalars` value is `value`: the ideographs and 〇 are all plain
    /// characters, so a character that is not plain is none of them.
    static func isHan(value v: UInt32) -> Bool { isIdeograph(value: v) || v == 0x3007 }

    /// Full-width CJK punctuation (the 。，、；：？！“”‘’（）《》【】…— of GB/T 15834).
    static func isCJKPunctuation(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return false }
        return (0x3000...0x303F).contains(v) || (0xFF01...0xFF0F).contains(v) || (0xFF1A...0xFF20).contains(v)
            || v == 0x201C || v == 0x201D || v == 0x2018 || v == 0x2019 || v == 0x2026 || v == 0x2014
    }

    /// Han or full-width punctuation: "Chinese context" for the half-width rule.
    static func isChinese(_ c: Character) -> Bool { isHan(c) || isCJKPunctuation(c) }
}

/// A set of characters asked about once per character of a text: a plain character (`TextScan.plainScalar`) is
/// looked up by its scalar, any other through the `Set<Character>`, whose hashing normalises (exact either way:
/// a plain character equals only the one with its scalar). The sets are a handful of marks, so the scalars are a
/// short array read in order, with the Han characters (most of a text) turned away by their range first: hashing each
/// value was a tenth of `folio check`.
struct PlainCharacterSet: Sendable {
    private let characters: Set<Character>
    private let scalars: [UInt32]
    /// Whether no scalar of the set is a Han character (`TextScan.isHan(value:)`), so that such a value is answered
    /// by its range.
    private let noHan: Bool

    /// A set of `characters`.
    init<S: Sequence>(_ characters: S) where S.Element == Character {
        self.characters = Set(characters)
        scalars = Set(self.characters.compactMap(TextScan.plainScalar)).sorted()
        noHan = !scalars.contains { TextScan.isHan(value: $0) }
    }

    /// Whether `c` is in the set (canonical equivalence, as `Set<Character>`).
    func contains(_ c: Character) -> Bool {
        guard let scalar = TextScan.plainScalar(c) else { return characters.contains(c) }
        return contains(plain: scalar)
    }

    /// Whether the character whose `ProseUnit.scalars` value is `value` is in the set; the character itself is read
    /// only when it is not plain.
    func contains(_ value: UInt32, _ character: @autoclosure () -> Character) -> Bool {
        value == ProseUnit.notPlain ? characters.contains(character()) : contains(plain: value)
    }

    /// Whether the plain character of scalar `value` is in the set.
    private func contains(plain value: UInt32) -> Bool {
        if noHan && TextScan.isHan(value: value) { return false }
        for s in scalars where s == value { return true }
        return false
    }
}
