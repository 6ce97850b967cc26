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
        self.init(file: file, lines: YAMLSourceLines(text))
    }

    /// A map over the contents of `file` already cut into lines (`DatasetLoader.loadKeepingLines`).
    public init(file: String, lines: YAMLSourceLines) {
        self.file = file
        source = lines
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

    /// Where the value of `key` is written in the block mapping whose first key is at `mapping`: the key on a line
    /// of its own at the mapping's column, before a line that is indented less (the mapping's end); nil when it is
    /// not found so (a flow mapping `{ … }`). The column is the value's, or the key's when the value is on the next line.
    public func valueLocation(ofKey key: String, inMappingAt mapping: SourceLocation) -> SourceLocation? {
        let indent = mapping.column - 1, head = Array((key + ":").unicodeScalars)
        for l in max(mapping.line - 1, 0)..<lineCount {
            let line = Array(source[l])
            let lead = line.prefix { $0 == " " }.count
            if lead < indent, lead < line.count, line[lead] != "#" { return nil }
            guard lead == indent, line[lead...].starts(with: head) else { continue }
            var c = lead + head.count
            while c < line.count, line[c] == " " { c += 1 }
            return SourceLocation(file: mapping.file, line: l + 1, column: (c < line.count ? c : lead) + 1)
        }
        return nil
    }

    /// The 1-based line and column (all in `start.file`) of every scalar of `raw`, the value of the string whose node
    /// starts at `start` (`ValueWalk`, the loader's walk too).
    func positions(of raw: [Unicode.Scalar], startingAt start: SourceLocation) -> [(line: Int, column: Int)] {
        ValueWalk(scalars: raw, line: start.line, column: start.column, source: source, file: start.file).positions()
    }
}
