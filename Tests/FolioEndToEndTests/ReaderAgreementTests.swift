import Foundation
import FolioTestSupport
import Testing
import Folio

/// Every reader agrees: poppler, MuPDF and Ghostscript render the bundled report without a
/// word of complaint, and their rasters of each page agree within a small tolerance.
@Suite("Three readers agree", .serialized)
struct ReaderAgreementTests {
    /// Rasters are compared at 30 dpi in grey. Measured on the bundled report: mean absolute difference
    /// 2–8 levels between engines (anti-aliasing), under 0.3% of pixels differing by more than half the
    /// range; a missing or misplaced line of text gives a mean above 15 and several percent.
    static let maxMeanDifference = 12.0
    static let maxStrongDifferenceShare = 0.01

    @Test("pdftoppm, mutool draw and gs render every page silently and alike")
    func threeEnginesAgree() throws {
        let dir = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("report.pdf")
        let result = try Pipeline.build(dataset: Checkout.bundledReport, output: pdf)
        let p = try ToolRun.run("pdftoppm", ["-gray", "-r", "30", pdf.path, dir.appendingPathComponent("pop").path])
        let m = try ToolRun.run(
            "mutool", ["draw", "-q", "-r", "30", "-o", dir.appendingPathComponent("mu-%d.pgm").path, pdf.path])
        let g = try ToolRun.run(
            "gs",
            [
                "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4",
                "-sDEVICE=pgmraw", "-r30", "-o", dir.appendingPathComponent("gs-%d.pgm").path, pdf.path,
            ])
        for (name, r) in [("pdftoppm", p), ("mutool", m), ("gs", g)] {
            #expect(r.status == 0, "\(name) exited \(r.status): \(r.stderr)")
            // Debian's MuPDF is built without colour management and says so whenever it converts to grey;
            // that notice is about the tool, not the file, and is the only line allowed.
            let complaints = r.stderr.split(separator: "\n").filter { $0 != "warning: ICC support is not available" }
            #expect(
                complaints.isEmpty && !r.stdout.lowercased().contains("error"), "\(name) said: \(r.stderr)\(r.stdout)")
        }
        let width = String(result.pageCount).count
        for page in 1...result.pageCount {
            var padded = String(page)
            while padded.count < width { padded = "0" + padded }
            let pop = try Graymap(contentsOf: dir.appendingPathComponent("pop-\(padded).pgm"))
            let mu = try Graymap(contentsOf: dir.appendingPathComponent("mu-\(page).pgm"))
            let gs = try Graymap(contentsOf: dir.appendingPathComponent("gs-\(page).pgm"))
            for (name, a, b) in [("poppler/mupdf", pop, mu), ("poppler/gs", pop, gs), ("mupdf/gs", mu, gs)] {
                let d = a.difference(b)
                #expect(
                    d.mean < Self.maxMeanDifference && d.strongShare < Self.maxStrongDifferenceShare,
                    "page \(page) \(name): mean \(d.mean), strong \(d.strongShare)")
            }
        }
    }

    @Test("qpdf --check is clean and the dates carry the D: prefix")
    func qpdfClean() throws {
        let dir = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("report.pdf")
        _ = try Pipeline.build(dataset: Checkout.bundledReport, output: pdf)
        let check = try ToolRun.run("qpdf", ["--check", pdf.path])
        #expect(check.status == 0 && check.stdout.contains("No syntax or stream encoding errors"), "\(check.stdout)")
        let info = try ToolRun.run("qpdf", ["--show-object=trailer", pdf.path]).stdout
        #expect(info.contains("/ID"), "no document ID: \(info)")
        let qdf = dir.appendingPathComponent("report.qdf.pdf")
        try ToolRun.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path])
        let raw = String(decoding: try Data(contentsOf: qdf).map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
        #expect(
            raw.contains("/CreationDate (D:20210715000000Z)") && raw.contains("/ModDate (D:20210715000000Z)"),
            "dates must carry the D: prefix (ISO 32000-1 §7.9.4)")
    }
}
