/// How figures are printed in Chinese official prose: Arabic digits, no thousands separators
/// (GB/T 15835-2011 §5.1: 11379, 664209), a fixed number of decimals, half-width "%".
public enum NumberFormatting {
    /// Largest magnitude printed exactly; beyond it a figure is refused rather than mangled.
    public static let maximumMagnitude = 1e15

    /// `value` with exactly `decimals` decimals, rounded half away from zero
    /// ("2687.8", "21027.13", "11379"); nil when it is not finite or too large to print exactly.
    public static func plainIfPrintable(_ value: Double, decimals: Int) -> String? {
        let d = max(0, min(decimals, 6))
        guard value.isFinite, abs(value) < maximumMagnitude else { return nil }
        var p = 1.0
        for _ in 0..<d { p *= 10 }
        // Round twice: first to 1e-6 of the last printed digit, which removes binary noise
        // (30.15 * 10 = 301.4999…), then half away from zero.
        let noisy = abs(value) * p
        let scaled = ((noisy * 1e6).rounded() / 1e6).rounded(.toNearestOrAwayFromZero)
        guard scaled < maximumMagnitude * 10 else { return nil }
        let n = Int64(scaled), unit = Int64(p)
        var text = String(n / unit)
        if d > 0 {
            let frac = String(n % unit)
            text += "." + String(repeating: "0", count: d - frac.count) + frac
        }
        return (value < 0 && n != 0 ? "-" : "") + text
    }

    /// Like `plainIfPrintable`, with "—" for a figure that cannot be printed.
    public static func plain(_ value: Double, decimals: Int) -> String {
        plainIfPrintable(value, decimals: decimals) ?? "—"
    }

    /// A percentage with one decimal and a half-width sign: "30.2%".
    public static func percent(_ value: Double, decimals: Int = 1) -> String {
        plain(value, decimals: decimals) + "%"
    }

    /// A year range as statistical bulletins print it: "2015—2020年" (一字线 U+2014,
    /// GB/T 15834 §4.13), or "2020年" for one year.
    public static func yearRange(from first: String, to last: String) -> String {
        first == last ? "\(first)年" : "\(first)—\(last)年"
    }

    /// A Chinese numeral for heading numbers: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五.
    /// Numbers outside 1…9999 fall back to Arabic digits.
    public static func chineseNumeral(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n >= 1, n <= 9999 else { return String(n) }
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n == 10 ? "" : digits[n - 10]) }
        let units = ["", "十", "百", "千"]
        var result = "", zeroPending = false, rest = n
        var parts: [String] = []
        while rest > 0 { parts.append(digits[rest % 10]); rest /= 10 }
        for i in stride(from: parts.count - 1, through: 0, by: -1) {
            let digit = parts[i]
            if digit == "零" { zeroPending = true; continue }
            if zeroPending { result += "零"; zeroPending = false }
            result += digit + units[i]
        }
        return result
    }
}
