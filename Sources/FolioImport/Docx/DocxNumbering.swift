/// Word's list numbering (numbering.xml): which format and text each level of each list has, and the counters
/// that render “一、” “（一）” “1.” “（1）” for the paragraphs that carry a `w:numPr`.
struct DocxNumbering {
    /// One level of an abstract list.
    struct Level { var format: String; var text: String; var start: Int }
    /// The largest start value of a list Word accepts (its Numbering dialog stops at 32,767); a file's larger or
    /// negative value is clamped, so that counting on from it cannot overflow.
    static let maxStart = 32_767

    /// Levels of each list (by w:numId), by w:ilvl.
    var lists: [String: [Int: Level]] = [:]
    /// The counters of each list, by level.
    private var counters: [String: [Int: Int]] = [:]

    /// Reads numbering.xml (nil: no lists).
    init(_ root: XMLElementNode?) {
        guard let root else { return }
        var abstract: [String: [Int: Level]] = [:]
        for a in root.elements("w:abstractNum") {
            guard let id = a.attributes["w:abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for l in a.elements("w:lvl") {
                guard let i = l.attributes["w:ilvl"].flatMap(Int.init) else { continue }
                levels[i] = Level(
                    format: l.value(of: "w:numFmt") ?? "decimal", text: l.value(of: "w:lvlText") ?? "",
                    start: l.value(of: "w:start").flatMap(Int.init).map { min(max($0, 0), Self.maxStart) } ?? 1)
            }
            abstract[id] = levels
        }
        for n in root.elements("w:num") {
            guard let id = n.attributes["w:numId"], let a = n.value(of: "w:abstractNumId") else { continue }
            lists[id] = abstract[a]
        }
    }

    /// The number of the next paragraph of list `numId` at level `level` (“一、”), advancing the counters;
    /// nil for a list that does not exist (numId 0 switches numbering off) or a bullet.
    mutating func next(numId: String, level: Int) -> String? {
        guard let levels = lists[numId], let l = levels[level], l.format != "bullet", l.format != "none" else {
            return nil
        }
        var c = counters[numId] ?? [:]
        c[level] = (c[level] ?? (l.start - 1)) + 1
        for deeper in c.keys where deeper > level { c[deeper] = nil }
        counters[numId] = c
        var text = l.text
        for k in (0...8).reversed() where text.contains("%\(k + 1)") {
            let value = c[k] ?? levels[k]?.start ?? 1
            text = text.replacingOccurrences(of: "%\(k + 1)", with: Self.render(value, levels[k]?.format ?? "decimal"))
        }
        return text
    }

    /// `n` in Word's number format `format`: Chinese counting (一, 十一, 二十), full-width or plain digits.
    static func render(_ n: Int, _ format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified",
            "taiwaneseCounting", "taiwaneseCountingThousand":
            return chinese(n)
        case "decimalFullWidth", "decimalFullWidth2":
            let wide = String(n).unicodeScalars.map { d in
                ("0"..."9").contains(d)
                    ? Unicode.Scalar(d.value + 0xFF10 - 0x30).map(Character.init) ?? Character(d) : Character(d)
            }
            return String(wide)
        default:
            return String(n)
        }
    }

    /// 1–99 in Chinese numerals (一 … 十 … 九十九); larger numbers as digits.
    static func chinese(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return digits[n] }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }

    /// The number a heading of `level` (1–4) takes in a Chinese official document when Word gives it none:
    /// 一、（一）1.（1）(GB/T 9704 §7.3.3 orders the levels so).
    static func standard(level: Int, ordinal: Int) -> String {
        switch level {
        case 1: return chinese(ordinal) + "、"
        case 2: return "（" + chinese(ordinal) + "）"
        case 3: return "\(ordinal)."
        default: return "（\(ordinal)）"
        }
    }
}
