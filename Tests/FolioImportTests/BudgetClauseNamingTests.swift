import Foundation
import Testing
@testable import FolioImport

/// A budget report's run-on sentences: after "一般公共预算收入42100万元", "完成预算49531万元", "短收7431万元", "同比下降10.2%"
/// and "减收4800万元" are all that indicator's, and after the "；" the next indicator's. They were named after the word
/// before each figure (预算, 短收, 短收下降…) or after the sentence's first indicator (预算大口径财政收入累计).
@Suite struct BudgetClauseNamingTests {
    /// `sentence` imported under a title: each of `expected` is in the dataset (the prose lines shown when one is not).
    static func expectNamed(_ sentence: String, _ expected: [String]) {
        let r = ReportImporter(sourceName: "t.txt").run("标题\n" + sentence)
        for piece in expected {
            #expect(r.yaml.contains(piece), "\(piece): \(r.yaml.split(separator: "\n").filter { $0.contains("p:") })")
        }
    }

    /// From the 甘谷县 2024 final accounts, http://www.gangu.gov.cn/info/3221/697442.htm (its first two paragraphs).
    static let gangu = """
        甘谷县2024年财政决算情况
        一、财政收支完成情况
        2024年，全县大口径财政收入累计完成67955万元，占预算101032万元的67.3%，较上年同期99895万元下降32.0%，减收31940万元。其中：一般公共预算收入42100万元，完成预算49531万元的85.0%，短收7431万元，同比下降10.2%，减收4800万元；政府性基金收入3089万元，完成预算24850万元的12.4%，短收21761万元，同比减收31430万元，下降91.1%。
        财政总支出450432万元，较上年同期526499万元减支76067万元，下降14.4%。其中：一般公共预算支出409525万元，同比减支46744万元，下降10.2%；政府性基金预算支出40909万元，较上年同期70230万元减支29323万元，下降41.8%。
        """

    @Test func eachFigureIsNamedAfterTheIndicatorItsClauseIsAbout() {
        let r = ReportImporter(sourceName: "gangu.txt").run(Self.gangu)
        let expected = [
            "完成{大口径财政收入累计[", "占预算{大口径财政收入累计预算[", "减收{大口径财政收入累计减收[",
            "完成预算{一般公共预算收入预算}万元", "短收{一般公共预算收入短收}万元", "同比下降{一般公共预算收入下降}%",
            "减收{一般公共预算收入减收}万元", "完成预算{政府性基金收入预算}万元", "短收{政府性基金收入短收}万元",
            "同比减收{政府性基金收入减收}万元", "下降{政府性基金收入下降}%", "减支{财政总支出减支}万元",
            "下降{财政总支出下降}%", "同比减支{一般公共预算支出减支}万元", "减支{政府性基金预算支出减支}万元",
        ]
        for piece in expected { #expect(r.yaml.contains(piece), "\(piece)") }
        // A share is still a share: “占预算的67.3%” would be named …占预算.
        let share = ReportImporter(sourceName: "s.txt").run("标题\n一般公共预算收入42100万元，占预算的85.0%。")
        #expect(share.yaml.contains("{一般公共预算收入占预算}%"), "\(share.yaml)")
    }

    /// Sentences from the corpus and the review's documents (辽宁阜新's and 宁夏吴忠's final accounts and budgets, 张掖's
    /// budget, 和田's bulletin, 陕西's work report, 承德's budget) whose figures were named after an adverb, a period, a
    /// range's start or a balance's sign: each named after what it measures.
    @Test(arguments: [
        ("一般公共预算支出实际完成54.45亿元，为调整预算的69.3%。", "{一般公共预算支出}亿元"),
        ("按期足额偿还到期债务本息39.5亿元。", "{偿还到期债务本息}亿元"),
        ("五年来财政投入民生资金765.1亿元。", "{财政投入民生资金}亿元"),
        ("财政自给率由上年的12.38%升至14.07%。", "{财政自给率"),
        ("社会治安满意率提升至98.98％。", "{社会治安满意率}"),
        ("两项测评满意率均达100%。", "{两项测评满意率}%"),
        ("加补助下级支出24.4亿元。", "{补助下级支出}亿元"),
        ("减结转下年支出25694万元。", "{结转下年支出}万元"),
        ("收入总计629.7亿元。", "{收入总计}亿元"),
        ("1-11月份全市新增减税降费及退税8.8亿元。", "{新增减税降费及退税"),
    ])
    func namedAfterWhatItMeasures(sentence: String, expected: String) {
        Self.expectNamed(sentence, [expected])
    }

    /// 人均, 平均 and 户均 are kept: only an adverb 均 comes off.
    @Test func perCapitaIsNoAdverb() {
        let r = ReportImporter(sourceName: "t.txt").run("标题\n全体居民人均可支配收入32000元。")
        #expect(r.yaml.contains("{全体居民人均可支配收入}元"), "\(r.yaml)")
    }

    /// The area a budget heading gives a part to, the scope of the figures under it (张掖's 经开区, 承德's 高新区 and
    /// 御道口牧场管理区); none in a heading about no budget or one the area does not open.
    @Test func areasOfBudgetHeadings() {
        let cases: [(String, String?)] = [
            ("（四）2026年张掖经济技术开发区财政预算草案", "张掖经济技术开发区"), ("（三）高新区预算执行情况", "高新区"),
            ("（五）御道口牧场管理区预算草案", "御道口牧场管理区"), ("（二）推动开发区高质量发展", nil),
            ("三、2025年预算执行情况", nil), ("2．市本级一般公共预算收支情况", nil),
        ]
        for (heading, area) in cases { #expect(FigureExtractor.area(in: Array(heading)) == area, "\(heading)") }
    }

    /// Subjects listed with 、 and as many figures listed after the verb, with or without 分别 (陕西's 2026 work report,
    /// 郑州's bulletin): the n-th figure is the n-th subject's, the head the last subject ends with shared, the base of
    /// the comparison no part of the name. Without 分别 the first figure was named after the last subject.
    @Test(arguments: [
        ("国内游客人次、总花费增长5.6％、7.5％。", ["{国内游客人次增长}％", "{总花费增长}％"]),
        ("农村自来水、卫生户厕普及率超过98％、85％。", ["{农村自来水普及率}％", "{卫生户厕普及率}％"]),
        ("工业、制造业、工业技改投资分别增长9.4％、13.3％、6.1％。", ["{工业投资增长}％", "{制造业投资增长}％", "{工业技改投资增长}％"]),
        ("对中亚五国、东盟进出口分别增长37.2％、19％。", ["{对中亚五国进出口增长}％", "{东盟进出口增长}％"]),
        ("安全生产事故起数、死亡人数分别下降9.4％、7.2％。", ["{安全生产事故起数下降}％", "{死亡人数下降}％"]),
        ("粮油食品类、日用品类零售额分别比上年增长21.0%、17.1%。", ["{粮油食品类零售额增长}%", "{日用品类零售额增长}%"]),
        // A bracket inside the last subject, and a last figure in a measure word no figure is made of.
        ("每千人床位数、执业（助理）医师数增至7.83张、3.57个。", ["{每千人床位数}张", "3.57个"]),
    ])
    func listedFiguresPairWithTheirSubjects(sentence: String, expected: [String]) {
        Self.expectNamed(sentence, expected)
    }

    /// A figure whose clause is a bare verb is of the indicator the clause before it reports a state of, and so is the
    /// change after it (陕西's 2026 work report: it was named after the sentence's earlier figure, 机电产品出口占比增长).
    @Test func aStateClauseNamesTheFigureAfterIt() {
        Self.expectNamed(
            "机电产品出口占比86％，全省进出口总值创历史新高，达到5379亿元、增长18.5％。",
            ["{机电产品出口占比}％", "达到{进出口总值}亿元", "增长{进出口总值增长}％"])
        // A clause that says nothing of a state names nothing: the figure stays as typed.
        Self.expectNamed("全省进出口总值稳中有进，达到5379亿元。", ["达到5379亿元"])
    }

    /// Names joined by 、 with no figure of their own are one name (郑州's, 吐鲁番's and 银川's bulletins, 承德's budget):
    /// the industry of “信息传输、软件和信息技术服务业” was named from its last part; a verb the list opens with is left out; a
    /// figure right after a 、 (“1家“财富管理”公司”) is not joined.
    @Test(arguments: [
        ("信息传输、软件和信息技术服务业增加值636.5亿元。", "{信息传输软件和信息技术服务业增加值}亿元"),
        ("电力、热力、燃气及水生产和供应业118.13亿元。", "{电力热力燃气及水生产和供应业}亿元"),
        ("加上上级转移支付收入、调入资金等480.6亿元。", "{上级转移支付收入调入资金等}亿元"),
        ("支持天源石化、上方生物等240家企业。", "{天源石化上方生物等}家"),
        // 一 or 千 in a name is no figure (承德's budget, 陕西's work report).
        ("承德银行上缴参股股利、股息收入2686万元。", "{承德银行上缴参股股利股息收入}万元"),
        ("推动商洛电厂二期、店头电厂二期等402万千瓦机组建成投运。", "{商洛电厂二期店头电厂二期等}万千瓦"),
        ("第一产业、第二产业增加值合计120亿元。", "{第一产业第二产业增加值}亿元"),
    ])
    func namesJoinedByPausesAreOneName(sentence: String, expected: String) {
        Self.expectNamed(sentence, [expected])
    }

    /// A short item after a figure of a measure, in its unit, is that measure's; so is a part of a measure the sentence
    /// before names (吐鲁番's and 郑州's bulletins, the seed's 水田 and 旱田); a growth or a measure of its own is left.
    @Test(arguments: [
        ("其中，葡萄种植面积63.28万亩，杏8.45万亩，红枣3.45万亩。", ["{杏种植面积}万亩", "{红枣种植面积}万亩"]),
        ("医疗卫生机构床位11.89万张，其中医院10.24万张。", ["{医院床位}万张"]),
        ("瓜果类产量83.81万吨，增长2.2%。其中，葡萄171.35万吨，增长5.3%。", ["{葡萄产量}万吨", "{葡萄产量增长}%"]),
        ("普通高中招生9.95万人，在校生28.93万人。", ["{在校生}万人"]),
    ])
    func itemsShareTheirListsMeasure(sentence: String, expected: [String]) {
        Self.expectNamed(sentence, expected)
    }

    /// Sentences a review of these rules gave, each once named wrong by them: a verb's tail taken for a range's verb
    /// (上升至 → …上), a site's area taken for a budget (占地面积), a yield in 公斤 named a 产量, a fragment of the last
    /// subject shared (城镇收入).
    @Test(arguments: [
        ("常住人口城镇化率上升至65.2%。", ["{常住人口城镇化率}%"]),
        ("新建标准化厂房12栋，占地面积200亩。", ["{占地面积}亩"]),
        ("全年粮食产量52.1万吨。其中，小麦30.5万吨，平均亩产420公斤。", ["{小麦产量}万吨", "{平均亩产}公斤"]),
        ("城镇、农村居民人均可支配收入分别为52000元、24000元。", ["{城镇居民人均可支配收入}元", "{农村居民人均可支配收入}元"]),
    ])
    func reviewedSentences(sentence: String, expected: [String]) {
        Self.expectNamed(sentence, expected)
    }

    /// An area is taken only where budget words follow it.
    @Test func noAreaInOrdinaryHeadings() {
        for heading in ["（三）财政支持科技创新区域协同发展", "（三）加大财政投入支持产业园区发展"] {
            #expect(FigureExtractor.area(in: Array(heading)) == nil, "\(heading)")
        }
    }

    /// A bare verb's figure is named after what it counts, the words after its unit (阜新's 一事一议村内道路, 陕西's 补偿
    /// 基金, 吴忠's 机构); a term set off by quotation marks before the clause is part of the name after it.
    @Test(arguments: [
        ("筹集0.54亿元，建设438公里一事一议村内道路。", ["{一事一议村内道路}公里"]),
        ("设立10亿元绿色发展纵向补偿基金。", ["{绿色发展纵向补偿基金}亿元"]),
        ("推动22家“伪持牌”机构出清。", ["{伪持牌机构}家"]),
        ("上报“空壳”“失联”机构7家。", ["{失联机构}家"]),
        ("产业集群提档升级及“共享智造”项目100万元。", ["{共享智造项目}万元"]),
    ])
    func namedAfterWhatItCounts(sentence: String, expected: [String]) { Self.expectNamed(sentence, expected) }

    /// A number inside a Latin word is part of the name after it: “5G” no longer ends the clause (郑州's list of four
    /// products paired again), “PM2.5” keeps its point, “4A级景区” is told apart from “3A级景区”.
    @Test(arguments: [
        ("集成电路、传感器、5G智能手机等新兴产品产量分别增长71.0%、54.2%、13.0%。", ["{集成电路产量增长}%", "{传感器产量增长}%"]),
        ("国考10市PM2.5浓度改善10.8％。", ["PM2.5浓度改善}％"]),
        ("其中，4A级景区12家，3A级景区34家。", ["4A级景区}家", "3A级景区}家"]),
    ])
    func numbersInsideLatinWords(sentence: String, expected: [String]) { Self.expectNamed(sentence, expected) }

    /// The fund a sentence opens with tells apart the items after it from another fund's (承德's 社保基金 paragraphs: they
    /// were numbered 总支出安排2, 年末滚存结余3 …).
    @Test func theFundASentenceOpensWithScopesItsItems() {
        let text = """
            标题
            2026年承德市职工医保基金预算总收入安排33.2亿元，总支出安排23.2亿元，年末滚存结余51.4亿元。
            2026年承德市城乡居民医保基金预算总收入安排29.3亿元，总支出安排28.5亿元，年末滚存结余19.7亿元。
            """
        let r = ReportImporter(sourceName: "t.txt").run(text)
        for name in ["承德市城乡居民医保基金预算总支出安排", "承德市城乡居民医保基金预算年末滚存结余"] {
            #expect(r.yaml.contains("{\(name)"), "\(name)")
        }
        #expect(!r.yaml.contains("总支出安排2"))
    }

    /// Sentences a second review gave: a fund after a “；” scopes its own items; a bound or 的 before the thing counted is
    /// no part of its name; 共建成 is “built in all”; a change against a quoted base stays a change.
    @Test(arguments: [
        (
            "2026年承德市职工医保基金预算总收入安排33.2亿元，总支出安排23.2亿元；城乡居民医保基金预算总收入安排29.3亿元，总支出安排28.5亿元。",
            ["{城乡居民医保基金预算总支出安排"]
        ),
        ("设立10亿元的产业引导基金。", ["{产业引导基金}亿元"]),
        ("全年共建成高标准农田12.5万亩。", ["{建成高标准农田}万亩"]),
        ("接待游客1200万人次，比“疫情前”增长15.2%。", ["{接待游客增长}%"]),
    ])
    func secondReviewSentences(sentence: String, expected: [String]) { Self.expectNamed(sentence, expected) }
}
