import Testing
import Foundation
@testable import FolioData
import FolioDocument
import FolioTestSupport

/// `folio new-year` on datasets that state report.period: the period moves, the new period's figures are
/// markers, and once they are filled in the text says the right thing for the new period.
@Suite("Next period's draft")
struct NextPeriodDraftTests {
    static let example = Checkout.root.appendingPathComponent("docs/example.yaml")
    static let halfYear = Checkout.root.appendingPathComponent("Assets/reports/sample-town-2025H1.yaml")

    /// Replaces the markers of each figure (on its lines, in file order) by the figures of `table` (name → figure).
    static func fill(_ yaml: String, _ table: [String: String], date: String) -> String {
        var current: String?
        return yaml.components(separatedBy: "\n").map { line in
            if line.hasPrefix("  date: ") { return "  date: \(date)" }
            if line.hasPrefix("  "), !line.hasPrefix("   ") {
                current = table.keys.first { line.hasPrefix("  \($0): ") }
            }
            guard let name = current, let figure = table[name] else { return line }
            return line.replacingOccurrences(of: "【待填】", with: figure)
                .replacingOccurrences(of: #"!todo \S+ "#, with: figure + " ", options: .regularExpression)
        }.joined(separator: "\n")
    }

    @Test func exampleMovesToTheNextYearAndSaysTheRightThing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-period-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try String(contentsOf: Self.example, encoding: .utf8)
            .replacingOccurrences(of: "  - \"{本年}年，全镇", with: "  - \"2020年，全镇")   // a year typed literally
        let draft = try NextPeriodDraft.draft(
            yaml: yaml, fileName: "example.yaml", directory: Self.example.deletingLastPathComponent())
        #expect(draft.yaml.contains("  period: 2021 "))
        #expect(draft.yaml.contains("  date: 【待填】\n"))
        #expect(draft.yaml.contains("values: { 2019: 10420, 2020: 11379, 2021: 【待填】 }"))
        #expect(draft.yaml.contains("水田面积: { unit: 亩, value: !todo 19752.13 }"))
        #expect(
            draft.notes.map(\.code) == ["newyear.literal-year", "newyear.data-file-value"]
                && draft.notes.first?.message.contains("“2020”") == true, "\(draft.notes.map(\.description))")
        // The statistics station's file gives 常住人口 with no period: the draft cannot mark it there.
        #expect(draft.notes.last?.message.contains("常住人口") == true)
        // The statistics station's file for 2021, and every marker filled from a table: a fall of 财政收入.
        try "指标,单位,2020年,2021年,数值\n粮食产量,吨,5386,5010,\n常住人口,人,,,8590\n"
            .write(to: folder.appendingPathComponent("example-figures.csv"), atomically: true, encoding: .utf8)
        let filled = Self.fill(
            draft.yaml,
            [
                "农民人均纯收入": "12500", "财政收入": "2512.4", "水田面积": "19760", "旱田面积": "1275",
                "新建公厕": "2",
            ], date: "2022-01-18")
        let data = filled.components(separatedBy: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        #expect(!data.contains("【待填】") && !data.contains("!todo"))
        let (dataset, warnings) = try DatasetLoader.load(yaml: filled, fileName: "x.yaml", directory: folder)
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
        let text = try Document.resolve(dataset, theme: Fixture.theme()).document.plainText
        #expect(text.hasPrefix("YY镇2021年工作总结\n"))
        let growth = (12500.0 / 11379.0 - 1) * 100
        #expect(text.contains("2021年农民人均纯收入12500元，比上年增长\(NumberFormatting.percent(growth))；"))
        #expect(text.contains("财政收入2512.4万元（0.25亿元），下降6.5%。"))
        #expect(text.contains("粮食产量5010吨，下降6.98%。"))
        #expect(text.contains("表1 2020—2021年主要经济指标\n指标\t单位\t2020年\t2021年\t增长（%）\n农民人均纯收入\t元\t11379\t12500\t9.9\n"))
        #expect(text.contains("YY镇人民政府\n2022年1月18日"))
    }

    @Test func halfYearMovesToTheNextHalfAndToTheSameHalfNextYear() throws {
        let yaml = try String(contentsOf: Self.halfYear, encoding: .utf8)
        let figures = ["地区生产总值": "55010", "一般公共预算收入": "2401.2", "农村居民人均可支配收入": "11800", "社会消费品零售总额": "19920"]
        let next = try NextPeriodDraft.draft(yaml: yaml, fileName: "h.yaml")
        #expect(next.yaml.contains("  period: 2025H2\n") && next.notes.isEmpty)
        #expect(next.yaml.contains("growth: { 2025H1: 4.8, 2025H2: 【待填】 }"))
        let (draftSet, draftWarnings) = try DatasetLoader.load(yaml: next.yaml, fileName: "h.yaml")
        #expect(draftWarnings.filter { $0.code == "data.todo" }.count == 6)
        let draftText = try Document.resolve(draftSet, theme: Fixture.theme()).document.plainText
        #expect(draftText.contains("全镇实现地区生产总值【待填】万元，按可比价格计算，【待填】。") && draftText.contains("（示例）\n【待填】"))
        let h2 = Self.fill(
            next.yaml.replacingOccurrences(of: "4.8, 2025H2: 【待填】", with: "4.8, 2025H2: 5.1"), figures,
            date: "2026-01-15")
        let text2 = try Fixture.resolve(h2).plainText
        #expect(text2.hasPrefix("ZZ镇2025年下半年经济运行情况（示例数据）\n2025年下半年，"))
        #expect(text2.contains("地区生产总值55010万元，按可比价格计算，比上年同期增长5.1%。一般公共预算收入2401.2万元，比上年同期增长0.5%"))
        #expect(text2.contains("指标\t单位\t2024年下半年\t2025年下半年\t增长（%）"))

        let same = try NextPeriodDraft.draft(yaml: yaml, fileName: "h.yaml", to: ReportPeriod(parsing: "2026H1"))
        #expect(same.yaml.contains("  period: 2026H1\n"))
        let h1 = Self.fill(
            same.yaml.replacingOccurrences(of: "4.8, 2026H1: 【待填】", with: "4.8, 2026H1: 2.0"), figures,
            date: "2026-07-20")
        let text1 = try Fixture.resolve(h1).plainText
        #expect(text1.hasPrefix("ZZ镇2026年上半年经济运行情况（示例数据）\n"))
        #expect(text1.contains("一般公共预算收入2401.2万元，比上年同期增长21.7%"))   // 2401.2 / 1972.3 − 1
        #expect(text1.contains("农村居民人均可支配收入11800元，增长13.3%"))
    }

    @Test func refusesADatasetWithoutPeriodAndAPeriodItHas() throws {
        #expect(throws: DiagnosticError.self) {
            try NextPeriodDraft.draft(yaml: MinimalDataset.yaml(), fileName: "m.yaml")
        }
        let yaml = try String(contentsOf: Self.halfYear, encoding: .utf8)
        #expect(throws: DiagnosticError.self) {
            try NextPeriodDraft.draft(yaml: yaml, fileName: "h.yaml", to: ReportPeriod(parsing: "2024H2"))
        }
    }

    @Test func aJumpListsTheComparedPeriodsASeriesLacks() throws {
        // 2020 → 2023: 上期 is 2022, which no series has; the draft says so for each, and a one-step draft says nothing.
        let yaml = try String(contentsOf: Checkout.url("docs/example.yaml"), encoding: .utf8)
        let folder = Checkout.url("docs")
        let jump = try NextPeriodDraft.draft(
            yaml: yaml, fileName: "example.yaml", directory: folder, to: ReportPeriod(year: 2023))
        let gaps = jump.notes.filter { $0.code == "newyear.gap" }.map(\.description)
        #expect(gaps.count == 2 && gaps.allSatisfy { $0.contains("2022年") }, "\(gaps)")
        let step = try NextPeriodDraft.draft(yaml: yaml, fileName: "example.yaml", directory: folder)
        #expect(!step.notes.contains { $0.code == "newyear.gap" })
    }

    /// A speech's subtitle names the meeting and day it was given at: next period's draft keeps it and says so, by
    /// period (`--to`) and by year (`--year`).
    @Test func theSubtitleOfASpeechIsNotedForRewriting() throws {
        let yaml = """
            report:
              title: 孙庙乡{本年}年政府工作报告
              issuer: 孙庙乡人民政府
              date: 2025-01-20
              period: 2024
              subtitle: "——2025年1月20日在孙庙乡第十二届人民代表大会第五次会议上"
              speaker: 于亮
            data:
              产值: { unit: 万元, values: { 2024: 3087.9 } }
            body:
              - "全乡实现产值{产值[本期]}万元。"
            """
        let byPeriod = try NextPeriodDraft.draft(yaml: yaml, fileName: "t.yaml")
        let byYear = try NextYearDraft.draft(yaml: yaml, fileName: "t.yaml", year: 2025)
        for draft in [byPeriod, byYear] {
            let note = try #require(draft.notes.first { $0.code == "newyear.subtitle" })
            #expect(note.location?.line == 6)
            #expect(draft.yaml.contains("  subtitle: \"——2025年1月20日在孙庙乡第十二届人民代表大会第五次会议上\"\n"))
        }
    }

    /// An annual report whose prose names its year in expressions (“{地区生产总值[2025]}”, as `folio import` writes it for
    /// a report without relative references) says the new year's figure in the next year's draft: the year moves, with
    /// the year before it (as `--year` moves them); after a jump each such text is a note. It printed last year's figure
    /// as this year's.
    @Test func expressionsNamingTheOldYearMoveToTheNext() throws {
        let yaml = MinimalDataset.yaml(
            data: "  地区生产总值: { unit: 亿元, values: { 2024: 640.2, 2025: 668.1 } }",
            body: "  - p: \"全年实现地区生产总值{地区生产总值[2025]}亿元，比上年增长{变化(地区生产总值, 2024, 2025)}。\"",
            sampleData: false
        ).replacingOccurrences(of: "  date: 2021-07-15", with: "  date: 2026-01-20\n  period: 2025")
        let next = try NextPeriodDraft.draft(yaml: yaml, fileName: "t.yaml")
        #expect(next.yaml.contains("{地区生产总值[2026]}亿元，比上年增长{变化(地区生产总值, 2025, 2026)}"), "\(next.yaml)")
        #expect(next.notes.filter { $0.code == "newyear.literal-year" }.isEmpty)
        // The year before named alone in an expression stays: the text is listed.
        let sibling = yaml.replacingOccurrences(of: "比上年增长{变化(地区生产总值, 2024, 2025)}", with: "上年为{地区生产总值[2024]}亿元")
        let listed = try NextPeriodDraft.draft(yaml: sibling, fileName: "t.yaml")
        #expect(listed.yaml.contains("{地区生产总值[2026]}亿元，上年为{地区生产总值[2024]}"))
        #expect(listed.notes.contains { $0.code == "newyear.literal-year" && $0.message.contains("2024") })
        let jump = try NextPeriodDraft.draft(yaml: yaml, fileName: "t.yaml", to: ReportPeriod(year: 2027))
        #expect(jump.yaml.contains("{地区生产总值[2025]}"))
        #expect(
            jump.notes.contains { $0.code == "newyear.literal-year" && $0.location?.line == 9 },
            "\(jump.notes.map(\.description))")
    }

    /// The figures typed in a text (not in an expression) that a draft keeps as they were: each text and each table
    /// holding one is listed; years, months, ordinals, note marks, quoted names, Latin words and list numbers are not
    /// figures of the period.
    @Test func figuresTypedInTheTextAreListed() throws {
        #expect(
            LiteralFigures.figures(in: "三次产业结构为3.4：45.7：50.9，实际利用外资4448.04万美元，比上年末提高0.83个百分点，{x}亿元")
                == ["3.4", "45.7", "50.9", "4448.04", "0.83个百分点"])
        #expect(
            LiteralFigures.figures(
                in: "1.2025年1—10月，第3批“5232”体系PM2.5浓度[1]下降，2021—2025年，连续5年，15日，{{3}}") == ["3"])
        // A table's or a figure's number, a hotline, a school year, 双12, a virus's name.
        #expect(LiteralFigures.figures(in: "见图5和表1、附件2，拨打12345热线，2025学年，双12，COVID-19疫情。").isEmpty)
        let yaml = MinimalDataset.yaml(
            body: """
                  - section: 概况
                    level: 1
                    body:
                      - p: "普通高等院校17所。"
                      - table:
                          caption: 表
                          columns: [指标, 2025年]
                          rows:
                            - [学校, "17"]
                """
        ).replacingOccurrences(of: "  date: 2021-07-15", with: "  date: 2026-01-20\n  period: 2025")
        let next = try NextPeriodDraft.draft(yaml: yaml, fileName: "t.yaml")
        let notes = next.notes.filter { $0.code == "newyear.literal-figure" }
        #expect(notes.map { $0.location?.line ?? 0 } == [15, 17], "\(notes.map(\.description))")
        #expect(notes.first?.message.contains("17所") == true)
    }

    /// A draft for a period of another kind (a half year's report drafted for a quarter) says so: its text was written
    /// for the other kind. It was accepted without a word.
    @Test func aPeriodOfAnotherKindIsNoted() throws {
        let yaml = try String(contentsOf: Self.halfYear, encoding: .utf8)
        let quarter = try NextPeriodDraft.draft(yaml: yaml, fileName: "h.yaml", to: ReportPeriod(parsing: "2025Q4"))
        #expect(quarter.notes.contains { $0.code == "newyear.period-kind" })
        let half = try NextPeriodDraft.draft(yaml: yaml, fileName: "h.yaml")
        #expect(!half.notes.contains { $0.code == "newyear.period-kind" })
    }

    /// What a text says a year is (“{上年}年是“十四五”规划收官之年”) moves with the period and turns false: listed. A
    /// year that only names what happened in it is not a claim.
    @Test func aClaimAboutWhatAYearIsIsListed() throws {
        #expect(YearClaims.claim(in: "{上年}年是“十四五”规划收官之年，全县上下…") == "{上年}年是“十四五”规划收官之年")
        #expect(YearClaims.claim(in: "{本年}年是全面深化改革的关键之年。") != nil)
        #expect(YearClaims.claim(in: "{本年}年，全县经济平稳运行。") == nil)
        #expect(YearClaims.claim(in: "{上年}年是困难的一年，我们完成了目标。") == nil)
        let yaml = MinimalDataset.yaml(body: "  - p: \"{本年}年是“十四五”规划收官之年。\"")
            .replacingOccurrences(of: "  date: 2021-07-15", with: "  date: 2026-01-20\n  period: 2025")
        let next = try NextPeriodDraft.draft(yaml: yaml, fileName: "t.yaml")
        #expect(next.notes.contains { $0.code == "newyear.year-claim" })
    }
}
