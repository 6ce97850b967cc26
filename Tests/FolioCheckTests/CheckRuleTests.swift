import Testing
import FolioCheck
import FolioData

/// Each rule: sentences that must fire, and sentences that look wrong but are right.
@Suite struct CheckRuleTests {
    @Test func lists_load_from_assets() {
        #expect(CheckFixture.lists.confusions.count > 40)
        #expect(CheckFixture.lists.allowedRepeats.contains("常常"))
        #expect(CheckFixture.lists.suspectRepeats.contains("各"))
    }

    @Test func arithmetic_finds_the_wrong_value_and_where_it_is() throws {
        let f = try CheckFixture.findings(
            "arithmetic.claim",
            in: "2020年全镇农民人均纯收入达到19元，比2015年的8740元增加2639元，增长30.2%。")
        #expect(f.count == 1)
        #expect(f.first?.excerpt == "19")
        #expect(f.first?.message.contains("11379") == true)
        #expect(f.first?.location == SourceLocation(file: "t.yaml", line: 6, column: 25))
    }

    @Test func arithmetic_finds_a_wrong_rate_or_increase() throws {
        let rate = try CheckFixture.findings("arithmetic.claim", in: "收入达到11379元，比2015年的8740元增加2639元，增长35.2%。")
        #expect(rate.map(\.excerpt) == ["35.2"])
        let inc = try CheckFixture.findings("arithmetic.claim", in: "收入达到11379元，比2015年的8740元增加2000元，增长30.2%。")
        #expect(inc.map(\.excerpt) == ["2000"])
    }

    @Test func arithmetic_accepts_consistent_and_rounded_claims() throws {
        #expect(
            try CheckFixture.findings(
                "arithmetic.claim",
                in: "收入达到11379元，比2015年的8740元增加2639元，增长30.2%。"
            ).isEmpty)
        #expect(try CheckFixture.findings("arithmetic.claim", in: "收入达到8000元，比2015年的8740元减少740元，下降8.5%。").isEmpty)
        #expect(try CheckFixture.findings("arithmetic.claim", in: "比上年有所增长，达到历史最好水平。").isEmpty)
    }

    @Test func data_mismatch_compares_typed_figures_with_the_data() throws {
        let data = ["农民人均纯收入: { unit: 元, values: { 2015: 8740, 2020: 11379 } }", "国土面积: { unit: 平方公里, value: 118.6 }"]
        let wrong = try CheckFixture.findings(
            "data.mismatch",
            in: "2020年农民人均纯收入达到11000元，国土面积120平方公里。{农民人均纯收入[2015]}{国土面积}", data: data)
        #expect(wrong.map(\.excerpt) == ["11000", "120"])
        let right = try CheckFixture.findings(
            "data.mismatch",
            in: "2020年农民人均纯收入达到11379元，比2015年的8740元增加2639元，国土面积118.6平方公里。{国土面积}", data: data)
        #expect(right.isEmpty)
    }

    @Test func heading_numbers_typed_twice_or_out_of_sequence() throws {
        let yaml = """
            report: { title: 测试, issuer: XX镇, date: 2021-07-15 }
            body:
              - section: 一、基本情况
              - section: 工作总结
              - section: 二、工作规划
              - p: "一、第一部分"
              - p: "二、第二部分"
              - p: "二、又是第二部分"
            """
        let f = try CheckFixture.check(yaml: yaml).findings(of: "numbering.heading")
        #expect(f.map(\.excerpt) == ["一、", "二、", "二、"])
        #expect(f.map(\.severity) == [.warning, .error, .error])
        #expect(f.map { $0.location?.line ?? 0 } == [3, 5, 8])
    }

    @Test func enumerations_count_up() throws {
        #expect(try CheckFixture.findings("numbering.enumeration", in: "一是抓学习。二是抓组织。二是抓作风。").map(\.excerpt) == ["二是"])
        #expect(try CheckFixture.findings("numbering.enumeration", in: "第一，抓学习；第三，抓作风。").map(\.excerpt) == ["第三"])
        #expect(
            try CheckFixture.findings(
                "numbering.enumeration",
                in: "一是抓学习。二是抓组织。三是抓作风。第一时间启动预案，XX第一党支部，唯一是。"
            ).isEmpty)
        // Ordinals of one noun are no list (a county bulletin: “…上升3.82个百分点，第二、第三产业占…的比重分别回落…”).
        #expect(
            try CheckFixture.findings(
                "numbering.enumeration", in: "第一产业比重上升，第二、第三产业比重分别回落，第一、二产业增长。"
            ).isEmpty)
        #expect(try CheckFixture.findings("numbering.enumeration", in: "第一，抓学习；第三、抓作风。").map(\.excerpt) == ["第三"])
    }

    @Test func quotes_and_brackets_pair_up() throws {
        let f = try CheckFixture.findings("punctuation.quotes", in: "牢固树立“四个意识””，打造了党建＋脱贫攻坚”“共产党员先锋工程”，（县内")
        #expect(f.map(\.excerpt) == ["”", "”", "（"])
        #expect(try CheckFixture.findings("punctuation.quotes", in: "“两学一做”“不忘初心、‘牢记’使命”《通告》（来）").isEmpty)
        // A bracket closed in the other width (“（CPI)”, 和田's bulletin) is one pair: punctuation.half-width reports
        // the half-width mark, with the full-width one to write; it was two errors besides.
        #expect(try CheckFixture.findings("punctuation.quotes", in: "价格总指数（CPI)上涨，生产总值(GDP）增长。").isEmpty)
        #expect(
            try CheckFixture.findings("punctuation.half-width", in: "价格总指数（CPI)上涨。").map(\.fix) == [
                "write the full-width “）”"
            ])
    }

    @Test func half_width_punctuation_in_chinese() throws {
        #expect(
            try CheckFixture.findings("punctuation.half-width", in: "全镇,共有党支部8个:党员(293人)").map(\.excerpt) == [
                ",", ":", "(", ")",
            ])
        #expect(
            try CheckFixture.findings("punctuation.half-width", in: "2019年7.7洪灾，收入2687.8万元，增长30.2%，LED, TV。").isEmpty)
    }

    @Test func doubled_punctuation() throws {
        #expect(try CheckFixture.findings("punctuation.doubled", in: "全镇，，共有。。党员、、").count == 3)
        #expect(try CheckFixture.findings("punctuation.doubled", in: "真的吗？！“好”，“是”。……——").isEmpty)
    }

    @Test func repeated_words_and_characters() throws {
        #expect(try CheckFixture.findings("repeat.word", in: "因地制宜发展发展适度规模").map(\.excerpt) == ["发展发展"])
        #expect(try CheckFixture.findings("repeat.word", in: "一步一步，研究研究，实实在在，常常").isEmpty)
        #expect(try CheckFixture.findings("repeat.char", in: "疫情防控各各环节").map(\.excerpt) == ["各各"])
        #expect(
            try CheckFixture.findings(
                "repeat.char",
                in: "常常人人一一层层个个，重要要求，工作作为，农产品品牌，各村村级，等等，不了了之，和和美美"
            ).isEmpty)
    }

    @Test func number_before_ge_means_ge_measure_word() throws {
        let f = try CheckFixture.findings("measure-word.ge", in: "全镇辖6各行政村，三各千亩产业，100余各，两各维护，近半各月")
        #expect(f.compactMap(\.fix) == ["write “6个”", "write “三个”", "write “100余个”", "write “两个”", "write “半个”"])
        #expect(
            try CheckFixture.findings(
                "measure-word.ge",
                in: "各村、各部门、上级各部门、各项工作、统一各方、唯一各类、镇村两级各单位"
            ).isEmpty)
    }

    @Test func year_needs_nian() throws {
        #expect(
            try CheckFixture.findings("year.missing-nian", in: "到2021底，2020初，2016以来").map(\.excerpt) == [
                "2021底", "2020初", "2016以来",
            ])
        #expect(try CheckFixture.findings("year.missing-nian", in: "到2021年底，2019、2020年，2000余份，2687.8万元").isEmpty)
    }

    @Test func confusions_fire_where_the_table_says() throws {
        let f = try CheckFixture.findings(
            "confusion",
            in: "坚持以习近平新时代中国特色社会主义思想于指导，作于重点，已成于省内外，距县集21公里，全面彻排，配备ED显示屏，奋发有于，久久于功，以农民于主体，于全面推进乡村振兴打下基础")
        #expect(f.map(\.excerpt) == ["于", "于", "于", "集", "彻", "E", "于", "于", "于", "于"])
        #expect(f.first?.fix == "write “以习近平新时代中国特色社会主义思想为指导”")
        #expect(f.first?.location?.column == 28)
    }

    @Test func confusions_leave_right_words_alone() throws {
        #expect(
            try CheckFixture.findings(
                "confusion",
                in: "由于、关于、对于、属于、至于、位于、处于、善于，集观光于一体，集镇，各村，各部门，各项，彻查，以便于指导工作，形成于2010年，建成于此，全县集中整治，配备LED显示屏，作于1949年"
            ).isEmpty)
    }

    @Test func rules_can_be_switched_off_by_id_or_family() throws {
        let yaml = CheckFixture.yaml(["全镇辖6各行政村,发展发展"])
        #expect(try CheckFixture.check(yaml: yaml).findings.count == 3)
        #expect(try CheckFixture.check(yaml: yaml, disabled: ["measure-word.ge"]).findings.count == 2)
        #expect(try CheckFixture.check(yaml: yaml, disabled: ["repeat", "punctuation"]).findings.count == 1)
        #expect(Checker(lists: CheckFixture.lists).unknownIds(in: ["repeat", "nonsense"]) == ["nonsense"])
    }

    @Test func report_groups_by_rule_and_encodes_json() throws {
        let report = try CheckFixture.check(yaml: CheckFixture.yaml(["全镇辖6各行政村，发展发展。"]))
        #expect(!report.passes)
        #expect(report.text.contains("measure-word.ge — "))
        #expect(report.text.contains("fix: write “6个”"))
        #expect(report.text.contains("t.yaml:6:"))
        #expect(report.json.contains("\"rule\" : \"repeat.word\""))
        #expect(report.json.contains("\"line\" : 6"))
    }

    /// A share stated as a figure of its own (as `folio import` names it) that its part and whole in the data do not give
    /// is a warning; one that they give, within its rounding, is not; “占预算” is of the part's own budget.
    @Test func aStatedShareItsFiguresDoNotGive() throws {
        let data = [
            "税收收入: { unit: 亿元, values: { 2025: 171.2 } }",
            "一般公共预算收入: { unit: 亿元, values: { 2025: 209.7 } }",
            "一般公共预算收入预算: { unit: 亿元, values: { 2025: 210 } }",
            "税收收入占一般公共预算收入: { unit: \"%\", values: { 2025: 72.7 } }",
            "一般公共预算收入占预算: { unit: \"%\", values: { 2025: 99.9 } }",
        ]
        let f = try CheckFixture.findings("data.share", in: "正文。", data: data)
        #expect(f.map(\.excerpt) == ["税收收入占一般公共预算收入"], "\(f.map(\.message))")
        #expect(f.first?.message.contains("81.6%") == true)
        let right = data.map { $0.replacingOccurrences(of: "72.7", with: "81.6") }
        #expect(try CheckFixture.findings("data.share", in: "正文。", data: right).isEmpty)
    }
}
