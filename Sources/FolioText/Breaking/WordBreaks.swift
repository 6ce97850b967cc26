import CLineBreak

/// Word boundaries by ICU's dictionary word break (locale "zh"): where a title may be broken with "the sense
/// of the words kept whole" (GB/T 9704 §7.3.1 词意完整).
public enum WordBreaks {
    /// The character offsets (in `Character`s of `text`) at which a word ends, in 1..<count; empty for
    /// text of fewer than two characters.
    public static func boundaries(in text: String) throws(TextError) -> [Int] {
        let chars = Array(text)
        guard chars.count > 1 else { return [] }
        let utf16 = Array(text.utf16)
        // UTF-16 offset → character index starting there (−1 inside a character).
        var charAt = [Int](repeating: -1, count: utf16.count + 1)
        var offset = 0
        for (i, c) in chars.enumerated() {
            charAt[offset] = i
            offset += c.utf16.count
        }
        let capacity = utf16.count + 1
        var offsets = [Int32](repeating: 0, count: capacity)
        var errorName = [CChar](repeating: 0, count: 64)
        let n = folio_word_breaks(utf16, Int32(utf16.count), "zh", &offsets, Int32(capacity), &errorName)
        guard n >= 0 else {
            let bytes = errorName.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            throw TextError.lineBreakFailed(String(decoding: bytes, as: UTF8.self))
        }
        var out: [Int] = []
        for k in 0..<min(Int(n), capacity) {
            let o = Int(offsets[k])
            guard o > 0, o < utf16.count, let i = charAt[safe: o], i > 0 else { continue }
            out.append(i)
        }
        return out
    }
}
