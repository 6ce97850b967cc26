import Testing
import FolioDocument

@Suite("SeriesMath") struct SeriesMathTests {
    @Test func yearOnYearGrowth() {
        let (rates, labels) = SeriesMath.growth([100, 110, 99, 99], years: ["2017", "2018", "2019", "2020"])
        #expect(rates[0] == nil)
        #expect(abs((rates[1] ?? 0) - 10) < 1e-9 && abs((rates[2] ?? 0) + 10) < 1e-9 && rates[3] == 0)
        #expect(labels.allSatisfy { $0 == nil })   // consecutive years: the plain number is the label
    }

    @Test func growthAcrossMissingYearsNamesItsBaseYear() {
        let (rates, labels) = SeriesMath.growth(
            [8740, nil, nil, nil, nil, 11379],
            years: ["2015", "2016", "2017", "2018", "2019", "2020"])
        #expect(rates.prefix(5).allSatisfy { $0 == nil })   // gaps stay gaps, never interpolated
        #expect(labels.last == "比2015年增长30.2%")
        let down = SeriesMath.growth([100, 95.1], years: ["2017", "2019"])
        #expect(down.labels.last == "比2017年下降4.9%")
    }

    @Test func zeroBaseGivesNoRate() {
        let (rates, _) = SeriesMath.growth([0, 5, 10], years: ["2018", "2019", "2020"])
        #expect(rates[0] == nil && rates[1] == nil && rates[2] == 100)
        #expect(rates.allSatisfy { $0.map(\.isFinite) ?? true })
    }

    @Test func negativeBaseUsesItsMagnitude() {
        let (rates, _) = SeriesMath.growth([-100, -50], years: ["2019", "2020"])
        #expect(rates[1] == 50)   // a loss halved is growth, as the bulletins count it
    }

    @Test func differenceKeepsGaps() {
        #expect(SeriesMath.difference([5, nil, 7], [2, 3, nil]) == [3, nil, nil])
        #expect(SeriesMath.difference([5], [2, 3]) == [3, nil])
    }

    @Test func compoundAnnualGrowth() throws {
        // 8740 → 11379 over five years: (11379 / 8740)^(1/5) − 1 = 5.4190 %.
        let c = try #require(
            SeriesMath.cagr(
                [8740, nil, nil, nil, nil, 11379],
                years: ["2015", "2016", "2017", "2018", "2019", "2020"]))
        #expect(abs(c - 5.4190) < 0.0005)
        #expect(SeriesMath.cagr([100, 121], years: ["2018", "2020"]).map { abs($0 - 10) < 1e-9 } == true)
        #expect(SeriesMath.cagr([100], years: ["2020"]) == nil)
        #expect(SeriesMath.cagr([0, 5], years: ["2019", "2020"]) == nil)
        #expect(SeriesMath.cagr([1, 2], years: ["甲", "乙"]) == nil)
    }
}
