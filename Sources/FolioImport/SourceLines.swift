import Foundation
import FolioData

/// One line of an imported text after line breaks are normalised and hard-wrapped paragraphs joined.
struct SourceLine: Sendable {
    /// The line of the text it starts on, from 1.
    var number: Int
    /// Its text, trimmed at both ends (TAB inside kept: it separates table cells).
    var text: String
    /// The TABs among the spaces trimmed from its start: in a table row, empty first cells (a spreadsheet copies a
    /// header row's empty corner as "\t2024年\t2025年").
    var leadingTabs = 0
    /// The TABs among the spaces trimmed from its end: in a table row, empty last cells ("其中：\t\t").
    var trailingTabs = 0
}

/// Splits a text into lines: CR LF, CR, Word's manual line break (U+000B), the Unicode line and paragraph
/// separators (U+2028, U+2029) and NEL (U+0085) all end a line, so none of them reaches the dataset.
enum SourceLines {
    /// Characters that end a line besides LF.
    static let breaks: Set<Character> = ["\r\n", "\r", "\u{000B}", "\u{000C}", "\u{2028}", "\u{2029}", "\u{0085}"]

    /// The non-empty lines of `text`, numbered as an editor numbers them (a manual line break counts as a line).
    static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = [], current = "", number = 1
        func flush() {
            let t = trim(current)
            guard !t.isEmpty else { return }
            let leading = current.prefix { $0.isWhitespace }, trailing = current.reversed().prefix { $0.isWhitespace }
            lines.append(
                SourceLine(
                    number: number, text: t, leadingTabs: leading.filter { $0 == "\t" }.count,
                    trailingTabs: trailing.filter { $0 == "\t" }.count))
        }
        for c in text {
            if c == "\n" || breaks.contains(c) {
                flush(); current = ""; number += 1
            } else {
                current.append(c)
            }
        }
        flush()
        return lines
    }

    /// Strips spaces, full-width spaces, tabs and byte-order marks at both ends.
    static func trim(_ s: String) -> String {
        s.trimmingCharacters(
            in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}\u{FEFF}")))
    }

    /// Characters a sentence or a line of its own may end with: the sentence stops, the colon of a lead-in
    /// ("各位代表：") and the semicolon of a list item.
    static let stops: Set<Character> = ["。", "！", "？", "；", "：", "!", "?", ";", ":", "…"]
    /// Closing marks that may follow a stop ("…发展。”").
    static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "》"]

    /// Whether `text` ends a sentence: its last character, closing quotes and brackets skipped, is a stop.
    static func endsSentence(_ text: String) -> Bool {
        var t = Array(text)
        while let last = t.last, closers.contains(last) { t.removeLast() }
        return t.last.map { stops.contains($0) } ?? true
    }

    /// Joins a paragraph hard-wrapped over several lines: a line that does not end a sentence, followed by a
    /// line that `canContinue` accepts, are one paragraph (no space between: Chinese text has none).
    static func joinWrapped(
        _ lines: [SourceLine], canContinue: (SourceLine) -> Bool, canWrap: (SourceLine) -> Bool
    ) -> [SourceLine] {
        var out: [SourceLine] = []
        for line in lines {
            if let last = out.last, canWrap(last), !endsSentence(last.text), canContinue(line) {
                out[out.count - 1].text += joiner(last.text, line.text) + line.text
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// A line that is only a page number left between the pages' text: "1" (at most three digits), "— 1 —", "-1-",
    /// "－ 1 －", "第1页", "第 1 页".
    static func isPageNumber(_ text: String) -> Bool {
        var t = Substring(text.filter { $0 != " " && $0 != "\u{3000}" })
        if t.hasPrefix("第"), t.hasSuffix("页") {
            t = t.dropFirst().dropLast()
        } else if let first = t.first, let last = t.last, "-－—–".contains(first), "-－—–".contains(last) {
            t = Substring(t.drop { "-－—–".contains($0) }.reversed().drop { "-－—–".contains($0) }.reversed())
        } else if t.count > 3 {
            return false
        }
        return (1...4).contains(t.count) && t.allSatisfy { TextScan.digit($0) != nil }
    }

    /// Whether `text`, after `previous` and before `next`, is a heading typed without a number ("2013年工作回顾"
    /// between the paragraph that ends the opening and the review's first paragraph): a short line with no
    /// punctuation of prose that is no other kind of line, after a line that ends its sentence and before a longer
    /// line of prose. Such a line stands alone: it is no line of a hard-wrapped paragraph, which fills its measure.
    static func isUnnumberedHeading(_ text: String, after previous: String?, before next: String?) -> Bool {
        guard let previous, let next, endsSentence(previous), (4...24).contains(text.count),
            !text.contains(where: { "，。；：！？,;:!?\t".contains($0) }), !text.contains("  "),
            !text.hasPrefix("各位"), !text.hasPrefix("同志们"), TypedNumber.at(start: Array(text)) == nil,
            TitleBlock.dateLine(text) == nil, !TitleBlock.isIssuer(text), !isPageNumber(text),
            case .paragraph = BodyLine.read(text, aligned: nil)
        else { return false }
        guard next.count >= 2 * text.count, next.contains("。"), TypedNumber.at(start: Array(next)) == nil,
            !next.contains("\t"), case .paragraph = BodyLine.read(next, aligned: nil)
        else { return false }
        return true
    }

    /// A space between two ASCII words broken at a line end ("GDP" / "growth"), else nothing.
    static func joiner(_ a: String, _ b: String) -> String {
        guard let x = a.last, let y = b.first, x.isASCII, y.isASCII, x.isLetter || x.isNumber, y.isLetter || y.isNumber
        else { return "" }
        return " "
    }
}
