import FolioDisplay

/// A value axis over the plot's full height: `intervals` equal steps from `lower`, every tick labelled.
struct ValueAxis: Equatable {
    /// The value at the plot bottom (a multiple of `step`).
    var lower: Double
    /// The tick step.
    var step: Double
    /// The number of intervals over the plot height.
    var intervals: Int

    /// The value at the plot top.
    var upper: Double { tick(intervals) }

    /// Tick `i` (0 at the bottom), computed from integers so that 0.1 × 3 prints as 0.3.
    func tick(_ i: Int) -> Double { ((lower / step).rounded() + Double(i)) * step }

    /// Decimals that print every tick exactly (0 for 2000, 1 for 0.5, 2 for 0.25).
    var decimals: Int { Self.decimals(forStep: step) }

    /// The fraction of the plot height (0 bottom … 1 top) where `value` sits.
    func fraction(_ value: Double) -> Double {
        let span = upper - lower
        return span > 0 ? (value - lower) / span : 0
    }

    /// An axis from a nice scale.
    init(_ scale: NiceScale) { lower = scale.lower; step = scale.step; intervals = scale.intervals }

    /// An axis from its parts.
    init(lower: Double, step: Double, intervals: Int) {
        self.lower = lower; self.step = step; self.intervals = max(1, intervals)
    }

    /// The smallest number of decimals d with step × 10^d a whole number (at most 6).
    static func decimals(forStep step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        var scaled = step
        for d in 0...6 {
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { return d }
            scaled *= 10
        }
        return 6
    }

    /// Candidate "nice" steps near `raw`: 1, 2, 2.5 and 5 × 10ⁿ, from a tenth of `raw` to a hundred times it.
    static func niceSteps(near raw: Double) -> [Double] {
        guard raw > 0, raw.isFinite else { return [1] }
        let power = Int(log10(raw).rounded(.down))
        var steps: [Double] = []
        for p in (power - 1)...(power + 2) {
            let unit = pow(10, Double(p))
            for m in [1.0, 2, 2.5, 5] { steps.append(m * unit) }
        }
        return steps
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
