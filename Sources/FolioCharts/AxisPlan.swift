import FolioDisplay

/// Plans the value axes of a category chart as the statistical bulletins draw them ("图1 2016—2020年农村居民人均
/// 可支配收入及其增长速度"): one set of horizontal grid lines; the left axis (values) from zero with nice ticks over
/// the full plot height; the right axis (percent) with its own nice ticks over the same grid, chosen so that the
/// growth line runs above the bars and their labels.
struct AxisPlan {
    /// The left axis (also the grid).
    var left: ValueAxis
    /// The right axis, when some series use it; it has as many intervals as the left one.
    var right: ValueAxis?

    /// The values a plan is made for, in axis units.
    struct Input {
        /// Values drawn as bars on the left axis.
        var bars: [Double]
        /// Values drawn as lines on the left axis.
        var leftLines: [Double]
        /// Values on the right axis, or nil when there is none.
        var right: [Double]?
        /// Lines only: the axis need not reach zero when the values are far from it.
        var linesOnly: Bool { bars.isEmpty }
    }

    /// - Parameters:
    ///   - input: the finite values on each axis.
    ///   - plotHeight: the plot height, to judge whether labels fit above the highest value.
    ///   - labelRoom: the height a value label needs above (or below) its mark.
    init(_ input: Input, plotHeight: Pt, labelRoom: Pt) {
        let room = plotHeight.value > 0 ? min(0.3, labelRoom / plotHeight) : 0.1
        let leftValues = input.bars + input.leftLines
        // No right axis for no figures on it: a draft's growth still to fill in had a column of “0” labels.
        guard let rightValues = input.right, !rightValues.isEmpty else {
            left = Self.single(leftValues, linesOnly: input.linesOnly, room: room)
            right = nil
            return
        }
        let search = DualAxisSearch(input: input, leftValues: leftValues, rightValues: rightValues, room: room)
        if let best = search.best() {
            left = best.left; right = best.right
        } else {
            // Unreachable for finite data; two independent scales over a shared count keep it drawable.
            let l = Self.single(leftValues, linesOnly: input.linesOnly, room: room)
            var r = ValueAxis(Self.scale(rightValues))
            r.intervals = l.intervals
            left = l; right = r
        }
    }

    /// A nice scale that includes zero (bars and growth rates are read against zero).
    static func scale(_ values: [Double]) -> NiceScale {
        let lo = min(0, values.min() ?? 0), hi = max(0, values.max() ?? 0)
        return NiceScale(from: lo, to: hi, tickCount: 5)
    }

    /// One axis: nice ticks with an interval added at the top (bottom) when a label above the highest
    /// (below the lowest) value would leave the plot. Lines far from zero (lowest > ½ highest) need no zero.
    static func single(_ values: [Double], linesOnly: Bool, room: Double) -> ValueAxis {
        let lo = values.min() ?? 0, hi = values.max() ?? 0
        let awayFromZero = linesOnly && lo > 0 && lo > hi * 0.5
        var axis = ValueAxis(awayFromZero ? NiceScale(from: lo, to: hi, tickCount: 5) : scale(values))
        if (axis.upper - hi) / (axis.upper - axis.lower) < room { axis.intervals += 1 }
        if lo < 0, (lo - axis.lower) / (axis.upper - axis.lower) < room {
            axis.intervals += 1; axis.lower -= axis.step
        }
        return axis
    }
}

/// The search behind a two-axis plan: every grid of 4…10 intervals, every nice left step that holds the
/// left values from a zero-including bottom, every nice right step and bottom; the plan with the lowest
/// penalty wins. About ten thousand cheap candidates: well under a millisecond.
private struct DualAxisSearch {
    let input: AxisPlan.Input
    let leftValues: [Double]
    let rightValues: [Double]
    /// The share of the plot height a value label needs.
    let room: Double
    /// The extremes `penalty` reads, found once rather than for each candidate.
    private let barTopValue: Double, leftMax: Double, leftMin: Double, rightMax: Double, rightMin: Double

    init(input: AxisPlan.Input, leftValues: [Double], rightValues: [Double], room: Double) {
        self.input = input; self.leftValues = leftValues; self.rightValues = rightValues; self.room = room
        barTopValue = input.bars.max().map { max(0, $0) } ?? 0
        leftMax = leftValues.max() ?? 0; leftMin = leftValues.min() ?? 0
        rightMax = rightValues.max() ?? 0; rightMin = rightValues.min() ?? 0
    }

    /// A candidate and its penalty.
    struct Candidate { var left: ValueAxis; var right: ValueAxis; var penalty: Double }

    func best() -> Candidate? {
        let loL = min(0, leftValues.min() ?? 0), hiL = max(0, leftValues.max() ?? 0)
        let loR = min(0, rightValues.min() ?? 0), hiR = max(0, rightValues.max() ?? 0)
        var best: Candidate?
        for n in 4...10 {
            let rightSteps = ValueAxis.niceSteps(near: max(hiR - loR, 1e-9) / Double(n))
            let rightQuarter = rightSteps.map(Self.isQuarterStep)
            for sL in ValueAxis.niceSteps(near: max(hiL - loL, 1e-9) / Double(n)) {
                let l0 = (loL / sL).rounded(.down) * sL
                guard l0 + Double(n) * sL >= hiL - sL * 1e-9 else { continue }
                let left = ValueAxis(lower: l0, step: sL, intervals: n)
                let leftQuarter = Self.isQuarterStep(sL)
                for (sR, quarter) in zip(rightSteps, rightQuarter) {
                    let base = (loR / sR).rounded(.down)
                    for drop in 0..<n {
                        let right = ValueAxis(lower: (base - Double(drop)) * sR, step: sR, intervals: n)
                        guard right.upper >= hiR - sR * 1e-9 else { continue }
                        guard let p = penalty(left, right, drop: drop, quarterSteps: (leftQuarter, quarter))
                        else { continue }
                        if p < (best?.penalty ?? .infinity) { best = Candidate(left: left, right: right, penalty: p) }
                    }
                }
            }
        }
        return best
    }

    /// The penalty of a pair of axes, nil when a label would leave the plot. The weights were tuned on the
    /// bulletin's income charts and the awkward series of the tests: keeping the line clear of the bars
    /// outweighs everything else; then bars about half the plot tall, the line near the top, the right axis
    /// from zero (or its lowest value) rather than from a needlessly negative tick, 1-2-5 steps over 2.5,
    /// and about six intervals. `quarterSteps` says whether each axis's step is 2.5 × 10ⁿ.
    func penalty(_ left: ValueAxis, _ right: ValueAxis, drop: Int, quarterSteps: (Bool, Bool)) -> Double? {
        let barTop = left.fraction(barTopValue)
        let leftTop = left.fraction(leftMax), leftBottom = left.fraction(leftMin)
        let lineTop = right.fraction(rightMax), lineBottom = right.fraction(rightMin)
        guard leftTop <= 1 - room, lineTop <= 1 - room * 0.9 else { return nil }
        if leftMin < 0 && leftBottom < room { return nil }
        if rightMin < 0 && lineBottom < room * 0.9 { return nil }
        var p = 0.0
        if !input.bars.isEmpty {
            let clearance = lineBottom - (barTop + room + 0.02)
            if clearance < 0 { p += 8 * -clearance }
            p += 1.0 * abs(barTop - 0.5)
            // Bars stay readable: a fall far below the rises is met by a right axis that reaches further down,
            // not by bars shrunk to a sliver under a left axis of millions.
            if barTop < 0.3 { p += 20 * (0.3 - barTop) }
        } else {
            p += 0.8 * (1 - room - leftTop) + 0.4 * leftBottom
        }
        p += 0.8 * max(0, 1 - room - lineTop - 0.05)
        if drop > 0 { p += 0.6 + 0.05 * Double(drop) }
        if quarterSteps.0 { p += 0.15 }
        if quarterSteps.1 { p += 0.15 }
        p += 0.04 * Double(abs(left.intervals - 6))
        return p
    }

    /// Whether a step is 2.5 × 10ⁿ.
    static func isQuarterStep(_ s: Double) -> Bool {
        let m = s / pow(10, log10(s).rounded(.down))
        return abs(m - 2.5) < 1e-6
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
