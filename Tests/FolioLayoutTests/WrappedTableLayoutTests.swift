import FolioData
import FolioDisplay
import FolioDocument
@testable import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// A table whose cells, caption and note are longer than the type area allows on one line: the long cells wrap
/// inside their columns, figure and short columns keep one line, nothing crosses a column or the type area, and
/// the rows grow to hold their lines.
@Suite("Wrapped table layout")
struct WrappedTableLayoutTests {
    static let names = [
        "农村人居环境整治提升五年行动（厕所革命、生活垃圾和污水治理）", "城乡居民基本医疗保险财政补助",
        "义务教育阶段学校校舍安全保障长效机制及薄弱环节改善与能力提升", "道路",
    ]
    static let notes = [
        "已完成年度目标任务，群众满意度达到百分之九十五以上", "按时足额拨付",
        "部分项目因设计变更顺延至2025年实施，结转资金250.40万元", "完成",
    ]
    static let yaml = MinimalDataset.yaml(
        body: """
              - table:
                  caption: 2024年XX县一般公共预算重点支出项目完成情况及资金使用绩效评价结果汇总表（按功能分类）
                  unit: 单位：万元
                  columns: [项目名称, 主管部门, 预算数, 执行数, 完成情况说明]
                  rows:
                    - [\(names[0]), 县农业农村局, "12,345.67", "12,001.02", \(notes[0])]
                    - [\(names[1]), 县医疗保障局, "8,600.00", "8,600.00", \(notes[1])]
                    - [\(names[2]), 县教育体育局, "5,230.50", "4,980.10", \(notes[2])]
                    - [\(names[3]), 县交通运输局, "3,100.00", "3,100.00", \(notes[3])]
                  note: 注：本表数据为决算数，执行数包含上级转移支付安排的支出；完成情况说明由各主管部门填报，财政局汇总审核，部分项目绩效评价结果将在2025年第一季度另行公布。
            """)

    /// Every text run of the page: its text, left and right x, baseline.
    static func runs(_ page: Page) -> [(text: String, x0: Double, x1: Double, y: Double)] {
        page.frame.items.compactMap { item in
            guard case .text(let run, let at) = item, let first = run.glyphs.first, let last = run.glyphs.last
            else { return nil }
            return (run.text, (at.x + first.x).value, (at.x + last.x + last.advance).value, at.y.value)
        }
    }

    static func laidOut() throws -> (page: Page, metrics: PageMetrics, pages: Int) {
        let (data, _) = try DatasetLoader.load(yaml: Self.yaml, fileName: "t.yaml")
        let theme = try LaidOutReport.theme("gongwen")
        let doc = try Document.resolve(data, theme: theme).document
        let (pages, metrics) = try LaidOutReport.pages(of: doc, theme: theme)
        return (try #require(pages.first), metrics, pages.count)
    }

    @Test func nothingLeavesTheTypeAreaAndNoCellsOverlap() throws {
        let (page, metrics, _) = try Self.laidOut()
        let left = metrics.typeArea.origin.x.value, right = left + metrics.typeArea.size.width.value
        let runs = Self.runs(page)
        for r in runs { #expect(r.x0 >= left - 0.01 && r.x1 <= right + 0.01, "\(r.text) at \(r.x0)–\(r.x1)") }
        // Runs on one baseline do not overlap (each cell's line keeps inside its column).
        for (i, a) in runs.enumerated() {
            for b in runs[(i + 1)...] where abs(a.y - b.y) < 0.01 {
                #expect(a.x1 <= b.x0 + 0.01 || b.x1 <= a.x0 + 0.01, "\(a.text) overlaps \(b.text)")
            }
        }
    }

    @Test func longCellsWrapWhileFiguresAndShortNamesKeepOneLine() throws {
        let (page, _, _) = try Self.laidOut()
        let texts = Self.runs(page).map(\.text)
        for figure in ["12,345.67", "12,001.02", "8,600.00", "5,230.50", "4,980.10", "3,100.00"] {
            #expect(texts.contains(figure), "\(figure) is not one run")
        }
        for office in ["县农业农村局", "县医疗保障局", "县教育体育局", "县交通运输局"] {
            #expect(texts.contains(office), "\(office) was wrapped")
        }
        // The long names are in several lines whose text, joined, is the name.
        for name in Self.names + Self.notes where name.count > 12 {
            #expect(!texts.contains(name))
            let pieces = texts.filter { name.contains($0) && $0.count > 1 }
            #expect(pieces.count >= 2, "\(name) is not wrapped")
        }
    }

    @Test func rowsGrowToHoldTheirLinesAndTheCaptionBreaksInTwo() throws {
        let (page, metrics, pages) = try Self.laidOut()
        #expect(pages == 1)
        let runs = Self.runs(page)
        // The caption: two lines, one grid line apart, each centred.
        let caption = runs.filter { $0.text.hasPrefix("表1") || $0.text.hasSuffix("（按功能分类）") }
        #expect(caption.count == 2)
        if caption.count == 2 {
            #expect(abs(abs(caption[1].y - caption[0].y) - metrics.linePitch.value) < 0.01)
        }
        // Each body row's single-line cells are centred in the row, below the previous row's lowest line.
        let offices = ["县农业农村局", "县医疗保障局", "县教育体育局", "县交通运输局"].compactMap { o in
            runs.first { $0.text == o }?.y
        }
        #expect(offices.count == 4)
        for (a, b) in zip(offices, offices.dropFirst()) { #expect(b - a >= metrics.linePitch.value - 0.01) }
        let firstRowLines = runs.filter { Self.names[0].contains($0.text) && $0.text.count > 1 }
        #expect(firstRowLines.count >= 2)
        if let top = firstRowLines.map(\.y).min(), let bottom = firstRowLines.map(\.y).max(), let mid = offices.first {
            #expect(abs((top + bottom) / 2 - mid) < 0.01)
        }
        // The note is two lines, left-aligned at the type area's edge.
        let note = runs.filter { $0.text.hasPrefix("注：") }
        #expect(note.count == 1 && abs((note.first?.x0 ?? 0) - metrics.typeArea.origin.x.value) < 0.01)
    }

    @Test func aRowTallerThanAPageIsSplitUnderARepeatedHeader() throws {
        let long = "项目绩效目标：" + String(repeating: "加强农村人居环境整治，完善垃圾收运处置体系，推进厕所革命和生活污水治理，", count: 22)
        let yaml = MinimalDataset.yaml(
            body: """
                  - table:
                      caption: 项目支出绩效目标表
                      columns: [项目名称, 金额, 绩效目标]
                      rows:
                        - [农村人居环境整治, "1,200.00", \(long)]
                        - [道路养护, "300.00", 完成年度养护任务]
                """)
        let (data, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let theme = try LaidOutReport.theme("gongwen")
        let (pages, metrics) = try LaidOutReport.pages(
            of: try Document.resolve(data, theme: theme).document, theme: theme)
        let top = metrics.typeArea.origin.y.value, bottom = top + metrics.typeArea.size.height.value
        var text = ""
        var headed = 0
        for page in pages {
            let runs = Self.runs(page)
            // The page number (— 1 —) stands below the type area; everything else inside it.
            for r in runs where !r.text.contains("—") {
                #expect(r.y > top && r.y <= bottom + 0.01, "\(r.text) at \(r.y), below the type area")
            }
            if runs.contains(where: { $0.text == "绩效目标" }) { headed += 1 }
            // The long cell's lines (not the header, nor the first column's 农村人居环境整治, which it also holds).
            let lines = runs.map(\.text).filter { long.contains($0) && !["绩效目标", "农村人居环境整治"].contains($0) }
            text += lines.filter { $0.count > 3 }.joined()
        }
        // The cell's text whole, in order, over two pages, each under the header.
        #expect(text == long, "\(text.count) of \(long.count) characters")
        #expect(headed == 2)
    }

    /// Seven columns of figures too wide for their columns at the theme's cell size (11.25 pt) are set at 五号 or
    /// 小五, what statistical tables of many columns use, rather than cut inside a number.
    @Test func figuresTooWideForTheirColumnsAreSetSmallerNotCut() throws {
        let figures = Array(repeating: "\"1,234,567.8\"", count: 7).joined(separator: ", ")
        let yaml = MinimalDataset.yaml(
            body: """
                  - table:
                      caption: 历年收入
                      columns: [项目, 2019年, 2020年, 2021年, 2022年, 2023年, 2024年, 2025年]
                      rows:
                        - [一般公共预算收入, \(figures)]
                """)
        let (data, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let theme = try LaidOutReport.theme("gongwen")
        let engine = try LaidOutReport.textEngine(for: theme)
        let layout = LayoutEngine(theme: theme, text: engine)
        var pages: [Page] = []
        try layout.layout(try Document.resolve(data, theme: theme).document) { pages.append($0) }
        let page = try #require(pages.first)
        let cells = page.frame.items.compactMap { item -> GlyphRun? in
            guard case .text(let run, _) = item, run.text == "1,234,567.8" else { return nil }
            return run
        }
        // 五号 (10.5 pt) is enough here: the first of the smaller sizes at which the figures fit.
        #expect(cells.count == 7 && cells.allSatisfy { $0.size == Pt(10.5) })
        #expect(engine.emergencyBreaks.isEmpty, "\(engine.emergencyBreaks)")
    }

    /// A header taller than a page (its cells hundreds of characters long) is not repeated above rows it cannot
    /// stand with: repeated, it filled every page and the layout never ended.
    @Test(.timeLimit(.minutes(1))) func aHeaderOfAPagesHeightEnds() throws {
        let long = String(repeating: "加强整治，推进治理，", count: 70)
        let yaml = MinimalDataset.yaml(
            body: """
                  - table:
                      caption: 表
                      columns: [甲, \(long), 丙, \(long)]
                      rows:
                        - [一, \(long), 二, 三]
                        - [四, 五, 六, 七]
                """)
        let (data, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let theme = try LaidOutReport.theme("gongwen")
        let (pages, _) = try LaidOutReport.pages(of: try Document.resolve(data, theme: theme).document, theme: theme)
        let texts = pages.flatMap { Self.runs($0).map(\.text) }
        #expect(texts.contains("七") && texts.contains("四"))
        #expect(pages.count < 20)
    }

    @Test func narrowedColumnsKeepShortOnesAndSumToTheWidth() {
        let natural = [Pt(360), Pt(78), Pt(60), Pt(60), Pt(300)]
        let least = [Pt(22), Pt(22), Pt(60), Pt(60), Pt(22)]
        let widths = TableComposer.narrowed(natural, least, to: Pt(442))
        #expect(abs(widths.reduce(Pt.zero, +).value - 442) < 0.001)
        #expect(widths[1] == Pt(78) && widths[2] == Pt(60) && widths[3] == Pt(60))
        #expect(abs(widths[0] / widths[4] - 360.0 / 300) < 0.001)
        // Floors that do not fit are scaled down to the width.
        let cut = TableComposer.narrowed([Pt(300), Pt(300)], [Pt(300), Pt(200)], to: Pt(250))
        #expect(abs(cut[0].value - 150) < 0.001 && abs(cut[1].value - 100) < 0.001)
        // A column whose proportional share is under its floor keeps the floor.
        let starved = TableComposer.narrowed([Pt(400), Pt(40), Pt(200)], [Pt(22), Pt(22), Pt(190)], to: Pt(300))
        #expect(starved[2] == Pt(190) && starved[1] == Pt(40) && abs(starved[0].value - 70) < 0.001)
    }

    /// A narrow column's header and item names break between words (ICU's dictionary), on as few lines as fit and
    /// as even as they can be: 年初/预算数, not 年初预算/数; 一般公共/预算收入/合计, not 一般公共预/算收入合计.
    @Test func shortCellsBreakBetweenWords() throws {
        let yaml = MinimalDataset.yaml(
            body: """
                  - table:
                      caption: 2025年全县一般公共预算收入完成情况表
                      columns: [预算科目, 年初预算数, 调整预算数, 本年完成数, 占调整预算比例(%), 比上年增长(%), 上年完成数, 增减额]
                      rows:
                        - [一般公共预算收入合计, "1,691,234", "1,701,234", "1,771,345", "104.1", "5.3", "1,682,114", "89,231"]
                """)
        let (data, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let theme = try LaidOutReport.theme("gongwen")
        let (pages, _) = try LaidOutReport.pages(of: try Document.resolve(data, theme: theme).document, theme: theme)
        let texts = Set(Self.runs(try #require(pages.first)).map(\.text))
        for word in ["年初", "预算数", "调整", "本年", "完成数", "比上年", "增长(%)", "上年"] {
            #expect(texts.contains(word), "\(word) in \(texts.sorted())")
        }
        for broken in ["年初预算", "数", "调整预算", "本年完成", "上年完成", "一般公共预"] {
            #expect(!texts.contains(broken), "\(broken) in \(texts.sorted())")
        }
    }
}
