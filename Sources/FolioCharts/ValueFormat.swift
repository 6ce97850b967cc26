/// Number labels as the statistical bulletins print them: fixed decimals, no thousands separators,
/// an ASCII minus, percent attached to the number ("30.2%").
enum ValueFormat {
    /// `value` with exactly `decimals` decimals (0…6); never "-0".
    static func number(_ value: Double, decimals: Int) -> String {
        let d = max(0, min(decimals, 6))
        guard value.isFinite else { return "" }
        let scale = pow10(d)
        let scaled = (abs(value) * scale).rounded()
        // Beyond 2^53 digits are not exact anyway; print what Swift prints.
        guard scaled < 9e15 else { return String(value) }
        let units = Int64(scaled)
        let sign = value < 0 && units != 0 ? "-" : ""
        let whole = units / Int64(scale), fraction = units % Int64(scale)
        guard d > 0 else { return sign + String(whole) }
        var digits = String(fraction)
        while digits.count < d { digits = "0" + digits }
        return sign + String(whole) + "." + digits
    }

    /// "30.2%": the percent sign attached to the number, so no chart text starts with "%".
    static func percent(_ value: Double, decimals: Int) -> String { number(value, decimals: decimals) + "%" }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { a, _ in a * 10 } }
}

/// A unit for an axis, scaled when the values are huge: 元 → 万元 → 亿元 (a plus of the bulletin style:
/// 2.3亿元 reads better than 230000000元).
struct UnitScale: Equatable {
    /// Divide values by this.
    let divisor: Double
    /// The unit to print.
    let unit: String
    /// Extra decimals the scaled labels need.
    let minimumDecimals: Int

    /// No scaling.
    static func identity(_ unit: String) -> UnitScale { UnitScale(divisor: 1, unit: unit, minimumDecimals: 0) }

    /// Chooses 万/亿 when the largest magnitude has more than five integer digits in the dataset's unit.
    /// Only money-like units ending in 元 are scaled (counts such as 人 or 户 keep their unit).
    static func choose(unit: String, largest: Double) -> UnitScale {
        guard unit.hasSuffix("元"), largest.isFinite else { return .identity(unit) }
        let (base, prefixValue): (String, Double)
        if unit.hasPrefix("亿") {
            base = String(unit.dropFirst()); prefixValue = 1e8
        } else if unit.hasPrefix("万") {
            base = String(unit.dropFirst()); prefixValue = 1e4
        } else {
            base = unit; prefixValue = 1
        }
        // Five integer digits in the dataset's own unit read well (45210万元): keep it.
        guard abs(largest) >= 1e5 else { return .identity(unit) }
        let inBase = abs(largest) * prefixValue
        // 1e8 元 and more → 亿; 1e5 元 and more → 万 (six-digit yuan figures become 12.3万元).
        let (target, name): (Double, String) = inBase >= 1e8 ? (1e8, "亿") : inBase >= 1e5 ? (1e4, "万") : (1, "")
        guard target > prefixValue else { return .identity(unit) }
        return UnitScale(divisor: target / prefixValue, unit: name + base, minimumDecimals: 1)
    }
}
