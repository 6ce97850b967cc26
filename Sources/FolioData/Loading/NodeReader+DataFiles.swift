import FolioMessages
import Foundation
import Yams

extension NodeReader {
    /// Keys of one `data-files:` item.
    static let dataFileKeys = ["file", "sheet", "range", "encoding"]

    /// Reads `data-files:` and imports every file's figures; a name already given (in `data:` or an
    /// earlier file) is an error.
    mutating func readDataFiles(_ node: Node, existing: [DataValue]) -> [DataValue] {
        guard let items = list(node, "data-files", single: true) else { return [] }
        var values: [DataValue] = []
        var known: [String: SourceLocation?] = [:]
        for v in existing where known[v.name] == nil { known[v.name] = v.location }
        var listed: [String: SourceLocation?] = [:]
        for item in items {
            guard let declaration = readDataFile(item) else { continue }
            let identity = declaration.identity(in: directory ?? URL(fileURLWithPath: "."))
            if let first = listed[identity] {
                let there: MessageArgument =
                    first.map { .message(Message("datafile.duplicate.first-at", ["place": "\($0)"])) } ?? ""
                diagnostics.append(
                    Diagnostic(
                        .error,
                        Message(
                            "datafile.duplicate.data-file-path-listed",
                            ["path": "\(declaration.path)", "there": there]),
                        at: declaration.location, hint: Message("datafile.duplicate.list-each-file-once.hint"),
                        code: "datafile.duplicate"))
                continue
            }
            listed[identity] = declaration.location
            let room = InputLimits.maxDataValues - existing.count - values.count
            for v in importFile(declaration, limit: max(0, room)) {
                if let first = known[v.name] {
                    let there = first.map { " (also at \($0))" } ?? ""
                    diagnostics.append(
                        Diagnostic(
                            .error,
                            Message(
                                "data.duplicate-name.name-given-twice-there",
                                ["name": "\(v.name)", "there": "\(there)"]), at: v.location,
                            hint: Message("data.duplicate-name.keep-one-place.hint"), code: "data.duplicate-name"))
                    continue
                }
                known[v.name] = v.location
                values.append(v)
            }
        }
        return values
    }

    /// One item: `- figures.csv` or `- { file: 统计表.xlsx, sheet: 主要指标, range: A1:F40, encoding: gb18030 }`.
    mutating func readDataFile(_ node: Node) -> DataFile? {
        if case .scalar = node {
            return text(node, "a data file").map { DataFile(path: $0, location: location(node)) }
        }
        guard let f = fields(node, "a data file", allowed: Self.dataFileKeys, required: ["file"]),
            let fileNode = f["file"], let path = text(fileNode, "data-files.file")
        else { return nil }
        var file = DataFile(path: path, location: location(fileNode))
        file.sheet = f["sheet"].flatMap { text($0, "data-files.sheet") }
        file.range = f["range"].flatMap { text($0, "data-files.range") }
        if let e = f["encoding"], let t = text(e, "data-files.encoding") {
            if let enc = DataFile.Encoding(rawValue: t.lowercased()) {
                file.encoding = enc
            } else {
                error(Message("schema.enum.data-files-encoding-value", ["value": "\(t)"]), at: e, code: "schema.enum")
            }
        }
        if !file.isWorkbook && (file.sheet != nil || file.range != nil) {
            warning(
                Message("datafile.sheet.sheet-range-apply-only"), at: f["sheet"] ?? f["range"], code: "datafile.sheet")
        }
        return file
    }

    /// Reads a declared file's figures (diagnostics name the file, sheet and cell).
    mutating func importFile(_ file: DataFile, limit: Int = InputLimits.maxDataValues) -> [DataValue] {
        let kind = InputFileKind(
            noun: Message("input.what.data-file"), outsideCode: "datafile.outside", readCode: "datafile.read",
            typeHint: Message("datafile.type.hint"), limit: InputLimits.maxDataFileBytes,
            sizeHint: Message("datafile.size.hint"), mustExist: false)
        guard let (url, _) = inputFile(file.path, at: file.location, kind: kind) else { return [] }
        let shown = displayName(file.path)
        do {
            let grid =
                file.isWorkbook
                ? try XLSXReader(url: url, file: file, name: shown).read()
                : try CSVTable.read(url, as: file, name: shown)
            var importer = DataFileImporter(grid: grid, declaration: file)
            importer.reportPeriod = periods.period
            let values = importer.values(limit: limit)
            diagnostics += importer.diagnostics
            unreadNames.formUnion(importer.unreadNames)
            if let column = importer.missingColumn { pendingColumns.append(column) }
            return values
        } catch {
            diagnostics += error.diagnostics
            return []
        }
    }

    /// A data file's path as messages show it: beside the dataset's own name ("reports/figures.csv").
    func displayName(_ path: String) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        return folder.isEmpty || path.hasPrefix("/") ? path : folder + "/" + path
    }
}
