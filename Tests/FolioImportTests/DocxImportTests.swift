import Foundation
import Testing
import FolioTestSupport
import FolioData
@testable import FolioImport

/// `folio import REPORT.docx`: the fixtures of Tests/Fixtures/docx (written by make_docx.py, committed) imported to
/// the structure their Word document has; hostile files refused with an `import.docx` error.
@Suite struct DocxImportTests {
    static let folder = Checkout.fixtures.appendingPathComponent("docx")

    /// A fixture imported, its images written to a fresh folder.
    static func imported(_ name: String) throws -> (ReportImporter.Result, URL) {
        let images = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(UUID().uuidString)")
        let result = try ReportImporter(sourceName: name).runDocx(
            at: folder.appendingPathComponent(name), imagesTo: images)
        return (result, images)
    }

    @Test func lines_follow_the_document() throws {
        let text = try ReportImporter.docx(at: Self.folder.appendingPathComponent("styled_report.docx")).text
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            Array(lines.prefix(4)) == [
                "XX县2025年政府工作报告", "——2026年1月10日在XX县第十八届人民代表大会第五次会议上",
                "XX县人民政府", "2026年1月10日",
            ])
        // Headings without a number of their own take the standard one for their level.
        #expect(lines.contains("一、过去一年工作回顾"))
        #expect(lines.contains("（一）经济运行稳中有进"))   // WPS's style name 标题 2
        #expect(lines.contains("（二）项目建设提速增效"))   // a direct w:outlineLvl 1
        #expect(lines.contains("二、2026年工作安排"))
        // gridSpan: the merged cell is followed by an empty one; vMerge: the continued cell is empty.
        #expect(lines.contains("地区生产总值（亿元）\t156.32\t5.6"))
        #expect(lines.contains("其中：第一产业\t30.10\t"))
        #expect(lines.contains("第二产业\t42.50\t"))
        #expect(lines.contains("全县地区生产总值达到156.32亿元，比上年增长5.6%。[1]"))
        #expect(Array(lines.suffix(2)) == ["注释：", "[1]地区生产总值按现价计算，增长速度按不变价格计算。"])
    }

    @Test func styled_report_imports_to_its_structure() throws {
        let (r, images) = try Self.imported("styled_report.docx")
        let s = r.structure
        #expect(s.title == "XX县2025年政府工作报告")
        #expect(s.subtitle == "——2026年1月10日在XX县第十八届人民代表大会第五次会议上")
        #expect(s.issuer == "XX县人民政府")
        #expect(s.date == DatasetDate(year: 2026, month: 1, day: 10))
        #expect(s.headingCounts == [2, 2, 0, 0])
        #expect(s.tables.map { [$0.rows, $0.columns] } == [[3, 3]])
        #expect(s.tables.first?.caption == "2025年主要指标")
        // The picture under "图1 …" is an image block with that caption, not a chart waiting for figures.
        #expect(s.charts.isEmpty && s.images == 1)
        #expect(
            r.yaml.contains(
                "- image: { file: \"\(images.lastPathComponent)/image1.png\", caption: \"2021—2025年地区生产总值\" }"))
        #expect(s.notes == ["注释": 1])
        // The merged cells stay merged: 5.6 over two rows, 42.50 over two columns; the header row is marked.
        let table = r.yaml.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let expected = [
            "columns:", "- [\"指标\", \"绝对数\", \"比上年增长（%）\"]", "rows:",
            "- [\"地区生产总值（亿元）\", \"156.32\", { text: \"5.6\", rowspan: 2 }]", "- [\"其中：第一产业\", \"30.10\"]",
            "- [\"第二产业\", { text: \"42.50\", colspan: 2 }]",
        ]
        let at = table.firstIndex(of: "columns:") ?? table.endIndex
        #expect(Array(table[at...].prefix(expected.count)) == expected)
        #expect(!r.yaml.contains("  - p: \"2026年1月10日\""))
        // The image is extracted and listed.
        let image = images.appendingPathComponent("image1.png")
        let png = try Data(contentsOf: image)
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(
            r.notes.contains {
                $0.message == "image word/media/image1.png saved as \(image.path) and placed as an image block"
            })
    }

    @Test func numbered_headings_render_their_list_numbers() throws {
        let text = try ReportImporter.docx(at: Self.folder.appendingPathComponent("numbered_report.docx")).text
        let headings = text.split(separator: "\n").filter { !$0.hasSuffix("。") }.dropFirst(3).map(String.init)
        #expect(
            headings == [
                "一、主要工作成效", "（一）经济发展", "1.农业生产", "（1）粮食", "（2）蔬菜", "2.工业生产",
                "（二）社会事业", "二、存在的问题", "三、下一步打算",
            ])
        let (r, _) = try Self.imported("numbered_report.docx")
        #expect(r.structure.headingCounts == [3, 2, 2, 2])
        #expect(r.structure.issuer == "XX镇人民政府")
        #expect(r.structure.date == DatasetDate(year: 2025, month: 12, day: 20))
    }

    @Test func number_formats() {
        #expect(DocxNumbering.chinese(1) == "一")
        #expect(DocxNumbering.chinese(10) == "十")
        #expect(DocxNumbering.chinese(11) == "十一")
        #expect(DocxNumbering.chinese(20) == "二十")
        #expect(DocxNumbering.chinese(99) == "九十九")
        #expect(DocxNumbering.render(3, "decimalFullWidth") == "３")
        #expect(DocxNumbering.render(-2, "decimalFullWidth") == "-２")   // a hostile w:start
        #expect(DocxNumbering.chinese(-2) == "-2")
        #expect(
            DocxReader.hasTypedNumber("一、总体情况") && DocxReader.hasTypedNumber("（二）经济")
                && DocxReader.hasTypedNumber("3.工业"))
        #expect(!DocxReader.hasTypedNumber("2026年工作安排") && !DocxReader.hasTypedNumber("一是加强"))
        #expect(
            DocxReader.level(styleName: "Heading 2") == 2 && DocxReader.level(styleName: "标题 3") == 3
                && DocxReader.level(styleName: "heading1") == 1 && DocxReader.level(styleName: "Normal") == nil)
    }

    /// The error a hostile fixture gets.
    static func refusal(_ name: String, limits: DocxLimits = DocxLimits()) -> Diagnostic? {
        do {
            _ = try ReportImporter.docx(at: folder.appendingPathComponent(name), limits: limits)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test func hostile_files_are_refused_with_a_clear_error() {
        let cases = [
            "not_a_zip.docx": "not a zip archive", "no_document.docx": "has no word/document.xml",
            "external_entity.docx": "declares a document type",
            "bomb.docx": "larger than 67108864 bytes when decompressed",
        ]
        for (name, words) in cases {
            let d = Self.refusal(name)
            #expect(d?.code == "import.docx", "\(name)")
            #expect(d?.message.contains(words) == true, "\(name): \(d?.message ?? "accepted")")
        }
        var small = DocxLimits()
        small.totalBytes = 1000
        #expect(Self.refusal("styled_report.docx", limits: small)?.message.contains("decompressed") == true)
        small = DocxLimits()
        small.fileBytes = 1000
        #expect(Self.refusal("styled_report.docx", limits: small)?.message.contains("the largest .docx read") == true)
    }
}
