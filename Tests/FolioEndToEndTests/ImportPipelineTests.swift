import Foundation
import FolioTestSupport
import Testing
import Folio

/// `folio import` wired through the pipeline: the imported seed keeps its errors, so the build's preflight
/// refuses it (the importer itself is tested in FolioImportTests).
@Suite struct ImportPipelineTests {
    static let seed = Checkout.seed

    @Test func build_refuses_the_imported_seed_without_force() throws {
        let result = try Pipeline.importReport(at: Self.seed, date: "2021-07-15")
        let url = try Checkout.temporaryFolder().appendingPathComponent("imported.yaml")
        try Pipeline.writeImported(result, to: url)
        do {
            _ = try Pipeline.preflight(dataset: url)
            Issue.record("preflight passed a report with errors")
        } catch let e as FolioError {
            #expect(e.exitStatus == 65)
            #expect(e.description.contains("--force"))
        }
    }

    @Test func a_date_that_is_none_is_bad_input() throws {
        do {
            _ = try Pipeline.importReport(at: Self.seed, date: "2021-13-45")
            Issue.record("a month 13 was accepted")
        } catch let e as FolioError {
            #expect(e.exitStatus == 65)
            #expect(e.description.contains("import.date") || e.description.contains("is not a date"))
        }
    }
}
