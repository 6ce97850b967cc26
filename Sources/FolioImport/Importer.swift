import FolioMessages
import Foundation
import FolioData

/// `folio import`: a report as plain text (pasted or saved from Word or WPS) → a dataset.
///
/// The title block (title, the subtitle of a report to a congress, issuer, date) becomes `report:`. Headings
/// are recognised by their typed numbers (一、（一）1.（1）, GB/T 9704 §7.3.3) and become sections; a level-2
/// heading that runs into its paragraph becomes a run-in section. A paragraph hard-wrapped over several lines
/// is joined. TAB-separated or space-aligned rows become tables, with the "表N …" caption and the "单位：…"
/// line above them (a caption no rows follow is a table to fill in); "图N …" and "图一：…" captions become chart placeholders whose figures are to fill in (a unit in
/// brackets closing the caption is the series' unit); the 注释, 资料来源, 名词解释 and 附件 list at the end become
/// notes after the last section, their labels as typed. Co-issuers under the title (a bulletin's 统计局 and
/// 调查队) join the issuer; a note mark closing the title ("…公报[1]") is dropped; a closing address
/// ("各位代表，…") ends the last part. Figures with a unit become named data the prose
/// refers to (`FigureExtractor`); everything else stays as typed and is listed in `notes`. A typed heading
/// number that agrees with its place is dropped (the theme numbers headings); one that does not is kept so
/// that `folio check` reports it.
public struct ReportImporter: Sendable {
    /// Something the importer did not interpret, or changed, with the line of the text it is on.
    public struct Note: Sendable, Hashable, CustomStringConvertible {
        /// Line of the imported text, from 1.
        public var line: Int
        /// What happened.
        public var messageText: Message
        /// A note at `line`.
        public init(line: Int, message: some MessageConvertible) { self.line = line; messageText = message.asMessage }
        /// What happened, in English.
        public var message: String { messageText.english }
        /// `line N: message`, in `language`.
        public func text(_ language: Language) -> String {
            Message("import.note", ["line": .number(line), "message": .message(messageText)]).text(language)
        }
        /// `line N: message`.
        public var description: String { text(.english) }
    }

    /// What an import produced.
    public struct Result: Sendable {
        /// The dataset, as YAML.
        public var yaml: String
        /// What was left as typed, or kept for `folio check` to report.
        public var notes: [Note]
        /// How many figures became data.
        public var figureCount: Int
        /// How many sections were recognised.
        public var sectionCount: Int
        /// The structure recognised, for a summary and for tests.
        public var structure: ImportedStructure
    }

    /// The text file's name, for the header comment.
    public var sourceName: String
    /// The issuing body (发文机关); default: the issuer line, else the body the title implies.
    public var issuer: String?
    /// The date of writing; default: the report's date line, else a date to fill in.
    public var date: DatasetDate?
    /// The encoding the text was read in, named in the header comment.
    public var encoding: TextEncoding?
    /// The language of the dataset's comments (the header and the notes it lists).
    public var language: Language

    /// Creates an importer.
    public init(
        sourceName: String, issuer: String? = nil, date: DatasetDate? = nil, encoding: TextEncoding? = nil,
        language: Language = .english
    ) {
        self.sourceName = sourceName; self.issuer = issuer; self.date = date; self.encoding = encoding
        self.language = language
    }

    /// A node of the imported body.
    indirect enum Item {
        case paragraph(String, line: Int)
        case section(title: String, runIn: String?, line: Int, body: [Item])
        case table(ImportedTable)
        case chart(String)
        case image(file: String, caption: String?, line: Int)
    }

    /// Imports `text`.
    public func run(_ text: String) -> Result { run(text, rows: DocxRows()) }

    /// Imports `text` whose table rows are as `rows` says (merged cells, header rows, cells; from a .docx) and whose
    /// image lines name the files in `imageFiles` (by image number).
    func run(_ text: String, rows: DocxRows, imageFiles: [Int: String] = [:]) -> Result {
        var notes: [Note] = []
        var official = OfficialParts()
        let lines = Self.withoutPageNumbers(PDFTextLines.cleaned(SourceLines.split(text)), rows: rows, notes: &notes)
        // The 版头 above the title and the 版记 at the very end are document parts, not prose.
        let headCount = official.readHead(lines)
        var all = official.readImprint(Array(lines.dropFirst(headCount)))
        if let marker = OfficialParts.meetingMarker(all), let first = all.first {
            let message = Message("import.meeting-marker-left-out", ["text": "\(marker.text)"])
            notes.append(Note(line: first.number, message: message))
            all.removeFirst(marker.count)
        }
        var block = TitleBlock.read(all)
        if block.title == nil {
            notes.append(Note(line: 1, message: Message("import.title-line-found-title")))
        }
        // Co-issuers under the title block (a bulletin's 统计局 and 调查队, on one line or two) are issuers too.
        var bodyStart = block.lineCount, issuers = block.issuer.map { [$0] } ?? []
        while block.title != nil, bodyStart < min(all.count, 6), let bodies = BodyBuilder.coIssuers(all[bodyStart].text)
        {
            issuers += bodies; bodyStart += 1
        }
        // The date line under them (郑州's bulletin: 统计局, 调查队, then the date) is the block's too.
        if block.title != nil, block.date == nil, bodyStart > block.lineCount, bodyStart < all.count,
            let d = TitleBlock.dateLine(all[bodyStart].text)
        {
            block.date = d; bodyStart += 1
        }
        var builder = BodyBuilder(reportYear: Self.year(in: block.title ?? ""))
        // Attachments after the signature (附件1, its title, its body…) are parts of their own.
        let split = AttachmentParts.split(Array(all.dropFirst(bodyStart)))
        var bodyLines = split.body
        // The signature at the end (GB/T 9704 §7.3.5): the issuer's line and the date of writing.
        var signature: (issuer: String?, date: DatasetDate?) = (nil, nil)
        if bodyLines.count >= 2, let note = OfficialParts.noteLine(bodyLines[bodyLines.count - 1].text),
            TitleBlock.dateLine(bodyLines[bodyLines.count - 2].text) != nil
        {
            official.note = note
            bodyLines.removeLast()
        }
        if let first = bodyLines.first, let to = OfficialParts.recipient(first.text) {
            official.to = to
            bodyLines.removeFirst()
        }
        if let last = bodyLines.last, let d = TitleBlock.dateLine(last.text) {
            signature.date = d
            bodyLines.removeLast()
            // Joint issuers sign one a line, the lead body first (GB/T 9704 §7.3.5.2).
            var names: [String] = []
            while names.count < 4, let issuerLine = bodyLines.last, TitleBlock.isIssuer(issuerLine.text) {
                names.insert(issuerLine.text, at: 0)
                bodyLines.removeLast()
            }
            if !names.isEmpty { signature.issuer = names.joined(separator: " ") }
        }
        var rows = rows
        let body = Self.numberingUnnumberedHeadings(
            Self.restoringDroppedNumbers(bodyLines, notes: &notes), notes: &notes, levels: &rows.headingLevels)
        builder.docxRows = rows
        builder.imageFiles = imageFiles
        builder.build(body)
        for part in split.parts { builder.buildAttachment(part) }
        if !split.parts.isEmpty, let line = builder.dropAttachmentList(attachments: split.parts.count) {
            notes.append(
                Note(line: line, message: Message("import.attachment-list-left-out")))
        }
        notes += builder.notes + builder.figures.notes
        var structure = builder.summary
        structure.title = block.title.map(Self.withoutNoteMark); structure.subtitle = block.subtitle
        structure.speaker = block.speaker
        let named = issuers.isEmpty ? nil : issuers.joined(separator: " ")
        // The issuer a mark names: "XX镇人民政府文件" → XX镇人民政府; joint issuers separated by spaces.
        let joint = official.mark.dropLast().joined(separator: " ")
        let marked =
            official.mark.count == 1 && official.mark[0].hasSuffix("文件")
            ? String(official.mark[0].dropLast(2)) : joint.isEmpty ? nil : joint
        structure.issuer =
            issuer ?? named ?? signature.issuer ?? marked ?? block.title.flatMap(TitleBlock.issuer(from:))
        structure.document = official
        structure.date = date ?? block.date ?? signature.date
        // `--date` given over a date the report states: said, so the report's own date is not lost unnoticed.
        if let date, let stated = block.date ?? signature.date, stated != date {
            notes.append(
                Note(
                    line: 1,
                    message: Message(
                        "import.date-replaced", ["stated": "\(Self.write(stated))", "date": "\(Self.write(date))"])))
        }
        structure.namedFigures = builder.figures.named; structure.literalFigures = builder.figures.literal
        structure.figureNames = builder.figures.values.map(\.name)
        if structure.issuer == nil {
            notes.append(Note(line: 1, message: Message("import.issuer-found-report-issuer")))
        }
        if structure.date == nil {
            notes.append(Note(line: 1, message: Message("import.date-line-found-report")))
        }
        var periods = PeriodReferences(title: block.title, date: structure.date)
        let yaml = emit(
            structure: structure, body: builder.top, attachments: builder.attachments, charts: builder.charts,
            figures: builder.figures, notes: &notes,
            periods: &periods)
        structure.period = periods.period
        structure.plan = periods.plan
        structure.historyYears = periods.history.sorted()
        return Result(
            yaml: yaml, notes: notes.sorted { $0.line < $1.line }, figureCount: builder.figures.values.count,
            sectionCount: builder.summary.headingCounts.reduce(0, +), structure: structure)
    }

    /// A title without the note mark at its end ("…统计公报[1]": the note stays in the notes).
    static func withoutNoteMark(_ title: String) -> String {
        guard title.hasSuffix("]"), let open = title.lastIndex(of: "["),
            title[title.index(after: open)..<title.index(before: title.endIndex)].allSatisfy(\.isNumber)
        else { return title }
        return String(title[..<open])
    }

    /// The first year a text names ("吐鲁番市2025年…" → 2025).
    static func year(in text: String) -> Int? {
        let t = Array(text)
        return t.indices.lazy.compactMap { FigureExtractor.year(t, at: $0) }.first.flatMap { Int($0.0) }
    }

    /// Strips spaces, full-width spaces, tabs and a byte-order mark at both ends.
    static func trim(_ s: String) -> String { SourceLines.trim(s) }

    /// Longest heading, in characters, before a line is taken for a numbered paragraph instead.
    static let maximumHeading = 50

    /// The heading text after its number, and the run-in text when the heading ends in 。 and the
    /// paragraph continues on the same line; nil when the line is a numbered paragraph, not a heading
    /// (too long, or a whole line that is an item of a list: "（1）一般公共预算收入41.3亿元，占可用财力的20.6％；").
    static func heading(_ chars: [Character], after n: TypedNumber) -> (String, String?)? {
        // Spaces typed after the number ("1. 全县一般公共预算") are no part of the heading.
        let rest = Array(trim(String(chars[n.length...])))
        guard !rest.isEmpty, !rest.contains("\t") else { return nil }
        if let stop = rest.firstIndex(where: { "。！？".contains($0) }) {
            guard stop + 1 <= maximumHeading, !listItem(rest[...stop]) else { return nil }
            let runIn = trim(String(rest[(stop + 1)...]))
            return (String(rest[...stop]), runIn.isEmpty ? nil : runIn)
        }
        guard rest.count <= maximumHeading, !listItem(rest[...]), !"；;，,".contains(rest.last ?? "。") else { return nil }
        return (String(rest), nil)
    }

    /// A numbered list item rather than a heading: it states a figure with a unit ("…41.3亿元，占…").
    static func listItem(_ t: ArraySlice<Character>) -> Bool {
        let a = Array(t)
        return a.indices.contains { i in
            guard let n = FigureExtractor.number(a, at: i), FigureExtractor.year(a, at: i) == nil else { return false }
            return FigureExtractor.unit(a, at: n.end) != nil
        }
    }
}

extension ReportImporter {
    /// `lines` without the lines that are only a page number (`SourceLines.isPageNumber`), each left out noted. A
    /// .docx table's cell is kept, and so is a bare number beside a table row (a cell on a line of its own).
    static func withoutPageNumbers(_ lines: [SourceLine], rows: DocxRows, notes: inout [Note]) -> [SourceLine] {
        func isRow(_ j: Int) -> Bool {
            guard lines.indices.contains(j) else { return false }
            let line = lines[j]
            return line.text.contains("\t") || line.leadingTabs + line.trailingTabs > 0
                || rows.cells[line.number] != nil || BodyLine.alignedCells(line.text) != nil
        }
        var out: [SourceLine] = []
        for (i, line) in lines.enumerated() {
            let bare = line.text.allSatisfy { TextScan.digit($0) != nil }
            guard SourceLines.isPageNumber(line.text), !isRow(i), !(bare && (isRow(i - 1) || isRow(i + 1))) else {
                out.append(line)
                continue
            }
            let message = Message("import.page-number-left-out", ["text": "\(line.text)"])
            notes.append(Note(line: line.number, message: message))
        }
        return out
    }

    /// `lines` with the heading whose number was lost restored (“三、工业和建筑业” … “服务业” … “五、固定资产投资”, as the
    /// 和田 bulletin was published): a short line of no prose, after a sentence's end and before a paragraph, where the
    /// top-level numbers around it skip exactly one, takes the missing number, noted. Else it was joined to the
    /// paragraph after it, and every later heading printed two numbers (the theme's and the typed one).
    static func restoringDroppedNumbers(_ lines: [SourceLine], notes: inout [Note]) -> [SourceLine] {
        var topLevel: [(index: Int, value: Int)] = []
        for (i, line) in lines.enumerated() {
            if case .heading(let n, _, _) = BodyLine.read(line.text, aligned: nil), n.style == 1 {
                topLevel.append((i, n.value))
            }
        }
        var out = lines
        for (before, after) in zip(topLevel, topLevel.dropFirst())
        where after.value == before.value + 2 && after.index - before.index >= 3 {
            let candidates = ((before.index + 2)..<after.index).filter { i in
                let text = lines[i].text
                return (2...12).contains(text.count) && text.allSatisfy(TextScan.isIdeograph)
                    && SourceLines.endsSentence(lines[i - 1].text) && i + 1 < lines.count
                    && lines[i + 1].text.count > 2 * text.count && lines[i + 1].text.contains("。")
            }
            guard candidates.count == 1, let i = candidates.first else { continue }
            let numbered = TypedNumber.write(before.value + 1, style: 1) + lines[i].text
            guard case .heading = BodyLine.read(numbered, aligned: nil) else { continue }
            out[i].text = numbered
            notes.append(
                Note(
                    line: lines[i].number,
                    message: Message(
                        "import.heading.number-restored", ["text": "\(lines[i].text)", "number": "\(numbered)"])))
        }
        return out
    }

    /// `lines` with each heading typed without a number (`SourceLines.isUnnumberedHeading`) given the number its
    /// place has at the top level (as a .docx heading without one is given it, so that the number is dropped again
    /// as agreeing with its place), each noted. Such a heading is a part (“2013年工作回顾”, “2014年工作安排”): the
    /// numbered headings after it nest under it, one level down (`levels`, as a .docx's Word heading levels nest).
    /// The lines after a notes label are notes, left as they are.
    static func numberingUnnumberedHeadings(
        _ lines: [SourceLine], notes: inout [Note], levels: inout [Int: Int]
    ) -> [SourceLine] {
        var out = lines, open: [Int] = [], top = 0, inPart = false
        for i in lines.indices {
            var style: Int?
            switch BodyLine.read(lines[i].text, aligned: nil) {
            case .notesLabel: return out
            case .heading(let n, _, _):
                style = inPart ? n.style + 1 : n.style
                if inPart { levels[lines[i].number] = min(4, n.style + 1) }
            default:
                let before = i > 0 ? lines[i - 1].text : nil, after = i + 1 < lines.count ? lines[i + 1].text : nil
                let numbered = TypedNumber.write(top + 1, style: 1) + lines[i].text
                guard SourceLines.isUnnumberedHeading(lines[i].text, after: before, before: after),
                    case .heading = BodyLine.read(numbered, aligned: nil)
                else { continue }
                out[i].text = numbered
                style = 1
                inPart = true
                levels[lines[i].number] = 1
                let message = Message("import.heading.unnumbered", ["text": "\(lines[i].text)"])
                notes.append(Note(line: lines[i].number, message: message))
            }
            guard let style else { continue }
            while let last = open.last, last >= style { open.removeLast() }
            if open.isEmpty { top += 1 }
            open.append(style)
        }
        return out
    }
}

/// The structure an import recognised: what `folio import` reports and the corpus tests assert.
public struct ImportedStructure: Sendable, Hashable {
    /// Headings per level (index 0: 一、).
    public var headingCounts: [Int] = [0, 0, 0, 0]
    /// Tables: caption, rows (the header row not counted) and columns.
    public var tables: [TableShape] = []
    /// Chart placeholders' titles.
    public var charts: [String] = []
    /// Images placed as image blocks (a .docx's pictures, extracted beside the dataset).
    public var images = 0
    /// The attachments' titles, as typed (GB/T 9704 §7.3.7).
    public var attachments: [String] = []
    /// Notes at the end: how many entries each label holds ("注释" → 4).
    public var notes: [String: Int] = [:]
    /// The title.
    public var title: String?
    /// The subtitle.
    public var subtitle: String?
    /// The speaker named after the subtitle.
    public var speaker: String?
    /// The issuer written to report.issuer (nil: to fill in).
    public var issuer: String?
    /// The date written to report.date (nil: to fill in).
    public var date: DatasetDate?
    /// Figures named after their indicator.
    public var namedFigures = 0
    /// Figures with a unit left as typed because no indicator could be named.
    public var literalFigures = 0
    /// Names of the figures, in order of first appearance.
    public var figureNames: [String] = []
    /// The report's period written to report.period (from the title), if any.
    public var period: ReportPeriod?
    /// The plan span written to report.plan, if any.
    public var plan: PlanSpan?
    /// The years the prose names as history, written to checks.history.
    public var historyYears: [Int] = []
    /// The official document's parts around the prose (版头, 主送机关, 附注, 版记), written to report.document.
    var document = OfficialParts()

    /// The share of figures named after their indicator (0…1); 1 when there are none.
    public var namedShare: Double {
        let all = namedFigures + literalFigures
        return all == 0 ? 1 : Double(namedFigures) / Double(all)
    }

    /// A table's size.
    public struct TableShape: Sendable, Hashable {
        /// The caption.
        public var caption: String
        /// Data rows.
        public var rows: Int
        /// Columns.
        public var columns: Int
    }
}

/// An attachment read from the end of the text: its title and body (GB/T 9704 §7.3.7).
struct ImportedAttachment {
    /// The title, braces escaped.
    var title: String
    /// The line its "附件N" stands on.
    var line: Int
    /// Its body.
    var body: [ReportImporter.Item]
}

/// A table read from TAB-separated or space-aligned rows.
struct ImportedTable: Sendable {
    /// The caption without its 表N.
    var caption: String?
    /// The header row.
    var columns: [String]
    /// The data rows, each as long as `columns`.
    var rows: [[String]]
    /// The unit line ("单位：亿元"), printed at the right above the table.
    var unit: String?
    /// The line of the first row.
    var line: Int
    /// How each row (the header row first) covers the grid, when a .docx said so; nil for a row of text.
    var layouts: [ImportedRowLayout?] = []
    /// Each row's cells' indents in characters (the header row first), as a .docx set them in (a sub-item under its
    /// item); empty or shorter where none is.
    var indents: [[Int]] = []
    /// Whether the Word file set it on a landscape page (written `orientation: landscape`).
    var landscape = false
}
