import FolioData
import FolioDisplay
import FolioDocument
@testable import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// A column of items and their sub-items (a budget table's 一般公共预算收入, 税收收入 two characters in, 其中：增值税
/// four) is set flush left, each cell its indent in; the header stays centred.
@Suite("Indented table layout")
struct IndentedTableLayoutTests {
    @Test func subItemsStandInUnderTheirItems() throws {
        let yaml = MinimalDataset.yaml(body: MinimalDataset.indentedItemsTable)
        let (data, diagnostics) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let theme = try LaidOutReport.theme("gongwen")
        let (pages, metrics) = try LaidOutReport.pages(
            of: try Document.resolve(data, theme: theme).document, theme: theme)
        let lines = PrintedLine.lines(of: try #require(pages.first))
        let row = { (first: String) in try #require(lines.first { $0.text.hasPrefix(first) }) }
        let item = try row("一般公共预算收入"), sub = try row("税收收入"), subSub = try row("其中：增值税")
        let size = item.size.value
        let left = metrics.typeArea.origin.x.value
        // Flush left, a quarter of a character from the type area's edge; the sub-items 2 and 4 characters in.
        #expect(abs(item.minX.value - (left + size / 4)) < 0.01)
        #expect(abs(sub.minX.value - item.minX.value - 2 * size) < 0.01)
        #expect(abs(subSub.minX.value - item.minX.value - 4 * size) < 0.01)
        let header = try row("项目")
        #expect(header.minX.value > item.minX.value + size)   // the header cell is still centred
    }
}
