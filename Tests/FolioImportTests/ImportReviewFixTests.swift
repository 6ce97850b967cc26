import Foundation
import Testing
import FolioData
@testable import FolioImport

/// Defects a review on real documents found: an unnumbered heading glued to its paragraph, a speech's title block
/// (date and occasion, speaker, salutation) glued into the first paragraph, a 会议文件 marker taken for the title,
/// the 印发 line of a congress's secretariat left in the prose, a stray page number kept as a paragraph and the
/// spaces after a heading's number kept in its title.
@Suite struct ImportReviewFixTests {
    /// From the township government work report (anonymised), http://guakaob.com/shiyongwendang/519316.html;
    /// the long paragraphs cut short.
    static let township = """
        XX镇政府工作报告
        2014年 月 日
        镇长 XX
        各位代表：
        我代表镇人民政府，向大会报告工作，请予审查，并请镇政协委员提出意见。
        2013年工作回顾
        过去的一年，是经济形势错综复杂、发展任务十分繁重的一年。全镇经济实现了平稳较快发展，各项事业全面进步。
        一、一年来，我们致力于农业主导、工业强镇，发展基础进一步夯实
        1
        农业农村经济稳中有升。坚持“农业主导”，全面贯彻各项惠农政策，促进农业增产、农民增收。
        """

    /// From the 城口县 budget report, http://cqck.gov.cn/zwgk_270/fdzdgknr/ysjs/ysgk/zfys/202501/t20250120_14183789.html
    /// (the date in the second line garbled as published).
    static let chengkou = """
        城口县2024财政预算执行情况2025财政预算草案的报告
        20251在城口县第十届人民代表大会第五次会议
        各位代表：
        受县人民政府委托，现将《城口县2024年财政预算执行情况与2025年财政预算草案的报告》提请大会审查，并请各位政协委员提出意见。
        一、2024年预算执行情况
        全年全县一般公共预算收入71919万元，增长60%。
        """

    /// The opening and the last line of chengde_2025_budget_report.docx (承德市财政局, from
    /// github chenfei2008c/china-local-debt-atlas raw/province_fiscal/2025/official/), one line a Word paragraph.
    static let chengde = """
        承德市十五届人大
        七次会议文件（19）
        关于承德市2025年市本级预算和
        市总预算执行情况与2026年市本级预算和
        市总预算草案的报告（书面）
        ——2026年2月6日在承德市第十五届
        人民代表大会第七次会议上
        承德市财政局局长  林国华
        各位代表：
        受市人民政府委托，我向大会报告承德市2025年市本级预算和市总预算执行情况与2026年市本级预算和市总预算草案，请予审议。
        一、2025年预算执行情况
        2025年是“十四五”规划收官之年，是进一步全面深化改革的重要一年。
        承德市十五届人大七次会议秘书处              2026年2月5日印
        """

    /// The body as the dataset has it, from `body:` on.
    static func body(_ r: ReportImporter.Result) -> String {
        String(r.yaml[(r.yaml.range(of: "\nbody:")?.lowerBound ?? r.yaml.startIndex)...])
    }

    @Test func an_unnumbered_heading_before_a_paragraph_stands_alone() {
        let r = ReportImporter(sourceName: "township.txt").run(Self.township)
        let body = Self.body(r)
        #expect(body.contains("  - section: \"2013年工作回顾\"\n    body:\n      - p: \"过去的一年，"), "\(body)")
        #expect(r.notes.contains { $0.line == 6 && $0.messageText.id == "import.heading.unnumbered" })
        // A part: the numbered heading after it nests under it (as a .docx's Heading 2 under its Heading 1), so its
        // 一、 is no number out of place and the check has nothing to say of it.
        #expect(body.contains("      - section: \"一年来，我们致力于农业主导"), "\(body)")
        #expect(r.structure.headingCounts == [1, 1, 0, 0])
    }

    @Test func a_hard_wrapped_paragraph_is_still_joined() {
        let text = """
            XX镇政府工作报告
            一、工作回顾
            过去的一年，在县委、县政府和镇党委的坚强领导下，在镇人大
            政协的监督支持下
            镇人民政府紧紧依靠全镇人民，锐意进取，拼搏实干，全镇经济实现了平稳较快发展。
            """
        let r = ReportImporter(sourceName: "t.txt").run(text)
        #expect(Self.body(r).contains("在镇人大政协的监督支持下镇人民政府紧紧依靠"), "\(r.yaml)")
        #expect(r.structure.headingCounts == [1, 0, 0, 0])
    }

    @Test func a_speeches_title_block_stands_apart_from_the_salutation() {
        let r = ReportImporter(sourceName: "township.txt").run(Self.township)
        #expect(r.structure.title == "XX镇政府工作报告")
        #expect(r.structure.speaker == "镇长 XX")
        #expect(r.structure.date == nil)
        #expect(Self.body(r).contains("\n  - p: \"各位代表：\"\n  - p: \"我代表镇人民政府"), "\(r.yaml)")
    }

    /// 和田地区's 2025 bulletin: a title wrapped before its last words, which look like a four-character name, then the
    /// bureau and the date on lines of their own. The title was cut at the wrap, the rest read as a paragraph, and the
    /// issuer taken from the title (“2025年和田地区”).
    @Test func a_title_wrapped_before_统计公报_is_one_title_with_its_issuer_and_date() {
        let text = "\n2025年和田地区国民经济和社会发展\n统计公报\n\n和田地区统计局\n2026年3月27日\n2025年，全地区经济稳步前行。\n"
        let r = ReportImporter(sourceName: "hotan.txt").run(text)
        #expect(r.structure.title == "2025年和田地区国民经济和社会发展统计公报")
        #expect(r.yaml.contains("  issuer: \"和田地区统计局\"\n  date: 2026-03-27\n"), "\(r.yaml)")
        #expect(Self.body(r).hasPrefix("\nbody:\n  - p: \"{本年}年，全地区"), "\(r.yaml)")
    }

    /// The 和田 bulletin as published: “四、” lost before 服务业, and each table's merged title row pasted as one text in
    /// every cell. The heading was joined to the paragraph after it (every later heading then printed two numbers) and
    /// the title row became the header, the real header a row.
    @Test func a_lost_heading_number_and_a_pasted_title_row() {
        let text = """
            2025年和田地区国民经济和社会发展统计公报
            一、综合
            全年地区生产总值比上年增长6.6%。
            二、农业
            全年农林牧渔业增加值比上年增长5.9%。
            三、工业和建筑业
            全年建筑业增加值比上年增长1.4%。
            服务业
            全年服务业增加值比上年增长4.2%。其中，批发和零售业增加值增长1.1%。
            2025年客货运输总量及增速	2025年客货运输总量及增速	2025年客货运输总量及增速
            指标	单位	绝对数
            旅客运输总量	万人次	1894.73
            五、固定资产投资
            全年固定资产投资比上年增长9.9%。
            """
        let r = ReportImporter(sourceName: "hotan.txt").run(text)
        #expect(r.structure.headingCounts[0] == 5, "\(r.yaml)")
        #expect(r.yaml.contains("  - section: \"服务业\"\n    body:\n      - p: \"全年服务业增加值"), "\(r.yaml)")
        #expect(r.yaml.contains("caption: \"{本年}年客货运输总量及增速\"\n          columns: [\"指标\", \"单位\", \"绝对数\"]"))
        #expect(r.notes.contains { $0.line == 8 && $0.message.contains("四、服务业") }, "\(r.notes)")
    }

    /// A figure with no words before it in its clause is noted as such, not as a clause “” (an empty quote).
    @Test func a_figure_alone_in_its_clause_is_noted_without_an_empty_quote() {
        let r = ReportImporter(sourceName: "t.txt").run("标题\n全镇收入稳定，35亩。\n")
        #expect(r.notes.contains { $0.messageText.id == "import.text-unit-left-written.alone" }, "\(r.notes)")
        #expect(!r.notes.contains { $0.message.contains("“”") })
    }

    /// A speech's part heading without a number over headings typed 一、: the theme numbers those （一）, so the import says
    /// once that the printed numbers will differ from the typed ones (a .docx said nothing).
    @Test func typed_numbers_set_a_level_down_are_noted_once() {
        let text = """
            XX镇政府工作报告
            各位代表：
            我代表镇人民政府，向大会报告工作。
            2013年工作回顾
            过去的一年，是发展任务十分繁重的一年，我们完成了全年目标任务。
            一、农业农村经济稳中有升
            全镇粮食总产量1.2万吨。
            二、工业经济提质增效
            全镇规模以上工业产值3.5亿元。
            """
        let r = ReportImporter(sourceName: "t.txt").run(text)
        let nested = r.notes.filter { $0.messageText.id == "import.heading.nested-under" }
        #expect(nested.count == 1 && nested.first?.message.contains("（一）") == true, "\(r.notes)")
        // “1.” under “一、” is as it should be: nothing to say.
        let plain = ReportImporter(sourceName: "t.txt").run("标题\n一、经济发展\n1.工业稳步增长\n全县工业增加值100亿元。\n")
        #expect(!plain.notes.contains { $0.messageText.id == "import.heading.nested-under" })
    }

    /// Two top-level headings in a row whose numbers skip one (一、 then 三、, nothing between): no heading to restore,
    /// and no crash (the range of lines between them was empty).
    @Test func adjacent_headings_that_skip_a_number() {
        let r = ReportImporter(sourceName: "t.txt").run("标题\n一、综合\n三、工业\n全县工业增加值100亿元，增长5%。\n")
        #expect(r.structure.headingCounts[0] == 2)
    }

    @Test func a_subtitle_naming_the_meeting_without_its_上_is_a_subtitle() {
        let r = ReportImporter(sourceName: "chengkou.txt").run(Self.chengkou)
        #expect(r.structure.subtitle == "20251在城口县第十届人民代表大会第五次会议")
        #expect(Self.body(r).contains("\n  - p: \"各位代表：\"\n  - p: \"受县人民政府委托"), "\(r.yaml)")
    }

    @Test func a_meeting_document_marker_is_no_title_and_the_subtitle_dates_the_report() {
        let r = ReportImporter(sourceName: "chengde.docx").run(Self.chengde)
        #expect(
            r.structure.title == "关于承德市2025年市本级预算和市总预算执行情况与2026年市本级预算和市总预算草案的报告（书面）")
        #expect(r.structure.subtitle == "——2026年2月6日在承德市第十五届人民代表大会第七次会议上")
        #expect(r.structure.speaker == "承德市财政局局长 林国华")
        #expect(r.structure.date == DatasetDate(year: 2026, month: 2, day: 6))
        #expect(r.structure.issuer == "承德市")
        #expect(r.notes.contains { $0.line == 1 && $0.messageText.id == "import.meeting-marker-left-out" })
        #expect(Self.body(r).contains("\n  - p: \"各位代表：\"\n  - p: \"受市人民政府委托"), "\(r.yaml)")
        #expect(!Self.body(r).contains("会议文件"), "\(r.yaml)")
    }

    @Test func a_secretariats_印_line_is_the_imprint() {
        let r = ReportImporter(sourceName: "chengde.docx").run(Self.chengde)
        #expect(r.structure.document.printer == "承德市十五届人大七次会议秘书处")
        #expect(r.structure.document.printed == DatasetDate(year: 2026, month: 2, day: 5))
        #expect(!Self.body(r).contains("秘书处"), "\(r.yaml)")
    }

    @Test func a_line_that_is_only_a_page_number_is_left_out() {
        let r = ReportImporter(sourceName: "township.txt").run(Self.township)
        #expect(!r.yaml.contains("- p: \"1\""), "\(r.yaml)")
        #expect(r.notes.contains { $0.line == 9 && $0.messageText.id == "import.page-number-left-out" })
        for typed in ["1", "12", "— 1 —", "-1-", "－ 2 －", "第1页", "第 3 页"] {
            #expect(SourceLines.isPageNumber(typed), "\(typed)")
        }
        for typed in ["2025", "第一页", "1.", "—", "第1页共5页"] {
            #expect(!SourceLines.isPageNumber(typed), "\(typed)")
        }
    }

    @Test func a_number_cell_between_table_rows_is_kept() {
        let text = "XX县统计公报\n表1 指标\n指标\t数值\n人口\t5\n1\n面积\t3\n"
        let r = ReportImporter(sourceName: "t.txt").run(text)
        #expect(!r.notes.contains { $0.messageText.id == "import.page-number-left-out" }, "\(r.yaml)")
    }

    /// From the 彭水县 budget report, http://psx.gov.cn/zwgk_174/fdzdgknr/czyjs/xjys/202502/t20250219_14320190.html.
    @Test func spaces_after_a_heading_number_are_trimmed() {
        let text = """
            关于彭水苗族土家族自治县2024年预算执行
            情况和2025年预算草案的报告
            一、2024年预算执行情况
            （一）全县预算执行情况
            1. 全县一般公共预算
            全县一般公共预算收入完成26.06亿元，增长17.6%。
            """
        let r = ReportImporter(sourceName: "pengshui.txt").run(text)
        #expect(r.yaml.contains("- section: \"全县一般公共预算\""), "\(r.yaml)")
    }

    /// A salutation in the body (after an opening the title block does not take in) is a paragraph of its own: no
    /// line runs into it, and it runs into none.
    @Test func a_salutation_in_the_body_stands_alone() {
        let text = """
            XX镇2025年工作总结
            一、概况
            现将全年工作报告如下
            各位代表：
            过去的一年，全镇经济平稳发展
            各项事业全面进步。
            """
        let body = Self.body(ReportImporter(sourceName: "t.txt").run(text))
        #expect(body.contains("- p: \"各位代表：\""), "\(body)")
        #expect(body.contains("- p: \"过去的一年，全镇经济平稳发展各项事业全面进步。\""), "\(body)")
    }
}
