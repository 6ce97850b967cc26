import Testing
import Foundation
import FolioData
import FolioDocument

/// The whole bundled report as plain text, compared with a golden file that was read against the seed.
/// Set RECORD_GOLDENS=1 to rewrite it.
@Suite("Plain-text golden")
struct PlainTextGoldenTests {
    @Test func bundledReportMatchesTheGolden() throws {
        let text = try Fixture.resolve(Fixture.bundledYAML(), file: "Assets/reports/xx-town-2016-2020.yaml").plainText
        let url = Fixture.goldens.appendingPathComponent("xx-town-plaintext.txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: Fixture.goldens, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "plain text differs from Goldens/xx-town-plaintext.txt; rerun with RECORD_GOLDENS=1 after checking")
    }
}
