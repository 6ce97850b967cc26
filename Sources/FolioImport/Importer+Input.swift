import FolioMessages
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

    /// The report at `url`, decoded (UTF-8 with or without a mark, UTF-16 with a mark, GB18030), read as a dataset
    /// is (`InputText.readData`): a regular file of at most `InputLimits.maxFileBytes` and at most
    /// `InputLimits.maxImportLines` lines; anything else (a pipe, a folder, a link loop, UTF-32, bytes no encoding
    /// reads) is a located diagnostic saying what it is.
    public static func source(at url: URL) throws(DiagnosticError) -> SourceText {
        let name = url.relativePath
        let data = try InputText.readData(
            url, name: name, limit: InputLimits.maxFileBytes, what: Message("input.what.text"))
        let start = SourceLocation(file: name, line: 1, column: 1)
        if data.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || data.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw DiagnosticError(
                Diagnostic(
                    .error, "“\(name)” is UTF-32 text", at: start,
                    hint: "save it from Word or WPS as plain text in UTF-8, UTF-16 or GB18030",
                    code: "io.encoding"))
        }
        guard let (text, encoding) = TextEncoding.decode(data) else {
            throw DiagnosticError(
                Diagnostic(
                    .error, "“\(name)” is not text in UTF-8, UTF-16 or GB18030", at: start,
                    hint: "save the report as plain text from Word or WPS (any of those encodings)",
                    code: "io.read"))
        }
        var lines = 1
        for b in text.utf8 where b == UInt8(ascii: "\n") {
            lines += 1
            if lines > InputLimits.maxImportLines {
                throw DiagnosticError(
                    Diagnostic(
                        .error, "the text has more than \(InputLimits.maxImportLines) lines",
                        at: SourceLocation(file: name, line: lines, column: 1),
                        hint: "import the report in parts; limits are in docs/limits.md", code: "limit.import-lines"))
            }
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
            throw DiagnosticError(
                Diagnostic(
                    .error, "--date “\(argument)” is not a date",
                    hint: "write it as YYYY-MM-DD, e.g. 2021-07-15", code: "import.date"))
        }
        return day
    }
}
