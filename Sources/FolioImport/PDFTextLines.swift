import FolioData

/// Text copied out of a PDF (pdftotext, a viewer's “save as text”): the page numbers of GB/T 9704 §7.5 (“- 2 -”)
/// stand on lines of their own between the pages, a justified line comes out with spaces between its characters
/// (“汇 总 全 市 一 般 公 共 预 算 收 入 完 成 47.5 亿 元 ，”) and Word's spacing between Chinese and digits as spaces
/// (“完成 8.4 亿元”). None of that is the text's: the page numbers are dropped, those spaces closed up, and a line that
/// fills the page's measure without ending its sentence joined to the next (a heading's wrapped words included).
enum PDFTextLines {
    /// A page number line: “- 2 -”, “－ 2 －”, “— 2 —”.
    static func pageNumber(_ text: String) -> Bool {
        let t = Array(text.filter { $0 != " " && $0 != "\u{3000}" })
        guard t.count >= 3, let first = t.first, let last = t.last, "-－—".contains(first), "-－—".contains(last) else {
            return false
        }
        return t.dropFirst().dropLast().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `lines` with a PDF's page numbers dropped and its spaces beside Chinese characters closed up, when at least
    /// two page-number lines show that the text came out of a PDF; else `lines` unchanged.
    static func cleaned(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.filter({ pageNumber($0.text) }).count >= 2 else { return lines }
        let kept = lines.filter { !pageNumber($0.text) }.map { SourceLine(number: $0.number, text: closedUp($0.text)) }
        // The measure: most lines of running text fill it. A line that fills it and stops mid-sentence goes on in
        // the next line, whatever it is (a run-in heading's “1.全力保障民生事业投入，持续增进民” / “生福祉。…”).
        let widths = kept.map { width($0.text) }.filter { $0 >= 10 }.sorted()
        guard widths.count >= 10 else { return kept }
        // (Figures run wider than the half em counted for each digit: the autospace around them is gone.)
        let full = widths[widths.count * 4 / 5] - 3.5
        var out: [SourceLine] = []
        for line in kept {
            if let last = out.last, width(last.text) >= full, !SourceLines.endsSentence(last.text),
                !pageNumber(line.text)
            {
                out[out.count - 1].text += SourceLines.joiner(last.text, line.text) + line.text
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// A line's width in ems: a Chinese character or mark one, a Latin letter, digit or point a half.
    static func width(_ text: String) -> Double {
        text.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }

    /// Spaces with a Chinese character or mark on either side taken out; spaces between Latin words and figures kept.
    static func closedUp(_ text: String) -> String {
        let t = Array(text)
        var out = ""
        for (i, c) in t.enumerated() {
            if c == " " || c == "\u{3000}" {
                let before = t[..<i].last { $0 != " " && $0 != "\u{3000}" }
                let after = t[(i + 1)...].first { $0 != " " && $0 != "\u{3000}" }
                if let b = before, let a = after, !(b.isASCII && a.isASCII) { continue }
            }
            out.append(c)
        }
        return out
    }
}
