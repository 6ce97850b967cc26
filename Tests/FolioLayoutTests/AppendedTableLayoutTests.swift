import FolioData
import FolioDisplay
import FolioDocument
@testable import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// A table with its own number (附表1), which a budget report appends after its text, begins a new page as an
/// attachment does (GB/T 9704-2012 §7.3.7 另面编排), taking along the heading right above it; a numbered table (表1)
/// stays in the flow.
@Suite("Appended table layout")
struct AppendedTableLayoutTests {
    /// A small table's body lines at `indent`.
    static func table(label: String?, caption: String, indent: String) -> [String] {
        var lines = ["- table:", "    caption: \(caption)"]
        if let label { lines.append("    label: \(label)") }
        lines += [
            "    unit: 单位：万元", "    columns: [项目, 预算数, 完成数]", "    rows:",
            "      - [税收收入, \"1,234.5\", \"1,301.2\"]", "      - [非税收入, \"456.7\", \"470.1\"]",
        ]
        return lines.map { indent + $0 }
    }

    /// A short text with a numbered table, then a section 附表 holding two tables, labelled or not.
    static func yaml(labelled: Bool) -> String {
        let body =
            ["  - p: 全县一般公共预算收入完成情况见下表。"]
            + table(label: nil, caption: "2025年全县一般公共预算收入预算表", indent: "  ")
            + ["  - p: 各项收入完成情况见附表。", "  - section: 附表", "    body:"]
            + table(label: labelled ? "附表1" : nil, caption: "2025年全县一般公共预算收入完成情况表", indent: "      ")
            + table(label: labelled ? "附表2" : nil, caption: "2025年全县一般公共预算支出完成情况表", indent: "      ")
        return MinimalDataset.yaml(body: body.joined(separator: "\n"))
    }

    /// The printed lines of each page.
    static func pageLines(labelled: Bool) throws -> [[String]] {
        let (data, diagnostics) = try DatasetLoader.load(yaml: yaml(labelled: labelled), fileName: "t.yaml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let theme = try LaidOutReport.theme("gongwen")
        let pages = try LaidOutReport.pages(of: try Document.resolve(data, theme: theme).document, theme: theme).pages
        return pages.map { PrintedLine.lines(of: $0).map(\.text) }
    }

    @Test func appendedTablesBeginPagesWithTheirHeading() throws {
        let pages = try Self.pageLines(labelled: true)
        let page = { (text: String) in pages.firstIndex { $0.contains { $0.contains(text) } } }
        // The numbered table and the text after it stay on the first page.
        #expect(page("表1 2025年全县一般公共预算收入预算表") == 0)
        #expect(page("各项收入完成情况见附表") == 0)
        // 附表1 begins the next page, under the heading kept with it; 附表2 a page of its own after that.
        let first = try #require(page("附表1 2025年全县一般公共预算收入完成情况表"))
        #expect(first == 1)
        #expect(pages[first].first?.hasSuffix("附表") == true, "\(pages[first])")
        let second = try #require(page("附表2 2025年全县一般公共预算支出完成情况表"))
        #expect(second == 2)
        #expect(pages[second].first?.contains("附表2") == true)
        #expect(pages.count == 3)
    }

    /// Without `label` the same tables follow the text: the heading and 表2 on the first page, under the text.
    @Test func numberedTablesStayInTheFlow() throws {
        let pages = try Self.pageLines(labelled: false)
        let page = { (text: String) in pages.firstIndex { $0.contains { $0.contains(text) } } }
        #expect(page("表2 2025年全县一般公共预算收入完成情况表") == 0, "\(pages)")
        #expect(pages.first?.contains { $0.hasSuffix("附表") } == true)
    }
}
