import FolioData
import FolioDisplay
import FolioDocument
@testable import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// A table with a grouped header, a cell over two body rows and a unit line, laid out: where each cell and
/// rule lands on the page.
@Suite("Merged-cell table layout")
struct MergedCellTableLayoutTests {
    static let yaml = MinimalDataset.yaml(
        body: """
              - table:
                  caption: 一般公共预算收入
                  unit: 单位：亿元
                  columns:
                    - [{ text: 类别, rowspan: 2 }, { text: 项目, rowspan: 2 }, { text: 2024年, colspan: 2 }]
                    - [预算数, 执行数]
                  rows:
                    - [{ text: 收入, rowspan: 2 }, 税收收入, "8.60", "8.92"]
                    - [非税收入, "3.90", "3.94"]
            """)

    /// The text runs of the page by their text: (left x, right x, baseline).
    static func runs(_ page: Page) -> [String: (x0: Double, x1: Double, y: Double)] {
        var found: [String: (x0: Double, x1: Double, y: Double)] = [:]
        for line in PrintedLine.lines(of: page) {
            found[line.text] = (line.minX.value, line.maxX.value, line.baseline.value)
        }
        for item in page.frame.items {
            guard case .text(let run, let at) = item, let first = run.glyphs.first, let last = run.glyphs.last
            else { continue }
            found[run.text] = ((at.x + first.x).value, (at.x + last.x + last.advance).value, at.y.value)
        }
        return found
    }

    @Test func cellsStandOverTheColumnsAndRowsTheyCover() throws {
        let (data, _) = try DatasetLoader.load(yaml: Self.yaml, fileName: "t.yaml")
        let theme = try LaidOutReport.theme("gongwen")
        let doc = try Document.resolve(data, theme: theme).document
        let (pages, metrics) = try LaidOutReport.pages(of: doc, theme: theme)
        let page = try #require(pages.first)
        let r = Self.runs(page)
        let year = try #require(r["2024年"]), budget = try #require(r["预算数"]), actual = try #require(r["执行数"])
        let kind = try #require(r["类别"]), income = try #require(r["收入"])
        let tax = try #require(r["税收收入"]), nonTax = try #require(r["非税收入"]), unit = try #require(r["单位：亿元"])
        let centre = { (c: (x0: Double, x1: Double, y: Double)) in (c.x0 + c.x1) / 2 }
        // 2024年 is centred over its two columns, the ones 预算数 and 执行数 stand in.
        #expect(abs(centre(year) - (centre(budget) + centre(actual)) / 2) < 0.5)
        #expect(year.y < budget.y && budget.y == actual.y)
        // 类别 covers both header rows: its baseline is half-way between theirs.
        #expect(abs(kind.y - (year.y + budget.y) / 2) < 0.01)
        #expect(kind.x1 < budget.x0)
        // 收入 covers both body rows; 非税收入 stands in the second column, under 税收收入.
        #expect(abs(income.y - (tax.y + nonTax.y) / 2) < 0.01)
        #expect(abs(centre(tax) - centre(nonTax)) < 0.5 && nonTax.x0 > income.x1)
        // The unit line ends at the right edge of the type area, above the header.
        let right = (metrics.typeArea.origin.x + metrics.typeArea.size.width).value
        #expect(abs(unit.x1 - right) < 0.5 && unit.y < year.y)
        // A thin rule runs under 2024年 across its two columns only, between the header rows.
        let thin = page.frame.items.compactMap { item -> (x0: Double, x1: Double, y: Double)? in
            guard case .path(let p) = item, p.stroke?.width == Pt(0.5), case .move(let a)? = p.segments.first,
                case .line(let b)? = p.segments.last, a.y == b.y
            else { return nil }
            return (a.x.value, b.x.value, a.y.value)
        }
        let grouped = thin.filter { $0.y > year.y && $0.y < budget.y }
        #expect(grouped.count == 1)
        let rule = try #require(grouped.first)
        #expect(rule.x0 < budget.x0 && rule.x1 > actual.x1 && rule.x0 > kind.x1)
        #expect(rule.x1 - rule.x0 < metrics.typeArea.size.width.value / 2)
    }

    @Test func rowsJoinedByARowSpanStayTogether() {
        let rows: [[TableCell]] = [
            [TableCell("a", rowSpan: 3), TableCell("1")], [TableCell("2")], [TableCell("3")],
            [TableCell("b"), TableCell("4")],
        ]
        #expect(TableComposer.rowGroups(rows) == [0..<3, 3..<4])
    }

    /// Rows joined by a row span taller than a page (a category over forty items) are set across pages at row
    /// boundaries, each page under the repeated header, the category printed again over its rows on each page; no row
    /// runs past the page's foot.
    @Test func rowsJoinedBeyondAPageCrossItAtRowBoundaries() throws {
        let items = (1...40).map { "        - [项目\($0), \"\($0).00\"]" }
        let yaml = MinimalDataset.yaml(
            body: """
                  - table:
                      caption: 支出明细
                      columns: [类别, 项目, 金额]
                      rows:
                        - [{ text: 一般公共服务支出, rowspan: 41 }, 合计, "820.00"]
                \(items.joined(separator: "\n"))
                """)
        let (data, diagnostics) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let theme = try LaidOutReport.theme("gongwen")
        let (pages, metrics) = try LaidOutReport.pages(
            of: try Document.resolve(data, theme: theme).document, theme: theme)
        try #require(pages.count >= 2)
        var seen: [String] = []
        for page in pages {
            let r = Self.runs(page)
            #expect(r["一般公共服务支出"] != nil, "page \(page.index + 1) lacks the category")
            #expect(r["金额"] != nil, "page \(page.index + 1) lacks the header")
            for item in page.frame.items {
                guard case .text(let run, let at) = item, run.text.hasPrefix("项目"), run.text != "项目" else { continue }
                #expect(at.y < metrics.typeArea.maxY, "\(run.text) past the foot of page \(page.index + 1)")
                seen.append(run.text)
            }
        }
        #expect(Set(seen).count == 40 && seen.count == 40, "\(seen)")
    }
}
