import FolioData
import FolioDisplay
import FolioDocument
@testable import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// A table too wide for a portrait page even at 小五 (a budget report's monthly 附表: twelve months of figures) is set
/// turned a quarter on pages of its own (GB/T 9704-2012 §8 横排表格): the page stays upright with its page number where
/// the other pages have it, the table's head on the left; the heading above it goes with it; the text after it
/// starts an upright page again.
@Suite("Landscape table layout")
struct LandscapeTableLayoutTests {
    static let items = [
        "一般公共预算收入", "税收收入", "增值税", "企业所得税", "个人所得税", "资源税", "城市维护建设税", "房产税", "印花税",
        "城镇土地使用税", "土地增值税", "车船税", "耕地占用税", "契税", "非税收入", "专项收入", "行政事业性收费收入", "罚没收入",
    ]

    /// A figure of nine characters, different in every cell ("12,345.67").
    static func figure(_ row: Int, _ column: Int) -> String {
        let value = 10_000 + (row * 7919 + column * 104_729) % 89_999
        return "\(value / 1000),\(String(value % 1000).leftPadded(3)).\(String((row + column) % 100).leftPadded(2))"
    }

    static func yaml(orientation: String? = nil, columns: Int = 12) -> String {
        let header = "[项目, " + (1...columns).map { "\($0)月" }.joined(separator: ", ") + ", 合计]"
        let rows = items.enumerated().map { r, item in
            "            - [\(item), " + (0...columns).map { "\"\(figure(r, $0))\"" }.joined(separator: ", ") + "]"
        }
        return MinimalDataset.yaml(
            body: """
                  - p: 全县一般公共预算收入分月完成情况见附表。
                  - section: 附表
                    body:
                      - table:
                          caption: 2025年全县一般公共预算收入分月完成情况表
                          label: 附表1
                          unit: 单位：万元
                \(orientation.map { "          orientation: \($0)" } ?? "")
                          columns: \(header)
                          rows:
                \(rows.map { "    " + $0 }.joined(separator: "\n"))
                          note: 注：本表数据为快报数。
                  - p: 以上情况，特此报告。
                """)
    }

    static func laidOut(_ yaml: String) throws -> (pages: [Page], metrics: PageMetrics) {
        let (data, diagnostics) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let theme = try LaidOutReport.theme("gongwen")
        return try LaidOutReport.pages(of: try Document.resolve(data, theme: theme).document, theme: theme)
    }

    /// The turned group of a page, if it has one: its items and transform.
    static func turnedGroup(_ page: Page) -> (items: [FrameItem], transform: Transform)? {
        for item in page.frame.items { if case .group(let frame, let t) = item { return (frame.items, t) } }
        return nil
    }

    /// The texts of the runs among `items`, with their origins and widths.
    static func runs(_ items: [FrameItem]) -> [(text: String, x0: Double, x1: Double, y: Double)] {
        items.compactMap { item in
            guard case .text(let run, let at) = item, let first = run.glyphs.first, let last = run.glyphs.last
            else { return nil }
            return (run.text, (at.x + first.x).value, (at.x + last.x + last.advance).value, at.y.value)
        }
    }

    @Test func theWideTableIsTurnedOnPagesOfItsOwnWithTheHeadingAboveIt() throws {
        let (pages, metrics) = try Self.laidOut(Self.yaml())
        let turned = pages.filter { Self.turnedGroup($0) != nil }
        try #require(turned.count == 2, "\(pages.count) pages, \(turned.count) turned")
        // The page before holds the text above, upright; the text after starts an upright page.
        #expect(Self.turnedGroup(pages[0]) == nil)
        let last = try #require(pages.last)
        #expect(Self.turnedGroup(last) == nil)
        #expect(Self.runs(last.frame.items).contains { $0.text.hasPrefix("以上情况") })
        for page in turned {
            let group = try #require(Self.turnedGroup(page))
            #expect(group.transform == metrics.turning)
            // Only the turned content is in the group: the page number stands upright where every page has it.
            let upright = Self.runs(page.frame.items).map(\.text)
            #expect(upright.contains { $0.contains("\(page.index + 1)") }, "no upright page number: \(upright)")
            // Inside the turned type area, and every figure whole on one line.
            let area = metrics.turned.typeArea
            for r in Self.runs(group.items) {
                #expect(
                    r.x0 >= area.minX.value - 0.01 && r.x1 <= area.maxX.value + 0.01, "\(r.text) at \(r.x0)–\(r.x1)")
                #expect(r.y >= area.minY.value && r.y <= area.maxY.value, "\(r.text) at y \(r.y)")
            }
            // The header is on each turned page (repeated on the second).
            #expect(Self.runs(group.items).contains { $0.text == "12月" })
        }
        let texts = turned.flatMap { Self.runs(Self.turnedGroup($0)?.items ?? []).map(\.text) }
        for r in Self.items.indices { #expect(texts.contains(Self.figure(r, 5)), "\(Self.figure(r, 5)) not whole") }
        // The heading over the table is turned with it, not left alone at the foot of the page before.
        let first = try #require(turned.first.flatMap(Self.turnedGroup))
        #expect(Self.runs(first.items).contains { $0.text.contains("附表") && $0.text.hasPrefix("一") })
        #expect(!Self.runs(pages[0].frame.items).contains { $0.text.hasPrefix("一、") })
    }

    @Test func theTurnedPageIsTheUprightPageTurnedAQuarter() throws {
        let metrics = PageMetrics(theme: try LaidOutReport.theme("gongwen"))
        let turned = metrics.turned
        #expect(turned.paper.width == metrics.paper.height && turned.paper.height == metrics.paper.width)
        // 156 mm of type width hold 15 lines of 28.95 pt.
        #expect(turned.linesPerPage == 15)
        let back = metrics.turnedBack(turned.typeArea)
        #expect(abs((back.minX - metrics.typeArea.minX).value) < 1e-6)
        #expect(abs((back.minY - metrics.typeArea.minY).value) < 1e-6)
        #expect(abs((back.size.width - metrics.typeArea.size.width).value) < 1e-6)
        #expect(abs((back.size.height - metrics.typeArea.size.height).value) < 1e-6)
        // The turned page's top-left corner is the upright page's bottom-left: the head on the left, lines upwards.
        let corner = metrics.turning.apply(Point(x: .zero, y: .zero))
        #expect(corner.x == .zero && abs((corner.y - metrics.paper.height).value) < 1e-9)
    }

    @Test func theDatasetDecidesWhenItSays() throws {
        // Upright when asked, whatever it costs (figures cut).
        let (upright, _) = try Self.laidOut(Self.yaml(orientation: "portrait"))
        #expect(upright.allSatisfy { Self.turnedGroup($0) == nil })
        // Turned when asked, however narrow.
        let (narrow, _) = try Self.laidOut(Self.yaml(orientation: "landscape", columns: 2))
        #expect(narrow.contains { Self.turnedGroup($0) != nil })
        // A table that fits stays upright.
        let (fits, _) = try Self.laidOut(Self.yaml(columns: 2))
        #expect(fits.allSatisfy { Self.turnedGroup($0) == nil })
    }

    @Test func turnedUnitsTakeTheirKeptHeadingAndShareNoPageWithUprightOnes() {
        func unit(_ lines: Int, _ breakBefore: Bool = true, turned: Bool = false, drop: Bool = false) -> FlowUnit {
            var u = FlowUnit(lines: lines, breakBefore: breakBefore, droppableAtTop: drop, items: [])
            u.turned = turned
            return u
        }
        var paginator = Paginator(capacity: 22, turnedCapacity: 15)
        var pages: [[FlowUnit]] = []
        for u in [
            unit(10), unit(1), unit(10, false, turned: true), unit(10, turned: true), unit(1, drop: true),
            unit(3),
        ] {
            pages += paginator.append(u)
        }
        pages += paginator.finish()
        #expect(pages.map { $0.map(\.lines) } == [[10], [1, 10], [10], [3]])
        #expect(pages.map { $0.map(\.turned) } == [[false], [true, true], [true], [false]])
    }

    /// An attachment that is a wide table: its 附件 label and title stand on the first turned page, the title centred
    /// across it, not alone on an upright page before it.
    @Test func anAttachmentsHeadIsTurnedWithItsTable() throws {
        let header = "[项目, " + (1...12).map { "\($0)月" }.joined(separator: ", ") + ", 合计]"
        let rows = Self.items.prefix(4).enumerated().map { r, item in
            "              - [\(item), " + (0...12).map { "\"\(Self.figure(r, $0))\"" }.joined(separator: ", ") + "]"
        }
        let yaml =
            MinimalDataset.yaml(body: "  - p: 正文。")
            + "\nattachments:\n  - title: 2025年全县一般公共预算收入分月完成情况表\n    body:\n      - table:\n"
            + "          caption: 分月完成情况\n          columns: \(header)\n          rows:\n"
            + rows.joined(separator: "\n") + "\n"
        let (pages, metrics) = try Self.laidOut(yaml)
        let turned = try #require(pages.first { Self.turnedGroup($0) != nil })
        let group = try #require(Self.turnedGroup(turned))
        let texts = Self.runs(group.items)
        #expect(texts.contains { $0.text.hasPrefix("附件") })
        let title = try #require(texts.first { $0.text.contains("完成情况表") })
        let centre = (title.x0 + title.x1) / 2, area = metrics.turned.typeArea
        #expect(abs(centre - (area.minX + area.maxX).value / 2) < 2, "title centred at \(centre)")
        // No upright page holds the attachment's head alone.
        #expect(
            !pages.contains {
                Self.turnedGroup($0) == nil
                    && Self.runs($0.frame.items).contains { $0.text == "附件" }
            })
    }

    /// The blank lines under a title keep what follows with the title only for a turn; upright, a page may still end
    /// after them, so a caption too tall to stand with the title stays with its picture.
    @Test func aPageMayEndAfterTheBlankLinesUnderATitle() {
        var paginator = Paginator(capacity: 22, turnedCapacity: 15)
        let units = [
            FlowUnit(lines: 2, breakBefore: true, items: [], keepWithNext: true),
            FlowUnit(lines: 1, breakBefore: false, droppableAtTop: true, items: []),
            FlowUnit(lines: 1, breakBefore: false, items: [], keepWithNext: true),
            FlowUnit(lines: 20, breakBefore: false, items: []),
        ]
        var pages: [[FlowUnit]] = []
        for u in units { pages += paginator.append(u) }
        pages += paginator.finish()
        #expect(pages.map { $0.map(\.lines) } == [[2, 1], [1, 20]])
    }

    @Test func uprightUnitsAfterTurnedPagesTakeNothingAlong() {
        // A signature's first unit allows no break before it; the table's last row must stay turned all the same.
        var paginator = Paginator(capacity: 22, turnedCapacity: 15)
        var row = FlowUnit(lines: 3, breakBefore: true, items: [])
        row.turned = true
        var pages = paginator.append(row)
        pages += paginator.append(FlowUnit(lines: 2, breakBefore: false, items: []))
        pages += paginator.finish()
        #expect(pages.map { $0.map(\.turned) } == [[true], [false]])
    }

    @Test func theImprintNeverStandsOnATurnedPage() {
        var table = FlowUnit(lines: 5, breakBefore: true, items: [])
        table.turned = true
        let imprint = FlowUnit(lines: 4, breakBefore: true, items: [])
        let (numbered, unnumbered) = ImprintPlacement(capacity: 22, imprint: imprint)
            .pages(ending: [[table]], firstNumber: 2)
        #expect(numbered.map { $0.map(\.lines) } == [[5]])
        // An even turned last page: a blank page, then the 版记 on the next even one.
        #expect(unnumbered.count == 2 && unnumbered[0].isEmpty)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
