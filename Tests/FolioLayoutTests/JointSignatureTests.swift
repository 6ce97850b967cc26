import FolioData
import FolioDisplay
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

@testable import FolioLayout

/// Joint issuers' seals (GB/T 9704 §7.3.5.1) and their leaders' 签名章 (§7.3.5.3), measured on the display list,
/// and the dataset checks that go with them (a seal per issuer, a leader per issuer).
@Suite("Joint signatures")
struct JointSignatureTests {
    static let mm = OfficialDocumentLayoutTests.mm
    static let folder = Checkout.fixtures.appendingPathComponent("gbt9704")

    static func yaml(issuer: String, document: String) -> String {
        """
        report:
          title: 关于联合开展示例工作的通知
          issuer: \(issuer)
          date: 2012-07-01
          document:
        \(document)
        body:
          - 正文。
        """
    }

    static func laidOut(_ yaml: String) throws -> (pages: [Page], metrics: PageMetrics) {
        let (data, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml", directory: folder)
        let theme = try LaidOutReport.theme("gongwen")
        return try LaidOutReport.pages(of: try Document.resolve(data, theme: theme).document, theme: theme)
    }

    static func images(_ page: Page) -> [Rect] {
        page.frame.items.compactMap { item -> Rect? in if case .image(_, let r) = item { r } else { nil } }
    }

    @Test func twoIssuersSignSideBySideTheLastSealOnTheDate() throws {
        let (pages, m) = try Self.laidOut(
            Self.yaml(issuer: "示例机关甲 示例机关乙", document: "    seal: [seal-1.svg, seal-2.svg]"))
        let page = try #require(pages.first)
        let runs = OfficialDocumentLayoutTests.runs(page)
        let a = try #require(runs.first { $0.text == "示例机关甲" }), b = try #require(runs.first { $0.text == "示例机关乙" })
        let date = try #require(runs.first { $0.text == "2012年7月1日" })
        let seals = Self.images(page).sorted { $0.minX < $1.minX }
        try #require(seals.count == 2)
        // One row; 乙 over the date; each seal on its issuer; the two mirrored about the type area's centre.
        #expect(a.y == b.y && abs(date.y - b.y - m.linePitch.value) < 0.01)
        let centre = (m.typeArea.minX + m.typeArea.maxX).value / 2
        #expect(abs((b.x0 + b.x1) / 2 - (date.x0 + date.x1) / 2) < 0.5 * Self.mm)
        #expect(abs((a.x0 + a.x1) / 2 + (b.x0 + b.x1) / 2 - 2 * centre) < 0.5 * Self.mm)
        #expect(abs((seals[0].minX + seals[0].size.width / 2).value - (a.x0 + a.x1) / 2) < 0.5 * Self.mm)
        #expect(abs((seals[1].minX + seals[1].size.width / 2).value - (b.x0 + b.x1) / 2) < 0.5 * Self.mm)
        #expect(seals[0].maxX < seals[1].minX && seals[0].minY == seals[1].minY)
        #expect(seals[1].maxY.value > date.y - date.size * 0.88)
        // Each seal drawn after the signature's text, and tagged as a figure naming its issuer.
        let lastText = page.frame.items.lastIndex {
            if case .text(let run, _) = $0 { return run.text == "2012年7月1日" } else { return false }
        }
        let firstImage = page.frame.items.firstIndex { if case .image = $0 { return true } else { return false } }
        #expect(try #require(firstImage) > #require(lastText))
        let alternatives = page.frame.items.compactMap { item -> String? in
            if case .beginStructure(.figure(alternativeText: let text)) = item { return text } else { return nil }
        }
        #expect(alternatives == ["（示例机关甲印章）", "（示例机关乙印章）"])
    }

    @Test func namesTooLongForTwoARowGoOneARow() {
        let plan = SealPlan(
            issuerWidths: [Pt.mm(80), Pt.mm(80)], rightCentre: Pt.mm(115), areaWidth: Pt.mm(156), sealWidth: Pt.mm(42),
            gap: Pt.mm(5.5))
        #expect(plan.rows.count == 2 && plan.rows.allSatisfy { $0.count == 1 && $0[0].centre == Pt.mm(115) })
        let fits = SealPlan(
            issuerWidths: [Pt.mm(40), Pt.mm(40), Pt.mm(40)], rightCentre: Pt.mm(115), areaWidth: Pt.mm(156),
            sealWidth: Pt.mm(42), gap: Pt.mm(5.5))
        #expect(fits.rows.map { $0.map(\.issuer) } == [[0, 1], [2]])
        #expect(abs((fits.rows[0][0].centre - Pt.mm(41)).value) < 1e-9)
    }

    @Test func jointLeadersSignOneARowAligned() throws {
        let document = """
                signed-by:
                  - { title: 示例机关甲主任, seal: signature-1.svg }
                  - { title: 示例机关乙局长, seal: signature-2.svg }
            """
        let (pages, m) = try Self.laidOut(Self.yaml(issuer: "示例机关甲 示例机关乙", document: document))
        let page = try #require(pages.first)
        let runs = OfficialDocumentLayoutTests.runs(page), char = m.charPitch.value, pitch = m.linePitch.value
        let first = try #require(runs.first { $0.text == "示例机关甲主任" })
        let second = try #require(runs.first { $0.text == "示例机关乙局长" })
        let date = try #require(runs.first { $0.text == "2012年7月1日" })
        let seals = Self.images(page).sorted { $0.minY < $1.minY }
        try #require(seals.count == 2)
        let right = m.typeArea.maxX.value - 4 * char
        // The lead body's leader first, the other under it, two lines a row; seals and titles aligned
        // ("上下对齐"), the 签名章 four characters in from the right, the 职务 two characters left of it.
        for (seal, title) in zip(seals, [first, second]) {
            #expect(abs(seal.maxX.value - right) < 0.5 * Self.mm)
            #expect(abs(seal.minX.value - title.x1 - 2 * char) < 0.5 * Self.mm)
            #expect(abs(title.y - title.size * 0.38 - (seal.minY + seal.size.height / 2).value) < 0.5 * Self.mm)
        }
        #expect(abs(second.x1 - first.x1) < 0.01 && abs(second.y - first.y - 2 * pitch) < 0.01)
        #expect(abs(seals[1].minY.value - seals[0].minY.value - 2 * pitch) < 0.01)
        // The date four characters in, one empty line under the last 签名章.
        #expect(abs(date.x1 - right) < 0.5 * Self.mm)
        let inCell = m.baselineInCell(size: m.bodySize).value
        #expect(abs(date.y - (seals[1].minY.value + 3 * pitch + inCell)) < 0.01)
    }

    static func codes(_ yaml: String) -> [String] {
        do {
            _ = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml", directory: folder)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics.filter { $0.severity == .error }.map(\.code)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func aJointDocumentNeedsASealAndALeaderPerIssuer() {
        #expect(
            Self.codes(Self.yaml(issuer: "示例机关甲 示例机关乙", document: "    seal: seal-1.svg")) == ["document.seal"])
        #expect(
            Self.codes(Self.yaml(issuer: "示例机关甲", document: "    seal: [seal-1.svg, seal-2.svg]"))
                == ["document.seal"])
        #expect(
            Self.codes(
                Self.yaml(
                    issuer: "示例机关甲 示例机关乙 示例机关丙",
                    document: """
                            signed-by:
                              - { title: 主任, seal: signature-1.svg }
                              - { title: 局长, seal: signature-2.svg }
                        """)) == ["document.seal"])
        #expect(Self.codes(Self.yaml(issuer: "示例机关甲 示例机关乙", document: "    seal: [seal-1.svg, seal-2.svg]")).isEmpty)
    }
}
