import Foundation
import FolioData

/// The dataset's YAML text, used to turn an offset inside a string value into the file:line:col of
/// that character (the loader keeps only where each string starts).
public struct SourceMap: Sendable {
    /// The file name used in locations.
    public let file: String
    /// The source's Unicode scalars, line after line without the line breaks (columns count scalars, as
    /// libyaml's marks do); one array for the whole file rather than one a line.
    private let scalars: [Unicode.Scalar]
    /// Where each line starts in `scalars`, and after the last one where the text ends.
    private let starts: [Int]

    /// A map over `text`, the contents of `file`. Lines end where libyaml ends them, so columns count as its marks
    /// do: at a line feed, a carriage return, the two together (one break), NEL, LS and PS (YAML 1.1 §5.4).
    public init(file: String, text: String) {
        self.file = file
        var scalars: [Unicode.Scalar] = [], starts = [0]
        scalars.reserveCapacity(text.unicodeScalars.count)
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            switch scalar {
            case "\n" where afterReturn: continue   // the second half of a CR LF break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": starts.append(scalars.count)
            default: scalars.append(scalar)
            }
        }
        starts.append(scalars.count)
        self.scalars = scalars
        self.starts = starts
    }

    /// How many lines the source has.
    var lineCount: Int { starts.count - 1 }

    /// Line `l`'s scalars (from 0).
    func line(_ l: Int) -> ArraySlice<Unicode.Scalar> { scalars[starts[l]..<starts[l + 1]] }

    /// The map of the dataset's own file, or nil when it cannot be read (locations then count from
    /// the start of each string, which is exact for one-line plain strings).
    public static func reading(_ file: String) -> SourceMap? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return SourceMap(file: file, text: text)
    }

    /// The number (from 1) of the first line that starts with `prefix`, if any.
    public func firstLine(startingWith prefix: String) -> Int? {
        let head = Array(prefix.unicodeScalars)
        return (0..<lineCount).first { line($0).starts(with: head) }.map { $0 + 1 }
    }

    /// How far ahead (in source scalars) a value's character is looked for: far enough to step over
    /// an escape (`\"`), a line break and the indentation of a folded line; short enough that a
    /// character the source spells differently (`\n`) does not send the walk to the end of the file.
    static let searchWindow = 24

    /// The location of every scalar of `raw`, the value of the string whose node starts at `start`.
    /// Walks the source from the node's mark matching the value's characters in order.
    func locations(of raw: [Unicode.Scalar], startingAt start: SourceLocation) -> [SourceLocation] {
        let lines = lineCount
        func length(_ l: Int) -> Int { starts[l + 1] - starts[l] }
        var line = start.line - 1, col = start.column - 1
        if line >= 0, line < lines, col >= 0, col < length(line),
            scalars[starts[line] + col] == "\"" || scalars[starts[line] + col] == "'"
        {
            col += 1
        }
        var out: [SourceLocation] = []
        out.reserveCapacity(raw.count)
        for scalar in raw {
            var (l, c, steps, found) = (line, col, 0, false)
            while l >= 0, l < lines, steps < Self.searchWindow {
                if c < length(l) {
                    if scalars[starts[l] + c] == scalar { found = true; break }
                    c += 1
                } else {
                    l += 1; c = 0
                }
                steps += 1
            }
            if found {
                out.append(SourceLocation(file: start.file, line: l + 1, column: c + 1))
                line = l; col = c + 1
            } else {
                out.append(SourceLocation(file: start.file, line: line + 1, column: col + 1))
            }
        }
        return out
    }
}
