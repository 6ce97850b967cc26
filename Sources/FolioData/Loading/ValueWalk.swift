/// The places in the YAML source of a string value's scalars: the loader's (where a template's expressions are, for
/// its diagnostics: `NodeReader.locator`) and the check's (where each character of the prose is, for its findings:
/// `SourceMap`), one walk for both, so that a finding and a diagnostic place the same character alike.
///
/// The walk starts at the node's mark, past the opening quote of a quoted string, and matches the value's scalars in
/// order against the source's. Each is looked for at most `searchWindow` source scalars ahead (a line break counts
/// as one): far enough to step over an escape (`\"`), a line break and the indentation of a folded line; short
/// enough that a character the source spells differently (`\u00A0`, `\n`) does not send the walk to the end of the
/// file. Such a character is placed where the walk stands, and the walk goes on from there. The walk goes only as far
/// as asked and keeps every place it has found, so asking again, for an earlier or a later scalar, walks nothing twice.
package final class ValueWalk {
    /// How far ahead, in source scalars, a value's scalar is looked for.
    package static let searchWindow = 24

    private let string: String
    /// The value's scalars, made at the first call (a template with no expression asks for none).
    private lazy var value = Array(string.unicodeScalars)
    /// Where the node starts (1-based, libyaml's mark).
    private let mark: (line: Int, column: Int)
    private let source: YAMLSourceLines
    private let file: String
    /// The place (0-based line and column) of each scalar walked so far.
    private var places: [(line: Int, column: Int)] = []
    /// Where the walk goes on: after the last scalar found.
    private var line: Int, column: Int

    /// A walk over `value`, whose node starts at 1-based `line` and `column` (its mark) in `source`.
    package init(value: String, line: Int, column: Int, source: YAMLSourceLines, file: String) {
        self.string = value
        self.mark = (line, column)
        self.source = source
        self.file = file
        self.line = line - 1
        self.column = column - 1
        if self.line >= 0, self.line < source.count, self.column >= 0, self.column < source.length(of: self.line) {
            let first = source.scalars[source.start(of: self.line) + self.column]
            if first == "\"" || first == "'" { self.column += 1 }
        }
    }

    /// A walk over the value whose scalars are `scalars`.
    package convenience init(
        scalars: [Unicode.Scalar], line: Int, column: Int, source: YAMLSourceLines, file: String
    ) {
        self.init(value: "", line: line, column: column, source: source, file: file)
        value = scalars
    }

    /// The place of the value's scalar `offset`; the node's mark when `offset` is outside the value.
    package func location(at offset: Int) -> SourceLocation {
        walk(through: offset)
        guard offset >= 0, offset < value.count else {
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        }
        return place(offset)
    }

    /// The 1-based line and column of every scalar of the value, in order (all in the walk's file, which a caller
    /// placing many characters keeps once rather than in a `SourceLocation` for each).
    package func positions() -> [(line: Int, column: Int)] {
        walk(through: .max)
        return places.map { ($0.line + 1, $0.column + 1) }
    }

    /// Walks the value as far as scalar `offset` (to the end when it lies beyond): each scalar placed where it is
    /// found within the window, else where the walk stands.
    private func walk(through offset: Int) {
        let scalars = value, text = source.scalars, lines = source.count
        var (line, column) = (self.line, self.column)
        while places.count <= offset, places.count < scalars.count {
            let wanted = scalars[places.count]
            var (l, c, steps, found) = (line, column, 0, false)
            while l >= 0, l < lines, steps < Self.searchWindow {
                if c < source.length(of: l) {
                    if text.value(at: source.start(of: l) + c) == wanted.value { found = true; break }
                    c += 1
                } else {
                    (l, c) = (l + 1, 0)
                }
                steps += 1
            }
            if found { (line, column) = (l, c + 1) }
            places.append(found ? (l, c) : (line, column))
        }
        (self.line, self.column) = (line, column)
    }

    /// The location of scalar `offset`, already walked.
    private func place(_ offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: places[offset].line + 1, column: places[offset].column + 1)
    }
}
