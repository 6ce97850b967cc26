import FolioMessages
import Foundation

/// A table cell written in Swift: its text (expressions allowed) and the columns and rows it covers.
/// A string literal is a one-by-one cell: `["指标", DatasetCell("2024年", columns: 2)]`.
public struct DatasetCell: Sendable, ExpressibleByStringLiteral {
    /// The text; may hold expressions (`{财政收入[2024]}`).
    public var text: String
    /// Columns the cell covers, at least 1.
    public var columns: Int
    /// Rows the cell covers, at least 1; a span stays within the header or within the body.
    public var rows: Int

    /// A cell covering `columns` columns and `rows` rows.
    public init(_ text: String, columns: Int = 1, rows: Int = 1) {
        self.text = text; self.columns = columns; self.rows = rows
    }

    /// A one-by-one cell.
    public init(stringLiteral text: String) { self.init(text) }
}

/// An image given to the builder as bytes (PNG, JPEG or SVG, known by content), with the name a dataset file
/// would give its file (the name the PDF's alternative text and messages use).
public struct DatasetImage: Sendable {
    /// The file's name ("广场.jpg").
    public var name: String
    /// The bytes.
    public var data: Data

    /// An image named `name` made of `data`.
    public init(name: String, data: Data) { self.name = name; self.data = data }
}

/// The parts of an official document (`report.document` of a dataset file, GB/T 9704-2012 §7): the 版头 (份号, 密级和
/// 保密期限, 紧急程度, 发文机关标志, 发文字号, 签发人), the 主送机关, the 附注, the seal and signatures, the 版记 (抄送机关,
/// 印发机关和印发日期), and for the 纪要 format the attendance lines. Set what the document has; leave the rest nil.
public struct DatasetDocument: Sendable {
    /// 份号: six digits (§7.2.1).
    public var copyNumber: String?
    /// 密级和保密期限 ("秘密★1年", §7.2.2).
    public var secrecy: String?
    /// 紧急程度 ("特急" or "加急", §7.2.3).
    public var urgency: String?
    /// 发文机关标志, one line per issuer for a joint document (§7.2.4).
    public var mark: [String] = []
    /// 发文字号 ("X府〔2021〕12号", §7.2.5), or an order's 令号 ("第3号", §10.2).
    public var number: String?
    /// 签发人 of an upward document (§7.2.6).
    public var signers: [String] = []
    /// 主送机关 (§7.3.2).
    public var recipients: String?
    /// 附注 (§7.3.6).
    public var notice: String?
    /// 印章 (§7.3.5.1): one per issuing body in the issuers' order, the last over the 成文日期; one for a single issuer.
    public var seals: [DatasetImage] = []
    /// 签发人职务 and 签名章 of a document signed by its leaders (§7.3.5.3), the lead body's first.
    public var signedBy: [(title: String, seal: DatasetImage)] = []
    /// The 纪要 format's attendance lines (§10.3): 出席, 请假, 列席, each a label and names.
    public var attendance: [(label: String, names: [String])] = []
    /// 抄送机关 (§7.4.2).
    public var copiesTo: [String] = []
    /// 印发机关 (§7.4.3).
    public var printer: String?
    /// 印发日期 (§7.4.3).
    public var printed: DatasetDate?

    /// A document with no parts set.
    public init() {}
}

extension DatasetBuilder {
    /// Sets the report's official-document parts (`report.document`), checked as a dataset file's are: the 份号's six
    /// digits, the 密级, the 紧急程度, the 发文字号's form (GB/T 9704 §7.2.5), images by content, and a 印发日期 only
    /// with its 印发机关.
    public mutating func document(_ parts: DatasetDocument, file: String = #fileID, line: Int = #line) {
        let at = SourceLocation(file: file, line: line, column: 1)
        var out = OfficialDocumentParts()
        out.location = at
        func fail(_ message: Message, _ hint: Message, _ code: String) {
            problems.append(Diagnostic(.error, message, at: at, hint: hint, code: code))
        }
        if let t = parts.copyNumber {
            if t.count == 6, t.allSatisfy({ $0.isASCII && $0.isNumber }) {
                out.copyNumber = t
            } else {
                fail(
                    Message("document.copy.report-document-copy-value", ["value": "\(t)"]),
                    Message("document.copy.gb-t-six-digits.hint"), "document.copy")
            }
        }
        if let t = parts.secrecy {
            if NodeReader.secrecyLevels.contains(where: { t.hasPrefix($0) }) {
                out.secrecy = t
            } else {
                fail(
                    Message("document.secrecy.report-document-secrecy-value", ["value": "\(t)"]),
                    Message("document.secrecy.gb-t-period-after.hint"), "document.secrecy")
            }
        }
        if let t = parts.urgency {
            if NodeReader.urgencies.contains(t) {
                out.urgency = t
            } else {
                fail(
                    Message("document.urgency.report-document-urgency-value", ["value": "\(t)"]),
                    Message("document.urgency.gb-t.hint"), "document.urgency")
            }
        }
        out.mark = parts.mark
        if let t = parts.number {
            if let problem = NodeReader.documentNumberProblem(t) {
                fail(
                    Message("document.number.report-document-number-value", ["value": "\(t)"], problem: problem),
                    Message("document.number.write-x.hint"), "document.number")
            } else {
                out.number = t
            }
        }
        out.signers = parts.signers
        out.recipients = parts.recipients
        out.notice = parts.notice
        out.seals = parts.seals.compactMap { namedImage($0, at) }
        out.signerSeals = parts.signedBy.compactMap { signer in
            namedImage(signer.seal, at).map { SignerSeal(title: signer.title, seal: $0) }
        }
        out.attendance = parts.attendance.map { AttendanceLine(label: $0.label, names: $0.names) }
        out.copiesTo = parts.copiesTo
        out.printer = parts.printer
        out.printed = parts.printed
        if parts.printed != nil && parts.printer == nil {
            fail(
                Message("document.imprint.report-document-printed-without"),
                Message("document.imprint.gb-t-give-printer.hint"), "document.imprint")
        }
        report.document = out
    }

    /// Adds an attachment (附件, GB/T 9704 §7.3.7): set on new pages after the body and listed in the 附件说明;
    /// `content` adds its body (sections numbered afresh).
    public mutating func attachment(
        _ title: String, file: String = #fileID, line: Int = #line, _ content: (inout BodyBuilder) -> Void
    ) {
        let at = SourceLocation(file: file, line: line, column: 1)
        let (heading, found) = TextTemplate.parse(title, at: at)
        problems += found
        var inner = BodyBuilder(level: 1)
        content(&inner)
        problems += inner.problems
        attachments.append(.attachment(Attachment(title: heading, body: inner.blocks, location: at)))
    }

    /// The image `image` probed by content, or nil with the problem kept.
    private mutating func namedImage(_ image: DatasetImage, _ at: SourceLocation) -> NamedImage? {
        do {
            return NamedImage(path: image.name, file: try ImageProbe.probe(image.data))
        } catch {
            problems.append(
                Diagnostic(
                    .error, Message("builder.image", ["name": "\(image.name)", "why": .message(error.message)]), at: at,
                    code: "image.format"))
            return nil
        }
    }
}

extension Message {
    /// `id` with `arguments` and the nested `problem`.
    fileprivate init(_ id: String, _ arguments: [String: MessageArgument], problem: Message) {
        self.init(id, arguments.merging(["problem": .message(problem)]) { $1 })
    }
}

extension BodyBuilder {
    /// Adds a three-line table (三线表) of cells written out: `header` rows (one or several; a cell may cover several
    /// columns or rows) and body `rows`, each cell's text able to hold expressions. `unit` is printed at the right
    /// above the table ("单位：万元"), `note` below it; the theme numbers the caption (表1…) unless `label` gives the
    /// table its own number (附表1). `orientation` turns the table a quarter on its pages (nil: when its figures do not
    /// fit a portrait page).
    public mutating func table(
        _ caption: String, header: [[DatasetCell]], rows: [[DatasetCell]], unit: String? = nil, note: String? = nil,
        label: String? = nil, orientation: TableOrientation? = nil, file: String = #fileID, line: Int = #line
    ) {
        let at = SourceLocation(file: file, line: line, column: 1)
        func cells(_ rows: [[DatasetCell]]) -> [[TableCellDefinition]] {
            rows.map { row in
                row.map { TableCellDefinition(text: template($0.text, at), columnSpan: $0.columns, rowSpan: $0.rows) }
            }
        }
        let table = TableDefinition(
            caption: template(caption, at), content: .cells(header: cells(header), rows: cells(rows)),
            unit: unit.map { template($0, at) }, note: note.map { template($0, at) }, location: at, label: label,
            orientation: orientation)
        let width = TableGrid.columnCount(firstRow: header.first?.map(\.columns) ?? [])
        guard width > 0 else {
            problems.append(
                Diagnostic(
                    .error, Message("schema.empty.table-columns-empty"), at: at,
                    hint: Message("schema.empty.name-columns.hint"), code: "schema.empty"))
            return
        }
        for (section, part) in [(Message("table.section.header-row"), header), (Message("table.section.row"), rows)] {
            do {
                _ = try TableGrid.place(part.map { $0.map { (columns: $0.columns, rows: $0.rows) } }, columns: width)
            } catch {
                switch error {
                case .rowLength(let r, let covered, let columns):
                    problems.append(
                        Diagnostic(
                            .error,
                            Message(
                                "table.row-length.covers",
                                [
                                    "section": .message(section), "row": .number(r + 1), "covered": .number(covered),
                                    "columns": .number(columns),
                                ]),
                            at: at, hint: Message("table.row-length.write-one-cell-per.hint"), code: "table.row-length")
                    )
                case .rowSpanTooLong(let r, _, let span, let available):
                    problems.append(
                        Diagnostic(
                            .error,
                            Message(
                                "table.span.cell-section-value-table",
                                [
                                    "section": .message(section), "value": "\(r + 1)", "span": "\(span)",
                                    "available": "\(available)",
                                ]),
                            at: at,
                            hint: Message("table.span.lower-rowspan-available.hint", ["available": "\(available)"]),
                            code: "table.span"))
                }
                return
            }
        }
        blocks.append(.table(table))
    }

    /// Adds an image (PNG, JPEG or SVG, known by content) with its caption (numbered 图N with the charts; nil for an
    /// image without one), its alternative text (the caption when nil), its width and its alignment.
    public mutating func image(
        _ image: DatasetImage, caption: String? = nil, alt: String? = nil, width: ImageDefinition.Width? = nil,
        align: ImageDefinition.Alignment = .center, file: String = #fileID, line: Int = #line
    ) {
        let at = SourceLocation(file: file, line: line, column: 1)
        let probed: ImageFile
        do {
            probed = try ImageProbe.probe(image.data)
        } catch {
            problems.append(
                Diagnostic(
                    .error, Message("builder.image", ["name": "\(image.name)", "why": .message(error.message)]), at: at,
                    code: "image.format"))
            return
        }
        blocks.append(
            .image(
                ImageDefinition(
                    path: image.name, file: probed, caption: caption.map { template($0, at) },
                    alt: alt.map { template($0, at) }, width: width, alignment: align, location: at)))
    }
}
