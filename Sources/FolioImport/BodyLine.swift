import FolioData

/// What one line of a report's body is, read from its form.
enum BodyLine: Sendable {
    /// A numbered heading (GB/T 9704 §7.3.3): its number, its text and the paragraph running on after it.
    case heading(TypedNumber, title: String, runIn: String?)
    /// A table row: its cells.
    case row([String])
    /// A chart caption "图N …": N and the caption text.
    case chartCaption(Int, String)
    /// A table caption "表N …": N and the caption text.
    case tableCaption(Int, String)
    /// A table's unit line ("单位：亿元").
    case unit(String)
    /// The label opening the notes at the end ("注释：", "注解：", "资料来源：") and text after it on the line.
    case notesLabel(String, rest: String?)
    /// Where a .docx had image number N (from 1): a line the .docx reader writes (`imageMarker`).
    case image(Int)
    /// Prose.
    case paragraph

    /// Whether it is a table row.
    var isRow: Bool {
        if case .row = self { return true }
        return false
    }

    /// The line standing for image `n` of a .docx: U+FFFC (the object replacement character) and the number.
    static func imageMarker(_ n: Int) -> String { "\u{FFFC}\(n)" }

    /// Labels that open the notes at the end of a report.
    static let notesLabels = [
        "注释", "注解", "注", "资料来源", "数据来源", "附注", "名词解释", "说明", "附件说明", "附件",
    ]

    /// Reads `text`; `aligned` holds the cells when the line is a space-aligned table row.
    static func read(_ text: String, aligned: [String]?) -> BodyLine {
        let chars = Array(text)
        if chars.first == "\u{FFFC}", let n = Int(String(chars.dropFirst())), n > 0 { return .image(n) }
        if let caption = caption(chars, mark: "图") { return .chartCaption(caption.0, caption.1) }
        if let caption = caption(chars, mark: "表") { return .tableCaption(caption.0, caption.1) }
        if text.contains("\t") { return .row(cells(tabbed: text)) }
        if let aligned { return .row(aligned) }
        if let label = notesLabel(text) { return label }
        if unitLine(text) { return .unit(text) }
        if let n = TypedNumber.at(start: chars), let (head, runIn) = ReportImporter.heading(chars, after: n) {
            return .heading(n, title: head, runIn: runIn)
        }
        return .paragraph
    }

    /// "图3  2021-2025年葡萄产量及增长速度" → (3, "2021-2025年葡萄产量及增长速度"); the number may be written in
    /// Chinese numerals and followed by a colon ("图一：2025年汕尾市一般公共预算收入构成情况" → (1, "2025年…")).
    static func caption(_ t: [Character], mark: Character) -> (Int, String)? {
        guard t.first == mark else { return nil }
        var k = 1, digits = ""
        while k < t.count, let d = TextScan.digit(t[k]) { digits += String(d); k += 1 }
        var number = Int(digits)
        if digits.isEmpty {
            while k < t.count, k <= 3, TextScan.chineseDigits[t[k]] != nil, t[k] != "两" { k += 1 }
            // Chinese numerals need a separator after them: 图一：…, not 图一样.
            guard k > 1, k < t.count, "：: \u{3000}".contains(t[k]) else { return nil }
            number = TextScan.chineseNumber(t[1..<k])
        }
        guard let n = number, k < t.count else { return nil }
        let colon = "：:".contains(t[k])
        let rest = SourceLines.trim(String(t[(colon ? k + 1 : k)...]))
        guard !rest.isEmpty, rest.count <= 60, !rest.contains("。"),
            colon || t[k] == " " || t[k] == "\u{3000}" || t[k] == "\t" || !rest.hasPrefix("年")
        else { return nil }
        return (n, rest)
    }

    /// The notes label, alone on its line or with text after its colon.
    static func notesLabel(_ text: String) -> BodyLine? {
        for label in notesLabels {
            for colon in ["：", ":"] where text.hasPrefix(label + colon) {
                let rest = SourceLines.trim(String(text.dropFirst(label.count + 1)))
                if rest.isEmpty { return .notesLabel(label, rest: nil) }
                // "注：…" with its note on the same line; a long 说明 is prose ("说明：…").
                return label == "说明" ? nil : .notesLabel(label, rest: rest)
            }
            if text == label { return .notesLabel(label, rest: nil) }
        }
        return nil
    }

    /// "单位：亿元", "单位：万元、%", "（单位：亿元）".
    static func unitLine(_ text: String) -> Bool {
        let core = text.filter { !"（）() ".contains($0) }
        return (core.hasPrefix("单位：") || core.hasPrefix("单位:") || core.hasPrefix("金额单位：")) && core.count <= 16
    }

    /// Cells of a TAB-separated row, each trimmed and spaces between Chinese characters removed ("衣  着").
    static func cells(tabbed text: String) -> [String] {
        text.split(separator: "\t", omittingEmptySubsequences: false).map { cell(String($0)) }
    }

    /// A cell: trimmed, padding spaces between two Chinese characters taken out.
    static func cell(_ s: String) -> String {
        let t = Array(SourceLines.trim(s))
        var out = ""
        for (i, c) in t.enumerated() {
            if c.isWhitespace {
                let before = t[..<i].last(where: { !$0.isWhitespace })
                let after = t[(i + 1)...].first(where: { !$0.isWhitespace })
                if let b = before, let a = after, TextScan.isIdeograph(b), TextScan.isIdeograph(a) { continue }
            }
            out.append(c)
        }
        return out
    }

    /// The cells of a line aligned with runs of two or more spaces, when it has at least two and no sentence stop.
    static func alignedCells(_ text: String) -> [String]? {
        guard !text.contains("。"), !text.contains("，") else { return nil }
        var cells: [String] = [], current = "", spaces = 0
        for c in text {
            if c.isWhitespace {
                spaces += c == " " ? 1 : 2
                continue
            }
            if spaces >= 2, !current.isEmpty {
                cells.append(current); current = ""
            } else if spaces == 1 {
                current.append(" ")
            }
            spaces = 0
            current.append(c)
        }
        if !current.isEmpty { cells.append(current) }
        return cells.count >= 2 ? cells.map(cell) : nil
    }

    /// Space-aligned rows: lines whose aligned cells number the same as a neighbour's (a table has two rows at
    /// least). Indexed like `lines`.
    static func alignedRows(_ lines: [SourceLine]) -> [[String]?] {
        let cells = lines.map { line -> [String]? in
            let t = Array(line.text)
            if caption(t, mark: "图") != nil || caption(t, mark: "表") != nil || line.text.contains("\t") { return nil }
            return alignedCells(line.text)
        }
        return cells.indices.map { i in
            guard let c = cells[i] else { return nil }
            let before = i > 0 ? cells[i - 1]?.count : nil, after = i + 1 < cells.count ? cells[i + 1]?.count : nil
            return before == c.count || after == c.count ? c : nil
        }
    }
}
