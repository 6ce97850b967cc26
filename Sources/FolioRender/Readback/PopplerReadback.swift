import CPoppler
import FolioDisplay
import Foundation

/// The poppler half of `PDFReader`: each page's size and its text in reading order, with the line structure
/// poppler's text layout analysis finds (the same analysis as `pdftotext`). poppler-glib is opened on the first read
/// (`PopplerLibrary`); when it cannot be, the pages are not read and the problem says which package to install.
enum PopplerReadback {
    /// The pages of the PDF at the absolute `path`, or why poppler could not open it.
    static func pages(path: String) -> Result<[PDFPageReadback], ReadbackProblem> {
        let poppler: PopplerLibrary
        switch PopplerLibrary.shared {
        case let .success(library): poppler = library
        case let .failure(error): return .failure(ReadbackProblem(reason: error.message.english))
        }
        var error: UnsafeMutablePointer<PopplerGError>?
        guard let uri = poppler.filenameToURI(path, nil, &error) else { return .failure(problem(error, poppler)) }
        defer { poppler.free(uri) }
        guard let document = poppler.openDocument(uri, nil, &error) else {
            return .failure(problem(error, poppler))
        }
        defer { poppler.unref(document) }
        let count = Int(poppler.pageCount(document))
        var pages: [PDFPageReadback] = []
        pages.reserveCapacity(count)
        for index in 0..<max(0, count) {
            guard let page = poppler.page(document, Int32(index)) else {
                return .failure(ReadbackProblem(reason: "page \(index + 1) cannot be opened"))
            }
            pages.append(read(page, number: index + 1, poppler))
            poppler.unref(page)
        }
        return .success(pages)
    }

    /// One page's size, text and lines.
    private static func read(_ page: OpaquePointer, number: Int, _ poppler: PopplerLibrary) -> PDFPageReadback {
        var width = 0.0, height = 0.0
        poppler.pageSize(page, &width, &height)
        var text = ""
        if let raw = poppler.pageText(page) {
            text = String(cString: raw)
            poppler.free(raw)
        }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: UInt32 = 0
        var boxes: [CharacterBox] = []
        if poppler.textLayout(page, &rectangles, &count) != 0, let rectangles {
            boxes = (0..<Int(count)).map {
                CharacterBox(left: rectangles[$0].x1, bottom: max(rectangles[$0].y1, rectangles[$0].y2))
            }
        }
        poppler.free(rectangles)
        return PDFPageReadback(
            number: number, size: Size(width: Pt(width), height: Pt(height)),
            lines: TextLines.printedLines(text: text, boxes: boxes), text: text)
    }

    /// A GError's message (freed here), or a generic reason.
    private static func problem(
        _ error: UnsafeMutablePointer<PopplerGError>?, _ poppler: PopplerLibrary
    )
        -> ReadbackProblem
    {
        guard let error else { return ReadbackProblem(reason: "unknown error") }
        defer { poppler.errorFree(error) }
        guard let message = error.pointee.message else { return ReadbackProblem(reason: "unknown error") }
        return ReadbackProblem(reason: String(cString: message))
    }
}
