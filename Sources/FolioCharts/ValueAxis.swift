import FolioDisplay

/// A value axis over the plot's full height: `intervals` equal steps from `lower`, shared grid lines.
struct ValueAxis {
    /// The value at the plot bottom.
    var lower: Double
    /// The tick step.
    var step: Double
    /// The number of intervals over the plot height.
    var intervals: Int
    /// Ticks in this range get labels (each axis labels only the band its own series use).
    var labelled: ClosedRange<Double>
    /// Decimals of the tick labels.
    var decimals: Int

    /// The value at the plot top.
    var upper: Double { lower + Double(intervals) * step }

    /// Tick `i` (0 at the bottom).
    func tick(_ i: Int) -> Double { ((lower / step).rounded() + Double(i)) * step }

    /// Whether tick `i` is printed.
    func isLabelled(_ i: Int) -> Bool {
        let v = tick(i), eps = step * 1e-6
        return v >= labelled.lowerBound - eps && v <= labelled.upperBound + eps
    }

    /// The fraction of the plot height (0 bottom … 1 top) where `value` sits.
    func fraction(_ value: Double) -> Double {
        let span = upper - lower
        return span > 0 ? (value - lower) / span : 0
    }

    /// An axis from a nice scale.
    init(_ scale: NiceScale) {
        lower = scale.lower; step = scale.step; intervals = scale.intervals
        labelled = scale.lower...scale.upper; decimals = scale.decimals
    }
}

/// Plans the value axes of a category chart.
///
/// With a left axis (values) and a right axis (percent), the axes share grid lines and are stacked as in the
/// statistical bulletins: the bars use the lower intervals and the growth line the upper ones, so that
/// the line never runs through the bars. Each axis is labelled only over its own nice range (the left axis
/// where the bars are, the right axis where the line is), as the grid lines above or below belong to the other.
struct AxisPlan {
    var left: ValueAxis
    var right: ValueAxis?

    /// - Parameters:
    ///   - leftValues, rightValues: the finite values on each axis (scaled to the axis unit).
    ///   - plotHeight: the plot height, to judge whether labels fit above the highest value.
    ///   - labelRoom: the height a value label needs above (or below) its mark.
    init(leftValues: [Double], rightValues: [Double]?, plotHeight: Pt, labelRoom: Pt) {
        let leftScale = Self.scale(leftValues)
        left = ValueAxis(leftScale)
        guard let rightValues else {
            right = nil
            addHeadroom(top: leftValues.max() ?? 0, bottom: leftValues.min() ?? 0, plotHeight: plotHeight, room: labelRoom)
            return
        }
        let rightScale = Self.scale(rightValues)
        var r = ValueAxis(rightScale)
        let total = left.intervals + r.intervals
        r.lower = rightScale.upper - Double(total) * rightScale.step
        r.intervals = total
        left.intervals = total
        right = r
        // The line is on top: its maximum decides the top headroom; the bars' minimum the bottom.
        let topInLeft = left.lower + r.fraction(rightValues.max() ?? 0) * (left.upper - left.lower)
        addHeadroom(top: topInLeft, bottom: leftValues.min() ?? 0, plotHeight: plotHeight, room: labelRoom)
    }

    /// A nice scale that includes zero (bars and growth rates are read against zero).
    static func scale(_ values: [Double]) -> NiceScale {
        let lo = min(0, values.min() ?? 0), hi = max(0, values.max() ?? 0)
        return NiceScale(from: lo, to: hi, tickCount: 5)
    }

    /// Adds an interval at the top (bottom) when a label above the highest (below the lowest) value
    /// would leave the plot. `top` and `bottom` are in left-axis units.
    private mutating func addHeadroom(top: Double, bottom: Double, plotHeight: Pt, room: Pt) {
        let perInterval = plotHeight / Double(left.intervals)
        if (left.upper - top) / left.step * perInterval.value < room.value {
            left.intervals += 1; right?.intervals += 1
        }
        let perInterval2 = plotHeight / Double(left.intervals)
        if bottom < 0, (bottom - left.lower) / left.step * perInterval2.value < room.value {
            left.intervals += 1; left.lower -= left.step
            if var r = right { r.intervals += 1; r.lower -= r.step; right = r }
        }
    }
}
