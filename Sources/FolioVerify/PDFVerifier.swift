import FolioMessages
import Foundation
import FolioRender

/// `folio verify`: checks a finished PDF the way a reader, a printer and an archive would (docs/verify.md).
/// Works on any PDF. Reads only the file it is given.
public enum PDFVerifier {
    /// Verifies the PDF at `url`, named `name` in the report (the path as the user gave it; `url.path` when nil).
    /// Never throws: a missing file or one that is not a PDF gives a report with a `verify.file` error.
    public static func verify(url: URL, options: VerifyOptions = VerifyOptions(), name: String? = nil) -> VerifyReport {
        let file = name ?? url.path
        let doc: PDFReadback
        do {
            doc = try PDFReader.read(url)
        } catch {
            var missing = false
            if case .cannotOpen = error { missing = true }
            return VerifyReport(
                file: file, readable: false, missing: missing, pages: 0, rules: [VerifyRules.file],
                findings: [
                    VerifyFinding(
                        rule: VerifyRules.file.id, severity: .error,
                        message: error.message)
                ])
        }
        return verify(doc, options: options, file: file)
    }

    /// Verifies a document already read back.
    public static func verify(
        _ doc: PDFReadback, options: VerifyOptions = VerifyOptions(), file: String
    ) -> VerifyReport {
        var findings =
            DocumentRules.structure(doc) + DocumentRules.pageSize(doc, paper: options.pageSize)
            + DocumentRules.fonts(doc) + DocumentRules.info(doc) + DocumentRules.outline(doc)
        findings += doc.pages.flatMap(LineRules.suspects)
        let marks = doc.pages.flatMap(LineRules.lineMarks)
        findings +=
            marks.filter { $0.rule == VerifyRules.lineStart.id } + marks.filter { $0.rule == VerifyRules.lineEnd.id }
        findings += doc.pages.flatMap(LineRules.numberSplits)
        var rules = VerifyRules.all.filter { $0 != VerifyRules.text && !VerifyRules.archive.contains($0) }
        if let expected = options.expectedText {
            findings += ExpectedText.check(expected, in: doc)
            rules.append(VerifyRules.text)
        }
        // The archive rules check /Lang themselves (verify.pdfa.lang).
        findings += TaggingRules.check(doc, language: options.standard == nil)
        if options.standard != nil { rules.removeAll { $0 == VerifyRules.language } }
        if let standard = options.standard {
            findings += ArchiveRules.check(doc, standard: standard)
            rules += VerifyRules.archive
        }
        return VerifyReport(file: file, readable: true, pages: doc.pages.count, rules: rules, findings: findings)
    }
}
