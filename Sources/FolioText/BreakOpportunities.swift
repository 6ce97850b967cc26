import CLineBreak

/// Line-break opportunities: ICU's UAX #14 rules (locale "zh"), tailored with the Chinese line-start and
/// line-end prohibitions of gongwen-cjk.md §2.1 and the unbreakable sequences of §2.2.
enum BreakOpportunities {
    /// `result[i]` is true when a line may break before unit i (i in 1..<units.count; index 0 and
    /// `units.count` are false: a segment's ends are not opportunities, they are its edges).
    static func find(_ units: [TextUnit]) throws -> [Bool] {
        var allowed = [Bool](repeating: false, count: units.count + 1)
        guard units.count > 1 else { return allowed }
        let icu = try icuBreaks(units)
        units.withUnsafeBufferPointer { u in   // borrowed, not copied: a unit holds strings and arrays
            for i in 1..<u.count where i < icu.count {
                allowed[i] = tailored(before: u[i], after: u[i - 1], icu: icu[i])
            }
        }
        return allowed
    }

    /// The tailoring at one boundary between `prev` and `unit`.
    private static func tailored(before unit: TextUnit, after prev: TextUnit, icu: Bool) -> Bool {
        var ok = icu
        // R14 (clreq; Typst overrides U+201C → OP, U+201D → CP): ICU's QU class forbids breaking before “
        // and after ”; Chinese text allows both (the prohibitions below still apply).
        if [0x201C, 0x2018].contains(unit.first.value) && !prev.isSpace { ok = true }
        if [0x201D, 0x2019].contains(prev.last.value) { ok = true }
        // §2.1: closing, pause/stop, connector marks never start a line; opening marks never end one.
        if CharClass.notAtLineStart.contains(unit.first.value) { ok = false }
        if CharClass.notAtLineEnd.contains(prev.last.value) { ok = false }
        // §2.2: —— and …… are one unit and never start a line (clreq strict level).
        if unit.isLong { ok = false }
        // §2.2 and GB/T 9704-1999 §8.2.3 "数字、年份不能回行": no break inside a number, nor between a number
        // and the unit or character after it ("2687.8万元", "30.2%", "11379元").
        if prev.endsNumber { ok = false }
        if prev.last == "." && CharClass.isDigit(unit.first) { ok = false }
        // A space: break after it, never before it.
        if unit.isSpace { ok = false }
        return ok
    }

    /// ICU's opportunities mapped from UTF-16 offsets to unit indices.
    private static func icuBreaks(_ units: [TextUnit]) throws -> [Bool] {
        var utf16: [UInt16] = []
        var unitAt: [Int] = []            // UTF-16 offset → index of the unit starting there, or −1
        for (i, u) in units.enumerated() {
            unitAt.append(contentsOf: repeatElement(-1, count: max(0, utf16.count - unitAt.count)))
            unitAt.append(i)
            utf16.append(contentsOf: u.text.utf16)
        }
        var result = [Bool](repeating: false, count: units.count + 1)
        let capacity = utf16.count + 1
        var offsets = [Int32](repeating: 0, count: capacity)
        var hard = [UInt8](repeating: 0, count: capacity)
        var errorName = [CChar](repeating: 0, count: 64)
        let n = folio_line_breaks(utf16, Int32(utf16.count), "zh", &offsets, &hard, Int32(capacity), &errorName)
        guard n >= 0 else {
            let bytes = errorName.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            let name = String(decoding: bytes, as: UTF8.self)
            throw TextError.lineBreakFailed(name)
        }
        for k in 0..<min(Int(n), capacity) {
            let offset = Int(offsets[k])
            if offset >= 0 && offset < unitAt.count && unitAt[offset] >= 0 { result[unitAt[offset]] = true }
        }
        return result
    }
}
