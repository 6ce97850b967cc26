import Foundation
import FolioData

extension ReportImporter {
    /// A report's text as read from its file, with the encoding it was in.
    public struct SourceText: Sendable {
        /// The text.
        public var text: String
        /// The encoding detected (`TextEncoding.decode`).
        public var encoding: TextEncoding
    }

    /// The report at `url`, decoded (UTF-8 with or without a mark, UTF-16 with a mark, GB18030); a file that
    /// cannot be read, or that no encoding reads, is an `io.read` diagnostic.
    public static func source(at url: URL) throws(DiagnosticError) -> SourceText {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DiagnosticError(Diagnostic(.error, "cannot read “\(url.relativePath)”: \(error.localizedDescription)",
                                             hint: "check the path and the file’s permissions", code: "io.read"))
        }
        guard let (text, encoding) = TextEncoding.decode(data) else {
            throw DiagnosticError(Diagnostic(.error, "“\(url.relativePath)” is not text in UTF-8, UTF-16 or GB18030",
                                             hint: "save the report as plain text from Word or WPS (any of those encodings)",
                                             code: "io.read"))
        }
        return SourceText(text: text, encoding: encoding)
    }

    /// The report at `url` as text (see `source(at:)`).
    public static func text(at url: URL) throws(DiagnosticError) -> String { try source(at: url).text }

    /// The date of writing from `folio import --date` (YYYY-MM-DD); nil without one (the import then takes the
    /// report's own date line, or writes a date to fill in). A string that is no date is an `import.date` diagnostic.
    public static func date(from argument: String?) throws(DiagnosticError) -> DatasetDate? {
        guard let argument else { return nil }
        guard let day = DatasetDate(parsing: argument) else {
            throw DiagnosticError(Diagnostic(.error, "--date “\(argument)” is not a date",
                                             hint: "write it as YYYY-MM-DD, e.g. 2021-07-15", code: "import.date"))
        }
        return day
    }
}
