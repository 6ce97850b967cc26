/// A character of paragraph text and the span it came from.
struct SourceChar {
    var character: Character
    var span: Int
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
                if ch == "\n" || ch == "\r\n" || ch == "\u{2028}" {
                    segments.append([])
                    continue
                }
                let c: Character = ch == "\t" ? " " : ch
                if let s = c.unicodeScalars.first, s.value < 0x20 || s.value == 0x7F { continue }
                segments[segments.count - 1].append(SourceChar(character: c, span: i))
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
            guard chars[i].character == " " else { out.append(chars[i]); i += 1; continue }
            var j = i
            while j < chars.count && chars[j].character == " " { j += 1 }
            let left = i > 0 ? chars[i - 1].character.unicodeScalars.first : nil
            let right = j < chars.count ? chars[j].character.unicodeScalars.first : nil
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
