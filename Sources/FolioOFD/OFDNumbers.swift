import FolioDisplay

/// Numbers as OFD writes them: lengths in millimetres (GB/T 33190-2016 §7.2, the default unit), arrays of numbers
/// separated by spaces (`ST_Array`), boxes as "x y width height" (`ST_Box`).
enum OFDNumbers {
    /// A length in millimetres with at most three decimals (a micrometre) and no trailing zeros.
    static func mm(_ length: Pt) -> String { number(length.millimetres) }

    /// A number with at most three decimals and no trailing zeros ("12.5", "0", "-3.175").
    static func number(_ value: Double) -> String {
        let text = formatPoints(value)
        return text == "-0" ? "0" : text
    }

    /// A box in millimetres (`ST_Box`).
    static func box(_ rect: Rect) -> String {
        [rect.minX, rect.minY, rect.size.width, rect.size.height].map(mm).joined(separator: " ")
    }

    /// A colour as 8-bit RGB components (`CT_Color` Value in the default RGB colour space, §8.3.2).
    static func rgb(_ color: Color) -> String {
        [color.red, color.green, color.blue].map { String(Int(($0 * 255).rounded()).clamped(to: 0...255)) }
            .joined(separator: " ")
    }

    /// The `DeltaX` array of a text code (§11.3, Table 46): the gaps between successive characters, with runs of
    /// three or more equal gaps written "g N gap" (the example of Table 46: "g 3 12.5"), nil when there is no gap.
    static func deltas(_ gaps: [String]) -> String? {
        guard !gaps.isEmpty else { return nil }
        var parts: [String] = []
        var i = 0
        while i < gaps.count {
            var j = i
            while j < gaps.count && gaps[j] == gaps[i] { j += 1 }
            let count = j - i
            if count >= 3 {
                parts.append("g \(count) \(gaps[i])")
            } else {
                parts.append(contentsOf: gaps[i..<j])
            }
            i = j
        }
        return parts.joined(separator: " ")
    }
}

extension Comparable {
    /// The value held within `range`.
    func clamped(to range: ClosedRange<Self>) -> Self { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
