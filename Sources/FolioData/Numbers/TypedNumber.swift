/// A heading number typed by hand at the start of a text: 一、 （一） 1. （1） (GB/T 9704 §7.3.3).
/// `folio import` reads headings by it; `numbering.heading` checks it.
public struct TypedNumber: Equatable, Sendable {
    /// 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）: the heading level the style stands for.
    public var style: Int
    /// Its value.
    public var value: Int
    /// How many characters it takes.
    public var length: Int

    /// The number typed at the start of `t` (indexed from 0: an array, or a prose unit's text), if any ("1.5亿元" is a
    /// figure, not a heading number). It reads the first six characters at most.
    public static func at<Text: RandomAccessCollection<Character>>(start t: Text) -> TypedNumber?
    where Text.Index == Int {
        let open: Set<Character> = ["（", "("], close: Set<Character> = ["）", ")"]
        if let first = t.first, open.contains(first) {
            guard let end = t.prefix(6).firstIndex(where: close.contains), end > 1 else { return nil }
            let inner = t[1..<end]
            if let v = TextScan.chineseNumber(inner) { return TypedNumber(style: 2, value: v, length: end + 1) }
            if inner.allSatisfy({ TextScan.digit($0) != nil }),
                let v = Int(String(inner.compactMap { TextScan.digit($0) }.map(String.init).joined()))
            {
                return TypedNumber(style: 4, value: v, length: end + 1)
            }
            return nil
        }
        var k = 0
        while k < t.count, k < 3, TextScan.chineseDigits[t[k]] != nil { k += 1 }
        if k > 0, k < t.count, t[k] == "、", let v = TextScan.chineseNumber(t[0..<k]) {
            return TypedNumber(style: 1, value: v, length: k + 1)
        }
        k = 0
        while k < t.count, k < 3, TextScan.digit(t[k]) != nil { k += 1 }
        if k > 0, k < t.count, t[k] == "." || t[k] == "．" || t[k] == "、",
            !(k + 1 < t.count && TextScan.digit(t[k + 1]) != nil),
            let v = Int(String(t[0..<k].compactMap { TextScan.digit($0) }.map(String.init).joined()))
        {
            return TypedNumber(style: 3, value: v, length: k + 1)
        }
        return nil
    }

    /// The number written in this style ("三、", "（三）", "3.", "（3）").
    public static func write(_ value: Int, style: Int) -> String {
        let cn = NumberFormatting.chineseNumeral(value)
        switch style {
        case 1: return "\(cn)、"
        case 2: return "（\(cn)）"
        case 3: return "\(value)."
        default: return "（\(value)）"
        }
    }
}
