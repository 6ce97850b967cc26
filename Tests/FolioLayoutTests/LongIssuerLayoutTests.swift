import FolioData
import FolioDisplay
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

@testable import FolioLayout

/// An issuer longer than the signature's line (GB/T 9704 §7.3.5): broken between the bodies it names, balanced,
/// every line inside the type area, with and without a seal.
@Suite("Long issuer layout")
struct LongIssuerLayoutTests {
    static let issuer = "中共示例县委农村工作领导小组办公室示例县乡村振兴局示例镇人民政府"

    static func runs(
        _ yaml: String
    ) throws -> (runs: [(text: String, x0: Double, x1: Double, y: Double)], m: PageMetrics) {
        let (pages, m) = try JointSignatureTests.laidOut(yaml)
        let page = try #require(pages.last)
        let runs = OfficialDocumentLayoutTests.runs(page).map { ($0.text, $0.x0, $0.x1, $0.y) }
        return (runs, m)
    }

    static func expectInside(_ r: [(text: String, x0: Double, x1: Double, y: Double)], _ m: PageMetrics) {
        for run in r {
            #expect(run.x0 >= m.typeArea.minX.value - 0.01 && run.x1 <= m.typeArea.maxX.value + 0.01, "\(run.text)")
        }
    }

    @Test func anUnsealedIssuerBreaksAfterAnOfficeAndKeepsTwoCharactersFromTheRight() throws {
        let (r, m) = try Self.runs(JointSignatureTests.yaml(issuer: Self.issuer, document: "    number: 示例发〔2021〕1号"))
        let first = try #require(r.first { $0.text == "中共示例县委农村工作领导小组办公室" })
        let second = try #require(r.first { $0.text == "示例县乡村振兴局示例镇人民政府" })
        #expect(abs(second.y - first.y - m.linePitch.value) < 0.01)
        // Their first characters aligned, as joint issuers' are; the longer line ends 2 characters from the right.
        #expect(abs(first.x0 - second.x0) < 0.01)
        #expect(abs(m.typeArea.maxX.value - max(first.x1, second.x1) - 2 * m.charPitch.value) < 0.5)
        Self.expectInside(r, m)
    }

    @Test func aSealedIssuerBreaksTooAndStaysInsideTheTypeArea() throws {
        let (r, m) = try Self.runs(JointSignatureTests.yaml(issuer: Self.issuer, document: "    seal: seal-1.svg"))
        #expect(r.contains { $0.text == "中共示例县委农村工作领导小组办公室" })
        #expect(r.contains { $0.text == "示例县乡村振兴局示例镇人民政府" })
        Self.expectInside(r, m)
    }

    @Test func anIssuerThatFitsIsOneLine() throws {
        let (r, _) = try Self.runs(JointSignatureTests.yaml(issuer: "示例县乡村振兴局", document: "    number: 示例发〔2021〕1号"))
        #expect(r.contains { $0.text == "示例县乡村振兴局" })
    }
}
