import Testing
import FolioCheck
import FolioData

/// The slips of real public reports: each rule fires on the slip, and is silent on the correct form and on
/// look-alikes.
@Suite struct CheckProseSlipTests {
    /// The excerpts of `rule`'s findings on one paragraph.
    func excerpts(_ rule: String, _ paragraph: String) throws -> [String] {
        try CheckFixture.findings(rule, in: paragraph).map(\.excerpt)
    }

    @Test func jiezhi_before_a_date() throws {
        let f = try CheckFixture.findings("wording.jiezhi", in: "截止2025年底，全县共有企业120家。")
        #expect(f.map(\.excerpt) == ["止"])
        #expect(f.first?.fix == "write “截至”")
        #expect(f.first?.location == SourceLocation(file: "t.yaml", line: 6, column: 10))
        #expect(try excerpts("wording.jiezhi", "截止今年6月，完成投资5亿元。") == ["止"])
        #expect(try excerpts("wording.jiezhi", "截至2025年底，全县共有企业120家。").isEmpty)
        #expect(try excerpts("wording.jiezhi", "申报截止日期为6月30日，截止时间不再延长，报名于7月1日截止。").isEmpty)
    }

    @Test func lai_yilai_after_a_year() throws {
        let f = try CheckFixture.findings("wording.yilai", in: "2021来以来，全镇累计投入资金3亿元。")
        #expect(f.map(\.excerpt) == ["来"])
        #expect(f.first?.fix == "write “2021年以来”")
        #expect(try CheckFixture.findings("wording.yilai", in: "2021年来以来，成效明显。").first?.fix == "write “2021年以来”")
        #expect(try excerpts("wording.yilai", "2021年以来，近年来，未来以来自各方的支持。").isEmpty)
    }

    @Test func missing_zeng_before_a_figure() throws {
        let f = try CheckFixture.findings("wording.missing-zeng", in: "经营净收入4022元，长3.0%。")
        #expect(f.map(\.excerpt) == ["长"])
        #expect(f.first?.fix == "write “增长3.0%”")
        #expect(try excerpts("wording.missing-zeng", "经营净收入4022元，增长3.0%；企业成长3.0%，工期延长3天，长江岸线，长5公里的道路。").isEmpty)
    }

    @Test func negative_growth() throws {
        let f = try CheckFixture.findings("growth.negative", in: "粮食产量4.18万吨，增长-5.2%。")
        #expect(f.map(\.excerpt) == ["增长-5.2%"])
        #expect(f.first?.severity == .warning)
        #expect(f.first?.fix == "write “下降5.2%”")
        #expect(try CheckFixture.findings("growth.negative", in: "人数增加－120人。").first?.fix == "write “减少120”")
        #expect(try excerpts("growth.negative", "粮食产量4.18万吨，下降5.2%，气温-5.2℃，2021-2022年。").isEmpty)
    }

    @Test func stray_space_in_chinese_text() throws {
        let f = try CheckFixture.findings("spacing.cjk", in: "发展态势良好， “十四五”开局良好，城乡 融合。")
        #expect(f.map(\.excerpt) == [" ", " "])
        #expect(f.first?.location == SourceLocation(file: "t.yaml", line: 6, column: 16))
        #expect(try excerpts("spacing.cjk", "发展态势良好，“十四五”开局良好，引进LED 显示屏和5G 基站，共 120 个。").isEmpty)
    }

    @Test func space_before_percent() throws {
        let f = try CheckFixture.findings("spacing.percent", in: "增长11.25 %，占比3 ％。")
        #expect(f.map(\.excerpt) == [" ", " "])
        // The whole number (“11.25%”, not its last digit “5%”).
        #expect(f.map(\.fix) == ["write “11.25%”", "write “3％”"])
        #expect(f.first?.message.contains("“11.25 %”") == true)
        #expect(try excerpts("spacing.percent", "增长11.25%，占比3％，共 120 个。").isEmpty)
    }

    @Test func half_width_comma_between_chinese_figures() throws {
        #expect(try excerpts("punctuation.half-width", "营业收入92.70亿元,下降7.7%。") == [","])
        #expect(try excerpts("punctuation.half-width", "营业收入92.70亿元，下降7.7%，共1,200家。").isEmpty)
    }

    @Test func mixed_percent_signs_in_one_document() throws {
        let yaml = CheckFixture.yaml(["收入增长5.2%，支出增长3.1%。", "投资增长7.0％。"])
        let f = try CheckFixture.check(yaml: yaml).findings(of: "consistency.percent")
        #expect(f.map(\.excerpt) == ["％"])
        #expect(f.first?.location?.line == 7)
        #expect(f.first?.severity == .warning)
        #expect(
            try CheckFixture.check(yaml: CheckFixture.yaml(["增长5.2%。", "增长7.0%。"])).findings(of: "consistency.percent")
                .isEmpty)
    }

    @Test func mixed_brackets_around_one_term() throws {
        let yaml = CheckFixture.yaml(["地区生产总值(GDP)668亿元。", "地区生产总值（GDP）按现价计算，（所、站）(所、站)。"])
        let f = try CheckFixture.check(yaml: yaml).findings(of: "consistency.brackets")
        #expect(f.map(\.excerpt) == ["(GDP)", "(所、站)"])
        #expect(f.first?.fix == "write “（GDP）”")
        let same = CheckFixture.yaml(["地区生产总值（GDP）668亿元。", "地区生产总值（GDP）按现价计算，(所、站)。"])
        #expect(try CheckFixture.check(yaml: same).findings(of: "consistency.brackets").isEmpty)
    }

    @Test func mixed_range_dashes() throws {
        let yaml = CheckFixture.yaml(["2021—2022年增长5%，2023—2025年增长6%。", "2021——2022年投资增长。"])
        let f = try CheckFixture.check(yaml: yaml).findings(of: "consistency.range-dash")
        #expect(f.map(\.excerpt) == ["2021——2022"])
        #expect(f.first?.fix == "write “2021—2022”")
        let same = CheckFixture.yaml(["2021—2022年增长5%，2021-07-15开工，电话0931-1234567。", "1—10月投资增长。"])
        #expect(try CheckFixture.check(yaml: same).findings(of: "consistency.range-dash").isEmpty)
    }

    @Test func arithmetic_reads_a_qizhong_clause_as_a_part() throws {
        #expect(
            try excerpts("arithmetic.claim", "年末参加基本养老保险人数35.72万人，比上年末增加1.25万人，其中，参加城乡居民基本养老保险人数9.14万人，减少0.17万人。")
                .isEmpty)
        #expect(try excerpts("arithmetic.claim", "年末存款余额120亿元，比上年末的100亿元增加20亿元，其中，住户存款50亿元，增加3亿元。").isEmpty)
        // The whole still has to add up.
        #expect(try excerpts("arithmetic.claim", "年末存款余额130亿元，比上年末的100亿元增加20亿元，其中，住户存款50亿元，增加3亿元。") == ["130"])
    }

    @Test func arithmetic_leaves_fenbie_lists_alone() throws {
        #expect(
            try excerpts("arithmetic.claim", "城镇和农村居民人均可支配收入分别为45516元和23000元，比上年的43000元和21000元分别增加2516元和2000元。").isEmpty
        )
    }
}
