import FolioDisplay
import Testing

@testable import FolioOFD

/// The number forms of GB/T 33190-2016: millimetres, boxes, colours, and `DeltaX` with its "g" runs (§11.3).
@Suite("OFD numbers")
struct OFDNumbersTests {
    @Test func deltaXCompressesRunsOfThreeOrMoreEqualGaps() {
        #expect(OFDNumbers.deltas(["12.5", "12.5", "12.5"]) == "g 3 12.5")
        #expect(OFDNumbers.deltas(["5", "12.5", "12.5", "12.5", "12.5", "3", "3"]) == "5 g 4 12.5 3 3")
        #expect(OFDNumbers.deltas(["1", "2"]) == "1 2")
        #expect(OFDNumbers.deltas([]) == nil)
    }

    @Test func lengthsAreMillimetresWithAtMostThreeDecimals() {
        #expect(OFDNumbers.mm(.mm(210)) == "210")
        #expect(OFDNumbers.mm(Pt(16)) == "5.644")
        #expect(OFDNumbers.box(Rect(origin: .zero, size: .a4)) == "0 0 210 297")
        #expect(OFDNumbers.rgb(Color(red: 1, green: 0, blue: 0.5)) == "255 0 128")
    }
}
