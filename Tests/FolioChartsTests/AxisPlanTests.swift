import Testing
import FolioDisplay
@testable import FolioCharts

@Suite("AxisPlan") struct AxisPlanTests {
    let height = Pt.mm(70), room = Pt(15.75)

    func plan(bars: [Double], lines: [Double] = [], right: [Double]?) -> AxisPlan {
        AxisPlan(AxisPlan.Input(bars: bars, leftLines: lines, right: right), plotHeight: height, labelRoom: room)
    }

    /// Whether every tick of an axis is a 1, 2, 2.5 or 5 × 10ⁿ multiple.
    func isNice(_ axis: ValueAxis) -> Bool {
        let m = axis.step / pow(10, log10(axis.step).rounded(.down))
        return [1, 2, 2.5, 5].contains { abs($0 - m) < 1e-9 }
    }

    @Test func bulletinIncomeChartHasTwoFullAxesWithTheLineAboveTheBars() throws {
        let p = plan(bars: [9250, 9780, 10320, 10860, 11379], right: [5.8, 5.7, 5.5, 5.2, 4.8])
        let r = try #require(p.right)
        #expect(p.left.lower == 0 && r.lower == 0)   // both from zero
        #expect(p.left.intervals == r.intervals)   // one set of grid lines
        #expect(isNice(p.left) && isNice(r))
        let barTop = p.left.fraction(11379), lineBottom = r.fraction(4.8)
        #expect(lineBottom > barTop + room / height)   // the line and its labels clear the bars
        #expect(r.fraction(5.8) <= 1 - room / height * 0.9)   // a label fits above the highest point
        #expect(barTop > 0.25)   // bars are not squashed flat
    }

    @Test func negativeGrowthGetsANegativeRightAxisWithZeroOnAGridLine() throws {
        let p = plan(bars: [38620, 41250, 44780, 46930, 45210], right: [7.7, 6.8, 8.6, 4.8, -3.7])
        let r = try #require(p.right)
        #expect(r.lower < 0)
        #expect(r.fraction(-3.7) >= room / height * 0.9)
        let zeroTick = (0...r.intervals).contains { abs(r.tick($0)) < 1e-9 }
        #expect(zeroTick)
        #expect(p.left.lower == 0)
    }

    @Test func aFallAmongPositiveGrowthDoesNotFlattenTheBars() throws {
        // Growth that falls below zero between rises: the line dips among the bars rather than the bars shrinking
        // to a sliver under an axis of millions.
        let p = plan(bars: [50000, 56000, 52000, 56500], right: [12.0, -7.1, 8.7])
        let r = try #require(p.right)
        #expect(p.left.upper <= 56500 * 2.5, "left axis up to \(p.left.upper)")
        #expect(p.left.fraction(56500) > 0.3)
        #expect(r.lower < 0 && r.fraction(-7.1) >= room / height * 0.9)
        // The rising points still clear the bars.
        #expect(r.fraction(8.7) > p.left.fraction(56500))
    }

    @Test func singleGrowthPointAndSingleBar() throws {
        let p = plan(bars: [8740, 11379], right: [30.2])
        let r = try #require(p.right)
        #expect(r.fraction(30.2) > p.left.fraction(11379))
        let one = plan(bars: [2687.8], right: nil)
        #expect(one.left.lower == 0 && one.left.upper >= 2687.8)
        #expect(one.left.fraction(2687.8) <= 1 - room / height)
    }

    @Test func extremeRangesStayFiniteAndNice() throws {
        for (bars, right) in [
            ([0.1, 0.3], [200.0]), ([1e9, 2e9], [0.01]), ([0, 0], [0, 0]), ([-5, 5], [-50, 80]),
        ] {
            let p = plan(bars: bars, right: right)
            let r = try #require(p.right)
            #expect(p.left.intervals == r.intervals && p.left.intervals <= 12)
            #expect(p.left.upper.isFinite && r.upper.isFinite && isNice(p.left) && isNice(r))
            #expect(p.left.lower <= min(0, bars.min() ?? 0) && p.left.upper >= bars.max() ?? 0)
            #expect(r.lower <= min(0, right.min() ?? 0) && r.upper >= right.max() ?? 0)
        }
    }

    @Test func linesFarFromZeroNeedNoZero() {
        let p = plan(bars: [], lines: [18.4, 19.8], right: nil)
        #expect(p.left.lower > 0 && p.left.lower <= 18.4)
        let bars = plan(bars: [18.4, 19.8], right: nil)
        #expect(bars.left.lower == 0)
    }

    @Test func decimalsPrintEveryTick() {
        #expect(ValueAxis.decimals(forStep: 2000) == 0)
        #expect(ValueAxis.decimals(forStep: 0.5) == 1)
        #expect(ValueAxis.decimals(forStep: 0.25) == 2)
        #expect(ValueAxis.decimals(forStep: 2.5) == 1)
        #expect(ValueAxis.decimals(forStep: 0.1 + 0.2) == 1)
    }
}

#if canImport(Glibc)
import Glibc
#endif
