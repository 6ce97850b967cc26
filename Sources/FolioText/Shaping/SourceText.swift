/// A character of paragraph text and the span it came from.
struct SourceChar {
    var character: Character
    var span: Int
    /// First and last scalar of the character, and whether it is that one scalar alone: decided once here, so
    /// later passes compare scalars instead of `Character`s (a non-ASCII `Character` comparison normalises).
    var first: Unicode.Scalar
    var last: Unicode.Scalar
    var isSingleScalar: Bool

    /// A character of span `span`.
    init(_ character: Character, span: Int) {
        self.character = character
        self.span = span
        var scalars = character.unicodeScalars.makeIterator()
        let head = scalars.next() ?? " "
        var tail = head
        var count = 1
        while let s = scalars.next() { tail = s; count += 1 }
        first = head; last = tail; isSingleScalar = count == 1
    }

    /// The character is exactly the scalar `value` (no combining marks: a grapheme of one scalar).
    func isOnly(_ value: UInt32) -> Bool { isSingleScalar && first.value == value }
}

/// Preparing paragraph text: mandatory breaks, control characters, spaces between Han and Latin.
enum SourceText {
    /// The spans' characters split into segments at mandatory breaks ("\n", U+2028), control characters
    /// removed (tab → space). With `dropHanLatinSpaces`, ASCII spaces between a Han character and a
    /// Latin letter or digit are dropped: the engine sets that gap itself (clreq §3.2, R16).
    /// Empty text gives no segment.
    static func segments(_ spans: [TextSpan], dropHanLatinSpaces: Bool) -> [[SourceChar]] {
        var segments: [[SourceChar]] = [[]]
        var any = false
        for (i, span) in spans.enumerated() {
            for ch in span.text {
                any = true
                var c = SourceChar(ch, span: i)
                // Scalar tests, not `Character` comparisons: "\n", "\r\n" and U+2028 are the only graphemes
                // equal to these (none has a canonical equivalent).
                if c.isOnly(0x0A) || c.isOnly(0x2028)
                    || (c.first.value == 0x0D && c.last.value == 0x0A
                        && ch.unicodeScalars.count == 2)
                {
                    segments.append([])
                    continue
                }
                if c.isOnly(0x09) { c = SourceChar(" ", span: i) }
                if c.first.value < 0x20 || c.first.value == 0x7F { continue }
                segments[segments.count - 1].append(c)
            }
        }
        guard any else { return [] }
        return dropHanLatinSpaces ? segments.map(dropSpaces) : segments
    }

    /// Removes runs of ASCII spaces that have a Han character on one side and a Latin letter/digit on the other.
    private static func dropSpaces(_ chars: [SourceChar]) -> [SourceChar] {
        var out: [SourceChar] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            guard chars[i].isOnly(0x20) else { out.append(chars[i]); i += 1; continue }
            var j = i
            while j < chars.count && chars[j].isOnly(0x20) { j += 1 }
            let left = i > 0 ? chars[i - 1].first : nil
            let right = j < chars.count ? chars[j].first : nil
            if !isHanLatinPair(left, right) { out.append(contentsOf: chars[i..<j]) }
            i = j
        }
        return out
    }

    private static func isHanLatinPair(_ a: Unicode.Scalar?, _ b: Unicode.Scalar?) -> Bool {
        guard let a, let b else { return false }
        return (CharClass.isHan(a) && CharClass.isLatin(b)) || (CharClass.isLatin(a) && CharClass.isHan(b))
    }
}
