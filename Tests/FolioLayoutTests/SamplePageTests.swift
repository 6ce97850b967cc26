import FolioData
import FolioDisplay
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

@testable import FolioLayout

/// The sample pages of GB/T 9704-2012 (its 式样 chapter, which the brief numbers A.1–A.10), each reproduced by a
/// small dataset in Tests/Fixtures/gbt9704 and measured on the display list: every element's position against the
/// millimetres of §7 (and of the drawings, which give the same: 35 mm, 4 mm, 7 mm, 空二行…) within ±0.5 mm, its font
/// role and its colour. docs/dataset.md ("The standard's sample pages") says which test is which page.
@Suite("GB/T 9704 sample pages")
struct SamplePageTests {
    typealias Run = OfficialDocumentLayoutTests.Run
    static let mm = OfficialDocumentLayoutTests.mm
    static let tolerance = 0.5 * mm

    static func laidOut(_ name: String) throws -> (pages: [Page], metrics: PageMetrics) {
        let url = Checkout.fixtures.appendingPathComponent("gbt9704/\(name).yaml")
        let report = try LaidOutReport.load(url, theme: "gongwen")
        return try LaidOutReport.pages(of: report.document, theme: report.theme)
    }

    static func runs(_ page: Page) -> [Run] { OfficialDocumentLayoutTests.runs(page) }
    static func run(_ runs: [Run], _ text: String) throws -> Run { try #require(runs.first { $0.text == text }) }
    /// The black run of `text` (a signature's name, not the red mark's).
    static func black(_ runs: [Run], _ text: String) throws -> Run {
        try #require(runs.first { $0.text == text && isBlack($0.color) })
    }
    /// The page that prints the date `text` (the signature's page).
    static func page(_ pages: [Page], printing text: String) throws -> Page {
        try #require(pages.first { runs($0).contains { $0.text == text } })
    }
    static func images(_ page: Page) -> [Rect] {
        page.frame.items.compactMap { item -> Rect? in if case .image(_, let r) = item { r } else { nil } }
    }
    static func isRed(_ c: Color) -> Bool { c.red > 0.8 && c.green == 0 && c.blue == 0 }
    static func isBlack(_ c: Color) -> Bool { c.red == 0 && c.green == 0 && c.blue == 0 }

    /// Expects `actual` within ±0.5 mm of `expected` (both in points) and prints the deviation in millimetres.
    static func near(
        _ what: String, _ actual: Double, _ expected: Double, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let deviation = (actual - expected) / mm
        print("GB/T 9704 sample: \(what): \(String(format: "%+.3f", deviation)) mm")
        #expect(abs(actual - expected) <= tolerance, "\(what): \(deviation) mm", sourceLocation: sourceLocation)
    }

    /// The baseline of grid line `k` (0 = the type area's first) for 3号 text.
    static func baseline(_ m: PageMetrics, line k: Int) -> Double {
        (m.typeArea.minY + m.linePitch * Double(k) + m.baselineInCell(size: m.bodySize)).value
    }

    // MARK: A.1 公文首页版式

    @Test func a1_theFirstPage() throws {
        let (pages, m) = try Self.laidOut("A1")
        let page = try #require(pages.first)
        let runs = Self.runs(page), area = m.typeArea
        let left = area.minX.value, right = area.maxX.value, centre = (left + right) / 2
        // §7.2.1–7.2.3: 份号 (3号 digits), 密级 and 紧急程度 (3号黑体) flush left on the first three lines.
        let copy = try Self.run(runs, "000001"), secrecy = try Self.run(runs, "机密★1年"),
            urgency = try Self.run(runs, "特急")
        for (i, r) in [copy, secrecy, urgency].enumerated() {
            Self.near("A.1 corner line \(i + 1) left", r.x0, left)
            Self.near("A.1 corner line \(i + 1) baseline", r.y, Self.baseline(m, line: i))
            #expect(r.size == 16 && Self.isBlack(r.color))
        }
        #expect(secrecy.family == urgency.family && copy.family != secrecy.family)
        // §7.2.4: the mark red, centred, its top 35 mm under the type area's top, within the type area's width.
        let mark = try Self.run(runs, "示例机关甲文件")
        #expect(Self.isRed(mark.color))
        Self.near("A.1 mark top", mark.y - mark.size * 0.88, area.minY.value + 35 * Self.mm)
        Self.near("A.1 mark centre", (mark.x0 + mark.x1) / 2, centre)
        #expect(mark.x1 - mark.x0 <= area.size.width.value)
        // §7.2.5: the 发文字号 centred, two empty lines (at least) under the mark, on the grid.
        let number = try Self.run(runs, "示甲发〔2012〕1号")
        Self.near("A.1 number centre", (number.x0 + number.x1) / 2, centre)
        let markBottom = mark.y + mark.size * 0.12
        let numberTop = number.y - number.size * 0.88
        #expect(numberTop - markBottom >= 2 * m.linePitch.value - Self.tolerance)
        #expect(numberTop - markBottom < 3 * m.linePitch.value)
        // §7.2.7: the red line 4 mm under the number, as wide as the type area.
        let red = try #require(OfficialDocumentLayoutTests.rules(page).first { Self.isRed($0.color) })
        Self.near("A.1 red line under number", red.y - (number.y + number.size * 0.12), 4 * Self.mm)
        Self.near("A.1 red line left", red.x0, left)
        Self.near("A.1 red line right", red.x1, right)
        // §7.3.1: the title 2号 (22 pt), centred, two empty lines under the red line.
        let title = try Self.run(runs, "关于开展示例工作的通知")
        #expect(title.size == 22 && Self.isBlack(title.color))
        Self.near("A.1 title centre", (title.x0 + title.x1) / 2, centre)
        let titleTop = title.y - title.size * 0.88
        #expect(titleTop - red.y >= 2 * m.linePitch.value - Self.tolerance && titleTop - red.y < 3 * m.linePitch.value)
        // §7.3.2: 主送机关 one empty line under the title, flush left, with a full-width colon.
        let to = try Self.run(runs, "各示例单位：")
        Self.near("A.1 主送 left", to.x0, left)
        // One empty body line under the title's own (2号) line: on the grid, within one line of two under it.
        #expect(to.y - title.y > m.linePitch.value && to.y - title.y < 2.5 * m.linePitch.value)
        // §7.3.3: the body on the next line, two characters in.
        let lines = PrintedLine.lines(of: page)
        let body = try #require(lines.first { $0.text.hasPrefix("正文第一段") })
        Self.near("A.1 body indent", body.minX.value, left + 2 * m.charPitch.value)
        Self.near("A.1 body under 主送", body.baseline.value - to.y, m.linePitch.value)
        #expect(body.size.value == 16)
        // §7.5: "— 1 —", 4号, its dash line 7 mm under the type area, one character in from the right.
        let folio = try #require(runs.first { $0.text.contains("—") && $0.text.contains("1") })
        #expect(folio.size == 14)
        Self.near("A.1 page number dash line", folio.y - folio.size * 0.38, area.maxY.value + 7 * Self.mm)
        Self.near("A.1 page number right (one 3号 character in)", folio.x1, right - 16)
    }

    // MARK: A.2 公文末页版式1 (no seal, 附注, 版记)

    @Test func a2_theLastPageWithoutASeal() throws {
        let (pages, m) = try Self.laidOut("A2")
        try #require(pages.count == 2)
        let runs = Self.runs(pages[0]), right = m.typeArea.maxX.value, char = m.charPitch.value
        let body = try #require(PrintedLine.lines(of: pages[0]).first { $0.text.hasPrefix("正文") })
        // §7.3.5.2: the issuer one empty line under the body, two characters in from the right; the date on the
        // next line, its first character two right of the issuer's.
        let issuer = try Self.black(runs, "示例机关甲"), date = try Self.run(runs, "2012年7月1日")
        Self.near("A.2 issuer two lines under the body", issuer.y - body.baseline.value, 2 * m.linePitch.value)
        let dateRight = right - 2 * char
        if date.x1 - date.x0 + 2 * char > issuer.x1 - issuer.x0 {
            // The date is the longer: it stands two characters in, the issuer two characters left of it.
            Self.near("A.2 date right", date.x1, dateRight)
            Self.near("A.2 issuer two characters left of the date", date.x0 - issuer.x0, 2 * char)
        } else {
            Self.near("A.2 issuer right", issuer.x1, dateRight)
            Self.near("A.2 date two characters right of the issuer", date.x0 - issuer.x0, 2 * char)
        }
        Self.near("A.2 date one line under the issuer", date.y - issuer.y, m.linePitch.value)
        // §7.3.6: the 附注 in brackets on the next line, two characters in.
        let note = try Self.run(runs, "（此件公开发布）")
        Self.near("A.2 附注 indent", note.x0, m.typeArea.minX.value + 2 * char)
        Self.near("A.2 附注 under the date", note.y - date.y, m.linePitch.value)
        try Self.expectImprint(pages[1], m, copies: true, label: "A.2")
    }

    /// §7.4: the 版记 at the foot of an even page with no number: thick, (thin,) thick rules as wide as the type
    /// area, the last on its bottom edge; 抄送 and 印发 in 4号, one 4号 character in from each side.
    static func expectImprint(
        _ page: Page, _ m: PageMetrics, copies: Bool, label: String, numbered: Bool = false
    ) throws {
        let runs = Self.runs(page), left = m.typeArea.minX.value, right = m.typeArea.maxX.value
        #expect(runs.contains { $0.text.contains("—") } == numbered)
        let rules = OfficialDocumentLayoutTests.rules(page).sorted { $0.y < $1.y }
        try #require(rules.count == (copies ? 3 : 2))
        Self.near("\(label) 版记 last rule on the type area's foot", rules.last!.y, m.typeArea.maxY.value)
        for r in rules {
            Self.near("\(label) 版记 rule left", r.x0, left)
            Self.near("\(label) 版记 rule right", r.x1, right)
            #expect(Self.isBlack(r.color))
        }
        #expect(abs(rules.first!.weight - 0.35 * Self.mm) < 0.01 && abs(rules.last!.weight - 0.35 * Self.mm) < 0.01)
        if copies { #expect(abs(rules[1].weight - 0.25 * Self.mm) < 0.01) }
        let printer = try Self.run(runs, "示例机关甲办公室"), printed = try Self.run(runs, "2012年7月2日印发")
        #expect(printer.size == 14 && printed.size == 14 && printer.y == printed.y)
        Self.near("\(label) 印发机关 one character in", printer.x0, left + 14)
        Self.near("\(label) 印发日期 one character in", printed.x1, right - 14)
        if copies {
            let cc = try Self.run(runs, "抄送：")
            #expect(cc.size == 14 && cc.y < rules[1].y && printer.y > rules[1].y)
            Self.near("\(label) 抄送 one character in", cc.x0, left + 14)
        }
    }

    // MARK: A.3 公文末页版式2 (签名章)

    @Test func a3_theLastPageSignedWithTheLeadersSeal() throws {
        let (pages, m) = try Self.laidOut("A3")
        let page = try #require(pages.first)
        let runs = Self.runs(page), char = m.charPitch.value, right = m.typeArea.maxX.value
        let body = try #require(PrintedLine.lines(of: page).first { $0.text.hasPrefix("正文") })
        let seal = try #require(Self.images(page).first)
        let title = try Self.run(runs, "主任"), date = try Self.run(runs, "2012年7月1日")
        // §7.3.5.3: two empty lines under the body, the 签名章 four characters in from the right, the 职务 two
        // characters to its left and centred on it; one empty line, then the date four characters in.
        let inCell = m.baselineInCell(size: m.bodySize).value, pitch = m.linePitch.value
        let bodyCellBottom = body.baseline.value - inCell + pitch
        Self.near("A.3 签名章 row two empty lines under the body", seal.minY.value, bodyCellBottom + 2 * pitch)
        Self.near("A.3 签名章 right", seal.maxX.value, right - 4 * char)
        Self.near("A.3 职务 two characters left of the 签名章", seal.minX.value - title.x1, 2 * char)
        Self.near("A.3 职务 centred on the 签名章", title.y - title.size * 0.38, (seal.minY + seal.size.height / 2).value)
        Self.near("A.3 date right", date.x1, right - 4 * char)
        Self.near("A.3 date one empty line under the 签名章", date.y, seal.minY.value + 3 * pitch + inCell)
        try Self.expectImprint(pages[1], m, copies: false, label: "A.3")
    }

    // MARK: A.4 / A.5 联合行文公文首页版式

    @Test func a4_theJointFirstPageWithFile() throws {
        let (pages, m) = try Self.laidOut("A4")
        let runs = Self.runs(try #require(pages.first)), area = m.typeArea
        let a = try Self.run(runs, "示例机关甲"), b = try Self.run(runs, "示例机关乙"), file = try Self.run(runs, "文件")
        // §7.2.4: the lead issuer first, the names one a line, centred on each other; 文件 to their right, centred on
        // them; the whole centred on the type area, its top 35 mm under the type area's top; all red.
        #expect([a, b, file].allSatisfy { Self.isRed($0.color) } && a.y < b.y)
        Self.near("A.4 mark top", a.y - a.size * 0.88, area.minY.value + 35 * Self.mm)
        Self.near("A.4 names centred on each other", (a.x0 + a.x1) / 2, (b.x0 + b.x1) / 2)
        Self.near("A.4 文件 centred on the names", file.y, (a.y + b.y) / 2)
        Self.near("A.4 mark centred", (min(a.x0, b.x0) + file.x1) / 2, ((area.minX + area.maxX) / 2).value)
        let number = try Self.run(runs, "示甲发〔2012〕4号")
        let gap = number.y - number.size * 0.88 - (b.y + b.size * 0.12)
        #expect(gap >= 2 * m.linePitch.value - Self.tolerance && gap < 3 * m.linePitch.value)
        let red = try #require(OfficialDocumentLayoutTests.rules(pages[0]).first { Self.isRed($0.color) })
        Self.near("A.4 red line under number", red.y - (number.y + number.size * 0.12), 4 * Self.mm)
    }

    @Test func a5_theJointUpwardFirstPage() throws {
        let (pages, m) = try Self.laidOut("A5")
        let runs = Self.runs(try #require(pages.first)), area = m.typeArea, char = m.charPitch.value
        let a = try Self.run(runs, "示例机关甲"), b = try Self.run(runs, "示例机关乙")
        #expect(!runs.contains { $0.text == "文件" })
        Self.near("A.5 mark centred", (min(a.x0, b.x0) + max(a.x1, b.x1)) / 2, ((area.minX + area.maxX) / 2).value)
        Self.near("A.5 mark top", a.y - a.size * 0.88, area.minY.value + 35 * Self.mm)
        // §7.2.5–7.2.6: the number one character in from the left on the last signer's line; "签发人：" in 仿宋 and
        // the names in 楷体, one character in from the right, two a line, the second line under the first name.
        let number = try Self.run(runs, "示甲报〔2012〕5号"), label = try Self.run(runs, "签发人：")
        let first = try #require(runs.first { $0.text.hasPrefix("张三") }), second = try Self.run(runs, "王五")
        Self.near("A.5 number left", number.x0, area.minX.value + char)
        Self.near("A.5 names right", first.x1, area.maxX.value - char)
        Self.near("A.5 second line under the first name", second.x0, first.x0)
        Self.near("A.5 signers' lines one line apart", second.y - first.y, m.linePitch.value)
        #expect(number.y == second.y && label.y == first.y && label.family != first.family)
        let red = try #require(OfficialDocumentLayoutTests.rules(pages[0]).first { Self.isRed($0.color) })
        Self.near("A.5 red line under number", red.y - (number.y + number.size * 0.12), 4 * Self.mm)
    }

    // MARK: A.6 公文末页版式（加盖印章）

    @Test func a6_theLastPageWithTheSeal() throws {
        let (pages, m) = try Self.laidOut("A6")
        let page = try Self.page(pages, printing: "2012年7月1日")
        let runs = Self.runs(page), char = m.charPitch.value, right = m.typeArea.maxX.value
        let issuer = try Self.black(runs, "示例机关甲"), date = try Self.run(runs, "2012年7月1日")
        let seal = try #require(Self.images(page).first)
        let body = try #require(PrintedLine.lines(of: page).filter { $0.text.hasPrefix("正文") }.last)
        // §7.3.5.1: the date four characters in, the issuer centred over it, the seal (42 mm) centred on both.
        Self.near("A.6 date right", date.x1, right - 4 * char)
        let centre = (date.x0 + date.x1) / 2
        Self.near("A.6 issuer centred on the date", (issuer.x0 + issuer.x1) / 2, centre)
        Self.near("A.6 seal centred on the date", (seal.minX + seal.size.width / 2).value, centre)
        Self.near("A.6 seal width", seal.size.width.value, 42 * Self.mm)
        #expect(seal.minY.value < issuer.y - issuer.size && seal.maxY.value > date.y)
        // The seal's top within one line under the body.
        let gap = seal.minY.value - (body.baseline.value + 0.12 * 16)
        #expect(gap >= 0 && gap <= m.linePitch.value, "A.6 seal top \(gap / Self.mm) mm under the body")
        print("GB/T 9704 sample: A.6 seal top under the body: \(String(format: "%.3f", gap / Self.mm)) mm (≤ one line)")
        Self.near("A.6 附注 indent", try Self.run(runs, "（此件公开发布）").x0, m.typeArea.minX.value + 2 * char)
    }

    // MARK: A.7 联合行文公文末页版式1（加盖印章）

    @Test func a7_jointIssuersWithSeals() throws {
        let (pages, m) = try Self.laidOut("A7")
        let page = try Self.page(pages, printing: "2012年7月1日")
        // A last page (末页): the body runs on from page 1, whose title has body text under it, and the signature's
        // page holds the body's last lines (§7.3.5.5: never a signature page without body text).
        #expect(pages.count == 2 && page.index == pages[1].index)
        #expect(PrintedLine.lines(of: pages[0]).contains { $0.text.hasPrefix("正文。为做好示例工作") })
        #expect(PrintedLine.lines(of: page).contains { $0.text.hasPrefix("一、工作目标") })
        let runs = Self.runs(page), char = m.charPitch.value, area = m.typeArea
        let a = try Self.black(runs, "示例机关甲"), b = try Self.black(runs, "示例机关乙")
        let c = try Self.black(runs, "示例机关丙")
        let date = try Self.run(runs, "2012年7月1日")
        let seals = Self.images(page).sorted { ($0.minY.value, $0.minX.value) < ($1.minY.value, $1.minX.value) }
        try #require(seals.count == 3)
        let body = try #require(PrintedLine.lines(of: page).filter { $0.text.hasPrefix("正文") }.last)
        // The date four characters in from the right; the right column centred on it, the left one its mirror.
        Self.near("A.7 date right", date.x1, area.maxX.value - 4 * char)
        let rightCentre = (date.x0 + date.x1) / 2,
            leftCentre = area.size.width.value - (rightCentre - area.minX.value) + area.minX.value
        // First row: 甲 left, 乙 right, on one line ("按照发文机关顺序整齐排列"); second row: 丙 over the date.
        #expect(a.y == b.y && c.y > b.y && date.y > c.y)
        Self.near("A.7 甲 centred in the left column", (a.x0 + a.x1) / 2, leftCentre)
        Self.near("A.7 乙 centred in the right column", (b.x0 + b.x1) / 2, rightCentre)
        Self.near("A.7 丙 centred on the date", (c.x0 + c.x1) / 2, rightCentre)
        Self.near("A.7 date under 丙", date.y - c.y, m.linePitch.value)
        // Each seal centred on its issuer ("一一对应、居中下压"), 42 mm, pressing on the name.
        for (seal, issuer, name) in [(seals[0], a, "甲"), (seals[1], b, "乙"), (seals[2], c, "丙")] {
            Self.near(
                "A.7 seal \(name) centred on its issuer", (seal.minX + seal.size.width / 2).value,
                (issuer.x0 + issuer.x1) / 2)
            Self.near("A.7 seal \(name) width", seal.size.width.value, 42 * Self.mm)
            #expect(seal.minY.value < issuer.y - issuer.size && seal.maxY.value > issuer.y)
        }
        // The last seal also presses on the date.
        #expect(seals[2].maxY.value > date.y - date.size * 0.88)
        // A row's seals aligned ("排列整齐"), not touching each other or the next row's ("互不相交或相切"), inside
        // the type area ("两端不得超出版心").
        Self.near("A.7 first row's seals on one line", seals[0].minY.value, seals[1].minY.value)
        #expect(seals[0].maxX < seals[1].minX)
        #expect(seals[1].maxY < seals[2].minY)
        print(
            "GB/T 9704 sample: A.7 gap between row seals: \(String(format: "%.2f", (seals[1].minX - seals[0].maxX).value / Self.mm)) mm, between rows: \(String(format: "%.2f", (seals[2].minY - seals[1].maxY).value / Self.mm)) mm"
        )
        for s in seals { #expect(s.minX >= area.minX && s.maxX <= area.maxX) }
        // The first row's top within one line under the body.
        let gap = seals[0].minY.value - (body.baseline.value + 0.12 * 16)
        #expect(gap >= 0 && gap <= m.linePitch.value, "A.7 seal top \(gap / Self.mm) mm under the body")
    }

    // MARK: A.8 联合行文公文末页版式2 (no seals)

    @Test func a8_jointIssuersWithoutSeals() throws {
        let (pages, m) = try Self.laidOut("A8")
        let runs = Self.runs(pages[0]), char = m.charPitch.value
        let a = try Self.black(runs, "示例机关甲"), b = try Self.black(runs, "示例机关乙")
        let date = try Self.run(runs, "2012年7月1日")
        // §7.3.5.2: the lead body first, the others under it, their first characters aligned; the date on the next
        // line two characters right of them; the block two characters in from the right.
        Self.near("A.8 issuers aligned", b.x0, a.x0)
        Self.near("A.8 one a line", b.y - a.y, m.linePitch.value)
        Self.near("A.8 date under the last", date.y - b.y, m.linePitch.value)
        Self.near("A.8 date two characters right", date.x0 - a.x0, 2 * char)
        Self.near("A.8 block two characters in", max(a.x1, date.x1), m.typeArea.maxX.value - 2 * char)
        try Self.expectImprint(pages[1], m, copies: true, label: "A.8")
    }

    // MARK: A.9 附件说明页版式

    @Test func a9_theAttachmentList() throws {
        let (pages, m) = try Self.laidOut("A9")
        let page = try #require(pages.first)
        let runs = Self.runs(page), left = m.typeArea.minX.value, char = m.charPitch.value
        let body = try #require(PrintedLine.lines(of: page).first { $0.text.hasPrefix("现将") })
        // §7.3.4: one empty line under the body, "附件：" two characters in, "1." and "2." after it, a long name
        // turning under its first character, no stop after a name.
        let label = try Self.run(runs, "附件：")
        Self.near("A.9 附件说明 indent", label.x0, left + 2 * char)
        Self.near("A.9 附件说明 one empty line under the body", label.y - body.baseline.value, 2 * m.linePitch.value)
        let one = try Self.run(runs, "1."), two = try Self.run(runs, "2.")
        Self.near("A.9 numbers aligned", two.x0, one.x0)
        let lines = PrintedLine.lines(of: page).filter {
            $0.baseline.value > label.y + 1 && $0.baseline.value < two.y - 1
        }
        let turn = try #require(lines.first)
        Self.near("A.9 a long name turns under its first character", turn.minX.value, one.x1)
        #expect(!PrintedLine.lines(of: page).contains { $0.text.hasSuffix("任务分解表。") })
        // The seal's top within one line under the 附件说明 (§7.3.5.1 "上距正文（或附件说明）一行之内").
        let seal = try #require(Self.images(page).first)
        let gap = seal.minY.value - (two.y + 0.12 * 16)
        #expect(gap >= 0 && gap <= m.linePitch.value, "A.9 seal top \(gap / Self.mm) mm under the list")
    }

    // MARK: A.10 带附件公文末页版式

    @Test func a10_theAttachmentAndTheImprint() throws {
        let (pages, m) = try Self.laidOut("A10")
        try #require(pages.count == 2)
        let runs = Self.runs(pages[1]), left = m.typeArea.minX.value
        // §7.3.7: "附件" in 3号黑体 flush left on the first line of a new page; its title (2号) centred under it.
        let head = try Self.run(runs, "附件")
        Self.near("A.10 附件 left", head.x0, left)
        Self.near("A.10 附件 on the first line", head.y, Self.baseline(m, line: 0))
        let body = try #require(PrintedLine.lines(of: pages[0]).first { $0.text.hasPrefix("现将") })
        let bodyRun = try #require(Self.runs(pages[0]).first { $0.text.hasPrefix("现将") })
        #expect(head.family != bodyRun.family && head.size == 16 && body.size.value == 16)
        let title = try Self.run(runs, "示例工作实施方案")
        #expect(title.size == 22)
        Self.near("A.10 title centred", (title.x0 + title.x1) / 2, ((m.typeArea.minX + m.typeArea.maxX) / 2).value)
        // §7.5: the numbers continue; §7.4: the 版记 at the foot of this even page, which then has no number.
        try Self.expectImprint(pages[1], m, copies: true, label: "A.10", numbered: true)
    }
}
