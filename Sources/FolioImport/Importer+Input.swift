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
        // A Word 97–2003 file is an OLE2 compound file (its first eight bytes, [MS-CFB] §2.2): not text at all.
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("io.old-word.name-is-doc", ["name": "\(name)"]), at: start,
                    hint: Message("io.old-word.save-as-docx.hint"), code: "io.old-word"))
        }
        if data.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || data.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("io.encoding.name-utf-text", ["name": "\(name)"]), at: start,
                    hint: Message("io.encoding.save-from-word-wps.hint"),
                    code: "io.encoding"))
        }
        guard let (text, encoding) = TextEncoding.decode(data) else {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("io.read.name-text-utf-utf", ["name": "\(name)"]), at: start,
                    hint: Message("io.read.save-report-plain-text.hint"),
                    code: "io.read"))
        }
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("io.empty.name-has-no-text", ["name": "\(name)"]), at: start,
                    hint: Message("io.empty.check-file.hint"), code: "io.empty"))
        }
        var lines = 1
        for b in text.utf8 where b == UInt8(ascii: "\n") {
            lines += 1
            if lines > InputLimits.maxImportLines {
                throw DiagnosticError(
                    Diagnostic(
                        .error,
                        Message("limit.import-lines.text-has-more-than", ["limit": "\(InputLimits.maxImportLines)"]),
                        at: SourceLocation(file: name, line: lines, column: 1),
                        hint: Message("limit.import-lines.import-report-parts-limits.hint"), code: "limit.import-lines")
                )
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
                    .error, Message("import.date.date-argument-date", ["argument": "\(argument)"]),
                    hint: Message("import.date.write-yyyy-mm-dd.hint"), code: "import.date"))
        }
        return day
    }
}
