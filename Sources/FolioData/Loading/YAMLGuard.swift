import Yams

/// Checks YAML text against `InputLimits` before and after libyaml composes it: nesting depth (libyaml's
/// composer and the reader recurse once per level, so 10,000 levels would overflow the stack) and the
/// number of nodes once aliases are expanded ("billion laughs": a few lines that expand to 10⁹ nodes).
enum YAMLGuard {
    /// The first place where collections nest deeper than `limit`, found by scanning the text without
    /// parsing it: block indentation levels, `- `/`? ` entries and flow brackets outside quotes. It
    /// over-counts rather than under-counts (a plain scalar's own brackets count), which at a limit of
    /// 100 levels never rejects a real dataset.
    static func excessiveNesting(in text: String, limit: Int) -> (line: Int, column: Int)? {
        excessiveNesting(in: lines(of: Array(text.utf8)), limit: limit)
    }

    /// `excessiveNesting(in:limit:)` over the text's lines (`lines(of:)`).
    static func excessiveNesting(in lines: [[UInt8]], limit: Int) -> (line: Int, column: Int)? {
        var indents: [Int] = []
        var lineNumber = 0
        var flow = 0
        var quote: UInt8? = nil
        // The indentation of the line a block scalar (`|`, `>`) hangs from: lines indented more are its text.
        var scalarParent: Int? = nil
        for line in lines {
            lineNumber += 1
            var next: Int? = 0
            if flow == 0 && quote == nil {
                var i = 0
                while i < line.count, line[i] == space || line[i] == tab { i += 1 }
                if let parent = scalarParent {
                    if i >= line.count || line[i] == UInt8(ascii: "\r") || i > parent { continue }
                    scalarParent = nil
                }
                if i >= line.count || line[i] == UInt8(ascii: "#") || line[i] == UInt8(ascii: "\r") { continue }
                while let last = indents.last, last >= i { indents.removeLast() }
                indents.append(i)
                // Compact nested entries on one line: `- - - x`, `? ? x`.
                while i + 1 < line.count, line[i] == UInt8(ascii: "-") || line[i] == UInt8(ascii: "?"),
                    line[i + 1] == space || line[i + 1] == tab
                {
                    i += 2
                    while i < line.count, line[i] == space || line[i] == tab { i += 1 }
                    indents.append(i)
                    if indents.count > limit { return (lineNumber, i + 1) }
                }
                if indents.count > limit { return (lineNumber, i + 1) }
                switch value(in: line, from: i) {
                case .flow(let start), .openQuote(let start): next = start
                case .blockScalar:
                    scalarParent = indents.last ?? 0
                    next = nil
                case .none: next = nil
                }
            }
            // A line may hold several flow collections (`[a]: [b]`): scan each.
            while let start = next {
                switch scanFlow(line, from: start, depth: &flow, quote: &quote, base: indents.count, limit: limit) {
                case .tooDeep(let column): return (lineNumber, column + 1)
                case .closed(let at):
                    switch value(in: line, from: at + 1) {
                    case .flow(let start), .openQuote(let start): next = start
                    case .blockScalar, .none: next = nil
                    }
                case .lineEnd: next = nil
                }
            }
        }
        return nil
    }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    /// The lines as libyaml breaks them: at LF, CR, CR LF, and NEL, LS, PS (U+0085, U+2028, U+2029).
    static func lines(of bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var start = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            var breakLength = 0
            if b == 0x0A {
                breakLength = 1
            } else if b == 0x0D {
                breakLength = i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 {
                breakLength = 2
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9
            {
                breakLength = 3
            }
            if breakLength > 0 {
                out.append(Array(bytes[start..<i]))
                i += breakLength
                start = i
            } else {
                i += 1
            }
        }
        out.append(Array(bytes[start..<bytes.count]))
        return out
    }

    /// What a block line's value is, as far as nesting goes.
    private enum LineValue {
        /// A flow collection starting at this index.
        case flow(Int)
        /// A block scalar's header (`|`, `>`): the lines under it indented more are its text, not nodes.
        case blockScalar
        /// A quoted scalar starting at this index that does not close on the line: the lines after it are its text up to
        /// the closing quote, whatever they hold (a `|` there is no block scalar), scanned as the flow scan tracks quotes.
        case openQuote(Int)
        /// Scalars or a comment only.
        case none
    }

    /// Where a flow collection or a block scalar starts on a block line, found by walking its tokens as libyaml
    /// would: the indicators `- ? : `, anchors, tags, aliases, quoted scalars (skipped whole) and plain scalars (up
    /// to `: `).
    private static func value(in line: [UInt8], from start: Int) -> LineValue {
        var k = start
        func isBlank(_ j: Int) -> Bool {
            j >= line.count || line[j] == space || line[j] == tab || line[j] == UInt8(ascii: "\r")
        }
        if k + 2 < line.count, line[k] == line[k + 1], line[k] == line[k + 2],
            line[k] == UInt8(ascii: "-") || line[k] == UInt8(ascii: "."), isBlank(k + 3)
        {
            k += 3   // `--- ` or `... ` document markers
        }
        while k < line.count {
            let c = line[k]
            if c == space || c == tab { k += 1; continue }
            switch c {
            case UInt8(ascii: "["), UInt8(ascii: "{"): return .flow(k)
            case UInt8(ascii: "#"): return .none
            case UInt8(ascii: "|"), UInt8(ascii: ">"): return .blockScalar
            case UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "*"):
                while !isBlank(k) { k += 1 }
            case UInt8(ascii: "-") where isBlank(k + 1), UInt8(ascii: "?") where isBlank(k + 1),
                UInt8(ascii: ":") where isBlank(k + 1):
                k += 1
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let end = closingQuote(line[k], in: line, from: k + 1) else { return .openQuote(k) }
                k = end + 1
            default:
                // A plain scalar: up to `: ` (a key) or ` #` (a comment).
                while k < line.count {
                    if line[k] == UInt8(ascii: ":"), isBlank(k + 1) { break }
                    if line[k] == UInt8(ascii: "#"), k > 0, line[k - 1] == space || line[k - 1] == tab { return .none }
                    k += 1
                }
            }
        }
        return .none
    }

    /// The index of the quote `q` that closes a quoted scalar whose text starts at `start` (after its opening quote),
    /// if it closes on this line: `\"` escapes in double quotes, `''` in single quotes.
    static func closingQuote(_ q: UInt8, in line: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < line.count {
            if q == UInt8(ascii: "\""), line[i] == UInt8(ascii: "\\") { i += 2; continue }
            if line[i] == q {
                if q == UInt8(ascii: "'"), i + 1 < line.count, line[i + 1] == q { i += 2; continue }
                return i
            }
            i += 1
        }
        return nil
    }

    /// What scanning flow context on one line found.
    private enum FlowScan {
        case tooDeep(Int)
        case closed(Int)
        case lineEnd
    }

    /// Scans flow context: brackets open and close, quoted scalars (which may span lines) are skipped,
    /// a comment ends the line; stops where the outermost collection closes.
    private static func scanFlow(
        _ line: [UInt8], from start: Int, depth: inout Int, quote: inout UInt8?,
        base: Int, limit: Int
    ) -> FlowScan {
        var i = start
        while i < line.count {
            let c = line[i]
            if let q = quote {
                if c == UInt8(ascii: "\\") && q == UInt8(ascii: "\"") { i += 2; continue }
                if c == q {
                    if q == UInt8(ascii: "'"), i + 1 < line.count, line[i + 1] == q { i += 2; continue }
                    quote = nil
                }
                i += 1; continue
            }
            switch c {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if base + depth > limit { return .tooDeep(i) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
                if depth == 0 { return .closed(i) }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let prev = i > 0 ? line[i - 1] : space
                if [
                    space, tab, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"),
                    UInt8(ascii: "?"),
                ].contains(prev) {
                    quote = c
                }
            case UInt8(ascii: "#"):
                if i == 0 || line[i - 1] == space || line[i - 1] == tab { return .lineEnd }
            default: break
            }
            i += 1
        }
        return .lineEnd
    }

    /// The size of a composed tree with every alias expanded where it is used.
    struct Expansion {
        /// Nodes, an aliased node counted every time it is used.
        var nodes = 0
        /// UTF-8 bytes of every scalar, an aliased scalar counted every time it is used.
        var bytes = 0
    }

    /// The size of a composed tree, counting an aliased node every time it is used, stopping as soon as
    /// the nodes exceed `nodes` or the text exceeds `bytes` (so the count itself stays cheap).
    /// Iterative: no recursion per level.
    static func expansion(of root: Node, nodes: Int, bytes: Int) -> Expansion {
        var stack: [Node] = [root]
        var size = Expansion()
        while let node = stack.popLast() {
            size.nodes += 1
            if size.nodes > nodes || size.bytes > bytes { return size }
            switch node {
            case .scalar(let s): size.bytes += s.string.utf8.count
            case .sequence(let seq): stack.append(contentsOf: seq)
            case .mapping(let map):
                for (k, v) in map { stack.append(k); stack.append(v) }
            }
        }
        return size
    }

    /// Whether the text uses an alias (`*name` after a blank, `[`, `{`, `,` or `:`, or at a line's start):
    /// a rough scan, only to word a message.
    static func mentionsAliases(_ text: String) -> Bool {
        var previous: UInt8 = 0x0A
        for b in text.utf8 {
            if b == UInt8(ascii: "*"),
                [
                    0x0A, 0x0D, 0x20, 0x09, UInt8(ascii: "["), UInt8(ascii: "{"),
                    UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"),
                ].contains(previous)
            {
                return true
            }
            previous = b
        }
        return false
    }
}
