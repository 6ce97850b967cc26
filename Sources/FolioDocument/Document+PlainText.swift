extension Document {
    /// The resolved report as plain text, one block per line: the title, its subtitle and speaker, headings with their numbers ("一、基本情况"),
    /// paragraphs (a run-in heading and its text on one line: "（一）倾力夯实党建基础，让组织“强起来”。坚持把……"),
    /// chart captions ("图1 …") and chart notes, then the signature (issuer line, date line "2021年7月15日").
    /// This is what `folio text` prints and what the PDF audit compares the PDF's text against.
    public var plainText: String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .header(let h):
                lines += h.cornerLines + h.mark
                let signers = h.signers.isEmpty ? nil : "签发人：" + h.signers.joined(separator: "　")
                let numberLine = [h.number, signers].compactMap { $0 }.joined(separator: "\t")
                if !numberLine.isEmpty { lines.append(numberLine) }
            case .title(let t): lines.append(t)
            case .subtitle(let s):
                lines += [s.text.replacingOccurrences(of: "\n", with: ""), s.speaker, s.dateLine].filter { !$0.isEmpty }
            case .recipients(let r): lines.append(r)
            case .notice(let n): lines.append(n)
            case .attachmentList(let titles):
                lines +=
                    titles.count == 1
                    ? ["附件：" + titles[0]]
                    : titles.enumerated().map { ($0 == 0 ? "附件：" : "　　　") + "\($0 + 1).\($1)" }
            case .attachmentHead(let label, let title): lines += [label, title]
            case .attendance(let label, let names, _): lines.append(label + "：" + names)
            case .heading(let h): lines.append(h.title + (h.runIn ?? ""))
            case .paragraph(let p): lines.append(p.text)
            case .chart(let c):
                lines.append(c.caption)
                if let n = c.note { lines.append(n) }
            case .table(let t):
                lines.append(t.caption)
                if let u = t.unit { lines.append(u) }
                lines += (t.header + t.rows).map { $0.map(\.text).joined(separator: "\t") }
                if let n = t.note { lines.append(n) }
            case .image(let i):
                if let c = i.caption { lines.append(c) }
            case .signature(let s):
                lines += s.signers.isEmpty ? s.issuerLines : s.signers.map(\.title)
                lines.append(s.date.chinese)
            }
        }
        if let imprint {
            if let c = imprint.copiesLine { lines.append(c) }
            let printed = [imprint.printer, imprint.printedLine].compactMap { $0 }.joined(separator: "\t")
            if !printed.isEmpty { lines.append(printed) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
