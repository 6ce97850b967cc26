import Foundation
import FolioData

extension ReportImporter {
    /// The report at `url` as text, read as a dataset is (`InputText`): a regular file of at most
    /// `InputLimits.maxFileBytes` in UTF-8, at most `InputLimits.maxImportLines` lines; anything else (a pipe,
    /// a folder, a link loop, binary data, GB18030) is a located diagnostic saying what it is.
    public static func text(at url: URL) throws(DiagnosticError) -> String {
        let name = url.relativePath
        let text = try InputText.read(url, name: name, limit: InputLimits.maxFileBytes, what: "the text")
        var lines = 1
        for b in text.utf8 where b == UInt8(ascii: "\n") {
            lines += 1
            if lines > InputLimits.maxImportLines {
                throw DiagnosticError(Diagnostic(.error, "the text has more than \(InputLimits.maxImportLines) lines",
                    at: SourceLocation(file: name, line: lines, column: 1),
                    hint: "import the report in parts; limits are in docs/limits.md", code: "limit.import-lines"))
            }
        }
        return text
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
