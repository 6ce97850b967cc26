import CLineBreak

/// Line-break opportunities: ICU's UAX #14 rules (locale "zh"), tailored with the Chinese line-start and
/// line-end prohibitions and the unbreakable sequences of docs/typography.md R13–R14 (clreq).
enum BreakOpportunities {
    /// `result[i]` is true when a line may break before unit i (i in 1..<units.count; index 0 and
    /// `units.count` are false: a segment's ends are not opportunities, they are its edges).
    static func find(_ store: UnitStore, numberUnits: NumberUnits = .none) throws -> [Bool] {
        let units = store.units
        var allowed = [Bool](repeating: false, count: units.count + 1)
        guard units.count > 1 else { return allowed }
        let icu = try icuBreaks(store)
        units.withUnsafeBufferPointer { u in
            for i in 1..<u.count where i < icu.count {
                let unicode = icu[i] || closesChineseParenthetical(u, before: i)
                allowed[i] = tailored(before: u[i], after: u[i - 1], icu: unicode)
            }
        }
        keepFiguresWhole(store, numberUnits, &allowed)
        return allowed
    }

    /// GB/T 9704-1999 §8.2.3 "数字、年份不能回行" and clreq §2.2: a figure keeps its whole unit
    /// ("12.35亿元", "2.1个百分点", "3.5平方公里"), a range keeps both ends ("2021—2025年", "1—10月"), and a ratio its
    /// terms ("3.4：45.7：50.9", 三次产业结构).
    private static func keepFiguresWhole(_ store: UnitStore, _ numberUnits: NumberUnits, _ allowed: inout [Bool]) {
        let units = store.units
        // One character per unit is the rule; a unit of several characters (a ligature) counts as its first.
        let chars: [UInt32] = units.map(\.first.value)
        for i in units.indices where units[i].endsNumber {
            let n = numberUnits.unitLength(chars, from: i + 1)
            for k in 0..<n where i + 1 + k < allowed.count { allowed[i + 1 + k] = false }
            // A range or a ratio: digit, connector or colon, digit — no break after the connector.
            if i + 2 < units.count, case let joiner = units[i + 1].first,
                CharClass.isRangeConnector(joiner) || joiner == "：" || joiner == ":",
                units[i + 1].cells == 1, CharClass.isDigit(units[i + 2].first)
            {
                allowed[i + 2] = false
            }
        }
    }

    /// Whether the boundary before `units[i]` is an ASCII `)` or `]` before a digit that closes a parenthetical opened
    /// right after a Han character ("地区生产总值(GDP)668.10亿元", "妇幼保健院(所、站)4个"): a break there is a break
    /// after a closing bracket, which Chinese text allows (clreq §2.1 forbids only the bracket at a line start). UAX #14
    /// LB30 (CP × NU) keeps Western words like "(s)he" together and does not apply to brackets inside Chinese text.
    private static func closesChineseParenthetical(_ units: UnsafeBufferPointer<TextUnit>, before i: Int) -> Bool {
        guard i >= 2, i < units.count, CharClass.isDigit(units[i].first) else { return false }
        let close = units[i - 1].last.value
        guard close == 0x29 || close == 0x5D else { return false }
        let open: UInt32 = close == 0x29 ? 0x28 : 0x5B
        // The opener within a short parenthetical, with no other bracket of the pair between.
        for j in stride(from: i - 2, through: max(1, i - 33), by: -1) {
            let value = units[j].first.value
            if value == close { return false }
            if value == open { return CharClass.isHan(units[j - 1].last) }
        }
        return false
    }

    /// The tailoring at one boundary between `prev` and `unit`.
    private static func tailored(before unit: TextUnit, after prev: TextUnit, icu: Bool) -> Bool {
        var ok = icu
        // R14 (clreq; Typst overrides U+201C → OP, U+201D → CP): ICU's QU class forbids breaking before “
        // and after ”; Chinese text allows both (the prohibitions below still apply).
        if (unit.first.value == 0x201C || unit.first.value == 0x2018) && !prev.isSpace { ok = true }
        if prev.last.value == 0x201D || prev.last.value == 0x2019 { ok = true }
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
    private static func icuBreaks(_ store: UnitStore) throws -> [Bool] {
        let units = store.units
        let utf16 = Array(String(decoding: store.text, as: UTF8.self).utf16)
        var unitAt: [Int] = []   // UTF-16 offset → index of the unit starting there, or −1
        unitAt.reserveCapacity(utf16.count)
        var offset = 0
        for (i, u) in units.enumerated() {
            unitAt.append(contentsOf: repeatElement(-1, count: max(0, offset - unitAt.count)))
            unitAt.append(i)
            offset += u.utf16Count
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
