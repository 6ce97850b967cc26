import Foundation
import Testing
import FolioCheck
import FolioData
import FolioTestSupport

/// The bundled, corrected report is the false-alarm count: it must check clean. (The build's preflight on it,
/// which runs these checks through the pipeline, is in FolioEndToEndTests' `BundledReportTests`.)
@Suite struct CheckBundledTests {
    @Test func bundled_report_has_no_findings() throws {
        let (dataset, _) = try DatasetLoader.load(contentsOf: Checkout.bundledReport)
        let source = try String(contentsOf: Checkout.bundledReport, encoding: .utf8)
        let report = Checker(lists: CheckFixture.lists).check(
            dataset, source: SourceMap(file: dataset.file, text: source),
            disabled: Set(dataset.disabledChecks))
        #expect(report.findings.isEmpty, "\(report.text)")
        #expect(report.rules.count == 30)
    }
}
