import Testing
@testable import FolioData

/// The number scanning `folio check` and `folio import` share.
@Suite("Text scanning") struct TextScanTests {
    @Test("numbers in ASCII and full-width digits, with their decimals and their text as written")
    func numbers() {
        let t = Array("达到１１３７９元，增长30.2％，2.5．亩")
        let found = TextScan.numbers(in: t)
        #expect(found.map(\.value) == [11379, 30.2, 2.5])
        #expect(found.map(\.decimals) == [0, 1, 1])
        #expect(found.map { $0.written(in: t) } == ["11379", "30.2", "2.5"])
        #expect(TextScan.number(in: t, at: 0) == nil && TextScan.number(in: t, at: t.count) == nil)
        #expect(TextScan.number(in: t, at: 4)?.range == 4..<7)   // the tail of 11379 when asked there
    }

    @Test("Chinese numerals 1…99 and nothing else")
    func chineseNumerals() {
        #expect(TextScan.chineseNumber(Array("三")[...]) == 3)
        #expect(TextScan.chineseNumber(Array("十二")[...]) == 12)
        #expect(TextScan.chineseNumber(Array("二十一")[...]) == 21)
        #expect(TextScan.chineseNumber(Array("两")[...]) == 2)
        #expect(TextScan.chineseNumber(Array("两十")[...]) == nil)
        #expect(TextScan.chineseNumber(Array("十十")[...]) == nil)
    }

    @Test("typed heading numbers of the four styles; a figure is not one")
    func typedNumbers() {
        #expect(TypedNumber.at(start: Array("三、基本情况")) == TypedNumber(style: 1, value: 3, length: 2))
        #expect(TypedNumber.at(start: Array("（十二）抓经济")) == TypedNumber(style: 2, value: 12, length: 4))
        #expect(TypedNumber.at(start: Array("2．标题")) == TypedNumber(style: 3, value: 2, length: 2))
        #expect(TypedNumber.at(start: Array("(4)标题")) == TypedNumber(style: 4, value: 4, length: 3))
        #expect(TypedNumber.at(start: Array("1.5亿元")) == nil)
        #expect(TypedNumber.write(3, style: 2) == "（三）")
    }

    @Test("the ideograph test: the basic block and extension A, one scalar; not 〇, marks, digits or kana")
    func ideographs() {
        #expect(TextScan.isIdeograph("亮") && TextScan.isIdeograph("㐀") && TextScan.isIdeograph("龥"))
        #expect(!TextScan.isIdeograph("〇") && !TextScan.isIdeograph("，") && !TextScan.isIdeograph("2"))
        #expect(!TextScan.isIdeograph("あ") && !TextScan.isIdeograph("亮\u{0301}"))
    }
}
