import Foundation
import Testing
import FolioTestSupport
import FolioData
@testable import FolioImport

/// A Word table's sub-items stand in under their items (typed full-width spaces, a paragraph indent in characters or
/// in twips): imported, each cell keeps its indent as leading full-width spaces, which the dataset reads as the
/// cell's indent; the other cells are written as they were.
@Suite struct DocxIndentedItemsTests {
    @Test func subItemsKeepTheirIndent() throws {
        let r = try ReportImporter(sourceName: "indented_items.docx")
            .runDocx(at: Checkout.fixtures.appendingPathComponent("docx/indented_items.docx"))
        let lines = r.yaml.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let start = try #require(lines.firstIndex(of: "rows:"))
        #expect(
            Array(lines[(start + 1)...].prefix(4)) == [
                "- [\"一般公共预算收入\", \"1691\", \"1771\"]", "- [\"\u{3000}\u{3000}税收收入\", \"1234\", \"1301\"]",
                "- [\"\u{3000}\u{3000}\u{3000}\u{3000}其中：增值税\", \"534\", \"551\"]",
                "- [\"\u{3000}\u{3000}非税收入\", \"457\", \"470\"]",
            ])
        #expect(lines.contains("columns: [\"项目\", \"预算数\", \"完成数\"]"))
        let (dataset, _) = try DatasetLoader.load(yaml: r.yaml, fileName: "t.yaml")
        #expect(dataset.body.count > 0)
    }

    /// The indent a cell's paragraph gives: w:leftChars and w:firstLineChars in hundredths of a character, else w:left
    /// and w:firstLine in twips at the run's size; typed spaces before the text; a hanging indent none; at most 8.
    @Test func theIndentOfAParagraph() throws {
        func indent(_ pPr: String, _ runSize: String = "", typed: String = "x") throws -> Int {
            let xml =
                #"<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pPr>\#(pPr)</w:pPr>"#
                + #"<w:r><w:rPr>\#(runSize)</w:rPr><w:t>x</w:t></w:r></w:p>"#
            let p = try XMLTreeReader().read(Data(xml.utf8))
            return DocxReader.indent(of: p, typed: typed)
        }
        #expect(try indent(#"<w:ind w:leftChars="200" w:left="420"/>"#) == 2)
        #expect(try indent(#"<w:ind w:left="420"/>"#) == 2)   // 五号 when no size is given
        #expect(try indent(#"<w:ind w:left="360"/>"#, #"<w:sz w:val="18"/>"#) == 2)   // 小五
        #expect(try indent(#"<w:ind w:firstLineChars="200"/>"#) == 2)
        #expect(try indent(#"<w:ind w:hanging="420"/>"#) == 0)
        #expect(try indent("", typed: "\u{3000}\u{3000}税收收入") == 2)
        #expect(try indent("", typed: "    税收收入") == 2)
        #expect(try indent(#"<w:ind w:leftChars="9000"/>"#) == 8)
        #expect(try indent("") == 0)
    }
}
