import Testing
import Foundation
import FolioData
import FolioDocument
import FolioTestSupport

/// The whole bundled report as plain text, compared with a golden file that was read against the seed.
/// Set RECORD_GOLDENS=1 to rewrite it.
@Suite("Plain-text golden")
struct PlainTextGoldenTests {
    @Test func bundledReportMatchesTheGolden() throws {
        let text = try Fixture.resolve(Fixture.bundledYAML(), file: "Assets/reports/xx-town-2016-2020.yaml").plainText
        let url = Fixture.goldens.appendingPathComponent("xx-town-plaintext.txt")
        let golden = try Golden.text(text, at: url)
        #expect(
            text == golden,
            "plain text differs from Goldens/xx-town-plaintext.txt; rerun with RECORD_GOLDENS=1 after checking")
    }
}
