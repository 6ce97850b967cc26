import FolioMessages
import Foundation

/// Adds an empty column to a CSV text after the column headed by a given text, keeping every other byte as it
/// was (quotes, line ends, cells): `folio new-year --add-columns` uses it to give last period's data file the new
/// period's column, for the clerk to fill in.
public enum CSVColumnEditor {
    /// Why a column cannot be added.
    public struct Problem: Error, Sendable, Hashable {
        /// What is wrong.
        public var message: Message
    }

    /// `text` with a column headed `header` after the column headed `after` (or after the last cell of the header
    /// row when `after` is nil). The header row is the first record with a cell equal to `after`; every record that
    /// reaches that column gets an empty cell there (shorter records, which exports cut after their last figure,
    /// are left alone).
    public static func addColumn(to text: String, header: String, after: String?) throws(Problem) -> String {
        let chars = Array(text.unicodeScalars)
        let records = fields(chars)
        func cell(_ r: Int, _ i: Int) -> String {
            let f = records[r][i]
            var s = String(String.UnicodeScalarView(chars[f]))
            s = s.trimmingCharacters(in: .whitespaces)
            if s.hasPrefix("\""), s.hasSuffix("\""), s.count >= 2 {
                s = String(s.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
            }
            return s.trimmingCharacters(in: .whitespaces)
        }
        guard
            let headerRow = records.indices.first(where: { r in
                after.map { a in records[r].indices.contains { cell(r, $0) == a } }
                    ?? records[r].indices.contains { !cell(r, $0).isEmpty }
            })
        else {
            throw Problem(message: Message("data.header-row-column-value", ["value": "\(after ?? "")"]))
        }
        if records[headerRow].indices.contains(where: { cell(headerRow, $0) == header }) {
            throw Problem(message: Message("data.column-header-there-already", ["header": "\(header)"]))
        }
        let column =
            after.flatMap { a in records[headerRow].indices.first { cell(headerRow, $0) == a } }
            ?? (records[headerRow].indices.last { !cell(headerRow, $0).isEmpty } ?? 0)
        var insertions: [(Int, String)] = []
        for r in records.indices where records[r].count > column {
            let end = records[r][column].upperBound
            insertions.append((end, r == headerRow ? "," + quoted(header) : ","))
        }
        var out = String.UnicodeScalarView()
        var at = 0
        for (end, piece) in insertions {
            out.append(contentsOf: chars[at..<end])
            out.append(contentsOf: piece.unicodeScalars)
            at = end
        }
        out.append(contentsOf: chars[at...])
        return String(out)
    }

    /// A cell's text as CSV writes it: quoted when it holds a comma, a quote or a line break.
    static func quoted(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Each record's fields as ranges of `chars` (quotes included); quoted fields may hold commas and line breaks.
    static func fields(_ chars: [Unicode.Scalar]) -> [[Range<Int>]] {
        var records: [[Range<Int>]] = []
        var current: [Range<Int>] = []
        var start = 0, i = 0, quoted = false
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { i += 2; continue }
                    quoted = false
                }
                i += 1
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",":
                current.append(start..<i)
                start = i + 1
            case "\r", "\n":
                current.append(start..<i)
                records.append(current)
                current = []
                if c == "\r" && i + 1 < chars.count && chars[i + 1] == "\n" { i += 1 }
                start = i + 1
            default: break
            }
            i += 1
        }
        if start < chars.count || !current.isEmpty {
            current.append(start..<chars.count)
            records.append(current)
        }
        return records
    }
}
