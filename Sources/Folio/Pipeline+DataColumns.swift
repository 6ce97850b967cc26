import FolioMessages
import Foundation
import FolioData
import FolioRender

extension Pipeline {
    /// Adds each pending column (`PendingColumn`, from a draft loaded for its new period) to its CSV file, empty,
    /// for the clerk to fill in (`folio new-year --add-columns`). The file's old bytes are kept first as FILE.bak
    /// (refused if one exists: an input is never overwritten silently), then the new text replaces the file in one
    /// step, in the file's own encoding (UTF-8 with or without its byte-order mark, or GB18030). A workbook, or a
    /// column that is there already, is left alone. Returns one line per file changed or left.
    public static func addPendingColumns(_ columns: [PendingColumn], datasetFolder folder: URL) throws -> [Message] {
        var lines: [Message] = []
        for column in columns {
            if column.isWorkbook {
                lines.append(
                    Message("newyear.column.workbook", ["file": "\(column.path)", "header": "\(column.header)"]))
                continue
            }
            if column.exists { continue }
            let file = DataFile(path: column.path)
            guard let url = file.url(in: folder) else {
                throw FolioError.output(
                    Message("folio.path-outside-dataset-s", ["path": "\(column.path)"]),
                    hint: Message("folio.add-column-header-hand.hint", ["header": "\(column.header)"]))
            }
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw FolioError.output(
                    Message("folio.cannot-read-path", ["path": "\(url.path)"]), hint: Message("folio.check-file.hint"))
            }
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            let hasBOM = data.starts(with: bom)
            let body = hasBOM ? data.dropFirst(3) : data
            let gb18030 = String.Encoding(rawValue: 0x8000_0632)
            let utf8Text = String(data: body, encoding: .utf8)
            guard let text = utf8Text ?? String(data: data, encoding: gb18030) else {
                throw FolioError.output(
                    Message("folio.path-neither-utf-nor", ["path": "\(column.path)"]),
                    hint: Message("folio.add-column-header-hand.hint", ["header": "\(column.header)"]))
            }
            let changed: String
            do { changed = try CSVColumnEditor.addColumn(to: text, header: column.header, after: column.after) } catch {
                throw FolioError.output(
                    Message(
                        "folio.cannot-add-column-header",
                        ["header": "\(column.header)", "path": "\(column.path)", "message": .message(error.message)]),
                    hint: Message("folio.add-hand.hint"))
            }
            guard let encoded = changed.data(using: utf8Text != nil ? .utf8 : gb18030) else {
                throw FolioError.output(
                    Message("folio.cannot-write-path-back", ["path": "\(column.path)"]),
                    hint: Message("folio.add-column-header-hand.hint", ["header": "\(column.header)"]))
            }
            let backup = try Self.keepCopy(data, of: url, column: column)
            try NewFile.write((hasBOM ? bom : []) + Array(encoded), to: url, replacing: true)
            let arguments: [String: MessageArgument] = [
                "file": "\(column.path)", "header": "\(column.header)", "after": "\(column.after ?? "")",
                "backup": "\(backup.lastPathComponent)",
            ]
            lines.append(
                Message(column.after == nil ? "newyear.column.added" : "newyear.column.added-after", arguments))
        }
        return lines
    }

    /// Keeps `data`, the file at `url` as it was, beside it: as FILE.bak, or FILE.bak.2, FILE.bak.3 … when last year's
    /// copy is there (each year's draft adds a column and keeps a copy; none is ever overwritten). Returns its name.
    static func keepCopy(_ data: Data, of url: URL, column: PendingColumn) throws -> URL {
        let first = url.appendingPathExtension("bak")
        for k in 1...99 {
            let backup = k == 1 ? first : first.appendingPathExtension("\(k)")
            do {
                try NewFile.write(Array(data), to: backup, replacing: false)
                return backup
            } catch RenderError.exists {
                continue
            }
        }
        throw FolioError.output(
            Message("folio.path-exists-so-path", ["path": "\(first.path)", "path2": "\(column.path)"]),
            hint: Message("folio.move-old-bak-away.hint"))
    }
}
