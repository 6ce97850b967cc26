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

    /// A space between two ASCII words broken at a line end ("GDP" / "growth"), else nothing.
    static func joiner(_ a: String, _ b: String) -> String {
        guard let x = a.last, let y = b.first, x.isASCII, y.isASCII, x.isLetter || x.isNumber, y.isLetter || y.isNumber
        else { return "" }
        return " "
    }
}
