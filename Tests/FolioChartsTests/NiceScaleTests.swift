import Testing
@testable import FolioCharts

@Suite("NiceScale") struct NiceScaleTests {
    @Test func unitRangeGivesFifths() {
        let s = NiceScale(from: 0, to: 1, tickCount: 5)
        #expect(s.ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(s.step == 0.2 && s.decimals == 1)
    }

    @Test func d3TenTicksOfUnitRange() {
        // d3.ticks(0, 1, 10) → [0, 0.1, …, 1] with exact decimals (i / 10, not i × 0.1).
        #expect(NiceScale(from: 0, to: 1, tickCount: 10).ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
    }

    @Test func zeroToTen() {
        #expect(NiceScale(from: 0, to: 10, tickCount: 5).ticks == [0, 2, 4, 6, 8, 10])
        #expect(NiceScale(from: 0, to: 10, tickCount: 10).ticks == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    }

    @Test func negativeToPositiveIsWidenedToNiceBounds() {
        let s = NiceScale(from: -3.5, to: 7, tickCount: 5)
        #expect(s.lower == -4 && s.upper == 8 && s.step == 2)
        #expect(s.ticks == [-4, -2, 0, 2, 4, 6, 8])
    }

    @Test func equalBoundsReachZero() {
        #expect(NiceScale(from: 5, to: 5).ticks == [0, 1, 2, 3, 4, 5])
        #expect(NiceScale(from: -5, to: -5).ticks == [-5, -4, -3, -2, -1, 0])
    }

    @Test func zeroRangeIsZeroToOne() {
        let s = NiceScale(from: 0, to: 0)
        #expect(s.lower == 0 && s.upper == 1 && s.ticks.count == 6)
    }

    @Test func singleHugeValue() {
        let s = NiceScale(from: 1e9, to: 1e9)
        #expect(s.lower == 0 && s.upper == 1e9 && s.step == 2e8)
        #expect(s.ticks == [0, 2e8, 4e8, 6e8, 8e8, 1e9])
    }

    @Test func smallDecimalRange() {
        let s = NiceScale(from: 0.1, to: 0.3)
        #expect(s.step == 0.05 && s.decimals == 2)
        #expect(s.ticks == [0.1, 0.15, 0.2, 0.25, 0.3])
    }

    @Test func negativeOnlyAndReversedBounds() {
        #expect(NiceScale(from: -2, to: -10).ticks == [-10, -8, -6, -4, -2])
    }

    @Test func tinyAndEnormousRangesStayFiniteAndSmall() {
        let tiny = NiceScale(from: 1, to: 1.000001)
        #expect(tiny.ticks.count >= 2 && tiny.ticks.count <= 11)
        #expect(tiny.lower <= 1 && tiny.upper >= 1.000001)
        let huge = NiceScale(from: -1e308, to: 1e308)
        #expect(huge.ticks.allSatisfy(\.isFinite) && huge.ticks.count <= 11)
        let bad = NiceScale(from: .nan, to: .infinity)
        #expect(bad.lower == 0 && bad.upper == 1)
    }

    @Test func valueFormatting() {
        #expect(ValueFormat.number(11379, decimals: 0) == "11379")
        #expect(ValueFormat.number(2687.84, decimals: 1) == "2687.8")
        #expect(ValueFormat.number(-0.04, decimals: 1) == "0.0")
        #expect(ValueFormat.number(-3.25, decimals: 1) == "-3.3")
        #expect(ValueFormat.percent(30.2, decimals: 1) == "30.2%")
        #expect(UnitScale.choose(unit: "元", largest: 1e9).unit == "亿元")
        #expect(UnitScale.choose(unit: "元", largest: 123456).unit == "万元")
        #expect(UnitScale.choose(unit: "元", largest: 11379).unit == "元")
        #expect(UnitScale.choose(unit: "万元", largest: 45210).unit == "万元")
        #expect(UnitScale.choose(unit: "万元", largest: 268780).unit == "亿元")
        #expect(UnitScale.choose(unit: "元", largest: 0.1).unit == "元")
        #expect(UnitScale.choose(unit: "人", largest: 1e9).unit == "人")
    }
}
