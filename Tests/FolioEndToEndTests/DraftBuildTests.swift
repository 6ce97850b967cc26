import Testing
import Foundation
import Folio
import FolioData
import FolioTestSupport

/// A draft from `folio new-year` with markers still to fill in: the build refuses it, listing each marker
/// at its place, and a draft build (`--draft`) succeeds and prints them as 【待填】.
@Suite("Draft builds")
struct DraftBuildTests {
    @Test func refusesUnfilledMarkersAndBuildsADraft() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Checkout.root.appendingPathComponent("Assets/reports/sample-town-2025H1.yaml")
        let draft = try NextPeriodDraft.draft(yaml: String(contentsOf: source, encoding: .utf8), fileName: "h.yaml")
        let url = folder.appendingPathComponent("sample-town-2025H2.yaml")
        try draft.yaml.write(to: url, atomically: true, encoding: .utf8)
        let refused = try Pipeline.unfilledMarkers(dataset: url)
        #expect(refused.count == 6 && refused.allSatisfy { $0.severity == .error && $0.location != nil })
        #expect(refused.first?.location?.line == 14)   // report.date
        #expect(throws: FolioError.self) { try Pipeline.requireFilled(dataset: url) }
        let text = try Pipeline.load(dataset: url).document.plainText
        #expect(text.contains("地区生产总值【待填】万元"))
        let pdf = folder.appendingPathComponent("draft.pdf")
        let result = try Pipeline.build(dataset: url, output: pdf)
        #expect(result.pageCount >= 1 && FileManager.default.fileExists(atPath: pdf.path))
        // The original, with every figure given, has nothing to fill in.
        #expect(try Pipeline.unfilledMarkers(dataset: source).isEmpty)
    }
}
