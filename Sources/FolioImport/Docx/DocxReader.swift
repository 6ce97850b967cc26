import FolioMessages
import Foundation
import FolioData

/// A .docx turned into the lines the text importer reads (one paragraph or table row a line, TAB between cells,
/// headings with their numbers, the footnotes as a 注释 block at the end), so that Word, WPS and plain-text
/// reports take one path through `ReportImporter`.
public struct DocxText: Sendable {
    /// The lines, joined by newlines.
    public var text: String
    /// Each image of the document in order: its part in the .docx and, when extracted, the file written.
    public var images: [(part: String, file: String?)]
    /// The line of the text each image was found on (from 1).
    public var imageLines: [Int]
    /// What the tables' rows are beyond their text (merged cells, header rows, cells, where each table starts).
    var rows = DocxRows()
}

/// Reads word/document.xml with its styles, numbering, footnotes and relationships.
struct DocxReader {
    var package: DocxPackage
    var styles: [String: Style] = [:]
    var numbering = DocxNumbering(nil)
    var relationships: [String: String] = [:]
    var footnotes: [String: String] = [:]
    /// The footnotes referred to, in order of first reference.
    var footnoteOrder: [String] = []
    var lines: [String] = []
    /// The table rows' layouts, cells and tables' first rows, by line (from 1).
    var rows = DocxRows()
    var images: [(part: String, line: Int)] = []
    /// The first rows of the tables read since the last section break: turned with their section when it is landscape.
    var sectionTables: [Int] = []
    /// Counters of headings that have no number of their own, by level.
    var headingCounters = [0, 0, 0, 0]

    /// A paragraph style: its name, the outline level and list it gives, and the style it is based on.
    struct Style { var name: String; var outline: Int?; var numId: String?; var ilvl: Int?; var basedOn: String? }

    init(package: DocxPackage) { self.package = package }

    /// Reads every part and returns the lines.
    mutating func read() throws(DiagnosticError) -> [String] {
        guard let document = try package.xml("word/document.xml") else {
            throw DocxPackage.failure(package.name, Message("import.docx.no-document"))
        }
        readStyles(try package.xml("word/styles.xml"))
        numbering = DocxNumbering(try package.xml("word/numbering.xml"))
        for r in try package.xml("word/_rels/document.xml.rels")?.elements("Relationship") ?? [] {
            if let id = r.attributes["Id"], let target = r.attributes["Target"] { relationships[id] = target }
        }
        for f in try package.xml("word/footnotes.xml")?.elements("w:footnote") ?? [] {
            guard let id = f.attributes["w:id"], f.attributes["w:type"] == nil else { continue }
            footnotes[id] = f.elements("w:p").map { paragraphText($0, footnotes: false) }.joined()
                .trimmingCharacters(in: .whitespaces)
        }
        guard let body = document.first("w:body") else {
            throw DocxPackage.failure(package.name, Message("import.docx.no-body"))
        }
        for block in body.elementChildren {
            switch block.name {
            case "w:p":
                paragraph(block)
                // A section ends with the paragraph that carries its properties.
                if let section = block.first("w:pPr")?.first("w:sectPr") { endSection(section) }
            case "w:tbl": table(block)
            case "w:sdt":
                for inner in block.first("w:sdtContent")?.elements("w:p") ?? [] { paragraph(inner) }
            default: continue
            }
        }
        if let last = body.first("w:sectPr") { endSection(last) }
        let notes = footnoteOrder.enumerated().compactMap { i, id in footnotes[id].map { "[\(i + 1)]\($0)" } }
        if !notes.isEmpty { lines += ["注释："] + notes }
        return lines
    }

    private mutating func readStyles(_ root: XMLElementNode?) {
        for s in root?.elements("w:style") ?? [] where s.attributes["w:type"] == "paragraph" {
            guard let id = s.attributes["w:styleId"] else { continue }
            let pPr = s.first("w:pPr"), numPr = pPr?.first("w:numPr")
            styles[id] = Style(
                name: s.value(of: "w:name") ?? id, outline: pPr?.value(of: "w:outlineLvl").flatMap(Int.init),
                numId: numPr?.value(of: "w:numId"), ilvl: numPr?.value(of: "w:ilvl").flatMap(Int.init),
                basedOn: s.value(of: "w:basedOn"))
        }
    }

    /// The style `id` and the styles it is based on (at most 20: a loop in a hostile file ends).
    private func chain(_ id: String?) -> [Style] {
        var out: [Style] = [], next = id
        while let n = next, let s = styles[n], out.count < 20 { out.append(s); next = s.basedOn }
        return out
    }

    /// The heading level (1–4) a style name gives: Heading 1–4 (Word), 标题 1–4 (Word in Chinese, WPS).
    static func level(styleName: String) -> Int? {
        let n = styleName.lowercased().replacingOccurrences(of: " ", with: "")
        for prefix in ["heading", "标题"] where n.hasPrefix(prefix) {
            if let l = Int(n.dropFirst(prefix.count)), (1...9).contains(l) { return l }
        }
        return nil
    }

    /// What a paragraph is: a heading of a level, the title, the subtitle, or body text.
    enum Role: Equatable {
        case heading(Int)
        case title, subtitle, body
    }

    private func role(_ p: XMLElementNode) -> Role {
        let pPr = p.first("w:pPr")
        let styles = chain(pPr?.value(of: "w:pStyle"))
        let names = styles.map { $0.name.lowercased() }
        if names.first == "title" || names.first == "标题" { return .title }
        if names.first == "subtitle" || names.first == "副标题" { return .subtitle }
        if let o = pPr?.value(of: "w:outlineLvl").flatMap(Int.init) {
            return (0..<9).contains(o) ? .heading(o + 1) : .body
        }
        for s in styles {
            if let l = Self.level(styleName: s.name) { return .heading(l) }
            if let o = s.outline { return (0..<9).contains(o) ? .heading(o + 1) : .body }
        }
        return .body
    }

    private mutating func paragraph(_ p: XMLElementNode) {
        let imagesBefore = images.count
        defer { imageMarkers(from: imagesBefore) }
        var text = paragraphText(p, footnotes: true)
        let role = role(p)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        let pPr = p.first("w:pPr"), styleChain = chain(pPr?.value(of: "w:pStyle"))
        let numPr = pPr?.first("w:numPr")
        let numId = numPr?.value(of: "w:numId") ?? styleChain.lazy.compactMap(\.numId).first
        let ilvl = numPr?.value(of: "w:ilvl").flatMap(Int.init) ?? styleChain.lazy.compactMap(\.ilvl).first ?? 0
        var number = numId.flatMap { numbering.next(numId: $0, level: ilvl) }
        if case .heading(let level) = role, (1...4).contains(level) {
            let l = level - 1
            headingCounters[l] += 1
            for d in (l + 1)..<4 { headingCounters[d] = 0 }
            if number == nil, !Self.hasTypedNumber(trimmed) {
                number = DocxNumbering.standard(level: level, ordinal: headingCounters[l])
            }
        }
        text = (number ?? "") + trimmed
        lines.append(text)
        if case .heading(let level) = role, (1...4).contains(level) { rows.headingLevels[lines.count] = level }
    }

    /// A line of its own for each image found since `first` (an object replacement character and the image's
    /// number from 1: `BodyLine.imageMarker`), after the paragraph's text, so the importer places an image block
    /// there. Images before the first line of text (a logo above the title) get none: the title block comes first.
    private mutating func imageMarkers(from first: Int) {
        guard !lines.isEmpty else { return }
        for i in first..<images.count {
            images[i].line = lines.count + 1
            lines.append(BodyLine.imageMarker(i + 1))
        }
    }

    /// Whether a paragraph starts with a number typed by hand: 一、 （一） 1. 1． （1） (1).
    static func hasTypedNumber(_ s: String) -> Bool {
        let c = Array(s.prefix(8))
        guard let first = c.first else { return false }
        let numerals = Set("一二三四五六七八九十")
        var i = 0
        if first == "（" || first == "(" { i = 1 }
        let start = i
        while i < c.count, numerals.contains(c[i]) || c[i].isASCII && c[i].isNumber { i += 1 }
        guard i > start, i < c.count else { return false }
        if start == 1 { return c[i] == "）" || c[i] == ")" }
        return c[i] == "、" || c[i] == "." || c[i] == "．"
    }

    /// The text of a paragraph: its runs' w:t, tabs and breaks as spaces, footnote references as [n], images
    /// recorded (their place in the line list).
    private mutating func paragraphText(_ p: XMLElementNode, footnotes withMarks: Bool) -> String {
        var out = ""
        func walk(_ e: XMLElementNode) {
            for c in e.elementChildren {
                switch c.name {
                case "w:t": out += c.text
                case "w:tab": out += " "
                case "w:br", "w:cr": continue
                case "w:footnoteReference":
                    guard withMarks, let id = c.attributes["w:id"] else { continue }
                    if !footnoteOrder.contains(id) { footnoteOrder.append(id) }
                    out += "[\((footnoteOrder.firstIndex(of: id) ?? 0) + 1)]"
                case "w:drawing", "w:pict", "w:object":
                    for blip in c.descendants("a:blip") + c.descendants("v:imagedata") {
                        if let id = blip.attributes["r:embed"] ?? blip.attributes["r:id"],
                            let target = relationships[id]
                        {
                            images.append((part: Self.partPath(target), line: lines.count + 1))
                        }
                    }
                case "w:delText", "w:instrText", "w:pPr", "w:rPr": continue
                default: walk(c)
                }
            }
        }
        walk(p)
        return out
    }

    /// A relationship target as a part path ("media/image1.png" → "word/media/image1.png").
    static func partPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "word/" + target
    }

    /// A table as TAB-separated rows: a cell spanning columns (w:gridSpan) is followed by empty cells, a cell
    /// continuing a vertical merge (w:vMerge without restart) is empty; the spans go to `rows.layouts` (by the
    /// line each row is on) with the rows Word repeats as a header (w:tblHeader), the cells to `rows.cells` and
    /// the first row's line to `rows.firstRows`. Several tables typed into one Word table, each under its number
    /// label (附表1, 附表2), are read as tables of their own; each keeps only the columns its cells need
    /// (`collapsed`). Nested tables are read as text.
    private mutating func table(_ t: XMLElementNode) {
        // Pictures in cells (a grid of before-and-after photos) become image blocks after the table, in reading order.
        let imagesBefore = images.count
        defer { imageMarkers(from: imagesBefore) }
        var rows: [[DocxCell]] = [], headers: [Bool] = []
        for row in t.elements("w:tr") {
            var cells: [DocxCell] = []
            for cell in row.elements("w:tc") { cells.append(readCell(cell)) }
            guard cells.contains(where: { !$0.text.isEmpty }) else { continue }
            let header = row.first("w:trPr")?.first("w:tblHeader").map {
                !["0", "false"].contains($0.attributes["w:val"])
            }
            rows.append(cells)
            headers.append(header ?? false)
        }
        for part in Self.parts(rows) { tablePart(Array(rows[part]), headers: Array(headers[part])) }
    }

    /// One table of a Word table: the caption and unit line its first rows give (`titleRows`) as lines above it, when
    /// the rows under them are a table of two columns or more, then its rows with only the columns they need.
    private mutating func tablePart(_ rows: [[DocxCell]], headers: [Bool]) {
        let top = Self.titleRows(rows)
        let rest = Self.collapsed(Array(rows.dropFirst(top.count)))
        guard top.count > 0, rest.contains(where: { $0.reduce(0) { $0 + $1.columns } > 1 }) else {
            return tableRows(Self.collapsed(rows), headers: headers)
        }
        if let caption = top.caption {
            lines.append(caption)
            self.rows.captions[lines.count] = caption
        }
        if let unit = top.unit { lines.append(unit) }
        tableRows(rest, headers: Array(headers.dropFirst(top.count)))
    }

    /// The rows above a table's header that carry its number label (附表1), its title (a cell from the first column
    /// across more than half the table) and its unit line (单位：万元), each the only cell with text in its row, as Word
    /// tables often carry them: the caption they make (the label before the title; nil when neither is there), the
    /// unit line and how many rows they are. A header and a row under it always stay.
    static func titleRows(_ rows: [[DocxCell]]) -> (caption: String?, unit: String?, count: Int) {
        let width = rows.map { $0.reduce(0) { $0 + $1.columns } }.max() ?? 0
        var label: String?, title: String?, unit: String?, count = 0
        while count + 2 < rows.count {
            let row = rows[count], filled = row.filter { !$0.text.isEmpty }
            guard filled.count == 1, let text = filled.first?.text, !row.contains(where: \.continuesMerge) else {
                break
            }
            if label == nil, title == nil, ImportedTable.isNumberLabel(text) {
                label = text
            } else if unit == nil, BodyLine.unitLine(text) {
                unit = text
            } else if title == nil, let first = row.first, first.text == text, first.columns * 2 > width {
                title = text
            } else {
                break
            }
            count += 1
        }
        let named = [label, title].compactMap { $0 }
        return (named.isEmpty ? nil : named.joined(separator: " "), unit, count)
    }

    /// Ends a section: its tables are turned (`DocxRows.landscapeTables`) when its page is set landscape, as a drafter
    /// sets a wide 附表 (w:pgSz w:orient="landscape", or wider than tall).
    private mutating func endSection(_ properties: XMLElementNode) {
        defer { sectionTables = [] }
        guard let size = properties.first("w:pgSz") else { return }
        let width = size.attributes["w:w"].flatMap(Int.init), height = size.attributes["w:h"].flatMap(Int.init)
        if size.attributes["w:orient"] == "landscape" || (width ?? 0) > (height ?? Int.max) {
            rows.landscapeTables.formUnion(sectionTables)
        }
    }

    /// The lines of one table's rows, with their layouts, cells and first row (`table`).
    private mutating func tableRows(_ rows: [[DocxCell]], headers: [Bool]) {
        let layouts = Self.layouts(rows, headers: headers)
        // A table of one column is read as paragraphs, as a text box drawn as a table is.
        let wide = rows.contains { $0.reduce(0) { $0 + $1.columns } > 1 }
        if wide {
            self.rows.firstRows.insert(lines.count + 1)
            sectionTables.append(lines.count + 1)
        }
        for (r, cells) in rows.enumerated() {
            let texts = cells.flatMap { [$0.text] + Array(repeating: "", count: $0.columns - 1) }
            lines.append(texts.joined(separator: "\t"))
            if wide { self.rows.cells[lines.count] = texts }
            if wide, cells.contains(where: { $0.indent > 0 }) {
                self.rows.indents[lines.count] = cells.flatMap {
                    [$0.indent] + Array(repeating: 0, count: $0.columns - 1)
                }
            }
            if layouts[r].spans.contains(where: { $0 != CellSpan(columns: 1, rows: 1) }) || layouts[r].isHeader {
                self.rows.layouts[lines.count] = layouts[r]
            }
        }
    }

    /// The rows of each table typed into one Word table: a new one starts at a row (not the first) whose only text
    /// is a table's number label (附表2, 表3) with a row under it.
    static func parts(_ rows: [[DocxCell]]) -> [Range<Int>] {
        let starts = rows.indices.filter { r in
            guard r > 0, r + 1 < rows.count else { return false }
            let texts = rows[r].map(\.text).filter { !$0.isEmpty }
            return texts.count == 1 && ImportedTable.isNumberLabel(texts[0])
        }
        let bounds = [0] + starts + [rows.count]
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// The rows with the grid columns no cell needs taken out, spans counted anew: the columns at the right where no
    /// cell with text starts are dropped (a cell reaching into them ends before them), and neighbouring grid columns
    /// that no row has a cell boundary between are one column (a fine w:tblGrid that every row spans over).
    static func collapsed(_ rows: [[DocxCell]]) -> [[DocxCell]] {
        let width = rows.map(usedWidth).max() ?? 0
        let cut = rows.map { row in
            var start = 0
            return row.compactMap { cell -> DocxCell? in
                defer { start += cell.columns }
                guard start < width else { return nil }
                var kept = cell
                kept.columns = min(cell.columns, width - start)
                return kept
            }
        }
        var bounds = Set<Int>()
        for row in cut {
            var end = 0
            for cell in row {
                end += cell.columns
                bounds.insert(end)
            }
        }
        let sorted = bounds.sorted()
        // The real column a grid boundary stands at: the boundaries at or before it.
        func column(_ position: Int) -> Int { sorted.prefix { $0 <= position }.count }
        return cut.map { row in
            var start = 0
            return row.map { cell in
                var kept = cell
                kept.columns = column(start + cell.columns) - column(start)
                start += cell.columns
                return kept
            }
        }
    }

    /// The grid columns a row needs: up to the column its last cell with text starts in (a title across the whole
    /// grid needs only its first), 0 when no cell has text.
    static func usedWidth(_ row: [DocxCell]) -> Int {
        var start = 0, used = 0
        for cell in row {
            if !cell.text.isEmpty { used = start + 1 }
            start += cell.columns
        }
        return used
    }

    /// One w:tc: its text (empty when it continues a vertical merge), its columns and its merge state.
    private mutating func readCell(_ cell: XMLElementNode) -> DocxCell {
        let tcPr = cell.first("w:tcPr")
        // At most 64 columns a cell, so that a hostile w:gridSpan cannot make a line of millions of cells; a span
        // wider than a dataset's table (24 columns) is cut with its table when it is written (`ImportedTable.split`).
        let span = max(1, min(64, tcPr?.value(of: "w:gridSpan").flatMap(Int.init) ?? 1))
        let merge = tcPr?.first("w:vMerge")
        let continued = merge != nil && merge?.attributes["w:val"] != "restart"
        let typed =
            continued
            ? "" : cell.descendants("w:p").map { paragraphText($0, footnotes: true) }.joined()
        let text = typed.replacingOccurrences(of: "\t", with: " ").trimmingCharacters(in: .whitespaces)
        var read = DocxCell(text: text, columns: span, continuesMerge: continued)
        if !text.isEmpty, let p = cell.first("w:p") { read.indent = Self.indent(of: p, typed: typed) }
        return read
    }

    /// The characters a cell's paragraph `p` stands in: its w:ind (w:leftChars and w:firstLineChars in hundredths of
    /// a character; else w:left and w:firstLine in twips, at its first run's size, 五号 when none is given; a hanging
    /// indent is not an indent) and the spaces typed before its text (a full-width space one character, two spaces
    /// one), at most `InputLimits.maxCellIndent`.
    static func indent(of p: XMLElementNode, typed: String) -> Int {
        let ind = p.first("w:pPr")?.first("w:ind")
        let number = { (name: String) in ind?.attributes[name].flatMap(Double.init) ?? 0 }
        let halfPoints = p.descendants("w:sz").first?.attributes["w:val"].flatMap(Double.init) ?? 21
        let twipsPerCharacter = max(1, halfPoints * 10)
        let left =
            ind?.attributes["w:leftChars"] != nil ? number("w:leftChars") / 100 : number("w:left") / twipsPerCharacter
        let firstLine =
            ind?.attributes["w:firstLineChars"] != nil
            ? number("w:firstLineChars") / 100 : number("w:firstLine") / twipsPerCharacter
        var spaces = 0.0
        for scalar in typed.unicodeScalars {
            if scalar == "\u{3000}" { spaces += 1 } else if scalar == " " { spaces += 0.5 } else { break }
        }
        let total = (max(0, left) + max(0, firstLine) + spaces).rounded()
        return total.isFinite ? min(InputLimits.maxCellIndent, max(0, Int(total))) : 0
    }

    /// The grid each row covers: a cell continuing a vertical merge is covered by the cell of the same
    /// columns above it (whose row span grows); one with no such cell above stands as an empty cell.
    static func layouts(_ rows: [[DocxCell]], headers: [Bool]) -> [ImportedRowLayout] {
        var layouts = rows.indices.map { ImportedRowLayout(spans: [], isHeader: headers[$0]) }
        var open: [Int: (row: Int, columns: Int)] = [:]   // first grid column → the merge's origin
        for (r, cells) in rows.enumerated() {
            var column = 0
            for cell in cells {
                if cell.continuesMerge, let origin = open[column], origin.columns == cell.columns,
                    layouts[origin.row].spans.indices.contains(column), let s = layouts[origin.row].spans[column],
                    origin.row + s.rows == r
                {
                    layouts[origin.row].spans[column] = CellSpan(columns: s.columns, rows: s.rows + 1)
                    layouts[r].spans += Array(repeating: nil, count: cell.columns)
                } else {
                    layouts[r].spans +=
                        [CellSpan(columns: cell.columns, rows: 1)]
                        + Array(repeating: nil, count: cell.columns - 1)
                    open[column] = (r, cell.columns)
                    for covered in column + 1..<column + cell.columns { open[covered] = nil }
                }
                column += cell.columns
            }
        }
        return layouts
    }
}

/// One table cell of a .docx row.
struct DocxCell: Sendable {
    /// Its text, empty when it continues a vertical merge.
    var text: String
    /// The grid columns it covers (w:gridSpan).
    var columns: Int
    /// Whether it continues the vertical merge of the cell above it (w:vMerge without restart).
    var continuesMerge: Bool
    /// How many characters its text stands in (a sub-item under its item): its paragraph's indent, and the
    /// full-width spaces (or pairs of spaces) typed before it.
    var indent = 0
}
