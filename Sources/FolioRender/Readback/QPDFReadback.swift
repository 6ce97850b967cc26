import CQPDF
import Foundation

/// The libqpdf half of `PDFReader`: qpdf's structure check (the check `qpdf --check` runs: every object read and
/// every stream decoded), then the fonts of the pages' resources, the document information and the outline.
enum QPDFReadback {
    /// What qpdf reads of a file.
    struct Document {
        var structure: [PDFStructureProblem] = []
        var fonts: [PDFFontReadback] = []
        var info: [String: String] = [:]
        var outlineCount = 0
        var encrypted = false
        var archive = PDFArchiveReadback()
        var tagging = PDFTaggingReadback()
    }

    /// Reads the PDF at `path`; throws `notPDF` when qpdf cannot open it at all.
    static func read(path: String) throws(PDFReadError) -> Document {
        do { try QPDFLibrary.require(for: .structure) } catch { throw .library(error) }
        var handle: qpdf_data? = qpdf_init()
        guard let q = handle else { throw .notPDF(path: path, reason: "qpdf could not start") }
        defer { qpdf_cleanup(&handle) }
        qpdf_silence_errors(q)
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        let code = qpdf_read(q, path, "")
        guard code & Int32(QPDF_ERRORS) == 0, qpdf_has_error(q) == QPDF_FALSE else {
            throw .notPDF(path: path, reason: errorText(q) ?? "qpdf could not read it")
        }
        var document = Document()
        document.encrypted = qpdf_is_encrypted(q) == QPDF_TRUE
        document.structure = warnings(q)
        if qpdf_check_pdf(q) & Int32(QPDF_ERRORS) != 0 || qpdf_has_error(q) == QPDF_TRUE {
            document.structure.append(
                PDFStructureProblem(isError: true, message: errorText(q) ?? "qpdf's check failed"))
        }
        document.structure += warnings(q)
        var walker = QPDFObjectWalker(q: q)
        document.fonts = walker.fonts()
        document.info = walker.info()
        document.outlineCount = walker.outlineCount()
        document.archive = walker.archive()
        document.tagging = walker.tagging()
        // Lookups on damaged objects leave warnings and errors behind; the structure check above has already
        // reported the damage.
        _ = warnings(q)
        while qpdf_has_error(q) == QPDF_TRUE { _ = qpdf_get_error(q) }
        qpdf_oh_release_all(q)
        return document
    }

    /// The pending warnings, each once.
    private static func warnings(_ q: qpdf_data) -> [PDFStructureProblem] {
        var found: [PDFStructureProblem] = []
        while qpdf_more_warnings(q) == QPDF_TRUE {
            guard let w = qpdf_next_warning(q), let text = qpdf_get_error_full_text(q, w) else { continue }
            let problem = PDFStructureProblem(isError: false, message: String(cString: text))
            if !found.contains(problem) { found.append(problem) }
        }
        return found
    }

    /// The pending error's full text, clearing it.
    private static func errorText(_ q: qpdf_data) -> String? {
        guard qpdf_has_error(q) == QPDF_TRUE, let e = qpdf_get_error(q), let text = qpdf_get_error_full_text(q, e)
        else { return nil }
        return String(cString: text)
    }
}
