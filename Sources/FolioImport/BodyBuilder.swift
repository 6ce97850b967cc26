import FolioMessages
import FolioData

/// Builds an imported body line by line: the section tree, tables, chart placements and the closing notes.
struct BodyBuilder {
    /// The top-level items.
    private(set) var top: [ReportImporter.Item] = []
    /// Chart placeholders, in order.
    private(set) var charts: [ChartPlaceholder] = []
    /// The figures found in the prose.
    var figures = FigureExtractor()
    /// What was left as typed.
    private(set) var notes: [ReportImporter.Note] = []
    /// Counts for the summary.
    private(set) var summary = ImportedStructure()
    /// The report's year (from its title), for a chart whose caption names none.
    let reportYear: Int?

    /// A section being filled.
    private struct Open {
        var style: Int
        /// Its Word heading level, when a .docx gave one (`DocxRows.headingLevels`).
        var level: Int?
        var title: String
        var runIn: String?
        var line: Int
        var body: [ReportImporter.Item] = []
        var listStyles: Set<Int> = []
    }
    /// Number styles typed on list paragraphs at the top level.
    private var topListStyles: Set<Int> = []
    private var stack: [Open] = []
    /// The headings whose sections' numbers were said to differ from the typed ones (`heading`).
    private var notedParents: Set<Int> = []
    private var caption: (text: String, line: Int, typed: String)?
    private var unit: (text: String, line: Int, typed: String)?
    private var table: ImportedTable?
    private var notesLabel: String?
    /// Where the 附件说明 list ("附件：1.…") stands in `top`, and how many entries it has.
    private var attachmentList: (index: Int, line: Int, entries: Int, open: Bool)?
    /// The attachments built after the body (`buildAttachment`), in order.
    private(set) var attachments: [ImportedAttachment] = []

    /// What a .docx says of its table rows (merged cells, header rows, cells, tables' first rows), by line.
    var docxRows = DocxRows()
    /// The files a .docx's images were extracted to, by image number (from 1), as the dataset names them.
    var imageFiles: [Int: String] = [:]
    /// The chart placeholder the line before made from a "图N …" caption: an image right after it takes the
    /// caption instead (a photo or map captioned as a figure, not a chart waiting for figures).
    private var captionChart: String?

    init(reportYear: Int?) { self.reportYear = reportYear }

    /// Reads the body's lines.
    mutating func build(_ raw: [SourceLine]) {
        let aligned = BodyLine.alignedRows(raw)
        var kinds: [BodyLine] = []
        for (line, cells) in zip(raw, aligned) {
            let afterRow = kinds.last.map { if case .row = $0 { true } else { false } } ?? false
            kinds.append(kind(line, aligned: cells, afterRow: afterRow))
        }
        kinds = captionsAbove(raw, kinds)
        var lines: [(SourceLine, BodyLine)] = []
        for (line, kind) in zip(raw, kinds) {
            if let (last, lastKind) = lines.last, case .paragraph = lastKind, case .paragraph = kind,
                !SourceLines.endsSentence(last.text), Self.continues(line.text), !Self.standsAlone(last.text),
                !TitleBlock.isSalutation(line.text)
            {
                lines[lines.count - 1].0.text += SourceLines.joiner(last.text, line.text) + line.text
            } else {
                lines.append((line, kind))
            }
        }
        for (line, kind) in lines { read(line, kind) }
        flushTable(); flushPending()
        while !stack.isEmpty { close() }
    }

    /// What a line is: a .docx's table row with its cells as the .docx has them, else what its text reads as. The
    /// TABs trimmed from a line's ends were empty cells (`SourceLine.leadingTabs`): those before a row's cells stay
    /// before them, and a line of one cell that ended in TABs right under a row ("其中：\t\t") is a row too.
    private func kind(_ line: SourceLine, aligned: [String]?, afterRow: Bool) -> BodyLine {
        if let cells = docxRows.cells[line.number] { return .row(cells.map(BodyLine.cell)) }
        if let caption = docxRows.captions[line.number] { return .tableCaption(0, caption) }
        let kind = BodyLine.read(line.text, aligned: aligned)
        let empty = Array(repeating: "", count: line.leadingTabs)
        switch kind {
        case .row(let cells):
            if !afterRow, let title = Self.spreadTitle(cells) { return .tableCaption(0, title) }
            return .row(empty + cells)
        case .image: return kind
        default: return afterRow && line.trailingTabs > 0 ? .row(empty + [BodyLine.cell(line.text)]) : kind
        }
    }

    /// The kinds with each paragraph that names the table right under it (`namesTable`: “2024年全县一般公共预算收支
    /// 平衡表”) read as that table's caption, when its rows follow, or its unit line and rows, and no “表N …” caption
    /// is above it; each such caption, and each a .docx table's first rows gave (`DocxRows.captions`), is noted.
    private mutating func captionsAbove(_ raw: [SourceLine], _ kinds: [BodyLine]) -> [BodyLine] {
        var out = kinds
        for (line, kind) in zip(raw, kinds) {
            guard case .tableCaption(_, let caption) = kind,
                docxRows.captions[line.number] != nil || BodyLine.read(line.text, aligned: nil).isRow
            else { continue }
            let message = Message("import.table.caption-from-rows", ["caption": "\(caption)"])
            notes.append(.init(line: line.number, message: message))
        }
        for i in kinds.indices where Self.namesTable(raw[i].text) {
            guard case .paragraph = kinds[i] else { continue }
            if i > 0, case .tableCaption = kinds[i - 1] { continue }
            var next = i + 1
            if next < kinds.count, case .unit = kinds[next] { next += 1 }
            guard next < kinds.count, case .row = kinds[next] else { continue }
            out[i] = .tableCaption(0, raw[i].text)
            let message = Message("import.table.caption-above", ["caption": "\(raw[i].text)"])
            notes.append(.init(line: raw[i].number, message: message))
        }
        return out
    }

    /// The table's title when a table's first row is one text in every cell (a merged title row pasted out of Word or
    /// WPS repeats it in each: “2025年客货运输总量及增速⇥2025年客货运输总量及增速⇥…”), else nil.
    static func spreadTitle(_ cells: [String]) -> String? {
        guard cells.count >= 2, let first = cells.first, first.count >= 4, cells.allSatisfy({ $0 == first }),
            first.contains(where: TextScan.isIdeograph)
        else { return nil }
        return first
    }

    /// Whether a line reads as a table's name: short, ending in 表 (情况表, 明细表, 平衡表), without sentence
    /// punctuation, and not a pointer to a table (“详见下表”).
    static func namesTable(_ text: String) -> Bool {
        let t = SourceLines.trim(text)
        guard (4...40).contains(t.count), t.hasSuffix("表"), !t.hasSuffix("下表"), !t.hasSuffix("上表") else {
            return false
        }
        return !t.contains { "。，；！？：:;!?,".contains($0) }
    }

    /// Builds an attachment's body as the body is built (sections numbered afresh, tables, charts, figures named
    /// in the same data) and keeps it in `attachments`.
    mutating func buildAttachment(_ part: AttachmentParts.Part) {
        let saved = (top, topListStyles, notesLabel, attachmentList)
        top = []; topListStyles = []; notesLabel = nil; captionChart = nil
        build(part.lines)
        attachments.append(ImportedAttachment(title: figures.escape(part.title), line: part.line, body: top))
        summary.attachments.append(part.title)
        (top, topListStyles, notesLabel, attachmentList) = saved
    }

    /// Removes the 附件说明 list when it has one entry for each of `count` attachments (the layout writes it from
    /// the attachments' titles, GB/T 9704 §7.3.4); the line it stood on, or nil when it is kept.
    mutating func dropAttachmentList(attachments count: Int) -> Int? {
        guard let list = attachmentList, list.entries == count, list.index + count < top.count else { return nil }
        top.removeSubrange(list.index...(list.index + count))
        summary.notes["附件"] = nil; summary.notes["附件说明"] = nil
        attachmentList = nil
        return list.line
    }

    /// How a report's closing paragraph addresses its audience, after the last numbered part.
    static let closingAddresses = ["各位代表，", "各位代表！", "各位委员，", "各位委员！", "同志们，", "同志们！"]

    /// A line that no paragraph runs on from, though it ends in no stop: an issuer's name (a co-issuer's under the
    /// title block, "国家统计局郑州调查队"), a date line ("2026年4月24日") or a salutation ("各位代表：", which no line
    /// runs into either).
    static func standsAlone(_ text: String) -> Bool {
        TitleBlock.dateLine(text) != nil || coIssuers(text) != nil || TitleBlock.isSalutation(text)
    }

    /// The issuing bodies a line names, one or several separated by spaces ("银川市统计局  国家统计局银川调查队");
    /// nil when the line is anything else.
    static func coIssuers(_ text: String) -> [String]? {
        let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !parts.isEmpty, text.count <= 40 else { return nil }
        let bodies = parts.filter { TitleBlock.isIssuer($0) || ($0.hasSuffix("调查队") && $0.count <= 20) }
        return bodies.count == parts.count ? parts : nil
    }

    /// Whether a line can continue a paragraph broken before it: not a list item of its own, nor a paragraph that
    /// opens with a run-in lead (“招商引资稳步进行。围绕…”: a short sentence of Chinese words, then more).
    static func continues(_ text: String) -> Bool {
        let openers = ["——", "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "[", "【", "第一，", "首先"]
        if openers.contains(where: { text.hasPrefix($0) }) { return false }
        let t = Array(text)
        guard let stop = t.prefix(11).firstIndex(of: "。"), stop >= 4, stop + 1 < t.count else { return true }
        return !t[..<stop].allSatisfy(TextScan.isIdeograph)
    }

    private mutating func read(_ line: SourceLine, _ kind: BodyLine) {
        let chartBefore = captionChart
        captionChart = nil
        if case .image(let n) = kind { return image(n, captionedBy: chartBefore, line: line.number) }
        if case .row(let cells) = kind {
            // A .docx table right after another (an empty paragraph between them) is a table of its own.
            if docxRows.firstRows.contains(line.number) { flushTable() }
            addRow(cells, line: line.number)
            return
        }
        flushTable()
        if notesLabel != nil, case .paragraph = kind { addNote(line.text, line: line.number); return }
        if notesLabel != nil, case .heading = kind { addNote(line.text, line: line.number); return }
        switch kind {
        case .row, .image: break
        case .tableCaption(_, let text):
            flushPending(); caption = (text, line.number, line.text)
        case .unit(let text):
            if caption == nil { flushPending() }
            unit = (text, line.number, text)
        case .chartCaption(let n, let text):
            flushPending()
            let chart = ChartPlaceholder.read(number: n, caption: text, line: line.number, reportYear: reportYear)
            if chart.growthLeftOut {
                let message = Message("import.chart.growth-left-out", ["title": "\(text)"])
                notes.append(.init(line: line.number, message: message))
            }
            var placed = chart, k = 2
            while charts.contains(where: { $0.id == placed.id }) { placed.id = "\(chart.id)-\(k)"; k += 1 }
            charts.append(placed); summary.charts.append(placed.title)
            append(.chart(placed.id))
            captionChart = placed.id
        case .notesLabel(let label, let rest):
            flushPending()
            while !stack.isEmpty { close() }
            notesLabel = label; summary.notes[label, default: 0] += 0
            if label == "附件" || label == "附件说明" { attachmentList = (top.count, line.number, 0, true) }
            // The label as typed: "名词解释" alone stays without a colon, "注：" keeps its colon.
            let typed = line.text.dropFirst(label.count).first.map { "：:".contains($0) ? label + String($0) : label }
            append(.paragraph(figures.escape(typed ?? label), line: line.number))
            if let rest { addNote(rest, line: line.number) }
        case .heading(let n, let head, let runIn):
            flushPending()
            let styled = docxRows.headingLevels[line.number] != nil
            if !styled, (stack.last?.listStyles ?? topListStyles).contains(n.style) {
                paragraph(line)
            } else {
                heading(n, head, runIn, line: line)
            }
        case .paragraph:
            flushPending()
            // The closing address ("各位代表，2026年，我们将…") ends the last part: it is the report's, not the last
            // item's.
            if Self.closingAddresses.contains(where: { line.text.hasPrefix($0) }) {
                while !stack.isEmpty { close() }
            }
            paragraph(line)
        }
    }

    /// Image `n` of a .docx as an image block, when it was extracted in a format Folio draws; a chart placeholder
    /// made from the caption just before it becomes the image's caption.
    private mutating func image(_ n: Int, captionedBy chart: String?, line: Int) {
        flushTable()
        guard let file = imageFiles[n] else { return }
        flushPending()
        var caption: String?
        if let chart, let index = charts.firstIndex(where: { $0.id == chart }), removeLast(.chart(chart)) {
            caption = charts[index].title
            charts.remove(at: index)
            if let t = summary.charts.lastIndex(of: caption ?? "") { summary.charts.remove(at: t) }
        }
        summary.images += 1
        append(.image(file: file, caption: caption, line: line))
    }

    /// Removes the last item of the open section (or of the top) when it is `item`; whether it was.
    private mutating func removeLast(_ item: ReportImporter.Item) -> Bool {
        guard case .chart(let id) = item else { return false }
        if stack.isEmpty {
            guard case .chart(id)? = top.last else { return false }
            top.removeLast()
        } else {
            guard case .chart(id)? = stack[stack.count - 1].body.last else { return false }
            stack[stack.count - 1].body.removeLast()
        }
        return true
    }

    /// A paragraph; one opening with a typed number is a list item, and the lines numbered in its style after it in
    /// the same section are list items too (a list's fifth item without figures is no heading of its own).
    private mutating func paragraph(_ line: SourceLine) {
        if let n = TypedNumber.at(start: Array(line.text)) {
            if stack.isEmpty {
                topListStyles.insert(n.style)
            } else {
                stack[stack.count - 1].listStyles.insert(n.style)
            }
        }
        append(.paragraph(figures.rewrite(line.text, line: line.number), line: line.number))
    }

    /// A note at the end, kept as typed: notes explain, they state no figures for the data.
    private mutating func addNote(_ text: String, line: Int) {
        if let label = notesLabel { summary.notes[label, default: 0] += 1 }
        // The list runs while its entries are numbered ("1.…", "2.…"); a line after it is something else.
        if notesLabel == "附件" || notesLabel == "附件说明", let list = attachmentList, list.open {
            if list.entries == 0 || TypedNumber.at(start: Array(text)) != nil {
                attachmentList?.entries += 1
            } else {
                attachmentList?.open = false
            }
        }
        append(.paragraph(figures.escape(text), line: line))
    }

    private mutating func heading(_ n: TypedNumber, _ head: String, _ runIn: String?, line: SourceLine) {
        let level = docxRows.headingLevels[line.number]
        while let last = stack.last, Self.closes(last, style: n.style, level: level) { close() }
        let siblings = stack.last?.body ?? top
        let ordinal =
            siblings.filter {
                if case .section = $0 { return true }; return false
            }.count + 1
        var title = head
        let chars = Array(line.text)
        if n.value != ordinal {
            title = String(chars[0..<n.length]) + head
            notes.append(
                .init(
                    line: line.number,
                    message:
                        Message(
                            "import.heading-typed-value-but",
                            ["value": "\(String(chars[0..<n.length]))", "ordinal": "\(ordinal)"])
                ))
        }
        let depth = min(stack.count, 3)
        // A number of its parent's own level or above typed a level down, under a heading given its number by the
        // import (“2013年工作回顾” over “一、…”, as a speech's parts are): the theme numbers it for its place (（一）), so the
        // printed numbers differ from the typed ones. Said once per such heading; “1.” under “一、” is no such case.
        if let parent = stack.last, n.style <= parent.style, n.style != depth + 1, !notedParents.contains(parent.line) {
            notedParents.insert(parent.line)
            notes.append(
                .init(
                    line: line.number,
                    message: Message(
                        "import.heading.nested-under",
                        [
                            "typed": "\(String(chars[0..<n.length]))", "parent": "\(parent.title)",
                            "printed": "\(TypedNumber.write(ordinal, style: depth + 1))",
                        ])))
        }
        summary.headingCounts[depth] += 1
        figures.context(heading: head, level: depth)
        stack.append(
            Open(
                style: n.style, level: level, title: figures.escape(title),
                runIn: runIn.map { figures.rewrite($0, line: line.number) }, line: line.number))
    }

    /// Whether a heading of number style `style` (and Word heading level `level`, from a .docx) ends the open
    /// section `open` rather than starting a section inside it: by their Word levels when both have one, then by
    /// their number styles (a Heading 2 typed "一、" under a Heading 1 numbered "一、" is inside it); else by their
    /// number styles alone.
    private static func closes(_ open: Open, style: Int, level: Int?) -> Bool {
        if let level, let outer = open.level, outer != level { return outer > level }
        return open.style >= style
    }

    private mutating func addRow(_ cells: [String], line: Int) {
        if table == nil {
            table = ImportedTable(caption: caption?.text, columns: cells, rows: [], unit: unit?.text, line: line)
            table?.landscape = docxRows.landscapeTables.contains(line)
            caption = nil; unit = nil
        } else {
            table?.rows.append(cells)
        }
        table?.layouts.append(docxRows.layouts[line])
        table?.indents.append(docxRows.indents[line] ?? [])
    }

    /// Ends the table being read: its rows padded to its widest, a table of one row made one a dataset loads
    /// (`oneRow`), one wider than a dataset's table may be split (`ImportedTable.split`), each part appended.
    private mutating func flushTable() {
        guard var t = table else { return }
        table = nil
        t.dropEmptyLeadingColumns()
        let width = t.width
        t.columns += Array(repeating: "", count: width - t.columns.count)
        t.rows = t.rows.map { $0 + Array(repeating: "", count: width - $0.count) }
        if t.rows.isEmpty {
            guard t.caption != nil || t.unit != nil else { return oneRow(t) }
            // A dataset's table lists at least one row under its header: the rows the text lost are to fill in.
            t.rows = [Array(repeating: Dataset.toFillMarker, count: width)]
            if !t.layouts.isEmpty { t.layouts.append(nil) }
            if !t.indents.isEmpty { t.indents.append([]) }
            notes.append(.init(line: t.line, message: Message("import.table.header-only")))
        }
        if t.caption == nil {
            notes.append(
                .init(line: t.line, message: Message("import.table-without-n-caption")))
        }
        let parts = t.split(columns: InputLimits.maxTableColumns)
        if parts.count > 1 {
            let arguments: [String: MessageArgument] = [
                "columns": .number(width), "limit": .number(InputLimits.maxTableColumns),
                "tables": .number(parts.count),
            ]
            notes.append(.init(line: t.line, message: Message("import.table.split", arguments)))
        }
        for part in parts {
            summary.tables.append(.init(caption: part.caption ?? "", rows: part.rows.count, columns: part.width))
            append(.table(part))
        }
    }

    /// A row of cells with no row under it and neither a “表N …” caption nor a unit line above it: a line that held
    /// tabs (fields typed apart, a one-row layout table in Word) rather than a table, and a dataset's table needs
    /// rows under its header. It is kept as the paragraph a reader sees, its cells apart by a space.
    private mutating func oneRow(_ t: ImportedTable) {
        let text = t.columns.map(ReportImporter.trim).filter { !$0.isEmpty }.joined(separator: " ")
        notes.append(.init(line: t.line, message: Message("import.table.one-row")))
        guard !text.isEmpty else { return }
        append(.paragraph(figures.rewrite(text, line: t.line), line: t.line))
    }

    /// A unit line that no table followed is prose after all. A “表N …” caption that no rows followed is a table the
    /// text lost (an image on the web page it was saved from): a placeholder table under its caption, to fill in.
    private mutating func flushPending() {
        if let c = caption {
            caption = nil
            let todo = ImportedTable(
                caption: c.text, columns: ["【待填】"], rows: [["【待填】"]], unit: unit?.text, line: c.line)
            unit = nil
            notes.append(.init(line: c.line, message: Message("import.text-has-rows-text", ["text": "\(c.text)"])))
            summary.tables.append(.init(caption: c.text, rows: 1, columns: 1))
            append(.table(todo))
        }
        if let u = unit { append(.paragraph(figures.escape(u.typed), line: u.line)) }
        unit = nil
    }

    private mutating func append(_ item: ReportImporter.Item) {
        if stack.isEmpty { top.append(item) } else { stack[stack.count - 1].body.append(item) }
    }

    private mutating func close() {
        guard let open = stack.popLast() else { return }
        append(.section(title: open.title, runIn: open.runIn, line: open.line, body: open.body))
    }
}
