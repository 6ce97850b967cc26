import FolioData
import FolioMessages
import FolioRender

/// The rules on the extracted text lines: line-start and line-end marks, numbers split from their units, and
/// characters that betray glyphs drawn without their source text.
enum LineRules {
    /// Marks that may not begin a line: clreq §3.1.7 (closing brackets and quotes, pause and stop marks, the
    /// ellipsis, interpuncts) and GB/T 15834, plus postfix units and their half-width forms. Narrower than the
    /// engine's `LineBreakMarks` on purpose: these are lines as a reader extracts them from any PDF, page numbers
    /// (“— 1 —”) and table cells (“-3.2”) among them, where a dash or a minus sign may rightly come first.
    static let notAtLineStart = Set("、。，．：；？！）］｝〕〉》」』】〗〙〛〞”’…‥・·%％‰℃,.;:?!)]}﹚﹜﹞‼⁇⁈⁉")
    /// Marks that may not end a line: opening brackets and quotes (clreq §3.1.7).
    static let notAtLineEnd = Set("（［｛〔〈《「『【〖〘〚〝“‘([{﹙﹛﹝")
    /// Units and magnitudes that must stay with the number before them (GB/T 9704-1999 §8.2.3 “数字、年份不能回行”).
    static let units = Set("元万亿%％‰℃吨亩倍岁户年月日")
    /// Magnitude characters that may end a line right after a number only with the unit that follows them.
    static let magnitudes = Set("万亿千百")

    /// A line of `page` whose first character may not start a line, or whose last may not end one.
    static func lineMarks(_ page: PDFPageReadback) -> [VerifyFinding] {
        var found: [VerifyFinding] = []
        for line in page.lines {
            let s = line.trimmingWhitespace
            guard let first = s.first, let last = s.last else { continue }
            if notAtLineStart.contains(first) {
                found.append(
                    VerifyFinding(
                        rule: VerifyRules.lineStart.id, severity: .error, page: page.number,
                        message: Message(
                            "verify.line-starts-first-value", ["first": "\(first)", "value": "\(s.prefix(16))"]),
                        fix: Message("verify.pull-mark-back-end.hint")))
            }
            if notAtLineEnd.contains(last) {
                found.append(
                    VerifyFinding(
                        rule: VerifyRules.lineEnd.id, severity: .error, page: page.number,
                        message: Message(
                            "verify.line-ends-last-value", ["last": "\(last)", "value": "\(s.suffix(16))"]),
                        fix: Message("verify.push-mark-forward-start.hint")))
            }
        }
        return found
    }

    /// Consecutive prose lines (at least half of their characters Han: a table's row of figures, “其中：0-15 岁 13.50
    /// 19.2”, and a chart's tick labels are no prose) where a number is cut (“2687.” | “8万元”) or cut from its unit
    /// (“11379” | “元”, “12.35亿” | “元”).
    static func numberSplits(_ page: PDFPageReadback) -> [VerifyFinding] {
        let prose = page.lines.map(\.trimmingWhitespace).filter(isProse)
        return zip(prose, prose.dropFirst()).compactMap { a, b in
            guard splits(a, b) else { return nil }
            return VerifyFinding(
                rule: VerifyRules.numberSplit.id, severity: .error, page: page.number,
                message: Message(
                    "verify.number-split-across-lines", ["value": "\(a.suffix(8))", "value2": "\(b.prefix(8))"]),
                fix: Message("verify.keep-number-unit-on.hint"))
        }
    }

    /// Whether at least half of a line's characters (spaces aside) are Han.
    static func isProse(_ line: String) -> Bool {
        let scalars = line.unicodeScalars.filter { !$0.properties.isWhitespace }
        return !scalars.isEmpty && scalars.filter(isHan).count * 2 >= scalars.count
    }

    /// Whether line `a` ends a number that line `b` continues.
    static func splits(_ a: String, _ b: String) -> Bool {
        var end = Array(a)
        var start = Array(b)
        guard !end.isEmpty, !start.isEmpty else { return false }
        // A ratio cut at a colon (“3.4：45.7：” | “50.9”, 三次产业结构) is a figure cut too.
        if let last = end.last, last == "：" || last == ":", end.count >= 2, end[end.count - 2].isASCIIDigit,
            start.first?.isASCIIDigit == true
        {
            return true
        }
        if let last = end.last, last == "." || last == "," { end.removeLast() }
        guard let last = end.last else { return false }
        if last.isASCIIDigit {
            if start.first == "." || start.first == "," { start.removeFirst() }
            guard let first = start.first else { return false }
            // A year, a month or a day is a whole number (“2025” | “年”); a table row's last figure (“31.4”) above
            // a line opening with 年末 is no split.
            if "年月日".contains(first) {
                let trailing = end.reversed().prefix { $0.isASCIIDigit || $0 == "." }
                return !trailing.contains(".") && (first == "年" ? trailing.count == 4 : trailing.count <= 2)
            }
            return first.isASCIIDigit || units.contains(first) || magnitudes.contains(first)
        }
        // “12.35亿” | “元”: a magnitude right after a number, its unit on the next line.
        if magnitudes.contains(last), end.count >= 2, end[end.count - 2].isASCIIDigit, let first = start.first {
            return units.contains(first) && !magnitudes.contains(first)
        }
        return false
    }

    /// Characters that appear when glyphs are written without their source text: Kangxi radicals and CJK radicals
    /// supplement (a font's radical glyph mapped back instead of the ideograph), compatibility ideographs, U+FFFD.
    static func suspects(_ page: PDFPageReadback) -> [VerifyFinding] {
        var hits: [Unicode.Scalar] = []
        for s in page.text.unicodeScalars where isSuspect(s) && !hits.contains(s) { hits.append(s) }
        guard !hits.isEmpty else { return [] }
        let listed = hits.prefix(8).map { "\(Character($0)) U+\(String($0.value, radix: 16, uppercase: true))" }
        return [
            VerifyFinding(
                rule: VerifyRules.unicode.id, severity: .error, page: page.number,
                message:
                    Message(
                        "verify.text-holds-count-suspect",
                        [
                            "count": "\(hits.count)", "value": "\(hits.count == 1 ? "" : "s")",
                            "value2": "\(listed.joined(separator: ", "))",
                        ]),
                fix: Message("verify.glyphs-lack-their-source.hint"))
        ]
    }

    static func isSuspect(_ s: Unicode.Scalar) -> Bool {
        (0x2E80...0x2FDF).contains(s.value) || (0xF900...0xFAFF).contains(s.value) || s.value == 0xFFFD
    }

    /// A Han character, as the import and the checks count them (`TextScan.isIdeograph`).
    static func isHan(_ s: Unicode.Scalar) -> Bool { TextScan.isIdeograph(value: s.value) }
}
