import Foundation
import FolioTestSupport
import FolioDisplay
import FolioRender
import FolioRenderTestSupport

/// Helpers for the renderer tests: a real CJK font, glyph runs built with `FontProbe`, two fixture pages.
enum RenderFixture {
    /// The test font (`TestFont.notoSerifSC`).
    static let font = TestFont.notoSerifSC

    /// A run of `text`, one glyph per character (`TestFont.run`).
    static func run(_ text: String, size: Pt = 16, font: FontFace = font) throws -> GlyphRun {
        try TestFont.run(text, size: size, font: font)
    }

    /// Two A4 pages: text, a filled and stroked rectangle, a dashed line, a nested rotated group, links, bookmarks.
    static func pages() throws -> [Page] {
        var first = Frame(size: .a4)
        first.append(.text(try run("立足“十三五”开局"), at: Point(x: 80, y: 120)))
        first.append(
            .path(
                .rect(
                    Rect(x: 80, y: 140, width: 100, height: 40), fill: .gray(0.65),
                    stroke: Stroke(width: 0.5))))
        first.append(
            .path(
                .line(
                    from: Point(x: 80, y: 200), to: Point(x: 300, y: 200),
                    stroke: Stroke(width: 0.5, dash: [2, 2]))))
        var group = Frame(size: Size(width: 100, height: 100))
        group.append(.text(try run("图表", size: 9), at: Point(x: 0, y: 9)))
        first.append(.group(group, Transform.translate(300, 300).concatenating(.rotate(0.1))))
        first.append(.link(Rect(x: 80, y: 104, width: 120, height: 20), .page(index: 1, y: 100)))
        first.append(.link(Rect(x: 80, y: 220, width: 120, height: 20), .uri("https://example.org/a'b")))
        let outline1 = [
            OutlineEntry(title: "一、基本情况", level: 1, pageIndex: 0, y: 104),
            OutlineEntry(title: "（一）经济发展", level: 2, pageIndex: 0, y: 150),
        ]
        var second = Frame(size: .a4)
        second.append(.text(try run("第二页"), at: Point(x: 80, y: 120)))
        let outline2 = [OutlineEntry(title: "二、主要成绩", level: 1, pageIndex: 1, y: 104)]
        return [
            Page(index: 0, label: "1", frame: first, outline: outline1),
            Page(index: 1, label: "2", frame: second, outline: outline2),
        ]
    }

    /// The document metadata used by the tests.
    static let info = DocumentInfo(
        title: "某镇工作报告", author: "某镇人民政府", subject: "测试",
        keywords: ["工作报告", "十三五"], creator: "Folio tests",
        creationDate: "2021-01-15T08:00:00Z")

    /// Writes the two-page fixture to `url`.
    static func writePDF(to url: URL) throws {
        let writer = try PDFWriter(destination: url, info: info)
        for page in try pages() { try writer.add(page) }
        try writer.finish()
    }
}
