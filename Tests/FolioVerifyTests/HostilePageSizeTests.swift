import Foundation
import Testing

@testable import FolioVerify

/// A PDF whose page claims a size no paper has (/MediaBox of 10²³ points, written by hand below): `folio verify`
/// once stopped with a trap converting the size to an integer for its message; it reports the page size instead.
@Suite("Hostile page sizes")
struct HostilePageSizeTests {
    /// A one-page PDF with `mediaBox` as the page's /MediaBox, its cross-reference table at the right offsets.
    static func pdf(mediaBox: String) -> Data {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [\(mediaBox)] >>",
        ]
        var text = "%PDF-1.4\n", offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(text.utf8)
    }

    @Test(
        "a page of 10²³ points or of 10³⁰ fails verify.page-size, and verify goes on to its report",
        arguments: ["0 0 99999999999999999999999 99999999999999999999999", "0 0 595 1e30"])
    func hugePage(mediaBox: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.pdf")
        try Self.pdf(mediaBox: mediaBox).write(to: file)
        let report = PDFVerifier.verify(url: file)
        #expect(report.findings.contains { $0.rule == "verify.page-size" }, "\(report.text)")
        #expect(report.exitStatus == 65)
    }

    @Test("sizes print to two decimals, whole ones without; one no integer holds prints as the number it is")
    func rounding() {
        #expect(DocumentRules.round1(841.89) == "841.89")
        #expect(DocumentRules.round1(842) == "842")
        #expect(DocumentRules.round1(1e30) == "1e+30")
        #expect(DocumentRules.round1(.infinity) == "inf")
    }
}
