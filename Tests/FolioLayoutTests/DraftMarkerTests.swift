import Foundation
import FolioData
import FolioDisplay
import FolioDocument
import FolioLayout
import FolioTestSupport
import Testing

/// A draft prints what is still to fill in as 【待填】 in red (`Frame.highlighting`), the rest of its line as it was.
@Suite struct DraftMarkerTests {
    static let red = Color(red: 0.9, green: 0, blue: 0)

    /// A run of `text`, one glyph a character, 16 pt apart.
    static func run(_ text: String) -> GlyphRun {
        let characters = Array(text)
        return GlyphRun(
            font: FontFace(path: "/dev/null", index: 0, family: "Test"), size: Pt(16), color: .black,
            glyphs: characters.indices.map {
                PlacedGlyph(id: UInt32($0 + 1), x: Pt(16 * Double($0)), y: .zero, advance: Pt(16))
            },
            text: text, clusters: characters.map { TextCluster(byteCount: String($0).utf8.count, glyphCount: 1) })
    }

    static func pieces(_ text: String) -> [(String, Bool)] {
        run(text).highlighting(Document.toFillMarker, in: red).map { ($0.text, $0.color == red) }
    }

    @Test func theMarkerIsCutOutInRedAndTheRestKeepsItsColour() {
        let whole = Self.run("达到【待填】元，比上年【待填】")
        let pieces = whole.highlighting(Document.toFillMarker, in: Self.red)
        #expect(pieces.map(\.text) == ["达到", "【待填】", "元，比上年", "【待填】"])
        #expect(pieces.map { $0.color == Self.red } == [false, true, false, true])
        // The same glyphs at the same places, the same text: a reader and a text extractor see no difference.
        #expect(pieces.flatMap(\.glyphs) == whole.glyphs)
        #expect(pieces.map(\.text).joined() == whole.text)
        #expect(pieces.flatMap(\.clusters) == whole.clusters)
    }

    @Test func aMarkerBrokenOverTwoLinesIsRedOnBoth() {
        #expect(Self.pieces("收入【待").map(\.0) == ["收入", "【待"])
        #expect(Self.pieces("收入【待").map(\.1) == [false, true])
        #expect(Self.pieces("填】万元").map(\.0) == ["填】", "万元"])
        #expect(Self.pieces("填】万元").map(\.1) == [true, false])
        // One character of it is not enough to tell: a closing bracket alone stays as it is.
        #expect(Self.pieces("】万元").map(\.1) == [false])
        #expect(Self.pieces("全镇经济运行平稳").map(\.1) == [false])
    }

    @Test func aMarkerUnderASealKeepsItsColour() {
        let seal = ImageItem(format: .png, data: Data([0]), pixelWidth: 1, pixelHeight: 1, identity: "seal")
        let frame = Frame(
            size: Size(width: Pt(400), height: Pt(200)),
            items: [
                .text(Self.run("【待填】"), at: Point(x: Pt(10), y: Pt(40))),
                .text(Self.run("【待填】"), at: Point(x: Pt(10), y: Pt(140))),
                .image(seal, Rect(x: Pt(0), y: Pt(100), width: Pt(120), height: Pt(100))),
            ])
        let colours = frame.highlighting(Document.toFillMarker, in: Self.red).items.compactMap { item -> Bool? in
            if case .text(let run, _) = item { run.color == Self.red } else { nil }
        }
        #expect(colours == [true, false])
    }

    @Test func aDraftPagePrintsItsMarkersInRed() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("draft.yaml")
        try """
        report:
          title: 示例镇2022年工作总结
          issuer: 示例镇人民政府
          date: 2022-12-31
          period: 2022
          theme: gongwen
        data:
          地区生产总值: { unit: 万元, values: { 2021: 52000, 2022: !todo 52000 } }
        body:
          - p: "{本期}年，全镇地区生产总值达到{地区生产总值[本期]}万元。"
        """.write(to: url, atomically: true, encoding: .utf8)
        let report = try LaidOutReport.load(url)
        let (pages, _) = try LaidOutReport.pages(of: report.document, theme: report.theme)
        let runs = pages.flatMap(\.frame.items).compactMap { item -> GlyphRun? in
            if case .text(let run, _) = item { run } else { nil }
        }
        let markers = runs.filter { $0.text.contains("待填") }
        #expect(markers.map(\.text) == ["【待填】"])
        #expect(markers.allSatisfy { $0.color == Self.red })
        let sentence = runs.filter { $0.color == .black }.map(\.text).joined()
        #expect(sentence.contains("全镇地区生产总值达到") && sentence.contains("万元"))
    }
}
