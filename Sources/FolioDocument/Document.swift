import FolioData
import FolioDisplay

/// The resolved report: every expression evaluated, every heading numbered, every chart's
/// figures computed. Layout reads only this (and the theme), never the dataset.
public struct Document: Sendable {
    /// Title, issuing body, date and keywords.
    public var metadata: Metadata
    /// The content in reading order.
    public var blocks: [Block]
    /// 版记 (GB/T 9704 §7.4), set at the foot of the last even page; nil for a report without one.
    public var imprint: Imprint?
    /// What a draft prints for a figure, a date or a serial still to fill in (【待填】), drawn in red.
    public static let toFillMarker = Dataset.toFillMarker
    /// Creates a document.
    public init(metadata: Metadata, blocks: [Block], imprint: Imprint? = nil) {
        self.metadata = metadata; self.blocks = blocks; self.imprint = imprint
    }
}

/// What the report says about itself.
public struct Metadata: Sendable, Hashable {
    /// The report title, as printed.
    public var title: String
    /// The issuing body (发文机关), printed in the signature and written as the PDF author.
    public var issuer: String
    /// The date of writing (成文日期).
    public var date: ReportDate
    /// Subject line for the PDF metadata.
    public var subject: String
    /// Keywords for the PDF metadata.
    public var keywords: [String]
    /// Creates metadata.
    public init(title: String, issuer: String, date: ReportDate, subject: String = "", keywords: [String] = []) {
        self.title = title; self.issuer = issuer; self.date = date; self.subject = subject; self.keywords = keywords
    }
}

/// The lines under a speech's or a congress report's title: the subtitle ("——2026年1月27日在…会议上"), broken
/// into balanced lines when long, then the speaker ("陕西省省长 赵刚"), then the date line ("（2024年12月23日）")
/// when the subtitle names no day; any may be empty.
public struct Subtitle: Sendable, Hashable {
    /// The subtitle; lines separated by "\n" once broken (the Word file is given them so).
    public var text: String
    /// The speaker, as printed (`printedSpeaker`: a two-character name alone spaced to three characters' width).
    public var speaker: String
    /// The date of the speech in brackets ("（2024年12月23日）"), printed under the speaker; empty when the subtitle
    /// names its day itself ("——2026年1月27日在…会议上").
    public var dateLine: String
    /// Creates the lines under a title.
    public init(text: String, speaker: String, dateLine: String = "") {
        self.text = text; self.speaker = speaker; self.dateLine = dateLine
    }

    /// The lines under a title as a report states them: the speaker as printed, and the report's date in brackets
    /// under it when the subtitle names no day (a published speech: "——在孙庙乡第十二届…会议上" / "于　亮" /
    /// "（2024年12月23日）"; "——2026年2月8日在张掖市…会议上" prints no date line, its day is in it).
    public init(text: String, speaker: String, date: ReportDate) {
        self.init(
            text: text, speaker: Self.printedSpeaker(speaker),
            dateLine: Self.namesDay(text) ? "" : "（" + date.chinese + "）")
    }

    /// A speaker's name as printed: a name of two Chinese characters on its own spaced with an ideographic space to
    /// the width of three ("于亮" → "于　亮"), as official documents set two-character names (GB/T 9704 §7.3.5.3's
    /// 签名章 and common practice in 署名); anything else as written ("陕西省省长 赵刚").
    public static func printedSpeaker(_ speaker: String) -> String {
        let c = Array(speaker)
        guard c.count == 2, c.allSatisfy(TextScan.isIdeograph) else { return speaker }
        return "\(c[0])\u{3000}\(c[1])"
    }

    /// Whether `text` names a day: digits then 年, digits then 月, digits then 日 ("2026年1月27日").
    static func namesDay(_ text: String) -> Bool {
        let c = Array(text)
        var i = 0
        while i < c.count {
            guard c[i].isNumber else { i += 1; continue }
            var k = i
            var fields = 0
            for mark in ["年", "月", "日"] as [Character] {
                let start = k
                while k < c.count, c[k].isNumber { k += 1 }
                guard k > start, k < c.count, c[k] == mark else { break }
                k += 1; fields += 1
            }
            if fields == 3 { return true }
            i = max(i + 1, k)
        }
        return false
    }
}

/// A calendar date as official documents print it (GB/T 9704 §7.3.5.4: Arabic numerals, full year,
/// no leading zeros: 2021年3月5日).
public struct ReportDate: Sendable, Hashable, Codable {
    /// Year, e.g. 2021.
    public var year: Int
    /// Month 1–12.
    public var month: Int
    /// Day 1–31.
    public var day: Int
    /// Whether the date is still to fill in (a draft from `folio new-year`): it then prints 【待填】.
    public var toFill = false
    /// Creates a date.
    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
    /// The dataset's date; `toFill` when it is still to fill in (its value is then a placeholder, never printed).
    public init(_ date: DatasetDate, toFill: Bool = false) {
        self.init(year: date.year, month: date.month, day: date.day)
        self.toFill = toFill
    }
    /// "2021年3月5日", or 【待填】 for a date still to fill in.
    public var chinese: String { toFill ? Dataset.toFillMarker : "\(year)年\(month)月\(day)日" }
    private enum CodingKeys: String, CodingKey { case year, month, day }
    /// ISO 8601 at midnight UTC, for PDF metadata: "2021-03-05T00:00:00Z".
    public var iso8601: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))T00:00:00Z"
    }
}

/// A block of the document.
public enum Block: Sendable {
    /// 版头 (GB/T 9704 §7.2): 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人 and the red separator line.
    case header(DocumentHeader)
    /// The document title (GB/T 9704 §7.3.1), possibly several lines.
    case title(String)
    /// The subtitle and speaker under the title of a speech or a report to a congress, centred.
    case subtitle(Subtitle)
    /// 主送机关 (GB/T 9704 §7.3.2), under the title, flush left, ending with "：".
    case recipients(String)
    /// A numbered heading.
    case heading(Heading)
    /// A body paragraph.
    case paragraph(Paragraph)
    /// A chart with its numbered caption.
    case chart(ChartSpec)
    /// A three-line table.
    case table(TableSpec)
    /// An image with its numbered caption.
    case image(ImageSpec)
    /// The signature and date block (GB/T 9704 §7.3.5).
    case signature(Signature)
    /// 附注 (GB/T 9704 §7.3.6), in brackets under the date, two characters in.
    case notice(String)
    /// A 纪要's attendance (GB/T 9704 §10.3): "出席：" in 黑体 two characters in, the names after it.
    case attendance(label: String, names: String, first: Bool)
    /// 附件说明 (GB/T 9704 §7.3.4): the attachments' titles, listed under the body.
    case attachmentList([String])
    /// The start of an attachment (GB/T 9704 §7.3.7): a new page, "附件N" at the top left, its title centred.
    case attachmentHead(label: String, title: String)
}

/// A heading, numbered by the theme ("一、", "（一）", "1.", "（1）").
public struct Heading: Sendable, Hashable {
    /// Level 1…4.
    public var level: Int
    /// The number as printed, including its punctuation ("一、", "（二）").
    public var number: String
    /// The heading text without its number.
    public var text: String
    /// For a run-in heading, the body text that continues on the same line
    /// ("（一）倾力夯实党建基础，让组织“强起来”。坚持把……").
    public var runIn: String?
    /// Where the heading is in the dataset.
    public var source: SourceLocation?
    /// Where the run-in text is in the dataset.
    public var runInSource: SourceLocation?
    /// Creates a heading.
    public init(
        level: Int, number: String, text: String, runIn: String? = nil, source: SourceLocation? = nil,
        runInSource: SourceLocation? = nil
    ) {
        self.level = level; self.number = number; self.text = text; self.runIn = runIn; self.source = source
        self.runInSource = runInSource
    }
    /// Number and text as printed and bookmarked: "一、基本情况".
    public var title: String { number + text }
}

/// A body paragraph: plain text (every expression already replaced by its value).
public struct Paragraph: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Where the paragraph is in the dataset.
    public var source: SourceLocation?
    /// Creates a paragraph.
    public init(text: String, source: SourceLocation? = nil) { self.text = text; self.source = source }
}

/// The signature block: the issuing body and the date of writing.
public struct Signature: Sendable, Hashable {
    /// The issuing body's name, as signed.
    public var issuer: String
    /// The date of writing.
    public var date: ReportDate
    /// 印章 (GB/T 9704 §7.3.5.1): the seals pressed over the issuers and the date, which then move; one per issuing
    /// body in the order of `issuerLines` (empty: not sealed).
    public var seals: [ImageItem]
    /// 签发人职务 and 签名章 (GB/T 9704 §7.3.5.3): in place of the issuers, each leader's title beside the signature
    /// seal, the lead body's first (empty: not signed so).
    public var signers: [LeaderSignature] = []
    /// Creates a signature block.
    public init(issuer: String, date: ReportDate, seals: [ImageItem] = []) {
        self.issuer = issuer; self.date = date; self.seals = seals
    }

    /// The issuing bodies, one a line: a joint document's issuer names its bodies separated by spaces, signed the
    /// lead body first and the others under it (GB/T 9704 §7.3.5.2 "联合行文时，应当先编排主办机关署名，其余发文机关
    /// 署名依次向下编排").
    public var issuerLines: [String] {
        let lines = issuer.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        return lines.isEmpty ? [issuer] : lines
    }
}

/// A leader's signature (GB/T 9704 §7.3.5.3): the title (职务) and the signature seal (签名章).
public struct LeaderSignature: Sendable, Hashable {
    /// The title in full ("县长").
    public var title: String
    /// The 签名章.
    public var seal: ImageItem
    /// Creates a leader's signature.
    public init(title: String, seal: ImageItem) { self.title = title; self.seal = seal }
}

/// A resolved three-line table (三线表).
public struct TableSpec: Sendable, Hashable {
    /// Caption above ("表1 …"), already numbered.
    public var caption: String
    /// The unit line printed at the right above the table ("单位：亿元"), if any.
    public var unit: String?
    /// Header rows, top first; each lists the cells that start in it.
    public var header: [[TableCell]]
    /// Body rows; each lists the cells that start in it (cells covered by a span are left out).
    public var rows: [[TableCell]]
    /// Optional note below.
    public var note: String?
    /// Where the table is written in the dataset's body (what the workbench maps a click on the table to).
    public var source: SourceLocation?
    /// How the dataset asks the table to stand (`orientation:`); nil lets the layout decide.
    public var orientation: TableOrientation?
    /// Whether the table begins a new page: a table with its own number (附表1), which a report appends after its
    /// text, each on pages of its own as an attachment is (GB/T 9704 §7.3.7 另面编排).
    public var startsPage = false
    /// The body's columns set flush left, not centred: those where a cell of one column is indented (a column of
    /// items and their sub-items), so that the indents line up.
    public var flushLeftColumns: Set<Int> {
        let starts = columnStarts(rows) ?? rows.map { Array($0.indices) }
        var columns = Set<Int>()
        for (r, row) in rows.enumerated() where r < starts.count {
            for (c, cell) in row.enumerated() where c < starts[r].count && cell.indent > 0 && cell.columnSpan == 1 {
                columns.insert(starts[r][c])
            }
        }
        return columns
    }
    /// The number of columns (what the first header row covers).
    public var columnCount: Int { TableGrid.columnCount(firstRow: header.first?.map(\.columnSpan) ?? []) }

    /// The starting column of every cell of `section` (the header or the body), row by row, or nil when
    /// its rows do not make a rectangle of `columnCount` columns (the loader refuses such tables).
    public func columnStarts(_ section: [[TableCell]]) -> [[Int]]? {
        try? TableGrid.place(
            section.map { $0.map { (columns: $0.columnSpan, rows: $0.rowSpan) } }, columns: columnCount)
    }

    /// Creates a table whose cells may span columns and rows.
    public init(caption: String, unit: String? = nil, header: [[TableCell]], rows: [[TableCell]], note: String? = nil) {
        self.caption = caption; self.unit = unit; self.header = header; self.rows = rows; self.note = note
    }

    /// Creates a table of plain cells under one header row.
    public init(caption: String, unit: String? = nil, header: [String], rows: [[String]], note: String? = nil) {
        self.init(
            caption: caption, unit: unit, header: [header.map { TableCell($0) }],
            rows: rows.map { $0.map { TableCell($0) } }, note: note)
    }
}

/// One resolved table cell and the columns and rows it covers.
public struct TableCell: Sendable, Hashable {
    /// The text printed in the cell.
    public var text: String
    /// Columns covered, at least 1.
    public var columnSpan: Int
    /// Rows covered, at least 1.
    public var rowSpan: Int
    /// Characters the text stands in from its column's left edge: a sub-item under its item (税收收入 under
    /// 一般公共预算收入), which the dataset writes with that many leading 全角空格 (U+3000). A column with an indented
    /// cell is set flush left (`TableSpec.flushLeftColumns`).
    public var indent = 0

    /// Creates a cell.
    public init(_ text: String, columnSpan: Int = 1, rowSpan: Int = 1) {
        self.text = text; self.columnSpan = columnSpan; self.rowSpan = rowSpan
    }

    /// Whether the cell, a body cell starting in grid `column`, stands flush left: its column is one of
    /// `flushLeftColumns` (`TableSpec.flushLeftColumns`) and it covers that column alone.
    public func standsFlushLeft(at column: Int, in flushLeftColumns: Set<Int>) -> Bool {
        columnSpan == 1 && flushLeftColumns.contains(column)
    }

    /// A body cell from its text as written: leading 全角空格 (U+3000) are its `indent` (at most
    /// `InputLimits.maxCellIndent`), not printed.
    public init(indenting text: String, columnSpan: Int = 1, rowSpan: Int = 1) {
        let spaces = text.unicodeScalars.prefix { $0 == "\u{3000}" }.count
        self.init(
            spaces == 0 ? text : String(text.unicodeScalars.dropFirst(spaces)), columnSpan: columnSpan, rowSpan: rowSpan
        )
        indent = min(spaces, InputLimits.maxCellIndent)
    }
}
