/// A fixed set of Unicode scalar values looked up without hashing: a bitmap over the span from its least to its
/// greatest member (for members close together, as marks are: the bitmap takes a bit per value of the span).
/// The line-start and line-end prohibitions are asked about at every boundary of every paragraph;
/// a `Set<UInt32>` hashed each question with SipHash.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    /// The least member (0 for an empty set).
    private let base: UInt32
    /// Bit `v - base` set for each member `v`.
    private let words: [UInt64]

    /// The set of `values`.
    init(arrayLiteral values: UInt32...) { self.init(members: values) }

    /// The set of `values` (repeats allowed).
    init(members values: [UInt32]) {
        let base = values.min() ?? 0
        let span = Int((values.max() ?? base) - base) + 1
        var words = [UInt64](repeating: 0, count: values.isEmpty ? 0 : (span + 63) / 64)
        for v in values {
            let bit = Int(v - base)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.base = base
        self.words = words
    }

    /// Whether `value` is a member.
    func contains(_ value: UInt32) -> Bool {
        guard value >= base else { return false }
        let bit = Int(value - base)
        let word = bit >> 6
        guard word < words.count else { return false }
        return words[word] & (1 << UInt64(bit & 63)) != 0
    }
}
