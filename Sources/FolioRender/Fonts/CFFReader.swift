/// Bounds-checked reads of the CFF building blocks (TN #5176 §4–5: INDEX, DICT, charset, FDSelect).
struct CFFReader {
    /// The whole CFF program.
    let bytes: [UInt8]

    /// An INDEX: the byte ranges of its items and the offset just past it.
    struct Index {
        var items: [Range<Int>]
        var end: Int
    }

    /// The byte at `offset`, or `nil` past the end.
    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    /// A big-endian unsigned number of `size` (1–4) bytes at `offset`.
    func number(at offset: Int, size: Int) -> Int? {
        guard size >= 1, size <= 4, offset >= 0, offset + size <= bytes.count else { return nil }
        return bytes[offset..<(offset + size)].reduce(0) { $0 << 8 | Int($1) }
    }

    /// The INDEX at `offset` (TN #5176 §5): count, offSize, count + 1 offsets (1-based), data.
    func index(at offset: Int) -> Index? {
        guard let count = number(at: offset, size: 2) else { return nil }
        if count == 0 { return Index(items: [], end: offset + 2) }
        guard let offSize = number(at: offset + 2, size: 1), (1...4).contains(offSize) else { return nil }
        let base = offset + 3 + (count + 1) * offSize - 1
        var items: [Range<Int>] = []
        items.reserveCapacity(count)
        guard var start = number(at: offset + 3, size: offSize) else { return nil }
        for i in 1...count {
            guard let next = number(at: offset + 3 + i * offSize, size: offSize), next >= start,
                base + next <= bytes.count
            else { return nil }
            items.append((base + start)..<(base + next))
            start = next
        }
        return Index(items: items, end: base + start)
    }

    /// The operators of the DICT in `range` with their integer operands (TN #5176 §4); reals read as 0.
    func dict(_ range: Range<Int>) -> [Int: [Int]]? {
        var result: [Int: [Int]] = [:], operands: [Int] = [], i = range.lowerBound
        while i < range.upperBound {
            guard let b0 = byte(at: i) else { return nil }
            let b = Int(b0)
            switch b {
            case 0...21:
                var op = b
                if b == 12 { guard let b1 = byte(at: i + 1) else { return nil }; op = 1200 + Int(b1); i += 1 }
                result[op] = operands; operands = []; i += 1
            case 28:
                guard let v = number(at: i + 1, size: 2) else { return nil };
                operands.append(Int(Int16(truncatingIfNeeded: v))); i += 3
            case 29:
                guard let v = number(at: i + 1, size: 4) else { return nil };
                operands.append(Int(Int32(truncatingIfNeeded: v))); i += 5
            case 30:   // a real: nibbles up to the 0xF terminator
                i += 1
                while true {
                    guard let n = byte(at: i) else { return nil }
                    i += 1
                    if n & 0x0F == 0x0F || n >> 4 == 0x0F { break }
                }
                operands.append(0)
            case 32...246: operands.append(b - 139); i += 1
            case 247...250:
                guard let b1 = byte(at: i + 1) else { return nil }; operands.append((b - 247) * 256 + Int(b1) + 108);
                i += 2
            case 251...254:
                guard let b1 = byte(at: i + 1) else { return nil }; operands.append(-(b - 251) * 256 - Int(b1) - 108);
                i += 2
            default: return nil
            }
            guard operands.count <= 48 else { return nil }   // TN #5176 Appendix B: operand stack limit
        }
        return result
    }

    /// The CID of each glyph from the charset at `offset` (TN #5176 §13, formats 0, 1 and 2; glyph 0 is CID 0).
    func charset(at offset: Int, glyphCount: Int) -> [Int]? {
        guard let format = byte(at: offset) else { return nil }
        var cids = [0], p = offset + 1
        while cids.count < glyphCount {
            guard let first = number(at: p, size: 2) else { return nil }
            switch format {
            case 0: cids.append(first); p += 2
            case 1, 2:
                let size = Int(format)
                guard let left = number(at: p + 2, size: size) else { return nil }
                cids.append(contentsOf: first...(first + min(left, glyphCount - cids.count - 1)))
                p += 2 + size
            default: return nil
            }
        }
        return cids
    }

    /// The Font DICT of each glyph from the FDSelect at `offset` (TN #5176 §19, formats 0 and 3).
    func fdSelect(at offset: Int, glyphCount: Int) -> [Int]? {
        switch byte(at: offset) {
        case 0:
            guard offset + 1 + glyphCount <= bytes.count else { return nil }
            return bytes[(offset + 1)..<(offset + 1 + glyphCount)].map(Int.init)
        case 3:
            guard let ranges = number(at: offset + 1, size: 2), ranges > 0 else { return nil }
            var result: [Int] = []
            result.reserveCapacity(glyphCount)
            for r in 0..<ranges {
                let p = offset + 3 + 3 * r
                guard let first = number(at: p, size: 2), let fd = number(at: p + 2, size: 1),
                    let next = number(at: p + 3, size: 2), first == result.count, next > first,
                    next <= glyphCount
                else { return nil }
                result.append(contentsOf: repeatElement(fd, count: next - first))
            }
            return result.count == glyphCount ? result : nil
        default:
            return nil
        }
    }
}
