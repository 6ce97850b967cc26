import Foundation
import FolioData

extension ReportImporter {
    /// Whether `url` names a Word document (.docx, as Word and WPS write it).
    public static func isDocx(_ url: URL) -> Bool { url.pathExtension.lowercased() == "docx" }

    /// The .docx at `url` as the lines the text importer reads (`DocxText`); its images are written into
    /// `imagesTo` (created when needed) when given. A file that is no .docx, lacks word/document.xml, holds XML
    /// with a document type declaration, or decompresses past `limits` is an `import.docx` diagnostic.
    public static func docx(
        at url: URL, imagesTo folder: URL? = nil, limits: DocxLimits = DocxLimits()
    )
        throws(DiagnosticError) -> DocxText
    {
        var reader = DocxReader(package: try DocxPackage(url: url, limits: limits))
        let lines = try reader.read()
        var images: [(part: String, file: String?)] = []
        for image in reader.images {
            var file: String?
            if let folder, let data = try reader.package.data(image.part, limit: limits.imageBytes) {
                let target = folder.appendingPathComponent((image.part as NSString).lastPathComponent)
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try data.write(to: target, options: .atomic)
                    file = target.path
                } catch {
                    throw DiagnosticError(
                        Diagnostic(
                            .error, "cannot write \(target.path): \(error.localizedDescription)",
                            hint: "check that the folder is writable", code: "io.write"))
                }
            }
            images.append((image.part, file))
        }
        return DocxText(
            text: lines.joined(separator: "\n") + "\n", images: images, imageLines: reader.images.map(\.line),
            rowLayouts: reader.rowLayouts)
    }

    /// Imports the .docx at `url`: its lines through `run`, its images listed in the notes (image blocks do not
    /// exist yet; the files are in `imagesTo`).
    public func runDocx(
        at url: URL, imagesTo folder: URL? = nil, limits: DocxLimits = DocxLimits()
    )
        throws(DiagnosticError) -> Result
    {
        let docx = try Self.docx(at: url, imagesTo: folder, limits: limits)
        var result = run(docx.text, rowLayouts: docx.rowLayouts)
        for (i, image) in docx.images.enumerated() {
            let place = image.file.map { "saved as \($0)" } ?? "not extracted"
            result.notes.append(
                Note(
                    line: docx.imageLines[i],
                    message: "image \(image.part) \(place); insert it by hand (no image blocks yet)"))
        }
        return result
    }
}
