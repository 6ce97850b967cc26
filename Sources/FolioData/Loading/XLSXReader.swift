import FolioMessages
import Foundation
import XMLCoder
import ZIPFoundation

/// Reads one sheet (and range) of an .xlsx workbook into a `CellGrid`: shared strings resolved,
/// numbers printed in their shortest form (Excel stores 19752.13 as 19752.130000000001), merged
/// cells filled with their top-left text, empty cells "".
struct XLSXReader {
    let url: URL
    let file: DataFile
    let name: String

    /// The largest sheet area read, in cells: guards against a runaway dimension in a broken file.
    static let maximumCells = 1_000_000

    func fail(
        _ message: some MessageConvertible, hint: (any MessageConvertible)? = nil, code: String = "datafile.xlsx"
    ) -> DiagnosticError {
        DiagnosticError(Diagnostic(.error, message, at: file.location, hint: hint, code: code))
    }

    /// The grid of the requested sheet and range.
    func read() throws(DiagnosticError) -> CellGrid {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw fail(
                Message("data.cannot-open-name-xlsx", ["name": "\(name)"]),
                hint: Message("data.check-path-that-saved.hint"))
        }
        let workbook: XLSX.Workbook = try part(archive, "xl/workbook.xml")
        let rels: XLSX.Relationships = try part(archive, "xl/_rels/workbook.xml.rels")
        let sheets = workbook.sheets.sheet ?? []
        guard let sheet = file.sheet.map({ want in sheets.first { $0.name == want } }) ?? sheets.first else {
            let names = sheets.map(\.name)
            throw fail(
                Message("datafile.sheet.name-has-sheet-value", ["name": "\(name)", "value": "\(file.sheet ?? "")"]),
                hint: Suggestion.didYouMean(file.sheet ?? "", among: names)
                    ?? Message("datafile.sheet.list", ["sheets": .texts(names)]),
                code: "datafile.sheet")
        }
        guard let target = rels.relationship?.first(where: { $0.id == sheet.id })?.target else {
            throw fail(Message("data.name-sheet-name-has", ["name": "\(name)", "name2": "\(sheet.name)"]))
        }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        let strings: XLSX.SharedStrings? =
            archive["xl/sharedStrings.xml"] == nil ? nil : try part(archive, "xl/sharedStrings.xml")
        let worksheet: XLSX.Worksheet = try part(archive, path)
        return try grid(worksheet, strings: strings?.si?.map(\.text) ?? [], sheet: sheet.name)
    }

    /// Decodes one XML part of the archive.
    func part<T: Decodable>(_ archive: Archive, _ path: String) throws(DiagnosticError) -> T {
        guard let entry = archive[path] else {
            throw fail(Message("data.name-lacks-path-xlsx", ["name": "\(name)", "path": "\(path)"]))
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            let decoder = XMLDecoder(trimValueWhitespaces: false)
            return try decoder.decode(T.self, from: data)
        } catch {
            throw fail(
                Message("data.cannot-read-path-name", ["path": "\(path)", "name": "\(name)", "error": "\(error)"]))
        }
    }

    /// The cells of the range as a grid.
    func grid(_ sheet: XLSX.Worksheet, strings: [String], sheet sheetName: String) throws(DiagnosticError) -> CellGrid {
        var cells: [Int: [Int: String]] = [:]
        var maxRow = 0, maxColumn = 0
        for (i, row) in (sheet.sheetData.row ?? []).enumerated() {
            // A row number past the sheet's last row (a damaged or hostile file) is taken as the row's place, as a
            // missing one is: it must not reach the grid's arithmetic.
            let rowNumber =
                row.r.flatMap(Int.init).flatMap { (1...CellReference.lastRow).contains($0) ? $0 : nil } ?? i + 1
            for (j, c) in (row.c ?? []).enumerated() {
                let at = c.r.flatMap(CellReference.parse) ?? (rowNumber, j + 1)
                let text = try value(c, strings: strings, at: at, sheet: sheetName)
                guard !text.isEmpty else { continue }
                cells[at.row, default: [:]][at.column] = text
                maxRow = max(maxRow, at.row); maxColumn = max(maxColumn, at.column)
            }
        }
        // The merged cells are filled in with their text, at most `maximumCells` of them in all: each merge's size is
        // bounded, and so is their sum (a small file can list a hundred merges of a million cells each).
        var filled = 0
        for m in sheet.mergeCells?.mergeCell ?? [] {
            guard let r = CellReference.range(m.ref), let text = cells[r.top]?[r.left] else { continue }
            let size = (r.bottom - r.top + 1) * (r.right - r.left + 1)
            guard size <= Self.maximumCells else { continue }
            filled += size
            guard filled <= Self.maximumCells else {
                throw fail(
                    Message("datafile.range.sheet-sheet-name-name", ["sheet-name": "\(sheetName)", "name": "\(name)"]),
                    code: "datafile.range")
            }
            for row in r.top...r.bottom { for col in r.left...r.right { cells[row, default: [:]][col] = text } }
            maxRow = max(maxRow, r.bottom); maxColumn = max(maxColumn, r.right)
        }
        var area = (top: 1, left: 1, bottom: maxRow, right: maxColumn)
        if let range = file.range {
            guard let r = CellReference.range(range) else {
                throw fail(
                    Message("datafile.range.range-range-name-cell", ["range": "\(range)", "name": "\(name)"]),
                    hint: Message("datafile.range.write-f.hint"),
                    code: "datafile.range")
            }
            area = r
        }
        guard area.bottom >= area.top, area.right >= area.left,
            (area.bottom - area.top + 1) * (area.right - area.left + 1) <= Self.maximumCells
        else {
            throw fail(
                Message("datafile.range.sheet-sheet-name-name", ["sheet-name": "\(sheetName)", "name": "\(name)"]),
                code: "datafile.range")
        }
        let rows = (area.top...area.bottom).map { r in (area.left...area.right).map { cells[r]?[$0] ?? "" } }
        return CellGrid(rows: rows, top: area.top, left: area.left, file: name, sheet: sheetName)
    }

    /// A cell's text: a shared string, inline string, formula string, boolean or number.
    func value(
        _ c: XLSX.Worksheet.Cell, strings: [String], at: (row: Int, column: Int), sheet: String
    ) throws(DiagnosticError) -> String {
        let raw = c.v?.value ?? ""
        switch c.t {
        case "s":
            guard let i = Int(raw), i >= 0, i < strings.count else {
                throw fail(
                    Message(
                        "data.name-sheet-sheet-cell",
                        [
                            "name": "\(name)", "sheet": "\(sheet)", "value": "\(CellReference.letters(at.column))",
                            "row": "\(at.row)", "raw": "\(raw)",
                        ])
                )
            }
            return CSVTable.clean(strings[i])
        case "inlineStr":
            return CSVTable.clean(c.is?.t?.value ?? (c.is?.r ?? []).compactMap { $0.t?.value }.joined())
        case "str", "e", "b":
            return CSVTable.clean(raw)
        default:
            return Self.shortest(CSVTable.clean(raw))
        }
    }

    /// A stored number in its shortest round-trip form ("19752.130000000001" → "19752.13").
    static func shortest(_ raw: String) -> String {
        guard let d = Double(raw), d.isFinite, abs(d) < 1e15 else { return raw }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        let s = "\(d)"
        return s.contains("e") ? raw : s
    }
}
