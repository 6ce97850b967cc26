import Foundation
import Testing
import FolioTestSupport
import Folio

/// `folio import REPORT.docx` through the pipeline: a hostile .docx is bad input (exit status 65), a good one imports.
@Suite struct DocxPipelineTests {
    static let folder = Checkout.fixtures.appendingPathComponent("docx")

    @Test func hostile_docx_is_bad_input() {
        for name in ["not_a_zip.docx", "no_document.docx", "external_entity.docx", "bomb.docx"] {
            do {
                _ = try Pipeline.importReport(at: Self.folder.appendingPathComponent(name))
                Issue.record("\(name) was imported")
            } catch let e as FolioError {
                #expect(e.exitStatus == 65, "\(name)")
                #expect(
                    e.description.contains("import.docx") || e.description.contains(name), "\(name): \(e.description)")
            } catch {
                Issue.record("\(name): \(error)")
            }
        }
    }

    @Test func docx_imports_through_the_pipeline() throws {
        let images = try Checkout.temporaryFolder().appendingPathComponent("report-images")
        let result = try Pipeline.importReport(
            at: Self.folder.appendingPathComponent("styled_report.docx"), imagesTo: images)
        #expect(result.sectionCount == 4)
        #expect(FileManager.default.fileExists(atPath: images.appendingPathComponent("image1.png").path))
    }
}
