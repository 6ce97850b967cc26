import Foundation
import Testing
import FolioCheck
import FolioData
@testable import FolioImport

/// The county and township documents of Tests/Fixtures/corpus (PROVENANCE.md: the search store's copies of the
/// issuers' pages, their openings only): each import's structure, the share of figures named after their indicator,
/// and `folio check`'s findings — the document's real slips with their lines, and nothing else.
@Suite struct CorpusCountyTests {
    @Test func township_government_work_report() throws {
        let (r, _) = try CorpusImportTests.imported("sunmiao_2025_gzbg.txt")
        let s = r.structure
        // The page's heading is the title; the title printed again letter-spaced under it (“政 府 工 作 报 告”) is a
        // repeat, and the speaker's name on a line of its own under the subtitle (“于 亮”) is closed up.
        #expect(s.title == "孙庙乡2025年政府工作报告")
        #expect(s.subtitle == "——在孙庙乡第十二届人民代表大会第五次会议上")
        #expect(s.speaker == "于亮")
        #expect(r.yaml.contains("\n  subtitle: \"——在孙庙乡第十二届人民代表大会第五次会议上\"\n  speaker: \"于亮\"\n"))
        // The date line under the speaker, “（2024年12月23日）”, is the date of writing, not a paragraph.
        #expect(s.date == DatasetDate(year: 2024, month: 12, day: 23))
        #expect(r.yaml.contains("\n  date: 2024-12-23\n") && !r.yaml.contains("2024年12月23日"))
        #expect(s.issuer == "孙庙乡人民政府")
        #expect(!r.yaml.contains("政 府") && !r.yaml.contains("于 亮"))
        // The block as the page prints it (and `folio text` writes it): the name spaced with an ideographic space,
        // the date in full-width brackets; read the same.
        let source = try ReportImporter.source(
            at: CorpusImportTests.corpus.appendingPathComponent("sunmiao_2025_gzbg.txt"))
        let printed = source.text.replacingOccurrences(of: "\n于 亮\n", with: "\n于\u{3000}亮\n")
        #expect(printed != source.text)
        let again = ReportImporter(sourceName: "printed.txt", encoding: source.encoding).run(printed).structure
        #expect(again.speaker == "于亮" && again.date == s.date && again.subtitle == s.subtitle)
        #expect(r.yaml.contains("\n  - p: \"各位代表，同志们：\"\n"))
        #expect(s.headingCounts == [1, 0, 0, 0])
        #expect(s.tables.isEmpty && s.charts.isEmpty && s.notes.isEmpty)
        #expect(s.namedShare >= 0.8, "\(s.namedFigures) of \(s.namedFigures + s.literalFigures)")
        #expect(s.namedFigures == 7 && s.literalFigures == 0)
        // 7 of 7 named, 6 after their indicator: “逐步开展2024年9500亩高标准农田建设项目” names its figure after the verb
        // (逐步开展), the indicator standing after the unit. “全乡全年实现…产值” and “…总计16300亩” lose 全年 and 总计.
        #expect(
            s.figureNames == [
                "规模以上工业产值", "限额以上商贸及餐饮营业额", "固定资产投资", "财政总收入", "项目计划总投资", "逐步开展",
                "治理改造农田",
            ])
        // The lead line “一年来，…经济发展新势能” (no stop) stays a paragraph of its own: the next line opens with a
        // run-in lead, “招商引资稳步进行。”, not with the rest of its sentence.
        #expect(r.yaml.contains("新势能\"\n      - p: \"招商引资稳步进行。"))
        // No slip check can see: “牢牢把握高质量发展这个首要任务团结带领全乡干部群众” lacks a comma (as stored).
        let got = try CorpusCheckTests.findings("sunmiao_2025_gzbg.txt")
        #expect(got == [], "\(got)")
    }

    @Test func county_final_accounts_report() throws {
        let (r, _) = try CorpusImportTests.imported("quxian_2024_final_accounts.txt")
        let s = r.structure
        // The stored opening starts at the 主送 line: no title, issuer or date to read, and none invented.
        #expect(s.title == nil && s.subtitle == nil && s.date == nil)
        #expect(s.document.to == "渠县人大常委会")
        #expect(s.headingCounts == [1, 1, 0, 0])
        #expect(s.tables.isEmpty && s.charts.isEmpty && s.notes.isEmpty)
        #expect(s.namedShare >= 0.8, "\(s.namedFigures) of \(s.namedFigures + s.literalFigures)")
        #expect(s.namedFigures == 37 && s.literalFigures == 0)
        // The three asides in brackets are named from what the brackets hold (were left as typed: a clause running
        // into an open bracket named nothing): “（含返还性收入9670万元）” → 返还性收入, “（债务转贷收入增加33988万元…”.
        // A balance's “加上级补助收入…、加上解上级支出…” names the items, not 加上级补助收入; 均衡性 keeps its 均.
        for name in ["地方一般公共预算收入", "上级补助收入", "上解上级支出", "一般性转移支付收入", "均衡性转移支付"] {
            #expect(s.figureNames.contains(name), "\(name)")
        }
        #expect(!s.figureNames.contains { $0.hasPrefix("加") || $0.hasPrefix("衡") })
        // The sums hold (251510 + 568709 + … = 898487; 782634 + … = 856832; 898487 − 856832 = 41655). Not slips a rule
        // reads: the 、 for ， in “…调节基金122万元、年度支出总额为…” and 收支品迭 (for 收支相抵).
        let got = try CorpusCheckTests.findings("quxian_2024_final_accounts.txt")
        #expect(got == [], "\(got)")
    }

    @Test func county_statistical_bulletin() throws {
        let (r, _) = try CorpusImportTests.imported("qdndz_2015_tjgb.txt")
        let s = r.structure
        #expect(s.title == nil && s.date == nil)
        #expect(s.headingCounts == [2, 0, 0, 0])
        #expect(s.tables.isEmpty && s.notes.isEmpty)
        // “图2：2011-2015三次产业…比重（%）” names its years without 年 after the second.
        #expect(s.charts == ["2011—2015年全县地区生产总值及增长速度", "2011—2015年三次产业增加值占地区生产总值比重（%）"])
        // The chart plots the figure the prose names: 全县 dropped from the series as from the figure's name.
        #expect(r.yaml.contains("      - \"地区生产总值\"\n      - growth: \"地区生产总值\""))
        #expect(s.namedShare >= 0.8, "\(s.namedFigures) of \(s.namedFigures + s.literalFigures)")
        #expect(s.namedFigures == 47 && s.literalFigures == 0)
        // The real slip: a space before the comma in “粮食作物种植面积12981公顷 ，比上年…” (line 8). The spaces between a
        // word and a figure (“烤烟种植面积 94公顷”, “夏粮产量 7327吨”) are left alone, as `spacing.cjk` leaves “共 120 个”;
        // “第二、第三产业…” (line 5) lists ordinals of one noun, no enumeration.
        let got = try CorpusCheckTests.findings("qdndz_2015_tjgb.txt")
        #expect(got == ["spacing.cjk 8  "], "\(got)")
    }
}
