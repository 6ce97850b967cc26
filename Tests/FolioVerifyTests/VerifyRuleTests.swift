import Testing
import FolioDisplay
@testable import FolioRender
@testable import FolioVerify

/// The rules on values, without a PDF: dates, number splits, page-number lines, line marks.
@Suite("Verify rules")
struct VerifyRuleTests {
    @Test(
        "PDF dates",
        arguments: [
            ("D:20210715000000Z", true), ("D:2021", true), ("D:20210715120000+08'00'", true),
            ("D:20210715120000+08'00", true),
            ("20210715000000Z", false), ("D:20211315000000Z", false), ("D:2021071500", true), ("D:202107150", false),
            ("D:20210715000000Z00'00'", true), ("D:20210715256000Z", false), ("", false),
        ])
    func dates(_ c: (String, Bool)) {
        #expect(PDFDate.isValid(c.0) == c.1, "\(c.0)")
    }

    @Test(
        "number splits",
        arguments: [
            ("收入2687.", "8万元", true), ("总值12.35亿", "元", true), ("达到11379", "元，", true), ("增长30", "%", true),
            ("增长30.2%。", "全镇", false), ("2020年", "全镇", false), ("第3", "章", false), ("收入5万", "以上", false),
            // A year is a whole number of four digits: a table row's last figure above 年末 is no split.
            ("总计 63.2 31.4", "年末全地区民用汽车", false), ("到2025", "年底", true), ("1至12", "月", true),
            ("三次产业结构为3.4：45.7：", "50.9，对经济增长", true), ("比例为：", "1.5%", false),
        ])
    func splits(_ c: (String, String, Bool)) {
        #expect(LineRules.splits(c.0, c.1) == c.2, "\(c.0) | \(c.1)")
    }

    /// Prose lines: at least half Han. A table's row of figures and a chart's labels are not.
    @Test func proseLines() {
        #expect(LineRules.isProse("全镇农民人均纯收入达到11379"))
        #expect(!LineRules.isProse("其中：0-15 岁 13.50 19.2") && !LineRules.isProse("00增速（%）0"))
    }

    @Test(
        "page-number lines are furniture, body lines are not",
        arguments: [
            ("— 3 —", true), ("-12-", true), ("7", true), ("第 3 页 共 9 页", true), ("第三页", false), ("2020年", false),
        ])
    func pageNumbers(_ c: (String, Bool)) {
        #expect(ExpectedText.isPageNumber(c.0) == c.1, "\(c.0)")
    }

    @Test("text lines: pieces on one baseline join, left to right")
    func joinPieces() {
        // "甲乙" at x 100, then "丙" at x 50 on the same baseline (bottom 100.4), then "丁" below.
        let boxes = [
            CharacterBox(left: 100, bottom: 100), CharacterBox(left: 116, bottom: 100),
            CharacterBox(left: 0, bottom: 0),
            CharacterBox(left: 50, bottom: 100.4), CharacterBox(left: 0, bottom: 0),
            CharacterBox(left: 50, bottom: 130),
        ]
        #expect(TextLines.printedLines(text: "甲乙\n丙\n丁", boxes: boxes) == ["丙甲乙", "丁"])
        #expect(TextLines.printedLines(text: "甲乙\n丙", boxes: []) == ["甲乙", "丙"])
    }

    @Test("line marks on a page read back")
    func marks() {
        let page = PDFPageReadback(number: 2, size: PaperSize.a4.size, lines: ["收入达到", "，增长《", "国家"], text: "")
        let found = LineRules.lineMarks(page)
        #expect(found.map(\.rule) == ["verify.line-start", "verify.line-end"])
        #expect(found.allSatisfy { $0.page == 2 })
    }
}
