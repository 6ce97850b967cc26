import FolioData
import FolioDisplay
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

@testable import FolioLayout

/// The subtitle and speaker under a speech's title (`report.subtitle`, `report.speaker`), measured on the display
/// list: as published government work reports set them, one empty line under the title, the subtitle centred in
/// 楷体 三号 (the level-2 heading's face in the 公文 themes) broken into balanced lines, the speaker centred on the
/// line after it, one empty line, then the text.
@Suite("Subtitle and speaker")
struct SubtitleLayoutTests {
    static let subtitle = "——2026年1月27日在陕西省第十四届人民代表大会第四次会议上"

    static func yaml(theme: String = "gongwen") -> String {
        """
        report:
          title: 陕西省2026年政府工作报告
          issuer: 陕西省人民政府
          date: 2026-01-27
          theme: \(theme)
          subtitle: "\(subtitle)"
          speaker: 陕西省省长 赵刚
        body:
          - 各位代表：
          - section: 2025年工作回顾
            body:
              - section: 聚焦扩大内需
                body:
                  - 现在，我代表省人民政府向大会报告工作，请予审议。
        """
    }

    static func laidOut(
        theme name: String
    ) throws -> (lines: [PrintedLine], runs: [OfficialDocumentLayoutTests.Run], metrics: PageMetrics) {
        let (data, _) = try DatasetLoader.load(yaml: yaml(theme: name), fileName: "t.yaml")
        let theme = try LaidOutReport.theme(name)
        let doc = try Document.resolve(data, theme: theme).document
        let (pages, metrics) = try LaidOutReport.pages(of: doc, theme: theme)
        // The first page of the body (the report theme's cover and contents come before it).
        let page = try #require(pages.first { PrintedLine.lines(of: $0).contains { $0.text == "各位代表：" } })
        return (PrintedLine.lines(of: page), OfficialDocumentLayoutTests.runs(page), metrics)
    }

    static let mm: Double = 72.0 / 25.4

    @Test func theSubtitleAndSpeakerAreCentredInKaiUnderTheTitle() throws {
        let (lines, runs, m) = try Self.laidOut(theme: "gongwen")
        let area = m.typeArea
        let texts = lines.map(\.text)
        let title = try #require(texts.firstIndex(of: "陕西省2026年政府工作报告"))
        let speaker = try #require(texts.firstIndex(of: "陕西省省长 赵刚"))
        let opening = try #require(texts.firstIndex(of: "各位代表："))
        // The subtitle: the lines between the title and the speaker, which joined give it back, upper no shorter.
        let sub = Array(lines[(title + 1)..<speaker])
        #expect(sub.count == 2)
        #expect(sub.map(\.text).joined() == Self.subtitle)
        // Balanced: the two lines within three characters of each other.
        if sub.count == 2 { #expect(abs((sub[0].maxX - sub[0].minX - (sub[1].maxX - sub[1].minX)).value) <= 48) }
        #expect(!sub.contains { $0.text.hasSuffix("—") })
        // Each centred within ±0.5 mm, at 三号.
        for line in sub + [lines[speaker]] {
            #expect(
                abs(((line.minX + line.maxX) / 2 - (area.minX + area.maxX) / 2).value) < 0.5 * Self.mm, "\(line.text)")
            #expect(line.size.value == 16, "\(line.text)")
        }
        // In the level-2 heading's face (楷体 in gongwen), not the title's or the body's.
        let kai = try #require(runs.first { $0.text.hasPrefix("（一）") }).family
        let body = try #require(runs.first { $0.text.hasPrefix("各位代表") }).family
        let subRuns = runs.filter { Self.subtitle.contains($0.text) || "陕西省省长 赵刚".contains($0.text) }
            .filter { $0.y > lines[title].baseline.value && $0.y <= lines[speaker].baseline.value }
        #expect(!subRuns.isEmpty && subRuns.allSatisfy { $0.family == kai })
        #expect(kai != body)
        // On the grid: title on line 0, one empty line, the subtitle on lines 2–3, the speaker on 4, one empty
        // line, the text from line 6.
        func cell(_ l: PrintedLine) -> Int { Int((l.baseline - area.minY).value / m.linePitch.value) }
        #expect(cell(lines[title]) == 0)
        #expect(sub.map(cell) == [2, 3])
        #expect(cell(lines[speaker]) == 4)
        #expect(cell(lines[opening]) == 6)
        // The subtitle names the day (“2026年1月27日在…”): no date line under the speaker.
        #expect(!texts.contains { $0.hasPrefix("（") && $0.hasSuffix("日）") })
    }

    /// A published speech whose subtitle names no day (孙庙乡's “——在孙庙乡第十二届…会议上”): the speaker, a
    /// two-character name, spaced to three characters' width (“于　亮”), and the report's date in brackets centred
    /// on the line under it (“（2024年12月23日）”), in the subtitle's face and size; one empty line, then the text.
    @Test func aSpeechWithoutItsDayInTheSubtitlePrintsTheDateUnderTheSpeaker() throws {
        let yaml = """
            report:
              title: 孙庙乡2025年政府工作报告
              issuer: 孙庙乡人民政府
              date: 2024-12-23
              theme: gongwen
              subtitle: "——在孙庙乡第十二届人民代表大会第五次会议上"
              speaker: 于亮
            body:
              - 各位代表，同志们：
            """
        let (data, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let theme = try LaidOutReport.theme("gongwen")
        let doc = try Document.resolve(data, theme: theme).document
        #expect(doc.plainText.hasPrefix("孙庙乡2025年政府工作报告\n——在孙庙乡第十二届人民代表大会第五次会议上\n于\u{3000}亮\n（2024年12月23日）\n各位代表"))
        let (pages, m) = try LaidOutReport.pages(of: doc, theme: theme)
        let lines = PrintedLine.lines(of: try #require(pages.first))
        let area = m.typeArea
        func cell(_ l: PrintedLine) -> Int { Int((l.baseline - area.minY).value / m.linePitch.value) }
        let speaker = try #require(lines.first { $0.text == "于\u{3000}亮" })
        let date = try #require(lines.first { $0.text == "（2024年12月23日）" })
        let opening = try #require(lines.first { $0.text == "各位代表，同志们：" })
        // Title on line 0, one empty line, the subtitle on 2, the speaker on 3, the date on 4, one empty line, the text.
        let cells: [Int] = lines.prefix(5).map(cell)
        let expected: [Int] = [0, 2, 3, 4, 6]
        #expect(cells == expected)
        #expect(cell(speaker) == 3 && cell(date) == 4 && cell(opening) == 6)
        // Three characters' width, as a three-character name.
        #expect(abs((speaker.maxX - speaker.minX).value - 48) < 1)
        for line in [speaker, date] {
            #expect(line.size.value == 16, "\(line.text)")
            #expect(
                abs(((line.minX + line.maxX) / 2 - (area.minX + area.maxX) / 2).value) < 0.5 * Self.mm, "\(line.text)")
        }
    }

    /// A speaker's name: two characters alone spaced to three; an office and a name, or a longer name, as written.
    @Test func onlyATwoCharacterNameAloneIsSpaced() {
        #expect(Subtitle.printedSpeaker("于亮") == "于\u{3000}亮")
        #expect(Subtitle.printedSpeaker("陕西省省长 赵刚") == "陕西省省长 赵刚")
        #expect(Subtitle.printedSpeaker("欧阳明") == "欧阳明")
        #expect(Subtitle.printedSpeaker("Li") == "Li")
        let date = ReportDate(year: 2024, month: 12, day: 23)
        #expect(Subtitle(text: "——2026年2月8日在张掖市第五届人民代表大会第五次会议上", speaker: "", date: date).dateLine.isEmpty)
        #expect(Subtitle(text: "——在孙庙乡第十二届人民代表大会第五次会议上", speaker: "于亮", date: date).dateLine == "（2024年12月23日）")
        #expect(Subtitle(text: "", speaker: "于亮", date: date).dateLine == "（2024年12月23日）")
    }

    @Test func theReportThemeSetsThemInItsTextFaceAt14pt() throws {
        let (lines, _, m) = try Self.laidOut(theme: "report")
        let speaker = try #require(lines.first { $0.text == "陕西省省长 赵刚" })
        #expect(speaker.size.value == 14)
        #expect(
            abs(((speaker.minX + speaker.maxX) / 2 - (m.typeArea.minX + m.typeArea.maxX) / 2).value) < 0.5 * Self.mm)
    }

    @Test func noSubtitleLeavesTheTitleAsItWas() throws {
        let plain = Self.yaml().replacingOccurrences(of: "  subtitle: \"\(Self.subtitle)\"\n", with: "")
            .replacingOccurrences(of: "  speaker: 陕西省省长 赵刚\n", with: "")
        let (data, _) = try DatasetLoader.load(yaml: plain, fileName: "t.yaml")
        let theme = try LaidOutReport.theme("gongwen")
        let doc = try Document.resolve(data, theme: theme).document
        #expect(!doc.blocks.contains { if case .subtitle = $0 { true } else { false } })
        let (pages, m) = try LaidOutReport.pages(of: doc, theme: theme)
        let lines = PrintedLine.lines(of: try #require(pages.first))
        let opening = try #require(lines.first { $0.text == "各位代表：" })
        #expect(Int((opening.baseline - m.typeArea.minY).value / m.linePitch.value) == 2)
    }

    /// The corpus's subtitles broken at the type width in 楷体 三号: balanced, never inside an ordinal (第五届) nor
    /// between the dash's halves.
    @Test func corpusSubtitlesBreakBetweenWords() throws {
        let theme = try LaidOutReport.theme("gongwen")
        let engine = LayoutEngine(theme: theme, text: try LaidOutReport.textEngine(for: theme))
        let expected: [(String, [String])] = [
            ("——2026年2月8日在张掖市第五届人民代表大会第五次会议上", ["——2026年2月8日在张掖市", "第五届人民代表大会第五次会议上"]),
            ("——2026年1月20日在吴忠市第六届人民代表大会第五次会议上", ["——2026年1月20日在吴忠市", "第六届人民代表大会第五次会议上"]),
            ("——在孙庙乡第十二届人民代表大会第五次会议上", ["——在孙庙乡第十二届人民代表大会第五次会议上"]),
        ]
        for (subtitle, lines) in expected {
            #expect(try engine.subtitleLines(subtitle) == lines, "\(subtitle)")
        }
    }
}
