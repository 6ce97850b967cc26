import Foundation
import Testing
import FolioCheck
import FolioData

/// Slips the real 2025 documents of Tests/Fixtures/corpus show that `folio check` missed: each rule on its slip and
/// on the look-alikes it must leave alone.
@Suite struct CheckCorpusSlipTests {
    @Test func ratios_with_both_colons() throws {
        // 郑州 2025: “三次产业结构1.2：36.6：62.2” in the text, “1.3:37.1:61.6” in its note 2.
        let yaml = CheckFixture.yaml(["三次产业结构1.2：36.6：62.2。", "三次产业结构为1.3:37.1:61.6，比例15.1：48.7。"])
        let f = try CheckFixture.check(yaml: yaml).findings(of: "consistency.ratio-colon")
        #expect(f.map(\.excerpt) == [":", ":"])
        #expect(f.first?.fix == "write “：” as in the rest of the document")
        let same = CheckFixture.yaml(["三次产业结构1.2：36.6：62.2。", "会议10:30开始，比例15.1：48.7。"])
        #expect(try CheckFixture.check(yaml: same).findings(of: "consistency.ratio-colon").isEmpty)
    }

    @Test func list_numbers_with_both_dots() throws {
        // 郑州 2025: its notes are numbered “1.” and “2．”.
        let yaml = CheckFixture.yaml(["1.本公报2025年数据为初步统计结果。", "2．生产总值按现价计算。"])
        let f = try CheckFixture.check(yaml: yaml).findings(of: "consistency.list-dot")
        #expect(f.map(\.excerpt) == ["．"])
        let same = CheckFixture.yaml(["1.本公报数据为初步统计结果。", "2.生产总值按现价计算。", "1.5亿元用于教育。"])
        #expect(try CheckFixture.check(yaml: same).findings(of: "consistency.list-dot").isEmpty)
    }

    @Test func a_dunhao_between_titles_in_shuminghao() throws {
        // 阜新 2025: “根据《中华人民共和国预算法》、《中华人民共和国预算法实施条例》和…”.
        let yaml = CheckFixture.yaml(["根据《中华人民共和国预算法》、《中华人民共和国预算法实施条例》和《条例》，严格执行。"])
        let f = try CheckFixture.check(yaml: yaml).findings(of: "punctuation.title-dunhao")
        #expect(f.map(\.excerpt) == ["、"])
        #expect(f.first?.fix == "delete “、”")
        let same = CheckFixture.yaml(["根据《预算法》《预算法实施条例》，落实“两重”、“两新”政策、预算法等。"])
        #expect(try CheckFixture.check(yaml: same).findings(of: "punctuation.title-dunhao").isEmpty)
    }
}
