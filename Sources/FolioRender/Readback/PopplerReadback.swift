import CPoppler
import FolioDisplay
import Foundation

/// The poppler half of `PDFReader`: each page's size and its text in reading order, with the line structure
/// poppler's text layout analysis finds (the same analysis as `pdftotext`).
enum PopplerReadback {
    /// The pages of the PDF at the absolute `path`, or why poppler could not open it.
    static func pages(path: String) -> Result<[PDFPageReadback], ReadbackProblem> {
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(path, nil, &error) else { return .failure(problem(error)) }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, nil, &error) else { return .failure(problem(error)) }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler_document_get_n_pages(document))
        var pages: [PDFPageReadback] = []
        pages.reserveCapacity(count)
        for index in 0..<max(0, count) {
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                return .failure(ReadbackProblem(reason: "page \(index + 1) cannot be opened"))
            }
            pages.append(read(page, number: index + 1))
            g_object_unref(UnsafeMutableRawPointer(page))
        }
        return .success(pages)
    }

    /// One page's size, text and lines.
    private static func read(_ page: OpaquePointer, number: Int) -> PDFPageReadback {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        var text = ""
        if let raw = poppler_page_get_text(page) {
            text = String(cString: raw)
            g_free(raw)
        }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        var boxes: [CharacterBox] = []
        if poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles {
            boxes = (0..<Int(count)).map {
                CharacterBox(left: rectangles[$0].x1, bottom: max(rectangles[$0].y1, rectangles[$0].y2))
            }
        }
        g_free(rectangles)
        return PDFPageReadback(
            number: number, size: Size(width: Pt(width), height: Pt(height)),
            lines: TextLines.printedLines(text: text, boxes: boxes), text: text)
    }

    /// A GError's message (freed here), or a generic reason.
    private static func problem(_ error: UnsafeMutablePointer<GError>?) -> ReadbackProblem {
        guard let error else { return ReadbackProblem(reason: "unknown error") }
        defer { g_error_free(error) }
        guard let message = error.pointee.message else { return ReadbackProblem(reason: "unknown error") }
        return ReadbackProblem(reason: String(cString: message))
    }
}
