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

    @Test func docx_pictures_arrive_in_the_pdf() throws {
        let folder = try Checkout.temporaryFolder("docx-images")
        try FileManager.default.copyItem(
            at: Self.folder.appendingPathComponent("styled_report.docx"),
            to: folder.appendingPathComponent("styled_report.docx"))
        let imported = try FolioExecutable.run(["import", "styled_report.docx", "-o", "r.yaml"], in: folder)
        try #require(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("1 image, "))
        let built = try FolioExecutable.run(["build", "r.yaml", "--draft", "-o", "r.pdf"], in: folder)
        try #require(built.status == 0, "\(built.stderr)")
        let list = try ToolRun.run("pdfimages", ["-list", "r.pdf"], in: folder).stdout
        #expect(list.split(separator: "\n").count == 3, "\(list)")
        let text = try ToolRun.run("pdftotext", ["r.pdf", "-"], in: folder).stdout
        #expect(text.contains("年地区生产总值"))
    }
}
