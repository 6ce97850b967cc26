/// A prose unit's printed characters, held as their values (`ProseUnit.scalars`): a plain character (one scalar that
/// equals no other, `TextScan.plainScalar`) is read back from its value, and only the others are kept as
/// `Character`s. An array of `Character`s takes 16 bytes a character, four times the values the unit holds anyway:
/// on a long report it was the most of the check's memory.
public struct ProseText: RandomAccessCollection, Sendable, Equatable {
    /// Each character's plain scalar, or `ProseUnit.notPlain`.
    let values: [UInt32]
    /// The characters that are not plain, by index.
    let others: [Int: Character]

    /// The text of `characters`, with their `ProseUnit.values(of:)`.
    init(_ characters: [Character], values: [UInt32]) {
        self.values = values
        var others: [Int: Character] = [:]
        for (i, v) in values.enumerated() where v == ProseUnit.notPlain && i < characters.count {
            others[i] = characters[i]
        }
        self.others = others
    }

    /// The text of `characters`.
    public init(_ characters: [Character]) {
        self.init(characters, values: ProseUnit.values(of: characters))
    }

    /// The first index (0).
    public var startIndex: Int { 0 }
    /// One past the last character.
    public var endIndex: Int { values.count }

    /// Character `i`.
    public subscript(i: Int) -> Character {
        let v = values[i]
        if v != ProseUnit.notPlain, let scalar = Unicode.Scalar(v) { return Character(scalar) }
        return others[i] ?? "\u{FFFD}"
    }

    /// Whether the text has `word` (with its `ProseUnit.values(of:)`) at `index`, as `TextScan.has` finds it: each
    /// pair compared by value where both are plain, else as characters (`ProseUnit.same`).
    func has(_ word: [Character], values wordValues: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= values.count, word.count == wordValues.count else { return false }
        return word.indices.allSatisfy {
            ProseUnit.same(self[index + $0], values[index + $0], word[$0], wordValues[$0])
        }
    }

    /// Whether the two texts have the same characters, compared as `Character`s are (canonical equivalence: a
    /// compatibility ideograph, which is not plain, equals its unified form, which is).
    public static func == (a: ProseText, b: ProseText) -> Bool {
        (a.values == b.values && a.others == b.others) || (a.count == b.count && a.elementsEqual(b))
    }
}
