import Foundation
import Testing
import FolioDisplay
@testable import FolioLayout
import FolioTestSupport

/// The characters the layout says each role and weight will draw (`LayoutEngine.charactersByStyle`),
/// from which every font file is subset before drawing.
@Suite("Characters by style") struct CharacterPlanTests {
    @Test("the accumulator keeps every scalar once, in and beyond the Basic Multilingual Plane")
    func accumulatorKeepsScalars() {
        var bits = ScalarAccumulator()
        bits.add("a中a😀")
        bits.add("\u{0}\u{FFFF}中")
        #expect(bits.set == Set("a中😀\u{0}\u{FFFF}".unicodeScalars))
        #expect(ScalarAccumulator().set.isEmpty)
    }

    /// The styles of the bundled report in `theme`.
    static func styles(theme: String?) throws -> [CharacterStyle: Set<Unicode.Scalar>] {
        let report = try LaidOutReport.load(Checkout.bundledReport, theme: theme)
        return LayoutEngine(theme: report.theme, text: try LaidOutReport.textEngine(for: report.theme))
            .charactersByStyle(report.document)
    }

    @Test("each role gets the text it sets, and page numbers only what folios print in the gongwen theme")
    func rolesGetTheirText() throws {
        let styles = try Self.styles(theme: nil)
        let title = try #require(styles[CharacterStyle(role: .title)])
        let body = try #require(styles[CharacterStyle(role: .body)])
        let heading = try #require(styles[CharacterStyle(role: .heading1)])
        let folio = try #require(styles[CharacterStyle(role: .pageNumber)])
        #expect(title.isSuperset(of: "XX镇“十三五”工作总结及“十四五”工作规划".unicodeScalars))
        #expect(!title.contains("纯"))   // body text only
        #expect(body.isSuperset(of: "农民人均纯收入2020年7月15日".unicodeScalars))
        #expect(heading.isSuperset(of: "一、基本情况".unicodeScalars))
        #expect(folio == Set("— 0123456789ivxlcdm".unicodeScalars))   // no running header: digits and dashes only
        #expect(styles[CharacterStyle(role: .chart)]?.isSuperset(of: "单位：%".unicodeScalars) == true)
    }

    @Test("a theme with a running header, a cover and contents sends their text to their roles")
    func frontMatterRoles() throws {
        let styles = try Self.styles(theme: "report")
        let folio = try #require(styles[CharacterStyle(role: .pageNumber)])
        let heading = try #require(styles[CharacterStyle(role: .heading1)])
        #expect(folio.isSuperset(of: "工作总结基本情况".unicodeScalars))   // running header: title and sections
        #expect(heading.isSuperset(of: "目\u{3000}录中共委员会".unicodeScalars))   // contents title, cover issuer
    }
}
