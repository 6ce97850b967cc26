import FolioMessages
@_exported import FolioVerify
import Foundation
import FolioDisplay

extension Pipeline {
    /// Runs `folio verify` on the PDF at `pdf` (docs/verify.md), reported under `name`. `expectText`, when given,
    /// names a file of text every line of which must appear in the PDF (`folio text`'s output); a file that
    /// cannot be read is reported as a `verify.text` error, so the report stays whole. `standard` adds the PDF/A checks.
    public static func verify(
        pdf: URL, name: String? = nil, pageSize: PaperSize = .a4,
        expectText: URL? = nil, standard: PDFStandard? = nil
    ) -> VerifyReport {
        var expected: String?
        var unreadable: VerifyFinding?
        if let expectText {
            do {
                expected = try String(contentsOf: expectText, encoding: .utf8)
            } catch {
                unreadable = VerifyFinding(
                    rule: VerifyRules.text.id, severity: .error,
                    message: Message("folio.cannot-read-expected-text", ["path": "\(expectText.path)"]),
                    fix: Message("folio.check-expect-text-path.hint"))
            }
        }
        var report = PDFVerifier.verify(
            url: pdf,
            options: VerifyOptions(
                pageSize: pageSize, expectedText: expected,
                standard: standard),
            name: name)
        if let unreadable {
            report.findings.append(unreadable)
            if !report.rules.contains(VerifyRules.text) { report.rules.append(VerifyRules.text) }
        }
        return report
    }
}
