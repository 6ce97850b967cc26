import Foundation

/// Help and usage text broken to the terminal's width in display columns. ArgumentParser counts characters, so a
/// line of Chinese — two columns a character — ran to about 130 columns on an 80-column terminal. In Chinese the
/// parser writes its text unbroken (`unbounded` columns) and it is broken here: at spaces and between Chinese
/// characters, never before a closing mark or after an opening one (clreq §3.1.6), a line that follows a label
/// and two spaces (an option, an argument) continuing under its text.
enum HelpWrap {
    /// The width the parser is given when the text is broken here: wider than any line of help.
    static let unbounded = 100_000

    /// The terminal's width as ArgumentParser takes it: `COLUMNS`, else the terminal's, else 80.
    static func terminalColumns(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Display columns of a character: 2 for East Asian wide and full-width ones (UAX #11 W and F), else 1.
    static func columns(_ c: Character) -> Int {
        guard let v = c.unicodeScalars.first?.value else { return 0 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// Marks a line of help text may not start with, and marks it may not end with: the common ones of clreq §3.1.7
    /// for a terminal's fixed columns (the engine's `LineBreakMarks` governs typeset lines, a module this one does not
    /// import).
    static let closing: Set<Character> = Set("，。、；：？！）》」』】〕”’%‰,.;:?!)]}")
    static let opening: Set<Character> = Set("（《「『【〔“‘([{")

    /// `text` with each line longer than `width` columns broken (lines that fit are left as they are).
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrapLine(Array($0), width: max(20, width)) }
            .joined(separator: "\n")
    }

    /// One line broken into lines of at most `width` columns where it can be.
    static func wrapLine(_ line: [Character], width: Int) -> [String] {
        guard line.reduce(0, { $0 + columns($1) }) > width else { return [String(line)] }
        let hang = hangingIndent(line)
        var out: [String] = []
        var rest = line
        while rest.reduce(0, { $0 + columns($1) }) > width {
            // Past the label: an option's name is never broken, its text continues under itself.
            guard let cut = breakPoint(rest, width: width, after: hang) else { break }
            out.append(String(rest[..<cut]).trimmingTrailingSpaces)
            var next = cut
            while next < rest.count, rest[next] == " " { next += 1 }
            rest = Array(repeating: " ", count: hang) + Array(rest[next...])
        }
        out.append(String(rest))
        return out
    }

    /// Where a line's text starts after its label: the column after the first run of two or more spaces that
    /// follows text, for a line indented at most 4 (ArgumentParser's options and arguments); else its own indent.
    static func hangingIndent(_ line: [Character]) -> Int {
        var i = 0
        while i < line.count, line[i] == " " { i += 1 }
        let indent = i
        guard indent <= 4 else { return indent }
        var column = indent
        var sawText = false
        while i < line.count {
            if line[i] == " ", i + 1 < line.count, line[i + 1] == " ", sawText {
                var j = i
                while j < line.count, line[j] == " " { j += 1 }
                return j < line.count && column + (j - i) < 48 ? column + (j - i) : indent
            }
            sawText = sawText || line[i] != " "
            column += columns(line[i])
            i += 1
        }
        return indent
    }

    /// The index to break `line` before so that the part before fits in `width` columns: the last space or
    /// boundary between wide characters that fits and is past column `after`; nil when there is none.
    static func breakPoint(_ line: [Character], width: Int, after: Int) -> Int? {
        var column = 0
        var best: Int?
        for i in line.indices {
            let c = line[i]
            if i > 0 && column > after && column <= width && allowsBreak(line[i - 1], c) { best = i }
            column += columns(c)
            if column > width { break }
        }
        return best
    }

    /// Whether a line may break between `a` and `b`.
    static func allowsBreak(_ a: Character, _ b: Character) -> Bool {
        if b == " " { return false }
        if closing.contains(b) || opening.contains(a) { return false }
        if a == " " { return true }
        return columns(a) == 2 || columns(b) == 2
    }
}

extension String {
    /// The string without spaces at its end.
    fileprivate var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
