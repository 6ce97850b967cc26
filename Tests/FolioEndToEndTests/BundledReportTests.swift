import Foundation
import FolioTestSupport
import Testing
import Folio

/// The bundled report, end to end: dataset → PDF, checked as readers, printers and archives will.
@Suite("Bundled report", .serialized)
struct BundledReportTests {
    /// Builds the bundled report once into a temporary folder.
    static func build() throws -> (pdf: URL, text: String) {
        let dir = try Checkout.temporaryFolder()
        let pdf = dir.appendingPathComponent("report.pdf")
        _ = try Pipeline.build(dataset: Checkout.bundledReport, output: pdf)
        let text = try Pipeline.load(dataset: Checkout.bundledReport).document.plainText
        return (pdf, text)
    }

    @Test("folio verify finds no problem, with the resolved text expected in the PDF")
    func audit() throws {
        let (pdf, text) = try Self.build()
        let expect = pdf.deletingLastPathComponent().appendingPathComponent("expected.txt")
        try text.write(to: expect, atomically: true, encoding: .utf8)
        let result = try FolioExecutable.run(["verify", pdf.path, "--expect-text", expect.path])
        #expect(result.stdout.contains("no problems found"), "\(result.stdout)\(result.stderr)")
        #expect(result.status == 0)
    }

    @Test("the income sentence is computed from the data and extracted exactly")
    func incomeSentence() throws {
        let (pdf, _) = try Self.build()
        let text = try ToolRun.run("pdftotext", ["-raw", pdf.path, "-"]).stdout.filter { !$0.isWhitespace }
        #expect(text.contains("达到11379元，比2015年的8740元增加2639元，增长30.2%"))
        #expect(!text.contains("达到19元"))
    }

    @Test("the build's preflight (`folio check` through the pipeline) passes the bundled report without a warning")
    func preflightPasses() throws {
        #expect(try Pipeline.preflight(dataset: Checkout.bundledReport).isEmpty)
    }

    @Test("the same input gives the same bytes")
    func reproducible() throws {
        let a = try Self.build().pdf, b = try Self.build().pdf
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }
}
