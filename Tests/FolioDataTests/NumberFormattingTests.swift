import Testing
import FolioData

@Suite("Number formatting")
struct NumberFormattingTests {
    @Test func keepsDecimalsAsWritten() {
        #expect(Quantity(parsing: "21027.13")?.formatted == "21027.13")
        #expect(Quantity(parsing: "2687.8")?.formatted == "2687.8")
        #expect(Quantity(parsing: "664209")?.formatted == "664209")
        #expect(Quantity(parsing: "2687.80")?.formatted == "2687.80")
        #expect(Quantity(parsing: "012")?.formatted == "12")
    }

    @Test func rejectsNonNumbers() {
        #expect(Quantity(parsing: "1,000") == nil)
        #expect(Quantity(parsing: "1e5") == nil)
        #expect(Quantity(parsing: "12元") == nil)
        #expect(Quantity(parsing: ".5") == nil)
        #expect(Quantity(parsing: "") == nil)
    }

    @Test func roundsHalfAwayFromZeroWithoutBinaryNoise() {
        #expect(NumberFormatting.plain(30.15, decimals: 1) == "30.2")
        #expect(NumberFormatting.plain(30.1945, decimals: 1) == "30.2")
        #expect(NumberFormatting.plain(-2.5, decimals: 0) == "-3")
        #expect(NumberFormatting.plain(-0.04, decimals: 1) == "0.0")
        #expect(NumberFormatting.plain(19752.13 + 1275, decimals: 2) == "21027.13")
        #expect(NumberFormatting.plain(0.05, decimals: 2) == "0.05")
    }

    @Test func refusesInfinityAndNaN() {
        #expect(NumberFormatting.plainIfPrintable(.infinity, decimals: 1) == nil)
        #expect(NumberFormatting.plainIfPrintable(.nan, decimals: 1) == nil)
        #expect(NumberFormatting.plain(.nan, decimals: 1) == "—")
    }

    @Test func percentAndYearRange() {
        #expect(NumberFormatting.percent(30.194508) == "30.2%")
        #expect(NumberFormatting.yearRange(from: "2015", to: "2020") == "2015—2020年")
        #expect(NumberFormatting.yearRange(from: "2020", to: "2020") == "2020年")
    }

    @Test func chineseNumerals() {
        let cases: [(Int, String)] = [
            (1, "一"), (3, "三"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"),
            (100, "一百"), (105, "一百零五"), (110, "一百一十"), (0, "0"),
        ]
        for (n, s) in cases { #expect(NumberFormatting.chineseNumeral(n) == s, "\(n)") }
    }
}
