import Foundation
import Testing
import FolioDisplay
import FolioText
import FolioDocument
@testable import FolioLayout

/// GB/T 9704 §7.3.1 (R6): multi-line titles broken at word boundaries into balanced lines, on the titles
/// of real reports (the corpus in Tests/Fixtures/corpus and other published titles), at the gongwen title
/// size (22 pt, at most 18 characters a line).
@Suite("Title breaks")
struct TitleBreakTests {
    /// Each title and the lines it must be broken into.
    static let titles: [(String, [String])] = [
        ("关于XX县2021年度全面推进乡村振兴工作情况的报告", ["关于XX县2021年度", "全面推进乡村振兴工作情况的报告"]),
        ("XX镇关于开展农村人居环境整治提升行动的实施方案", ["XX镇关于开展农村人居环境", "整治提升行动的实施方案"]),
        ("关于2025年全市财政预算执行情况和2026年全市及市级财政预算草案的报告", ["关于2025年全市财政预算执行情况和", "2026年全市及市级财政预算草案的报告"]),
        ("吐鲁番市2025年国民经济和社会发展统计公报", ["吐鲁番市2025年国民经济", "和社会发展统计公报"]),
        ("陕西省2026年政府工作报告", ["陕西省2026年政府工作报告"]),
        ("XX镇“十三五”工作总结及“十四五”工作规划", ["XX镇“十三五”工作总结", "及“十四五”工作规划"]),
        ("关于XX镇2021年“我为群众办实事”实践活动开展情况及下一步工作安排的报告", ["关于XX镇2021年", "“我为群众办实事”实践活动", "开展情况及下一步工作安排的报告"]),
        ("中共中央 国务院关于全面推进乡村振兴加快农业农村现代化的意见", ["中共中央 国务院关于全面推进乡村振兴", "加快农业农村现代化的意见"]),
        ("国务院办公厅关于进一步加强城市基层公共服务体系建设的指导意见", ["国务院办公厅关于进一步加强城市", "基层公共服务体系建设的指导意见"]),
        ("XX县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", ["XX县国民经济和社会发展第十四个五年", "规划和二〇三五年远景目标纲要"]),
        ("关于印发《XX市深化营商环境综合改革行动方案（2021—2025年）》的通知", ["关于印发《XX市深化营商环境综合改革", "行动方案（2021—2025年）》的通知"]),
        ("XX县人民政府关于2023年度法治政府建设情况的报告", ["XX县人民政府关于2023年度", "法治政府建设情况的报告"]),
    ]

    static let engine: (TextEngine, Theme)? = {
        guard let theme = try? LaidOutReport.theme("gongwen"), let engine = try? LaidOutReport.textEngine(for: theme)
        else { return nil }
        return (engine, theme)
    }()

    static func breaks(_ title: String) throws -> [String] {
        guard let (engine, theme) = engine else { throw BalancerSetup.noEngine }
        let size = Pt(theme.title.fontSize.points(em: TitleStyle.emBase))
        let maxWidth = size * Double(theme.title.maxCharactersPerLine)
        return try TitleBalancer(measure: { try engine.shapeLine($0, role: .title, size: size, color: .black).width })
            .lines(for: title, maxWidth: maxWidth)
    }

    @Test("a dozen real titles break where their words and phrases end")
    func realTitles() throws {
        for (title, expected) in Self.titles {
            let lines = try Self.breaks(title)
            #expect(lines == expected, "\(title)")
        }
    }
}

extension TitleBreakTests {
    @Test("a title of 800 characters is broken into full, balanced lines that keep every character")
    func longTitle() throws {
        let title = String(repeating: "关于XX县2021年度全面推进乡村振兴工作情况的报告", count: 32)
        let lines = try Self.breaks(title)
        #expect(lines.joined() == title)
        #expect(lines.count >= 800 / 18 && lines.count <= 800 / 14)
        // Digits and Latin are narrower than a Han cell, so a line of 18 cells may hold a few more characters.
        #expect(lines.allSatisfy { $0.count <= 22 })
    }
}

enum BalancerSetup: Error { case noEngine }
