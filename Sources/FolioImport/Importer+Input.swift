import Foundation
import FolioData

extension ReportImporter {
    /// The report at `url` as text; a file that cannot be read as UTF-8 is an `io.read` diagnostic.
    public static func text(at url: URL) throws(DiagnosticError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DiagnosticError(Diagnostic(.error, "cannot read “\(url.relativePath)” as UTF-8 text: \(error.localizedDescription)",
                                             hint: "save the report as plain text (UTF-8) from Word or WPS", code: "io.read"))
        }
    }

    /// The date of writing from `folio import --date` (YYYY-MM-DD), or today (UTC) without one; a string that is
    /// no date is an `import.date` diagnostic.
    public static func date(from argument: String?) throws(DiagnosticError) -> DatasetDate {
        guard let argument else {
            let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: Date())
            return DatasetDate(year: c.year ?? 2021, month: c.month ?? 1, day: c.day ?? 1)
        }
        guard let day = DatasetDate(parsing: argument) else {
            throw DiagnosticError(Diagnostic(.error, "--date “\(argument)” is not a date",
                                             hint: "write it as YYYY-MM-DD, e.g. 2021-07-15", code: "import.date"))
        }
        return day
    }
}
