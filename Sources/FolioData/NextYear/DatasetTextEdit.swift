import FolioMessages
import Foundation
import Yams

/// One value of a dataset changed in its YAML text (the workbench's saves, `folio serve`): the scalar that starts at
/// a place the loader reported (a paragraph's `TextTemplate.location`, a figure's `SeriesPoint.location`, a report
/// field's) is replaced, and nothing else: comments, layout and quoting elsewhere stay as written, as in
/// `folio new-year` (`YAMLTextEditor`).
public enum DatasetTextEdit {
    /// The new value of a scalar.
    public enum Value: Sendable, Hashable {
        /// Prose or a field: written as a double-quoted YAML string (escaped), so any text stays a string.
        case text(String)
        /// A figure: written plain (the caller has checked that it reads as a number). A `!todo` tag goes.
        case number(String)
    }

    /// `yaml` with the scalar that starts at `line`:`column` (1-based, as `SourceLocation`) replaced by `value`.
    /// Refuses (`edit.place`) a place where no one-line scalar starts: a block scalar (`|`, `>`) or a text over
    /// several lines is edited in the file itself.
    public static func replacing(
        in yaml: String, fileName: String, line: Int, column: Int, with value: Value
    ) throws(DiagnosticError) -> String {
        let root: Node
        do { root = try DatasetLoader.compose(yaml, fileName: fileName) } catch let e as DiagnosticError {
            throw e
        } catch {
            throw DiagnosticError(Diagnostic(.error, "\(error)", code: "yaml.syntax"))
        }
        let place = SourceLocation(file: fileName, line: line, column: column)
        let lines = YAMLSourceLines(yaml).lines
        guard let (scalar, flow) = find(root, line: line, column: column, inFlow: false, lines: lines) else {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("edit.place", ["line": .number(line), "column": .number(column)]), at: place,
                    hint: Message("edit.place.hint"), code: "edit.place"))
        }
        guard let range = extent(of: scalar, in: lines[line - 1], from: column - 1, flow: flow) else {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("edit.multiline", ["line": .number(line)]), at: place,
                    hint: Message("edit.multiline.hint"), code: "edit.multiline"))
        }
        let written: String
        switch value {
        case .text(let t): written = quoted(t)
        case .number(let n): written = n.trimmingCharacters(in: .whitespaces)
        }
        var editor = YAMLTextEditor(source: yaml)
        editor.replace(line: line, column: range.lowerBound + 1, length: range.count, with: written)
        return editor.apply()
    }

    /// Where the scalar at `path` (mapping keys from the top, e.g. `["report", "issuer"]`; a number indexes a list,
    /// `["charts", "0", "kind"]`) starts: 1-based line and column; nil when there is none.
    public static func location(of path: [String], in yaml: String, fileName: String) -> (line: Int, column: Int)? {
        locations(of: [path], in: yaml, fileName: fileName)[0]
    }

    /// `location(of:)` for each of `paths`, the text composed once.
    public static func locations(
        of paths: [[String]], in yaml: String, fileName: String
    ) -> [(line: Int, column: Int)?] {
        guard let root = try? DatasetLoader.compose(yaml, fileName: fileName) else { return paths.map { _ in nil } }
        return paths.map { path in
            var node = root
            for key in path {
                // A number walks into a sequence, a name into a mapping.
                if case .sequence(let items) = node, let i = Int(key), items.indices.contains(i) {
                    node = items[i]
                    continue
                }
                guard case .mapping(let m) = node, let next = m[key] else { return nil }
                node = next
            }
            guard case .scalar(let s) = node, let mark = s.mark else { return nil }
            return (mark.line, mark.column)
        }
    }

    /// The scalar whose mark is at `line`:`column`, and whether it sits in a flow collection (`{…}`, `[…]`).
    static func find(
        _ node: Node, line: Int, column: Int, inFlow: Bool, lines: [[Unicode.Scalar]]
    ) -> (Node.Scalar, Bool)? {
        // Yams reports every collection's style as `any`: a flow collection is one whose mark is at its `{` or `[`.
        func opensFlow(_ mark: Mark?) -> Bool {
            guard let m = mark, m.line >= 1, m.line <= lines.count, m.column >= 1, m.column <= lines[m.line - 1].count
            else { return false }
            let c = lines[m.line - 1][m.column - 1]
            return c == "{" || c == "["
        }
        switch node {
        case .scalar(let s):
            if let m = s.mark, m.line == line, m.column == column { return (s, inFlow) }
            return nil
        case .mapping(let m):
            let flow = inFlow || opensFlow(m.mark)
            for (k, v) in m {
                if let hit = find(k, line: line, column: column, inFlow: flow, lines: lines)
                    ?? find(
                        v, line: line, column: column, inFlow: flow, lines: lines)
                {
                    return hit
                }
            }
            return nil
        case .sequence(let s):
            let flow = inFlow || opensFlow(s.mark)
            for item in s {
                if let hit = find(item, line: line, column: column, inFlow: flow, lines: lines) { return hit }
            }
            return nil
        }
    }

    /// The columns (0-based, on the scalar's line) the scalar's written text takes, a tag included; nil when it
    /// does not end on its line.
    static func extent(of s: Node.Scalar, in text: [Unicode.Scalar], from start: Int, flow: Bool) -> Range<Int>? {
        guard start < text.count else { return nil }
        var i = start
        if text[i] == "!" {   // a tag (`!todo 11379`): replaced with the value
            while i < text.count, text[i] != " " { i += 1 }
            while i < text.count, text[i] == " " { i += 1 }
            if i >= text.count || [",", "}", "]", "#"].contains(text[i]) { return start..<i }
        }
        switch s.style {
        case .literal, .folded: return nil
        case .doubleQuoted:
            var j = i + 1
            while j < text.count {
                if text[j] == "\\" { j += 2; continue }
                if text[j] == "\"" { return start..<(j + 1) }
                j += 1
            }
            return nil
        case .singleQuoted:
            var j = i + 1
            while j < text.count {
                if text[j] == "'" {
                    if j + 1 < text.count, text[j + 1] == "'" { j += 2; continue }
                    return start..<(j + 1)
                }
                j += 1
            }
            return nil
        default:
            var j = i
            while j < text.count {
                if flow && [",", "}", "]"].contains(text[j]) { break }
                if text[j] == "#" && j > i && text[j - 1] == " " { break }
                j += 1
            }
            while j > i && text[j - 1] == " " { j -= 1 }
            // A plain text that continues on the next lines reads longer than what this line holds.
            guard String(String.UnicodeScalarView(text[i..<j])) == s.string else { return nil }
            return start..<j
        }
    }

    /// `text` as a double-quoted YAML string.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += String(format: "\\x%02X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
