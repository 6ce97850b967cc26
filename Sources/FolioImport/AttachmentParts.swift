import FolioData

/// The attachments at the end of an imported text (GB/T 9704 §7.3.7): each opens with a line of its own,
/// "附件1" (or "附件" when there is one), its title on the next line, then its body up to the next such line.
struct AttachmentParts {
    /// One attachment as typed.
    struct Part {
        /// The line its "附件N" stands on.
        var line: Int
        /// Its title.
        var title: String
        /// The lines of its body.
        var lines: [SourceLine]
    }

    /// The lines before the first attachment: the body, the signature and the 附件说明.
    var body: [SourceLine]
    /// The attachments, in order.
    var parts: [Part]

    /// Splits `lines` at the attachments' opening lines. Attachments are recognised only when they are numbered
    /// 1, 2, 3… in order (or are one, "附件" alone), each has a title line that is no list item, and a body
    /// comes before the first; otherwise every line stays in the body.
    static func split(_ lines: [SourceLine]) -> AttachmentParts {
        let starts = lines.indices.compactMap { i in number(lines[i].text).map { (index: i, number: $0) } }
        guard let first = starts.first, first.index > 0 else { return AttachmentParts(body: lines, parts: []) }
        let numbers = starts.map(\.number)
        let lone = numbers == [0]
        guard lone || numbers == Array(1...numbers.count) else { return AttachmentParts(body: lines, parts: []) }
        var parts: [Part] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].index : lines.count
            let titleIndex = start.index + 1
            guard titleIndex < end, TypedNumber.at(start: Array(lines[titleIndex].text)) == nil,
                lines[titleIndex].text.count <= maximumTitle
            else { return AttachmentParts(body: lines, parts: []) }
            parts.append(
                Part(
                    line: lines[start.index].number, title: lines[titleIndex].text,
                    lines: Array(lines[(titleIndex + 1)..<end])))
        }
        return AttachmentParts(body: Array(lines[..<first.index]), parts: parts)
    }

    /// The longest line taken for an attachment's title.
    static let maximumTitle = 80

    /// N on a line that is only "附件N" (Arabic digits, half- or full-width, a colon after them allowed); 0 on a
    /// line that is only "附件"; nil on any other line ("附件：1.…" is the 附件说明, not an attachment).
    static func number(_ text: String) -> Int? {
        guard text.hasPrefix("附件") else { return nil }
        var rest = Array(text.dropFirst(2))
        if rest.isEmpty { return 0 }
        if let last = rest.last, "：:".contains(last) { rest.removeLast() }
        while rest.first == " " || rest.first == "\u{3000}" { rest.removeFirst() }
        guard !rest.isEmpty, rest.count <= 3 else { return nil }
        var n = 0
        for c in rest {
            guard let d = TextScan.digit(c) else { return nil }
            n = n * 10 + d
        }
        return n > 0 ? n : nil
    }
}
