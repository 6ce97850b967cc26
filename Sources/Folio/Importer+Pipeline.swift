import Foundation
import FolioData

extension Pipeline {
    /// Imports a plain-text report (`folio import`). `date` is YYYY-MM-DD (default: today, UTC).
    public static func importReport(at url: URL, issuer: String? = nil, date: String? = nil) throws -> ReportImporter.Result {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw FolioError.input(DiagnosticError(Diagnostic(.error, "cannot read “\(url.relativePath)” as UTF-8 text: \(error.localizedDescription)",
                                                              hint: "save the report as plain text (UTF-8) from Word or WPS", code: "io.read")))
        }
        let day: DatasetDate
        if let date {
            guard let d = DatasetDate(parsing: date) else {
                throw FolioError.input(DiagnosticError(Diagnostic(.error, "--date “\(date)” is not a date",
                                                                  hint: "write it as YYYY-MM-DD, e.g. 2021-07-15", code: "import.date")))
            }
            day = d
        } else {
            let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: Date())
            day = DatasetDate(year: c.year ?? 2021, month: c.month ?? 1, day: c.day ?? 1)
        }
        return ReportImporter(sourceName: url.lastPathComponent, issuer: issuer, date: day).run(text)
    }

    /// Writes an imported dataset; a failure is `FolioError.output` and leaves any existing file as it was.
    public static func writeImported(_ result: ReportImporter.Result, to url: URL) throws {
        do {
            try Data(result.yaml.utf8).write(to: url, options: .atomic)
        } catch {
            throw FolioError.output("cannot write \(url.path): \(error.localizedDescription)",
                                    hint: "check that the folder exists and is writable")
        }
    }
}
