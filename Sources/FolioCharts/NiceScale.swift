/// "Nice" axis bounds and ticks for a data range: the d3 / Heckbert algorithm (steps of 1, 2 or 5 × 10ⁿ),
/// as in d3-array's `tickIncrement` and d3-scale's `linear.nice()`.
///
/// Edge cases: bounds are swapped if reversed; non-finite bounds count as 0; equal bounds are widened to
/// reach zero (a single value v gives [0, v] or [v, 0], and 0 gives [0, 1]) so a lone bar still has an axis.
public struct NiceScale: Hashable, Sendable {
    /// The nice lower bound (a multiple of `step`, ≤ the data minimum).
    public let lower: Double
    /// The nice upper bound (a multiple of `step`, ≥ the data maximum).
    public let upper: Double
    /// The distance between ticks.
    public let step: Double
    /// The tick values from `lower` to `upper`, computed without accumulated rounding error.
    public let ticks: [Double]

    /// Makes the range `minimum…maximum` nice with about `tickCount` intervals.
    public init(from minimum: Double, to maximum: Double, tickCount: Int = 5) {
        // ±1e300 keeps hi − lo finite; chart data is 0.1…1e9.
        var lo = minimum.isFinite ? Swift.max(-1e300, Swift.min(minimum, 1e300)) : 0
        var hi = maximum.isFinite ? Swift.max(-1e300, Swift.min(maximum, 1e300)) : 0
        if lo > hi { swap(&lo, &hi) }
        if lo == hi {
            if lo == 0 { hi = 1 } else if lo > 0 { lo = 0 } else { hi = 0 }
        }
        let count = Swift.max(1, Swift.min(tickCount, 50))
        var increment = Increment(lo, hi, count)
        // d3's nice(): snapping can change the increment; repeat until it settles (≤ 10 rounds).
        for _ in 0..<10 {
            lo = increment.floor(lo); hi = increment.ceil(hi)
            let next = Increment(lo, hi, count)
            if next == increment { break }
            increment = next
        }
        lower = lo; upper = hi; step = increment.step
        let first = increment.index(lo), last = increment.index(hi)
        ticks = first <= last ? (first...last).map(increment.value) : [lo]
    }

    /// The number of intervals between ticks.
    public var intervals: Int { Swift.max(1, ticks.count - 1) }

    /// Decimal places that show every tick exactly (0 for steps ≥ 1, 1 for 0.2, 2 for 0.05).
    public var decimals: Int { Self.decimals(forStep: step) }

    /// Decimal places needed to print multiples of `step`.
    static func decimals(forStep step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        return Swift.max(0, Swift.min(12, -Int((log10(step) + 1e-9).rounded(.down))))
    }
}

/// A tick step kept as an integer multiple or an integer fraction, so that ticks like 0.3 are computed as
/// 3 / 10 rather than 3 × 0.1 (d3's negative-power increments).
private enum Increment: Equatable {
    /// step = k (k ≥ 1).
    case multiple(Double)
    /// step = 1 / k.
    case fraction(Double)

    init(_ lo: Double, _ hi: Double, _ count: Int) {
        let raw = (hi - lo) / Double(count)
        guard raw > 0, raw.isFinite else { self = .multiple(1); return }
        let power = (log10(raw)).rounded(.down)
        let error = raw / pow(10, power)
        // Heckbert's thresholds: √50, √10, √2 split the error into steps of 10, 5, 2, 1.
        let factor: Double =
            error >= 50.squareRoot() ? 10 : error >= 10.squareRoot() ? 5 : error >= 2.squareRoot() ? 2 : 1
        self = power >= 0 ? .multiple(factor * pow(10, power)) : .fraction(pow(10, -power) / factor)
    }

    var step: Double {
        switch self {
        case let .multiple(k): return k;
        case let .fraction(k): return 1 / k
        }
    }
    func floor(_ x: Double) -> Double {
        switch self {
        case let .multiple(k): return (x / k).rounded(.down) * k
        case let .fraction(k): return (x * k).rounded(.down) / k
        }
    }
    func ceil(_ x: Double) -> Double {
        switch self {
        case let .multiple(k): return (x / k).rounded(.up) * k
        case let .fraction(k): return (x * k).rounded(.up) / k
        }
    }
    func index(_ x: Double) -> Int {
        let i: Double
        switch self {
        case let .multiple(k): i = x / k;
        case let .fraction(k): i = x * k
        }
        return Int(Swift.max(-1e15, Swift.min(i.rounded(), 1e15)))
    }
    func value(_ i: Int) -> Double {
        switch self {
        case let .multiple(k): return Double(i) * k;
        case let .fraction(k): return Double(i) / k
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
