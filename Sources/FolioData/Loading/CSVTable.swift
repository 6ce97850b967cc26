import FolioMessages
import Foundation
import CSV

/// Reads a CSV file into a `CellGrid` with CSV.swift, decoding UTF-8 or GB18030.
enum CSVTable {
    /// GB18030-2000 as Foundation names it (kCFStringEncodingGB_18030_2000 mapped to NSStringEncoding).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The file's cells, or a diagnostic naming the file.
    static func read(_ url: URL, as file: DataFile, name: String) throws(DiagnosticError) -> CellGrid {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("datafile.read.cannot-read-data-file", ["name": "\(name)"]), at: file.location,
                    hint: Message("datafile.read.check-path-relative-dataset.hint"), code: "datafile.read"))
        }
        guard let text = decode(data, file.encoding) else {
            throw DiagnosticError(
                Diagnostic(
                    .error,
                    Message(
                        "datafile.encoding.name-value-text",
                        ["name": "\(name)", "value": "\(file.encoding == .gb18030 ? "GB18030" : "UTF-8 or GB18030")"]),
                    at: file.location, hint: Message("datafile.encoding.save-from-excel-csv.hint"),
                    code: "datafile.encoding"))
        }
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row.map(clean)) }
            if let e = reader.error {
                throw DiagnosticError(
                    Diagnostic(
                        .error, Message("datafile.syntax.cannot-read-name-csv", ["name": "\(name)", "e": "\(e)"]),
                        at: file.location,
                        code: "datafile.syntax"))
            }
            try checkShape(rows, text: text, file: file, name: name)
            return CellGrid(rows: rows, file: name)
        } catch let e as DiagnosticError {
            throw e
        } catch {
            throw DiagnosticError(
                Diagnostic(
                    .error,
                    Message("datafile.syntax.cannot-read-name-csv-2", ["name": "\(name)", "error": "\(error)"]),
                    at: file.location,
                    code: "datafile.syntax"))
        }
    }

    /// The number (from 1) of the first line of `text` with an odd number of quotes, lines ending at LF, CR LF or CR
    /// (a sheet saved on Windows ends its rows with CR LF); 1 when there is none.
    static func firstLineWithOddQuotes(_ text: String) -> Int {
        var line = 1, quotes = 0, afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            if scalar == "\n" && afterReturn { continue }
            if scalar == "\n" || scalar == "\r" {
                if quotes % 2 == 1 { return line }
                line += 1; quotes = 0
            } else if scalar == "\"" {
                quotes += 1
            }
        }
        return quotes % 2 == 1 ? line : 1
    }

    /// A CSV whose rows are longer than its header, or with a quote never closed, was cut or
    /// mis-exported: its figures cannot be trusted to be in their columns. Shorter rows are fine (some
    /// exports drop trailing empty cells).
    static func checkShape(_ rows: [[String]], text: String, file: DataFile, name: String) throws(DiagnosticError) {
        if text.reduce(0, { $1 == "\"" ? $0 + 1 : $0 }) % 2 == 1 {
            let line = firstLineWithOddQuotes(text)
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("datafile.syntax.name-line-line-quote", ["name": "\(name)", "line": "\(line)"]),
                    at: file.location, hint: Message("datafile.syntax.close-quote-save-sheet.hint"),
                    code: "datafile.syntax"))
        }
        // Trailing empty cells (a trailing comma, as many exports write) do not count.
        func width(_ row: [String]) -> Int { (row.lastIndex { !$0.isEmpty } ?? -1) + 1 }
        // The header row as the importer finds it (a row with a period, else one with 数值): rows above it — a title,
        // a merged 年份 — may be narrower (docs/dataset.md), rows below it may not be wider.
        guard let header = DataFileImporter.headerRow(rows) ?? rows.firstIndex(where: { width($0) > 0 }) else { return }
        let headerWidth = width(rows[header])
        if let r = rows.indices.first(where: { $0 > header && width(rows[$0]) > headerWidth }) {
            throw DiagnosticError(
                Diagnostic(
                    .error,
                    Message(
                        "datafile.ragged.name-row-value-has",
                        [
                            "name": "\(name)", "value": "\(r + 1)", "value2": "\(width(rows[r]))",
                            "value3": "\(header + 1)", "header-width": "\(headerWidth)",
                        ]),
                    at: file.location,
                    hint: Message("datafile.ragged.every-row-should-have.hint"),
                    code: "datafile.ragged"))
        }
    }

    /// Decodes bytes: UTF-8 (without a byte-order mark) when asked or valid, else GB18030.
    static func decode(_ data: Data, _ encoding: DataFile.Encoding) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        switch encoding {
        case .utf8: return String(data: bytes, encoding: .utf8)
        case .gb18030: return String(data: data, encoding: gb18030)
        case .auto: return String(data: bytes, encoding: .utf8) ?? String(data: data, encoding: gb18030)
        }
    }

    /// A cell's text without surrounding white space (also the no-break and ideographic spaces Excel leaves).
    static func clean(_ s: String) -> String {
        s.trimmingCharacters(
            in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}\u{3000}")))
    }
}
