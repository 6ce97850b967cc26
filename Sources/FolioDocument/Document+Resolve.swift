import FolioMessages
import Foundation
import FolioData
import FolioDisplay

extension Document {
    /// Evaluates every expression, numbers headings with theme.headings[level-1].numbering ({cn} → 一二三…, {n} → 1 2 3),
    /// numbers charts across the report (图1, 图2…) and tables (表1, 表2…), computes growth series for charts. Returns warnings too.
    public static func resolve(_ dataset: Dataset, theme: Theme) throws -> (document: Document, warnings: [Diagnostic])
    {
        var resolver = DocumentResolver(dataset: dataset, theme: theme)
        let document = resolver.run()
        let problems = resolver.diagnostics
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticError(problems) }
        return (document, problems)
    }
}

/// Walks the dataset's body once, keeping the heading counters and the figure counter.
struct DocumentResolver {
    let dataset: Dataset
    let theme: Theme
    /// Everything found while resolving.
    var diagnostics: [Diagnostic] = []
    /// Heading counters, one per level; a heading resets the levels below it.
    var counters: [Int] = []
    /// The last figure number given.
    var figures = 0
    /// The last table number given (tables are numbered apart from figures: 表1, 图1).
    var tables = 0

    init(dataset: Dataset, theme: Theme) { self.dataset = dataset; self.theme = theme }

    /// Resolves the whole document: title, body, signature (GB/T 9704 §7.3.5).
    mutating func run() -> Document {
        let title = text(dataset.report.title)
        let date = ReportDate(dataset.report.date, toFill: dataset.report.dateToFill)
        let metadata = Metadata(
            title: title, issuer: dataset.report.issuer, date: date,
            subject: dataset.report.subject, keywords: dataset.report.keywords)
        let parts = officialParts(dataset.report.document)
        // GB/T 9704 §10.2: an order (令) prints no title; its body follows the 令号. The title stays the PDF's.
        let printedTitle: Block? = theme.format == .order ? nil : .title(title)
        let report = dataset.report
        let subtitle: Block? =
            printedTitle == nil || (report.subtitle.isEmpty && report.speaker.isEmpty)
            ? nil : .subtitle(Subtitle(text: report.subtitle, speaker: report.speaker, date: date))
        var blocks: [Block] = [parts.header, printedTitle, subtitle, parts.recipients].compactMap { $0 }
        let attachments = dataset.body.compactMap { block -> Attachment? in
            if case .attachment(let a) = block { a } else { nil }
        }
        blocks += resolve(dataset.body)
        // GB/T 9704 §7.3.4: the 附件说明 under the body, the titles as the attachments give them.
        let titles = attachments.map { text($0.title) }
        if !titles.isEmpty { blocks.append(.attachmentList(titles)) }
        // §10.2: 出席, 请假, 列席 under the body (or the 附件说明), names separated by 、.
        let attendance = dataset.report.document.attendance.filter { !$0.names.isEmpty }
        for (i, line) in attendance.enumerated() {
            blocks.append(.attendance(label: line.label, names: line.names.joined(separator: "、"), first: i == 0))
        }
        let seals = dataset.report.document.seals.map { ImageItem($0.file) }
        var signature = Signature(issuer: dataset.report.issuer, date: date, seals: seals)
        signature.signers = dataset.report.document.signerSeals.map {
            LeaderSignature(title: $0.title, seal: ImageItem($0.seal.file))
        }
        // A speech (a speaker under the title) is published without a 署名: who spoke and when stand under the
        // title. A seal or a 签名章 still asks for the signature block they are pressed on.
        let isSpeech = !report.speaker.isEmpty && seals.isEmpty && signature.signers.isEmpty
        if !isSpeech { blocks.append(.signature(signature)) }
        if let notice = parts.notice { blocks.append(notice) }
        // §7.3.7: each attachment on new pages, "附件N" and its title first; its headings numbered afresh.
        for (i, attachment) in attachments.enumerated() {
            counters = []
            blocks.append(.attachmentHead(label: titles.count > 1 ? "附件\(i + 1)" : "附件", title: titles[i]))
            blocks += resolve(attachment.body)
        }
        return Document(metadata: metadata, blocks: blocks, imprint: parts.imprint)
    }

    /// A template's text; problems go to `diagnostics`.
    mutating func text(_ template: TextTemplate) -> String {
        dataset.render(template, diagnostics: &diagnostics)
    }

    mutating func resolve(_ body: [BodyBlock]) -> [Block] {
        var out: [Block] = []
        for block in body {
            switch block {
            case .paragraph(let t):
                out.append(.paragraph(Paragraph(text: text(t), source: t.location)))
            case .section(let s):
                out.append(.heading(heading(s)))
                out += resolve(s.body)
            case .chart(let placement):
                if var spec = chart(placement) {
                    spec.source = placement.location
                    out.append(.chart(spec))
                }
            case .table(let definition):
                var spec = table(definition)
                spec.source = definition.location
                out.append(.table(spec))
            case .image(let definition):
                var spec = image(definition)
                spec.source = definition.location
                out.append(.image(spec))
            case .attachment:
                continue   // set after the signature, by `run`
            }
        }
        return out
    }

    /// Numbers a heading by the theme (GB/T 9704 §7.3.3: 一、（一）1.（1）).
    mutating func heading(_ s: Section) -> Heading {
        let level = max(1, s.level)
        while counters.count < level { counters.append(0) }
        counters[level - 1] += 1
        for i in level..<counters.count { counters[i] = 0 }
        let n = counters[level - 1]
        var number = ""
        if level <= theme.headings.count {
            number = theme.headings[level - 1].numbering
                .replacingOccurrences(of: "{cn}", with: NumberFormatting.chineseNumeral(n))
                .replacingOccurrences(of: "{n}", with: String(n))
        } else {
            diagnostics.append(
                Diagnostic(
                    .error,
                    Message(
                        "structure.depth.level-level-heading-but",
                        ["level": "\(level)", "name": "\(theme.name)", "count": "\(theme.headings.count)"]),
                    at: s.location, hint: Message("structure.depth.nest-sections-less-deeply.hint"),
                    code: "structure.depth"))
        }
        return Heading(
            level: level, number: number, text: text(s.title), runIn: s.runIn.map { text($0) },
            source: s.location, runInSource: s.runIn?.location)
    }
}
