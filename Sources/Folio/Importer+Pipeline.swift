import FolioMessages
import Foundation
import FolioData
import FolioImport

extension Pipeline {
    /// Imports a plain-text report (`folio import`, FolioImport's `ReportImporter`). `date` is YYYY-MM-DD
    /// (default: the report's date line, else a date to fill in). A text that cannot be read or a date that is none is `FolioError.input`.
    /// A .docx is read through `ReportImporter.docx`; its images go into `imagesTo` (nil: listed, not extracted).
    /// The dataset's comments (what was imported, the notes) are written in `language`.
    public static func importReport(
        at url: URL, issuer: String? = nil, date: String? = nil,
        imagesTo: URL? = nil, language: Language = .english
    ) throws -> ReportImporter.Result {
        do {
            let day = try ReportImporter.date(from: date)
            if ReportImporter.isDocx(url) {
                return try ReportImporter(
                    sourceName: url.lastPathComponent, issuer: issuer, date: day, language: language
                )
                .runDocx(at: url, imagesTo: imagesTo)
            }
            let source = try ReportImporter.source(at: url)
            return ReportImporter(
                sourceName: url.lastPathComponent, issuer: issuer, date: day, encoding: source.encoding,
                language: language
            )
            .run(source.text)
        } catch {
            throw FolioError.input(error)
        }
    }

    /// Writes an imported dataset; a failure is `FolioError.output` and leaves any existing file as it was.
    public static func writeImported(_ result: ReportImporter.Result, to url: URL) throws {
        do {
            try Data(result.yaml.utf8).write(to: url, options: .atomic)
        } catch {
            throw FolioError.output(
                Message(
                    "folio.cannot-write-path-localized",
                    ["path": "\(url.path)", "localized-description": .message(.system(error))]),
                hint: Message("folio.check-that-folder-exists.hint-2"))
        }
    }
}
