import FolioDisplay
import FolioOFD
import FolioRender
import FolioRenderTestSupport
import FolioTestSupport
import Foundation
import Testing

/// `OFDWriter` on display-list pages made by hand: the package's parts and references, each character where its
/// glyph is, glyph substitutions, paths, images, a rotated run, the outline, metadata and the same bytes each time.
@Suite("OFD writer")
struct OFDWriterTests {
    static let info = DocumentInfo(
        title: "测试文件", author: "XX镇人民政府", subject: "示例", keywords: ["示例"], creationDate: "2021-07-15T00:00:00Z")

    /// Two pages: text (one character drawn with another character's glyph, as a GSUB form would be), a dashed grey
    /// rule, a translucent red box, a rotated label, a PNG image, a link to the second page and one to a URI;
    /// Latin text in a TrueType face; bookmarks on both pages.
    static func pages() throws -> [Page] {
        let font = TestFont.notoSerifSC
        var body = Frame(size: .a4)
        body.append(.text(try TestFont.run("一二三四"), at: Point(x: .mm(30), y: .mm(50))))
        var substituted = try TestFont.run("。")
        substituted.glyphs[0].id = try FontProbe.glyph(for: "，", in: font)
        body.append(.text(substituted, at: Point(x: .mm(30), y: .mm(60))))
        body.append(
            .path(
                .line(
                    from: Point(x: .mm(30), y: .mm(70)), to: Point(x: .mm(180), y: .mm(70)),
                    stroke: Stroke(color: .gray(0.5), width: 1, dash: [3, 2]))))
        body.append(
            .path(
                .rect(
                    Rect(x: .mm(30), y: .mm(80), width: .mm(20), height: .mm(10)),
                    fill: Color(red: 1, green: 0, blue: 0, alpha: 0.5))))
        var label = Frame(size: Size(width: 100, height: 20))
        label.append(.text(try TestFont.run("标签", size: 10), at: Point(x: 0, y: 10)))
        body.append(.group(label, Transform.translate(.mm(100), .mm(120)).concatenating(.rotate(-.pi / 2))))
        body.append(.image(try png(), Rect(x: .mm(120), y: .mm(150), width: .mm(40), height: .mm(20))))
        body.append(.link(Rect(x: .mm(30), y: .mm(45), width: .mm(50), height: .mm(6)), .page(index: 1, y: .mm(35))))
        body.append(.link(Rect(x: .mm(30), y: .mm(200), width: .mm(50), height: .mm(6)), .uri("https://example.org/")))
        var second = Frame(size: .a4)
        second.append(.text(try TestFont.run("五六"), at: Point(x: .mm(30), y: .mm(40))))
        second.append(.text(try TestFont.run("Folio 2021", font: dejaVuSans), at: Point(x: .mm(30), y: .mm(60))))
        return [
            Page(
                index: 0, label: "1", frame: body,
                outline: [OutlineEntry(title: "一、总体", level: 1, pageIndex: 0, y: .mm(45))]),
            Page(
                index: 1, label: "2", frame: second,
                outline: [
                    OutlineEntry(title: "（一）细目", level: 2, pageIndex: 1, y: .mm(35)),
                    OutlineEntry(title: "二、其他", level: 1, pageIndex: 1, y: .mm(60)),
                ]),
        ]
    }

    /// A TrueType face (Debian's fonts-dejavu-core, which fontconfig needs anyway).
    static let dejaVuSans = FontFace(
        path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", index: 0, family: "DejaVu Sans")

    /// A small PNG drawn by Folio's raster renderer.
    static func png() throws -> ImageItem {
        let file = try Checkout.temporaryFolder("ofd-png").appendingPathComponent("box.png")
        var frame = Frame(size: Size(width: 20, height: 10))
        frame.append(.path(.rect(Rect(x: 2, y: 2, width: 16, height: 6), fill: .black)))
        try RasterRenderer.writePNG(Page(index: 0, label: "1", frame: frame), dpi: 72, to: file)
        return ImageItem(
            format: .png, data: try Data(contentsOf: file), pixelWidth: 20, pixelHeight: 10, identity: "box")
    }

    /// The package of `pages()` written to a file.
    static func package() throws -> OFDPackageReader {
        var writer = OFDWriter(info: info)
        for page in try pages() { writer.add(page) }
        let url = try Checkout.temporaryFolder("ofd-writer").appendingPathComponent("t.ofd")
        try writer.package().write(to: url)
        return try OFDPackageReader(url)
    }

    @Test func thePartsAreThereAndEveryReferenceResolves() throws {
        let package = try Self.package()
        #expect(
            Set(package.entries).isSuperset(of: [
                "OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "Doc_0/DocumentRes.xml",
                "Doc_0/Pages/Page_0/Content.xml", "Doc_0/Pages/Page_1/Content.xml",
            ]))
        #expect(try packageProblems(package) == [])
        let document = try package.xml("Doc_0/Document.xml")
        #expect(document.all("ofd:PhysicalBox").first?.stringValue == "0 0 210 297")
        // Noto Serif CJK keeps its CFF outlines (.otf), DejaVu Sans its TrueType ones (.ttf).
        let files = try package.xml("Doc_0/PublicRes.xml").all("ofd:FontFile").compactMap(\.stringValue)
        #expect(files.count == 2 && files.filter { $0.hasSuffix(".otf") }.count == 1)
        let trueType = try #require(files.first { $0.hasSuffix(".ttf") })
        #expect(try package.data("Doc_0/Res/" + trueType).prefix(4) == Data([0, 1, 0, 0]))
        let otf = try #require(files.first { $0.hasSuffix(".otf") })
        #expect(try package.data("Doc_0/Res/" + otf).prefix(4) == Data("OTTO".utf8))
        let media = try package.xml("Doc_0/DocumentRes.xml").all("ofd:MultiMedia")
        #expect(media.map { $0.attr("Format") } == ["PNG"])
    }

    @Test func theMetadataIsTheDocumentsAndTheBytesAreTheSameEachTime() throws {
        let info = try Self.package().xml("OFD.xml").all("ofd:DocInfo").first
        #expect(info?.kids("ofd:Title").first?.stringValue == "测试文件")
        #expect(info?.kids("ofd:Author").first?.stringValue == "XX镇人民政府")
        #expect(info?.kids("ofd:CreationDate").first?.stringValue == "2021-07-15")
        let id = info?.kids("ofd:DocID").first?.stringValue ?? ""
        #expect(id.count == 32 && id.allSatisfy(\.isHexDigit))
        var a = OFDWriter(info: Self.info), b = OFDWriter(info: Self.info)
        for page in try Self.pages() {
            a.add(page)
            b.add(page)
        }
        #expect(try a.package() == b.package())
    }

    @Test func eachCharacterStandsWhereItsGlyphStands() throws {
        let run = try TestFont.run("一二三四")
        let page = try Self.package().xml("Doc_0/Pages/Page_0/Content.xml")
        let text = try #require(
            page.all("ofd:TextObject").first { $0.kids("ofd:TextCode").first?.stringValue == "一二三四" })
        let code = try #require(text.kids("ofd:TextCode").first)
        let box = text.numbers("Boundary")
        let x0 = box[0] + (Double(code.attr("X") ?? "") ?? .nan)
        let y = box[1] + (Double(code.attr("Y") ?? "") ?? .nan)
        #expect(abs(y - 50) < 0.001)
        var xs = [x0]
        for gap in expandDeltas(code.attr("DeltaX")) { xs.append((xs.last ?? 0) + gap) }
        let expected = run.glyphs.map { 30 + $0.x.millimetres }
        #expect(xs.count == expected.count)
        for (x, e) in zip(xs, expected) { #expect(abs(x - e) < 0.002) }
        #expect(text.attr("Size") == "5.644")   // 16 pt
        #expect(text.attr("CTM") == nil && text.kids("ofd:CGTransform").isEmpty)
    }

    @Test func aSubstitutedGlyphIsNamedAndARotatedRunKeepsItsTransform() throws {
        let page = try Self.package().xml("Doc_0/Pages/Page_0/Content.xml")
        let texts = page.all("ofd:TextObject")
        let stop = try #require(texts.first { $0.kids("ofd:TextCode").first?.stringValue == "。" })
        let transform = try #require(stop.kids("ofd:CGTransform").first)
        #expect(transform.attr("CodePosition") == "0" && transform.attr("CodeCount") == "1")
        #expect(
            transform.attr("GlyphCount") == "1" && transform.kids("ofd:Glyphs").first?.stringValue?.isEmpty == false)
        #expect(texts.filter { !$0.kids("ofd:CGTransform").isEmpty }.count == 1)
        let label = try #require(texts.first { $0.kids("ofd:TextCode").first?.stringValue == "标签" })
        #expect(label.attr("Boundary") == "0 0 210 297")
        let ctm = label.numbers("CTM")
        #expect(ctm.count == 6 && abs(ctm[1] + 1) < 0.001 && abs(ctm[2] - 1) < 0.001)
        #expect(abs(ctm[4] - 100) < 0.001 && abs(ctm[5] - 120) < 0.001)
    }

    @Test func pathsAndImagesKeepTheirColoursDashesAndPlaces() throws {
        let page = try Self.package().xml("Doc_0/Pages/Page_0/Content.xml")
        let paths = page.all("ofd:PathObject")
        #expect(paths.count == 2)
        let rule = paths[0], box = paths[1]
        #expect(
            rule.attr("Stroke") == "true" && rule.attr("Fill") == "false" && rule.attr("DashPattern") == "1.058 0.706")
        #expect(rule.kids("ofd:StrokeColor").first?.attr("Value") == "128 128 128")
        #expect(rule.kids("ofd:AbbreviatedData").first?.stringValue?.hasPrefix("M ") == true)
        #expect(box.attr("Fill") == "true" && box.attr("Stroke") == "false" && box.attr("Alpha") == "128")
        #expect(box.kids("ofd:FillColor").first?.attr("Value") == "255 0 0")
        #expect(box.kids("ofd:AbbreviatedData").first?.stringValue?.hasSuffix(" C") == true)
        let image = try #require(page.all("ofd:ImageObject").first)
        #expect(image.attr("Boundary") == "120 150 40 20" && image.attr("CTM") == "40 0 0 20 0 0")
    }

    @Test func linksAreClickActionsOnTheirRectangles() throws {
        let package = try Self.package()
        let pageIDs = try package.xml("Doc_0/Document.xml").all("ofd:Page").compactMap { $0.attr("ID") }
        let page = try package.xml("Doc_0/Pages/Page_0/Content.xml")
        let actions = try #require(page.kids("ofd:Actions").first).kids("ofd:Action")
        #expect(actions.count == 2 && actions.allSatisfy { $0.attr("Event") == "CLICK" })
        let area = try #require(actions.first?.all("ofd:Area").first)
        #expect(area.attr("Start") == "30 45")
        #expect(area.kids("ofd:Line").map { $0.attr("Point1") } == ["80 45", "80 51", "30 51"])
        #expect(area.kids("ofd:Close").count == 1)
        let dest = try #require(actions.first?.all("ofd:Dest").first)
        #expect(dest.attr("PageID") == pageIDs[1] && dest.attr("Top") == "35")
        #expect(actions.last?.all("ofd:URI").first?.attr("URI") == "https://example.org/")
        #expect(try package.xml("Doc_0/Pages/Page_1/Content.xml").kids("ofd:Actions").isEmpty)
    }

    @Test func theOutlineNestsByLevelAndGoesToTheHeadings() throws {
        let document = try Self.package().xml("Doc_0/Document.xml")
        let pageIDs = document.all("ofd:Page").compactMap { $0.attr("ID") }
        let top = try #require(document.all("ofd:Outlines").first).kids("ofd:OutlineElem")
        #expect(top.map { $0.attr("Title") } == ["一、总体", "二、其他"])
        #expect(top[0].kids("ofd:OutlineElem").map { $0.attr("Title") } == ["（一）细目"])
        let dest = try #require(top[0].kids("ofd:OutlineElem").first?.all("ofd:Dest").first)
        #expect(dest.attr("PageID") == pageIDs[1] && dest.attr("Top") == "35" && dest.attr("Type") == "XYZ")
    }
}
