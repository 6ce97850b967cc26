import Foundation

/// Reads a finished PDF back, as a reader, a printer and an archive would see it: libqpdf for the structure,
/// fonts, document information and outline (`QPDFReadback`), poppler for the pages and their text in reading
/// order (`PopplerReadback`). Works on any PDF, not only Folio's.
public enum PDFReader {
    /// Reads the PDF at `url`. Throws `PDFReadError` when there is no file or it is not a PDF qpdf can open;
    /// any lesser damage is reported in `PDFReadback.structure` and the rest is read as far as it goes.
    public static func read(_ url: URL) throws(PDFReadError) -> PDFReadback {
        let path = url.standardizedFileURL.path
        try requireFile(path)
        try requireHeader(path)
        let document = try QPDFReadback.read(path: path)
        var structure = document.structure
        var pages: [PDFPageReadback] = []
        switch PopplerReadback.pages(path: path) {
        case let .success(read): pages = read
        case let .failure(problem):
            structure.append(
                PDFStructureProblem(isError: true, message: "poppler cannot read the pages: \(problem.reason)"))
        }
        return PDFReadback(
            structure: structure, pages: pages, fonts: document.fonts, info: document.info,
            outlineCount: document.outlineCount, encrypted: document.encrypted,
            archive: document.archive, tagging: document.tagging)
    }

    /// Throws `notPDF` unless `%PDF-` appears in the first kilobyte, where readers look for it (ISO 32000-1
    /// §7.5.2; qpdf's own message on other files speaks of trailers and damage).
    private static func requireHeader(_ path: String) throws(PDFReadError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "cannot be read")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? nil
        guard let head, head.range(of: Data("%PDF-".utf8)) != nil else {
            throw .notPDF(path: path, reason: "it does not start with %PDF- (is it a PDF?)")
        }
    }

    /// Throws `cannotOpen` unless `path` is a readable regular file.
    private static func requireFile(_ path: String) throws(PDFReadError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .cannotOpen(path: path, reason: "no such file")
        }
        guard !isFolder.boolValue else { throw .cannotOpen(path: path, reason: "it is a folder") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .cannotOpen(path: path, reason: "permission denied")
        }
    }
}

/// A reason a reading step gave up, as text for the report.
struct ReadbackProblem: Error {
    /// What went wrong, in the library's words.
    var reason: String
}
