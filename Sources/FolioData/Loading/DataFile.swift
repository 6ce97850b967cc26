import FolioMessages
import Foundation

/// A file of figures the dataset reads (`data-files:` item): a CSV (UTF-8 or GB18030) or a sheet
/// and range of an .xlsx workbook, with its path relative to the dataset's folder.
public struct DataFile: Sendable, Hashable {
    /// How a CSV file's bytes are decoded.
    public enum Encoding: String, Sendable, CaseIterable {
        /// UTF-8 when the bytes are valid UTF-8, otherwise GB18030 (what Excel saves in China).
        case auto
        /// UTF-8 (a byte-order mark is skipped).
        case utf8 = "utf-8"
        /// GB18030, a superset of GBK and GB2312.
        case gb18030
    }
    /// The path as written, relative to the dataset's folder.
    public var path: String
    /// For a workbook, the sheet's name (nil: the first sheet).
    public var sheet: String?
    /// For a workbook, the range to read, e.g. "A1:F40" (nil: every cell of the sheet).
    public var range: String?
    /// For a CSV, the encoding.
    public var encoding: Encoding
    /// Where the item is declared in the dataset.
    public var location: SourceLocation?

    /// Creates a data-file declaration.
    public init(
        path: String, sheet: String? = nil, range: String? = nil, encoding: Encoding = .auto,
        location: SourceLocation? = nil
    ) {
        self.path = path; self.sheet = sheet; self.range = range; self.encoding = encoding; self.location = location
    }

    /// Whether the path names a workbook (.xlsx) rather than a CSV.
    public var isWorkbook: Bool { path.lowercased().hasSuffix(".xlsx") }

    /// The file's URL inside `directory`, or nil when the path leads out of that folder: by `../`, by an
    /// absolute path elsewhere, or through a symlink (to the file or to a folder on the way) that points
    /// outside. Both sides are compared as real paths (`PathIdentity.realPath`): a dataset reads only files
    /// that travel with it (docs/limits.md).
    public func url(in directory: URL) -> URL? {
        let target = unrestrictedURL(in: directory)
        return PathIdentity.isInside(target, folder: directory) ? target : nil
    }

    /// What makes two listings one read: the file's real path (links and `..` seen through), its sheet
    /// and its range.
    func identity(in directory: URL) -> String {
        let real = PathIdentity.realPath(unrestrictedURL(in: directory))
        return [real, sheet ?? "", range ?? ""].joined(separator: "\u{0}")
    }

    /// The file's URL relative to `directory` wherever it leads (only with `--allow-outside-paths`).
    public func unrestrictedURL(in directory: URL) -> URL {
        (path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)).standardizedFileURL
    }
}

/// A rectangle of cell texts read from a data file, with what is needed to name a cell in a message.
struct CellGrid {
    /// Cell texts, row by row, trimmed; "" for an empty cell. Merged cells repeat their top-left text.
    var rows: [[String]]
    /// The sheet's 1-based row and column of `rows[0][0]`.
    var top = 1, left = 1
    /// The file as the dataset names it.
    var file: String
    /// The sheet, for a workbook.
    var sheet: String?

    /// The text at (row, column) of the grid, "" outside it.
    func cell(_ r: Int, _ c: Int) -> String {
        guard r >= 0, r < rows.count, c >= 0, c < rows[r].count else { return "" }
        return rows[r][c]
    }

    /// The number of columns (the longest row).
    var width: Int { rows.map(\.count).max() ?? 0 }

    /// The file location of a grid cell: the line is the sheet row, the column the sheet column.
    func location(_ r: Int, _ c: Int) -> SourceLocation {
        SourceLocation(file: file, line: top + r, column: left + c)
    }

    /// How a message names a cell: "sheet 主要指标, cell C5" or "row 5, column 3".
    func name(_ r: Int, _ c: Int) -> Message {
        if let sheet {
            return Message(
                "datafile.cell.sheet", ["sheet": "\(sheet)", "cell": "\(CellReference.letters(left + c))\(top + r)"])
        }
        return Message("datafile.cell.row-column", ["row": .number(top + r), "column": .number(left + c)])
    }
}

/// A1-style cell references.
enum CellReference {
    /// 1 → A, 26 → Z, 27 → AA.
    static func letters(_ column: Int) -> String {
        var n = max(1, column), s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// A worksheet's last row (Excel's 1,048,576: ECMA-376 Part 1 §18.3.1.73 allows no more).
    static let lastRow = 1_048_576

    /// "C5" → (row 5, column 3); nil when it is not a reference.
    static func parse(_ ref: String) -> (row: Int, column: Int)? {
        let upper = ref.uppercased().filter { $0 != "$" }
        let letters = upper.prefix { $0.isASCII && $0.isLetter }
        let digits = upper.dropFirst(letters.count)
        guard !letters.isEmpty, letters.count <= 3, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let row = Int(digits), row >= 1, row <= lastRow
        else { return nil }
        var column = 0
        for ch in letters.unicodeScalars { column = column * 26 + Int(ch.value) - 64 }
        return (row, column)
    }

    /// "A1:F40" → corners; a single reference is a one-cell range.
    static func range(_ text: String) -> (top: Int, left: Int, bottom: Int, right: Int)? {
        let parts = text.split(separator: ":").map(String.init)
        guard parts.count == 1 || parts.count == 2, let a = parse(parts[0]), let b = parse(parts.last ?? "") else {
            return nil
        }
        return (min(a.row, b.row), min(a.column, b.column), max(a.row, b.row), max(a.column, b.column))
    }
}
