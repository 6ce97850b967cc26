import Foundation
import Yams

/// Edits YAML source text at node positions (libyaml marks: 1-based lines, columns in Unicode
/// scalars), keeping everything else — comments, layout, quoting — as the clerk wrote it. Edits are
/// recorded against the original text and applied from the end backwards, so no edit moves the
/// place of another.
struct YAMLTextEditor {
    /// The original source, as lines of Unicode scalars (cut where libyaml cuts them: `YAMLSourceLines`).
    let lines: [[Unicode.Scalar]]
    /// The break each line of the source ends with, and the one most of them do (for lines the edits add).
    private let lineBreaks: [String], usualBreak: String
    /// One change: at 0-based (line, column), replace `length` scalars by `text`; `newLine` inserts
    /// `text` as a line after `line` instead.
    struct Edit { var line: Int; var column: Int; var length: Int; var text: [Unicode.Scalar]; var newLine = false }
    /// The changes recorded so far.
    var edits: [Edit] = []

    init(source: String) {
        let cut = YAMLSourceLines(source)
        lines = cut.lines
        lineBreaks = (0..<cut.count).map { cut.lineBreak(after: $0) }
        usualBreak = cut.usualBreak
    }

    /// Replaces `length` scalars at a place (1-based line and column).
    mutating func replace(line: Int, column: Int, length: Int, with text: String) {
        let l = line - 1, c = column - 1
        guard l >= 0, l < lines.count, c >= 0, c + length <= lines[l].count else { return }
        edits.append(Edit(line: l, column: c, length: length, text: Array(text.unicodeScalars)))
    }

    /// Inserts text before a place.
    mutating func insert(_ text: String, line: Int, column: Int) {
        replace(line: line, column: column, length: 0, with: text)
    }

    /// Replaces a one-line scalar's text (inside its quotes when quoted), e.g. `report.period`.
    mutating func replaceScalar(_ node: Node, with text: String) {
        guard case .scalar(let s) = node, let m = s.mark else { return }
        let quoted = s.style == .singleQuoted || s.style == .doubleQuoted
        let l = m.line - 1, start = m.column - 1 + (quoted ? 1 : 0)
        guard l >= 0, l < lines.count, start <= lines[l].count else { return }
        // The written text may differ from the value (escapes, a tag): replace the value as it appears on the line.
        let raw = Array(s.string.unicodeScalars)
        var at = start
        while at < lines[l].count, !Array(lines[l][at...]).starts(with: raw) { at += 1 }
        guard at < lines[l].count || raw.isEmpty else { return }
        replace(line: m.line, column: at + 1, length: raw.count, with: text)
    }

    /// Tags a plain scalar figure `!todo` (once).
    mutating func tagTodo(_ node: Node) {
        guard case .scalar(let s) = node, let m = s.mark, s.tag.description != NodeReader.todoTag else { return }
        insert(NodeReader.todoTag + " ", line: m.line, column: m.column)
    }

    /// Adds `key: value` after the pair whose value is `last`: in a flow mapping (`{ 2015: 1, 2020: 2 }`)
    /// on the same line, in a block mapping on a new line indented like the others.
    mutating func appendPair(after last: Node, in mapping: Node?, key: String, value: String) {
        guard case .scalar(let s) = last, let m = last.mark, let mapMark = mapping?.mark else { return }
        let l = m.line - 1
        guard l >= 0, l < lines.count else { return }
        let line = lines[l]
        let ml = mapMark.line - 1, mc = mapMark.column - 1
        let isFlow = ml >= 0 && ml < lines.count && mc >= 0 && mc < lines[ml].count && lines[ml][mc] == "{"
        if isFlow {
            // The raw figure may carry a tag already (`!todo 11379`): skip to the end of its text.
            var end = m.column - 1
            let raw = Array(s.string.unicodeScalars)
            while end < line.count, !(Array(line[end...]).starts(with: raw)) { end += 1 }
            end = min(line.count, end + raw.count)
            edits.append(Edit(line: l, column: end, length: 0, text: Array(", \(key): \(value)".unicodeScalars)))
        } else {
            let indent = String(repeating: " ", count: max(0, firstKeyColumn(of: mapping) - 1))
            edits.append(
                Edit(
                    line: l, column: Int.max, length: 0, text: Array("\(indent)\(key): \(value)".unicodeScalars),
                    newLine: true))
        }
    }

    /// The column of a block mapping's first key.
    private func firstKeyColumn(of mapping: Node?) -> Int {
        guard case .mapping(let m)? = mapping, let k = m.keys.first?.mark else { return 1 }
        return k.column
    }

    /// Replaces the year `old` by `new` inside `{…}` expressions of a one-line scalar (from its mark
    /// to the end of its line; block scalars: the lines below it too). Returns whether `old` also
    /// appears outside the expressions.
    mutating func shiftYears(in node: Node, from old: String, to new: String) -> Bool {
        guard case .scalar(let s) = node, let m = node.mark else { return false }
        var outside = false
        let block = s.style == .literal || s.style == .folded
        var l = m.line - 1, first = true
        let baseIndent = l < lines.count ? lines[l].prefix { $0 == " " }.count : 0
        while l < lines.count {
            if !first && (!block || (lines[l].prefix { $0 == " " }.count <= baseIndent && !lines[l].isEmpty)) { break }
            let start = first ? min(m.column - 1, lines[l].count) : 0
            let (shifted, named) = Self.shift(Array(lines[l][start...]), old: old, new: new)
            edits.append(Edit(line: l, column: start, length: lines[l].count - start, text: shifted))
            outside = outside || named
            first = false; l += 1
        }
        return outside
    }

    /// One line's text with `old` → `new` inside single braces; whether `old` is also outside. In an expression that
    /// names `old`, the year before it moves too (`{变化(x, 2023, 2024)}` → `{变化(x, 2024, 2025)}`: the comparison
    /// with the year before stays one); years further back are base years and stay (`{年份范围(2016, 2020)}`).
    static func shift(_ text: [Unicode.Scalar], old: String, new: String) -> ([Unicode.Scalar], Bool) {
        let previous = Int(old).map { String($0 - 1) } ?? old
        var out: [Unicode.Scalar] = [], i = 0, outside = false
        var pending = expressions(in: text)[...]
        while i < text.count {
            if let r = pending.first, r.lowerBound == i {
                pending.removeFirst()
                let expression = Array(text[r])
                out +=
                    years(in: expression).contains(old) ? replacing(expression, [old: new, previous: old]) : expression
                i = r.upperBound
                continue
            }
            if let found = yearToken(text, at: i, among: [old]) {
                out += found.scalars; outside = true
                i += found.scalars.count; continue
            }
            out.append(text[i]); i += 1
        }
        return (out, outside)
    }

    /// Calls `body` with every scalar under `node` (the node and its scalar), mappings' values and sequences' items in
    /// file order: the texts a draft looks through.
    static func forEachScalar(under node: Node, _ body: (Node, Node.Scalar) -> Void) {
        switch node {
        case .mapping(let m): for (_, v) in m { forEachScalar(under: v, body) }
        case .sequence(let s): for v in s { forEachScalar(under: v, body) }
        case .scalar(let s): body(node, s)
        }
    }

    /// Where the expressions of `text` are, in order: each from its `{` up to its `}` (not included; to the end when
    /// it is not closed), `{{` and `}}` passed over as the literal braces they are.
    static func expressions(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var found: [Range<Int>] = [], i = 0
        while i < text.count {
            let c = text[i]
            if (c == "{" || c == "}") && i + 1 < text.count && text[i + 1] == c {
                i += 2
                continue
            }
            if c == "{" {
                let end = text[(i + 1)...].firstIndex(of: "}") ?? text.count
                found.append(i..<end)
                i = end
                continue
            }
            i += 1
        }
        return found
    }

    /// Whether an expression of `text` names the year `year`, and none with it names `moving` (which `shift` would move
    /// it with): such an expression stays as it is when the text's other expressions move (“上年为{x[2024]}” beside
    /// “{x[2025]}”). With `moving` nil: whether an expression names `year` at all.
    static func names(_ year: String, without moving: String? = nil, in text: [Unicode.Scalar]) -> Bool {
        expressions(in: text).contains { r in
            let named = years(in: Array(text[r]))
            return named.contains(year) && !(moving.map(named.contains) ?? false)
        }
    }

    /// The whole numbers of `text` (a run of digits with no digit or point on either side).
    static func years(in text: [Unicode.Scalar]) -> Set<String> {
        var found: Set<String> = [], i = 0
        while i < text.count {
            guard isFigure(text, i), !isFigure(text, i - 1) else { i += 1; continue }
            var j = i
            while isFigure(text, j) { j += 1 }
            found.insert(String(String.UnicodeScalarView(text[i..<j])))
            i = j
        }
        return found
    }

    /// `text` with each whole-number token that is a key of `map` replaced by its value, all at once.
    static func replacing(_ text: [Unicode.Scalar], _ map: [String: String]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = [], i = 0
        while i < text.count {
            if let found = yearToken(text, at: i, among: Array(map.keys)), let to = map[found.text] {
                out += to.unicodeScalars
                i += found.scalars.count
                continue
            }
            out.append(text[i]); i += 1
        }
        return out
    }

    /// The token of `candidates` that starts at `i` as a whole number (no digit or point just before or after).
    static func yearToken(
        _ text: [Unicode.Scalar], at i: Int, among candidates: [String]
    ) -> (text: String, scalars: [Unicode.Scalar])? {
        guard !isFigure(text, i - 1) else { return nil }
        for candidate in candidates {
            let scalars = Array(candidate.unicodeScalars)
            if text[i...].starts(with: scalars), !isFigure(text, i + scalars.count) { return (candidate, scalars) }
        }
        return nil
    }

    /// Whether `text[k]` is a digit or a decimal point (part of a figure).
    static func isFigure(_ text: [Unicode.Scalar], _ k: Int) -> Bool {
        k >= 0 && k < text.count && (("0"..."9").contains(text[k]) || text[k] == ".")
    }

    /// The edited text, each line ending with the break it had (an added line with the break of the line before it);
    /// `prefix` (lines ending with "\n", written with the source's usual break) is inserted after the leading
    /// comment block when `afterComments`.
    func apply(prefix: String = "", afterComments: Bool = false) -> String {
        var result = lines, ends = lineBreaks
        for e in edits.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
            if e.newLine {
                result.insert(e.text, at: e.line + 1)
                ends.insert(ends[e.line], at: e.line + 1)
                if ends[e.line].isEmpty { ends[e.line] = usualBreak }
                continue
            }
            guard e.column + e.length <= result[e.line].count else { continue }
            result[e.line].replaceSubrange(e.column..<(e.column + e.length), with: e.text)
        }
        var text = zip(result, ends).map { String(String.UnicodeScalarView($0)) + $1 }
        if !prefix.isEmpty {
            // After a `# yaml-language-server:` first line, so editors still find the schema.
            let at = text.first?.hasPrefix("# yaml-language-server") == true && afterComments ? 1 : 0
            text.insert(prefix.replacingOccurrences(of: "\n", with: usualBreak), at: at)
        }
        return text.joined()
    }
}
