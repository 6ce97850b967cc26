import FolioDisplay
import FolioDocument

/// A series as a chart draws it: its mark and axis after the chart kind is applied, its values scaled
/// to the axis unit, and its place among the series of the same mark.
struct PlottedSeries {
    let source: ChartSeries
    let isBar: Bool
    let onRight: Bool
    /// Values divided by the axis unit's divisor; nil for gaps and non-finite numbers.
    let values: [Double?]
    /// The unit printed in the legend.
    let unit: String
    /// Decimals of value labels.
    let decimals: Int
    /// Index among bar series (for bars) or line series (for lines).
    let slot: Int

    /// The value label: "30.2%" for percentages, "11379" otherwise.
    func label(_ value: Double) -> String {
        unit == "%" ? ValueFormat.percent(value, decimals: decimals) : ValueFormat.number(value, decimals: decimals)
    }

    /// The label at category `i`: the series' own text there ("比2015年增长30.2%"), or the value.
    func label(at i: Int, _ value: Double) -> String { source.label(at: i) ?? label(value) }

    /// The finite values.
    var present: [Double] { values.compactMap { $0 } }

    /// Applies the chart kind to the series: `.bars` draws every series as bars on the left axis, `.line`
    /// every series as a line, `.barLine` keeps each series' own mark and axis. Values are padded or cut to
    /// one per category. When nothing is on the left axis, the right-axis series move there.
    static func make(_ spec: ChartSpec) -> (series: [PlottedSeries], leftUnit: UnitScale, rightUnit: String?) {
        let n = spec.categories.count
        var roles: [(ChartSeries, Bool, Bool)] = spec.series.map { s in
            switch spec.kind {
            case .bars, .horizontalBars: return (s, true, false)
            case .line: return (s, false, s.axis == .right)
            case .barLine: return (s, s.mark == .bar, s.axis == .right)
            }
        }
        if !roles.contains(where: { !$0.2 }) { roles = roles.map { ($0.0, $0.1, false) } }
        let fitted: [[Double?]] = roles.map { role in
            (0..<n).map { i in
                guard i < role.0.values.count, let v = role.0.values[i], v.isFinite else { return nil }
                return v
            }
        }
        let leftRoles = roles.indices.filter { !roles[$0].2 }
        let leftUnits = Set(leftRoles.map { roles[$0].0.unit })
        let largest = leftRoles.flatMap { fitted[$0].compactMap { $0.map(abs) } }.max() ?? 0
        // Scale 元 → 万元 → 亿元 only when every left series uses the same unit.
        let scale =
            leftUnits.count == 1
            ? UnitScale.choose(unit: leftUnits.first ?? "", largest: largest)
            : .identity(leftUnits.count == 1 ? leftUnits.first ?? "" : "")
        var barSlot = 0, lineSlot = 0
        let series = roles.indices.map { i -> PlottedSeries in
            let (s, isBar, onRight) = roles[i]
            let divisor = onRight ? 1 : scale.divisor
            let slot = isBar ? barSlot : lineSlot
            if isBar { barSlot += 1 } else { lineSlot += 1 }
            return PlottedSeries(
                source: s, isBar: isBar, onRight: onRight,
                values: fitted[i].map { $0.map { $0 / divisor } },
                unit: onRight ? s.unit : (divisor == 1 ? s.unit : scale.unit),
                decimals: max(0, min(6, divisor == 1 ? s.decimals : max(s.decimals, scale.minimumDecimals))),
                slot: slot)
        }
        let rightUnit = series.first(where: { $0.onRight })?.unit
        return (series, scale, rightUnit)
    }
}
