import Foundation
import Testing
import Folio
import FolioCheck

/// The bundled, corrected report is the false-alarm count: it must check clean.
@Suite struct CheckBundledTests {
    @Test func bundled_report_has_no_findings() throws {
        let report = try Pipeline.check(dataset: TestPaths.bundledReport)
        #expect(report.findings.isEmpty, "\(report.text)")
        #expect(report.rules.count == 21)
    }

    @Test func preflight_passes_the_bundled_report() throws {
        #expect(try Pipeline.preflight(dataset: TestPaths.bundledReport).isEmpty)
    }
}
