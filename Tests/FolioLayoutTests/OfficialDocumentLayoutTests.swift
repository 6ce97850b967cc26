import FolioData
import FolioDisplay
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

@testable import FolioLayout

/// 版头, 主送机关, 附注 and 版记 laid out: each element measured on the display list against GB/T 9704-2012's
/// millimetres (§7.2, §7.3.2, §7.3.6, §7.4), within ±0.5 mm, with its font role and colour.
@Suite("Official document parts")
struct OfficialDocumentLayoutTests {
    static func yaml(_ document: String, body: String = "  - 正文第一段。") -> String {
        """
        report:
          title: 关于做好农村人居环境整治工作的通知
          issuer: XX镇人民政府
          date: 2021-03-05
          document:
        \(document)
        body:
        \(body)
        """
    }

    static let full = """
            copy: "000012"
            secrecy: 秘密★1年
            urgency: 特急
            mark: XX镇人民政府文件
            number: X政发〔2021〕12号
            to: 各村（社区）、镇属各单位
            note: 此件公开发布
            cc: [县农业农村局, 县生态环境局]
            printer: XX镇党政办公室
            printed: 2021-03-06
        """

    static func pages(_ yaml: String) throws -> (pages: [Page], metrics: PageMetrics) {
        let (data, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let theme = try LaidOutReport.theme("gongwen")
        let doc = try Document.resolve(data, theme: theme).document
        return try LaidOutReport.pages(of: doc, theme: theme)
    }

    /// Runs of a page: text, its left and right x, baseline, size, colour.
    struct Run { var text: String; var x0, x1, y, size: Double; var color: Color; var family: String }
    static func runs(_ page: Page) -> [Run] {
        page.frame.items.compactMap { item in
            guard case .text(let run, let at) = item, let first = run.glyphs.first, let last = run.glyphs.last else {
                return nil
            }
            return Run(
                text: run.text, x0: (at.x + first.x).value, x1: (at.x + last.x + last.advance).value,
                y: at.y.value, size: run.size.value, color: run.color, family: run.font.family)
        }
    }
    static func rules(_ page: Page) -> [(y: Double, x0: Double, x1: Double, weight: Double, color: Color)] {
        page.frame.items.compactMap { item in
            guard case .path(let p) = item, let s = p.stroke, case .move(let a)? = p.segments.first,
                case .line(let b)? = p.segments.last, a.y == b.y
            else { return nil }
            return (a.y.value, a.x.value, b.x.value, s.width.value, s.color)
        }
    }
    static let mm: Double = 72.0 / 25.4

    @Test func theHeaderStandsWhereSection72PutsIt() throws {
        let (pages, m) = try Self.pages(Self.yaml(Self.full))
        let page = try #require(pages.first)
        let runs = Self.runs(page), area = m.typeArea
        let top = area.minY.value, left = area.minX.value, right = area.maxX.value
        // §7.2.1–7.2.3: 份号, 密级, 紧急程度 flush left on the first three lines, in that order.
        let corner = ["000012", "秘密★1年", "特急"].compactMap { t in runs.first { $0.text == t } }
        try #require(corner.count == 3)
        #expect(corner.allSatisfy { abs($0.x0 - left) < 0.5 * Self.mm })
        #expect(corner[0].y < corner[1].y && corner[1].y < corner[2].y)
        #expect(abs(corner[1].y - corner[0].y - m.linePitch.value) < 0.01)
        #expect(corner[1].family == corner[2].family && corner[0].family != corner[1].family)
        // §7.2.4: the mark red, centred, its top edge (em box) 35 mm under the type area's top.
        let mark = try #require(runs.first { $0.text == "XX镇人民政府文件" })
        #expect(mark.color.red > 0.8 && mark.color.green == 0 && mark.color.blue == 0)
        #expect(abs((mark.x0 + mark.x1) / 2 - (left + right) / 2) < 0.5 * Self.mm)
        #expect(abs(mark.y - mark.size * 0.88 - (top + 35 * Self.mm)) < 0.5 * Self.mm)
        #expect(mark.size <= 15 * Self.mm + 0.01 && mark.x1 - mark.x0 <= area.size.width.value)
        // §7.2.5: 发文字号 centred, two empty lines under the mark.
        let number = try #require(runs.first { $0.text.contains("〔2021〕") })
        #expect(abs((number.x0 + number.x1) / 2 - (left + right) / 2) < 0.5 * Self.mm)
        let markBottom = mark.y + mark.size * 0.12
        #expect(number.y - number.size * 0.88 - markBottom > 2 * m.linePitch.value - 0.5 * Self.mm)
        // §7.2.7: the red line, as wide as the type area, 4 mm under the 发文字号.
        let red = try #require(Self.rules(page).first { $0.color.red > 0.8 })
        #expect(abs(red.x0 - left) < 0.01 && abs(red.x1 - right) < 0.01)
        #expect(abs(red.y - (number.y + number.size * 0.12) - 4 * Self.mm) < 0.5 * Self.mm)
        // §7.3.1: the title two empty lines under the red line; §7.3.2: 主送机关 flush left under the title.
        let title = try #require(runs.first { $0.text.hasPrefix("关于") })
        #expect(title.y - red.y > 2 * m.linePitch.value)
        let to = try #require(runs.first { $0.text.hasPrefix("各村") })
        #expect(abs(to.x0 - left) < 0.5 * Self.mm && to.text.hasSuffix("：") && to.y > title.y)
    }

    @Test func upwardDocumentsPutTheSignersOnTheNumbersLine() throws {
        let header = """
                mark: XX镇人民政府
                number: X政报〔2021〕3号
                signers: [张三, 李四, 王五]
            """
        let page = try #require(try Self.pages(Self.yaml(header)).pages.first)
        let (_, m) = try Self.pages(Self.yaml(header))
        let runs = Self.runs(page)
        let number = try #require(runs.first { $0.text.contains("〔2021〕") })
        let label = try #require(runs.first { $0.text == "签发人：" })
        let names = runs.filter { $0.text.contains("张三") || $0.text.contains("王五") }
        try #require(names.count == 2)
        // §7.2.5: the number one character in from the left, on the line of the last signer.
        #expect(abs(number.x0 - (m.typeArea.minX + m.charPitch).value) < 0.5 * Self.mm)
        #expect(number.y == names[1].y && label.y == names[0].y)
        // §7.2.6: the names one character in from the right, in another face than the label; later lines aligned.
        #expect(abs(names[0].x0 - names[1].x0) < 0.01)
        #expect(abs(names.map(\.x1).max()! - (m.typeArea.maxX - m.charPitch).value) < 0.5 * Self.mm)
        #expect(names[0].family != label.family)
    }

    @Test func theImprintEndsTheLastEvenPageOnTheTypeAreasEdge() throws {
        let (pages, m) = try Self.pages(Self.yaml(Self.full))
        // One page of body: the 版记 goes on page 2 (the back), which then carries no number.
        try #require(pages.count == 2)
        let page = pages[1], runs = Self.runs(page)
        #expect(!runs.contains { $0.text.contains("—") })
        let rules = Self.rules(page).sorted { $0.y < $1.y }
        try #require(rules.count == 3)
        // §7.4.1: the first and last rules thick (0.35 mm), the one between thin (0.25 mm); the last on the edge.
        #expect(abs(rules[2].y - m.typeArea.maxY.value) < 0.5 * Self.mm)
        #expect(abs(rules[0].weight - 0.35 * Self.mm) < 0.01 && abs(rules[2].weight - 0.35 * Self.mm) < 0.01)
        #expect(abs(rules[1].weight - 0.25 * Self.mm) < 0.01)
        // §7.4.2–7.4.3: 4号, 抄送 one character in, 印发机关 one in from the left, the date one in from the right.
        let cc = try #require(runs.first { $0.text == "抄送：" })
        let printer = try #require(runs.first { $0.text == "XX镇党政办公室" })
        let printed = try #require(runs.first { $0.text == "2021年3月6日印发" })
        #expect(cc.size == 14 && printer.size == 14)
        #expect(abs(cc.x0 - m.typeArea.minX.value - 14) < 0.5 * Self.mm)
        #expect(abs(printer.x0 - m.typeArea.minX.value - 14) < 0.5 * Self.mm)
        #expect(abs(m.typeArea.maxX.value - 14 - printed.x1) < 0.5 * Self.mm)
        #expect(cc.y < rules[1].y && printer.y > rules[1].y && printer.y < rules[2].y)
        // §7.3.6: 附注 in brackets, two characters in, on the line after the date.
        let all = pages.flatMap(Self.runs)
        let notice = try #require(all.first { $0.text == "（此件公开发布）" })
        #expect(abs(notice.x0 - (m.typeArea.minX + m.charPitch * 2).value) < 0.5 * Self.mm)
    }

    @Test func anOddLastPageGetsABlankPageBeforeTheImprintOnlyWhenFull() {
        let imprint = FlowUnit(lines: 2, breakBefore: false, items: [])
        let line = FlowUnit(lines: 1, breakBefore: true, items: [])
        let placement = ImprintPlacement(capacity: 22, imprint: imprint)
        // Page 2 with room: the 版记 at its foot.
        let roomy = placement.pages(ending: [Array(repeating: line, count: 5)], firstNumber: 2)
        #expect(roomy.unnumbered.isEmpty && roomy.numbered[0].reduce(0) { $0 + $1.lines } == 22)
        // Page 3: a 版记 page after it.
        let odd = placement.pages(ending: [Array(repeating: line, count: 5)], firstNumber: 3)
        #expect(odd.unnumbered.count == 1)
        // Page 2 full: a blank page and a 版记 page.
        let full = placement.pages(ending: [Array(repeating: line, count: 21)], firstNumber: 2)
        #expect(full.unnumbered.count == 2 && full.unnumbered[0].isEmpty)
    }

    @Test func theSealPressesOnTheIssuerAndTheDate() throws {
        let yaml = Self.yaml("    seal: square.png", body: "  - 正文第一段。\n  - 正文第二段。")
        let (data, _) = try DatasetLoader.load(
            yaml: yaml, fileName: "t.yaml", directory: Checkout.fixtures.appendingPathComponent("images"))
        let theme = try LaidOutReport.theme("gongwen")
        let doc = try Document.resolve(data, theme: theme).document
        let (pages, m) = try LaidOutReport.pages(of: doc, theme: theme)
        let page = try #require(pages.last)
        let runs = Self.runs(page)
        let issuer = try #require(runs.first { $0.text == "XX镇人民政府" })
        let date = try #require(runs.first { $0.text == "2021年3月5日" })
        let body = try #require(runs.filter { $0.text.hasPrefix("正文") }.max { $0.y < $1.y })
        let seal = try #require(
            page.frame.items.compactMap { item -> Rect? in if case .image(_, let r) = item { r } else { nil } }.first)
        // §7.3.5.1: the date four characters in from the right; the issuer centred over it; the seal centred on both.
        #expect(abs(m.typeArea.maxX.value - (m.charPitch * 4).value - date.x1) < 0.5 * Self.mm)
        let centre = (date.x0 + date.x1) / 2
        #expect(abs((issuer.x0 + issuer.x1) / 2 - centre) < 0.5 * Self.mm)
        #expect(abs((seal.minX + seal.size.width / 2).value - centre) < 0.5 * Self.mm)
        #expect(abs(seal.size.width.value - 42 * Self.mm) < 0.01)
        // The seal covers both lines, its centre above their middle, its top within one line under the text.
        let sealTop = seal.minY.value, sealBottom = (seal.minY + seal.size.height).value
        let middle = (issuer.y + date.y) / 2 - issuer.size * 0.38
        #expect(sealTop < issuer.y - issuer.size && sealBottom > date.y)
        #expect((sealTop + sealBottom) / 2 < middle)
        let gap = sealTop - (body.y + body.size * 0.12)
        #expect(gap >= 0 && gap <= m.linePitch.value, "gap \(gap)")
        // The seal is drawn after the text it presses on.
        let order = page.frame.items.enumerated().compactMap { i, item -> Int? in
            if case .image = item { return i } else { return nil }
        }
        let dateIndex = page.frame.items.firstIndex {
            if case .text(let r, _) = $0 { return r.text == "2021年3月5日" } else { return false }
        }
        #expect(order.first! > dateIndex!)
    }

    @Test func attachmentsAreListedAndEachStartsANewPage() throws {
        let long = String(repeating: "农村人居环境整治", count: 5) + "任务分解表"
        let yaml =
            Self.yaml("    to: 各村", body: "  - 正文。") + """

                attachments:
                  - title: \(long)
                    body: [附件一的正文。]
                  - title: 月报表
                    body:
                      - section: 填报要求
                        body: [按月填报。]
                """
        let (pages, m) = try Self.pages(yaml)
        try #require(pages.count == 3)
        let first = Self.runs(pages[0]), left = m.typeArea.minX.value, pitch = m.charPitch.value
        // §7.3.4: "附件：" two characters in; "1." and "2." after it; a long title's second line under its first character.
        let label = try #require(first.first { $0.text == "附件：" })
        #expect(abs(label.x0 - left - 2 * pitch) < 0.5 * Self.mm)
        let one = try #require(first.first { $0.text == "1." }), two = try #require(first.first { $0.text == "2." })
        #expect(one.y == label.y && abs(one.x0 - two.x0) < 0.01)
        let titleLines = PrintedLine.lines(of: pages[0]).filter {
            $0.baseline.value >= label.y - 0.01 && ($0.text.contains("农村") || $0.text.hasSuffix("分解表"))
        }
        try #require(titleLines.count >= 2)
        // The first line starts with 附件：1. at the label; the name's start is where the second line starts.
        let nameStart = titleLines[1].minX.value
        #expect(abs(nameStart - one.x1) < 1, "\(nameStart) \(one.x1)")
        #expect(two.y > titleLines[1].baseline.value)
        // §7.3.7: each attachment on a new page, "附件N" flush left on the first line, its title on the second.
        for (n, page) in pages.dropFirst().enumerated() {
            let runs = Self.runs(page)
            let head = try #require(runs.min { $0.y < $1.y })
            #expect(head.text == "附件\(n + 1)" && abs(head.x0 - left) < 0.5 * Self.mm)
            #expect(abs(head.y - (m.typeArea.minY + m.baselineInCell(size: m.bodySize)).value) < 0.01)
            let title = try #require(runs.filter { $0.y > head.y }.min { $0.y < $1.y })
            #expect(title.y - head.y < 2 * m.linePitch.value && title.size == 22)
        }
        // Headings are numbered afresh in an attachment; page numbers continue (§7.5).
        #expect(PrintedLine.lines(of: pages[2]).contains { $0.text.hasPrefix("一、填报要求") })
        #expect(Self.runs(pages[2]).contains { $0.text.contains("3") && $0.text.contains("—") })
    }

    static func pages(_ yaml: String, theme name: String) throws -> (pages: [Page], metrics: PageMetrics) {
        let (data, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let theme = try LaidOutReport.theme(name)
        let doc = try Document.resolve(data, theme: theme).document
        return try LaidOutReport.pages(of: doc, theme: theme)
    }

    @Test func theLetterFormatFollowsSection101() throws {
        let header = """
                copy: "000003"
                mark: XX镇人民政府
                number: X政函〔2021〕5号
                cc: [县农业农村局]
                printer: XX镇党政办公室
                printed: 2021-03-06
            """
        let (pages, m) = try Self.pages(Self.yaml(header), theme: "letter")
        let page = try #require(pages.first)
        let runs = Self.runs(page), paperTop = 0.0, paperBottom = m.paper.height.value
        let mark = try #require(runs.first { $0.text == "XX镇人民政府" })
        // The mark's top 30 mm under the paper's top.
        #expect(abs(mark.y - mark.size * 0.88 - (paperTop + 30 * Self.mm)) < 0.5 * Self.mm)
        let red = Self.rules(page).filter { $0.color.red > 0.8 }.sorted { $0.y < $1.y }
        try #require(red.count == 4)
        // Double lines 170 mm long, centred on the paper; thick over thin 4 mm under the mark, thin over thick 20 mm
        // above the foot.
        for r in red {
            #expect(abs(r.x1 - r.x0 - 170 * Self.mm) < 0.01 && abs((r.x0 + r.x1) / 2 - m.paper.width.value / 2) < 0.01)
        }
        #expect(red[0].weight > red[1].weight && red[2].weight < red[3].weight)
        #expect(abs(red[0].y - red[0].weight / 2 - (mark.y + mark.size * 0.12) - 4 * Self.mm) < 0.5 * Self.mm)
        #expect(abs(red[3].y + red[3].weight / 2 - (paperBottom - 20 * Self.mm)) < 0.5 * Self.mm)
        // 份号 flush left and 发文字号 flush right under the first double line, 7/8 of a 3号 character's height below it.
        let copy = try #require(runs.first { $0.text == "000003" })
        let number = try #require(runs.first { $0.text.contains("〔2021〕") })
        let under = red[1].y + red[1].weight / 2
        #expect(abs(copy.y - copy.size * 0.88 - under - 16 * 7 / 8) < 0.5 * Self.mm && copy.y == number.y)
        #expect(abs(copy.x0 - m.typeArea.minX.value) < 0.5 * Self.mm)
        #expect(abs(number.x1 - m.typeArea.maxX.value) < 0.5 * Self.mm)
        // No page number on the first page; the 版记 has neither 印发 line nor rules.
        #expect(!runs.contains { $0.text.contains("—") })
        let last = try #require(pages.last)
        #expect(Self.runs(last).contains { $0.text == "抄送：" } && !Self.runs(last).contains { $0.text.hasSuffix("印发") })
        #expect(Self.rules(last).isEmpty)
    }

    @Test func minutesListTheAttendance() throws {
        let header = """
                mark: XX镇人民政府常务会议纪要
                present: [镇长张三, 副镇长李四]
                leave: [副镇长周九]
            """
        let (pages, m) = try Self.pages(Self.yaml(header), theme: "minutes")
        let runs = pages.flatMap(Self.runs)
        let mark = try #require(runs.first { $0.text == "XX镇人民政府常务会议纪要" })
        #expect(abs(mark.y - mark.size * 0.88 - (m.typeArea.minY.value + 35 * Self.mm)) < 0.5 * Self.mm)
        #expect(!pages.flatMap(Self.rules).contains { $0.color.red > 0.8 })
        let present = try #require(runs.first { $0.text == "出席：" })
        let leave = try #require(runs.first { $0.text == "请假：" })
        let names = try #require(runs.first { $0.text.hasPrefix("镇长张三") })
        #expect(abs(present.x0 - (m.typeArea.minX + m.charPitch * 2).value) < 0.5 * Self.mm)
        #expect(abs(names.x0 - present.x1) < 0.5 && names.y == present.y && names.family != present.family)
        #expect(abs(leave.y - present.y - m.linePitch.value) < 0.01)
    }

    @Test func anOrderFollowsSection102AndItsSignatureSection7353() throws {
        let yaml = """
            report:
              title: XX县人民政府令第3号
              issuer: XX县人民政府
              date: 2021-05-10
              document:
                mark: XX县人民政府令
                number: 第3号
                signed-by: { title: 县长, seal: emblem.svg }
            body:
              - 《XX县农村人居环境整治办法》已经县人民政府常务会议通过，现予公布。
            """
        let (data, _) = try DatasetLoader.load(
            yaml: yaml, fileName: "t.yaml", directory: Checkout.fixtures.appendingPathComponent("images"))
        let theme = try LaidOutReport.theme("order")
        let doc = try Document.resolve(data, theme: theme).document
        let (pages, m) = try LaidOutReport.pages(of: doc, theme: theme)
        let page = try #require(pages.first)
        let runs = Self.runs(page), pitch = m.linePitch.value, char = m.charPitch.value
        let mark = try #require(runs.first { $0.text == "XX县人民政府令" })
        // §10.2: the mark 20 mm under the type area's top, red; the 令号 two lines under it; the body two lines
        // under the 令号; no title on the page.
        #expect(abs(mark.y - mark.size * 0.88 - (m.typeArea.minY.value + 20 * Self.mm)) < 0.5 * Self.mm)
        #expect(mark.color.red > 0.8)
        let number = try #require(runs.first { $0.text == "第3号" })
        #expect(number.y - number.size * 0.88 - (mark.y + mark.size * 0.12) > 2 * pitch - 0.5 * Self.mm)
        let body = try #require(
            PrintedLine.lines(of: page).first { $0.text.contains("现予公布") || $0.text.hasPrefix("《") })
        #expect(abs(body.baseline.value - number.y - 3 * pitch) < 0.01)
        #expect(!runs.contains { $0.text.contains("令第3号") })
        // §7.3.5.3: the 签名章 four characters in from the right, the 职务 two characters to its left, centred on it;
        // one empty line, then the date four characters in from the right.
        let seal = try #require(
            page.frame.items.compactMap { item -> Rect? in if case .image(_, let r) = item { r } else { nil } }.first)
        let right = m.typeArea.maxX.value - 4 * char
        #expect(abs(seal.maxX.value - right) < 0.5 * Self.mm)
        let title = try #require(runs.first { $0.text == "县长" })
        #expect(abs(seal.minX.value - title.x1 - 2 * char) < 0.5 * Self.mm)
        #expect(abs((title.y - title.size * 0.38) - (seal.minY + seal.size.height / 2).value) < 1)
        let date = try #require(runs.first { $0.text == "2021年5月10日" })
        #expect(abs(date.x1 - right) < 0.5 * Self.mm)
        #expect(date.y - seal.maxY.value > pitch * 0.9 && date.y - seal.maxY.value < pitch * 2)
    }
}
