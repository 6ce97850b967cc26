import Testing
import Foundation
import FolioData
import FolioDocument

/// The bundled seed report: loads cleanly, resolves, and reads as the corrected seed.
@Suite("Bundled report")
struct BundledReportTests {
    @Test func loadsWithNoWarnings() throws {
        let (dataset, warnings) = try DatasetLoader.load(contentsOf: Fixture.bundledURL)
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
        #expect(dataset.report.issuer == "中共XX镇委员会")
        #expect(dataset.value(named: "耕地面积")?.content == .scalar(Quantity(21027.13, decimals: 2)))
        #expect(dataset.value(named: "财政收入")?.points.map(\.year) == ["2020"])
    }

    @Test func plainTextHasTheCorrectedFiguresAndNumbering() throws {
        let text = try Fixture.resolve(Fixture.bundledYAML()).plainText
        #expect(text.contains("达到11379元，比2015年的8740元增加2639元，增长30.2%"))
        #expect(text.contains("2020年财政收入达到2687.8万元"))
        #expect(text.contains("耕地面积21027.13亩，其中水田19752.13亩，旱田1275亩"))
        #expect(text.contains("\n一、基本情况\n"))
        #expect(text.contains("\n二、“十三五”工作总结\n"))
        #expect(text.contains("\n三、“十四五”工作规划\n"))
        #expect(text.contains("\n（一）坚持政治引领、扛牢主责，党的建设全面加强\n"))
        #expect(text.contains("\n（一）倾力夯实党建基础，让组织“强起来”。坚持把党建特色示范创建工作作为"))
        #expect(text.contains("\n（四）倾力建设宜居农村，让家乡“美起来”。建设宜居农村是久久为功的过程"))
        #expect(text.contains("\n图1 2015—2020年农民人均纯收入及其增长速度\n"))
        #expect(text.contains("\n图2 2020年财政收入\n"))
        #expect(text.hasPrefix("XX镇“十三五”工作总结及“十四五”工作规划\n2016年以来"))
        #expect(text.hasSuffix("\n中共XX镇委员会\n2021年7月15日\n"))
    }

    @Test func noneOfTheSeedsTyposRemain() throws {
        let text = try Fixture.resolve(Fixture.bundledYAML()).plainText
        for typo in [
            "于指导", "作于", "成于", "于目标定位", "于主攻", "于主导", "于依托", "于主体", "于重要抓手", "于骨架",
            "于主线", "久久于功", "有于", "入党于", "于党留", "于全面推进", "于经济社会", "各各", "县集", "集乡",
            "彻排", "发展发展", "2021底", "””", "“党建＋脱贫攻坚”", "达到19元", "二、“十四五”", "％",
        ] {
            if typo == "“党建＋脱贫攻坚”" { #expect(text.contains(typo)); continue }
            #expect(!text.contains(typo), "still contains \(typo)")
        }
        #expect(text.contains("融革命传统教育和揽胜观光于一体"))
        #expect(text.contains("彻查摸排"))
        #expect(text.contains("配备LED显示屏"))
        #expect(text.contains("过去的五年，是全镇"))
        let digitGe = try Regex("[0-9一二三四五六七八九十两半]各")
        #expect(text.firstMatch(of: digitGe) == nil)
    }

    @Test func chartsAreNumberedAndComputed() throws {
        let doc = try Fixture.resolve(Fixture.bundledYAML())
        let charts = doc.blocks.compactMap { if case .chart(let c) = $0 { return c } else { return nil } }
        #expect(charts.map(\.number) == [1, 2])
        let income = try #require(charts.first)
        #expect(income.kind == .barLine)
        #expect(income.categories == ["2015", "2020"])
        #expect(income.series.first?.values == [8740, 11379])
        #expect(income.series.first?.unit == "元")
        let growth = try #require(income.series.last)
        #expect(growth.axis == .right && growth.mark == .line && growth.unit == "%")
        #expect(growth.values.first == .some(nil))
        #expect(NumberFormatting.plain(growth.values.last.flatMap { $0 } ?? 0, decimals: 1) == "30.2")
        let fiscal = try #require(charts.last)
        #expect(fiscal.kind == .bars && fiscal.categories == ["2020"])
        #expect(fiscal.series.map(\.values) == [[2687.8]])
        #expect(fiscal.series.first?.decimals == 1)
        #expect(fiscal.note == nil)
    }

    @Test func chartsFollowTheIncomeParagraph() throws {
        let blocks = try Fixture.resolve(Fixture.bundledYAML()).blocks
        let i = try #require(
            blocks.firstIndex {
                if case .paragraph(let p) = $0 { return p.text.contains("增长30.2%") } else { return false }
            })
        guard i + 2 < blocks.count, case .chart(let a) = blocks[i + 1], case .chart(let b) = blocks[i + 2] else {
            Issue.record("the two charts do not follow the income paragraph"); return
        }
        #expect([a.id, b.id] == ["income", "fiscal"])
    }

    @Test func changingOneFigureChangesEverySentenceAndChart() throws {
        let yaml = try Fixture.bundledYAML().replacingOccurrences(of: "2020: 11379", with: "2020: 12000")
        let doc = try Fixture.resolve(yaml)
        // 3260 / 8740 = 37.30%
        #expect(doc.plainText.contains("达到12000元，比2015年的8740元增加3260元，增长37.3%"))
        #expect(!doc.plainText.contains("11379"))
        let income = doc.blocks.compactMap {
            if case .chart(let c) = $0, c.id == "income" { return c } else { return nil }
        }.first
        #expect(income?.series.first?.values == [8740, 12000])
        #expect(NumberFormatting.plain(income?.series.last?.values.last.flatMap { $0 } ?? 0, decimals: 1) == "37.3")
    }

    @Test func metadataAndSignature() throws {
        let doc = try Fixture.resolve(Fixture.bundledYAML())
        #expect(doc.metadata.title == "XX镇“十三五”工作总结及“十四五”工作规划")
        #expect(doc.metadata.date.iso8601 == "2021-07-15T00:00:00Z")
        guard case .signature(let s) = doc.blocks.last else { Issue.record("no signature last"); return }
        #expect(s.issuer == "中共XX镇委员会" && s.date.chinese == "2021年7月15日")
    }
}
