import Testing
@testable import FolioCheck
import FolioData

/// The checks compare characters by scalar where that is exact (`TextScan.plainScalar`: `==` normalised
/// every character and was most of `folio check` on a long report). Canonical equivalence must still hold.
@Suite("Check text scanning") struct CheckTextScanTests {
    @Test("plain characters compare by scalar, others as Swift compares them")
    func sameIsCanonicalEquivalence() {
        let pairs: [(Character, Character)] = [
            ("发", "发"), ("发", "展"), ("A", "A"), ("A", "a"), ("“", "“"), ("。", "，"),
            ("\u{F900}", "\u{8C48}"),   // a CJK compatibility ideograph and its unified form: equal
            ("\u{212A}", "K"),   // KELVIN SIGN is canonically K
            ("\u{00E9}", "e\u{0301}"),   // é precomposed and decomposed
            ("\u{00E9}", "e"),
        ]
        for (a, b) in pairs { #expect(TextScan.same(a, b) == (a == b), "\(a) \(b)") }
        #expect(TextScan.plainScalar("\u{F900}") == nil && TextScan.plainScalar("中") == 0x4E2D)
        #expect(TextScan.plainScalar("e\u{0301}") == nil && TextScan.plainScalar("，") == 0xFF0C)
    }

    @Test("sentence ends and clause breaks keep their canonical equivalents")
    func punctuationSetsStayExact() {
        let ends = ProseUnit.sentenceEnds, breaks = ConfusionRule.clauseBreaks
        #expect(ends.contains("。") && ends.contains(";") && !ends.contains("，"))
        #expect(ends.contains("\u{037E}"))   // GREEK QUESTION MARK is canonically “;”
        #expect(breaks.contains("，") && breaks.contains("\n") && !breaks.contains("的"))
        #expect(breaks.contains("\u{037E}") && !breaks.contains("\r\n"))
        #expect(QuoteBalanceRule.marks.contains("“") && !QuoteBalanceRule.marks.contains("中"))
    }

    @Test("a word list matches the longest word first, equal lengths in their order")
    func wordListOrder() {
        let list = WordList(["元", "万元", "亿元", "万"])
        #expect(list.entries.map(\.text) == ["万元", "亿元", "元", "万"])
        #expect(TextScan.match(Array("共计万元"), list, at: 2) == "万元")
        #expect(TextScan.match(Array("共计万人"), list, at: 2) == "万")
        #expect(TextScan.match(Array("共计"), list, at: 2) == nil)
    }
}
