import Foundation
import FolioData

/// The dataset's YAML text, used to turn an offset inside a string value into the file:line:col of
/// that character (the loader keeps only where each string starts).
public struct SourceMap: Sendable {
    /// The file name used in locations.
    public let file: String
    /// The source cut into lines where libyaml ends them (columns count scalars, as its marks do).
    private let source: YAMLSourceLines

    /// A map over `text`, the contents of `file`.
    public init(file: String, text: String) {
        self.file = file
        source = YAMLSourceLines(text)
    }

    /// How many lines the source has.
    var lineCount: Int { source.count }

    /// The map of the dataset's own file, or nil when it cannot be read (locations then count from
    /// the start of each string, which is exact for one-line plain strings).
    public static func reading(_ file: String) -> SourceMap? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return SourceMap(file: file, text: text)
    }

    /// The number (from 1) of the first line that starts with `prefix`, if any.
    public func firstLine(startingWith prefix: String) -> Int? {
        let head = Array(prefix.unicodeScalars)
        return (0..<lineCount).first { source[$0].starts(with: head) }.map { $0 + 1 }
    }

    /// How far ahead (in source scalars) a value's character is looked for: far enough to step over
    /// an escape (`\"`), a line break and the indentation of a folded line; short enough that a
    /// character the source spells differently (`\n`) does not send the walk to the end of the file.
    static let searchWindow = 24

    /// The location of every scalar of `raw`, the value of the string whose node starts at `start`.
    /// Walks the source from the node's mark matching the value's characters in order.
    func locations(of raw: [Unicode.Scalar], startingAt start: SourceLocation) -> [SourceLocation] {
        let lines = lineCount, scalars = source.scalars
        func length(_ l: Int) -> Int { source.length(of: l) }
        func at(_ l: Int, _ c: Int) -> Unicode.Scalar { scalars[source.start(of: l) + c] }
        var line = start.line - 1, col = start.column - 1
        if line >= 0, line < lines, col >= 0, col < length(line),
            at(line, col) == "\"" || at(line, col) == "'"
        {
            col += 1
        }
        var out: [SourceLocation] = []
        out.reserveCapacity(raw.count)
        for scalar in raw {
            var (l, c, steps, found) = (line, col, 0, false)
            while l >= 0, l < lines, steps < Self.searchWindow {
                if c < length(l) {
                    if at(l, c) == scalar { found = true; break }
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
