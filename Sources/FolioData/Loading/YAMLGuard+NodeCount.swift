extension YAMLGuard {
    /// A lower bound on the number of nodes libyaml would compose from `lines`, found by scanning the text without
    /// composing it, so that a file holding millions of small nodes (600,000 one-line keys are 7 MB) is refused
    /// before the tree is built (about 300 bytes a node) rather than after.
    ///
    /// It never over-counts: a block line holding a key (`: ` outside quotes, which a plain scalar cannot contain)
    /// counts two nodes (the key and its value), each `- ` or `? ` entry one, each flow collection one and each comma
    /// inside it one. Lines that may belong to a scalar count nothing: the content of block scalars (`|`, `>`),
    /// the rest of a quoted scalar that spans lines, and the lines more indented than a plain scalar that may
    /// continue there. Aliases are not expanded here (`expansion(of:nodes:bytes:)` counts them after composing).
    static func nodesAtLeast(in lines: [[UInt8]]) -> Int {
        var state = NodeCountState()
        for line in lines { state.count(line) }
        return state.nodes
    }
}

/// What the node count carries from one line to the next.
private struct NodeCountState {
    /// Nodes counted so far.
    var nodes = 0
    /// Depth of open flow collections, and the quote open inside one.
    var flowDepth = 0, flowQuote: UInt8? = nil
    /// A quoted scalar in block context that did not close on its line.
    var blockQuote: UInt8? = nil
    /// The indentation of the line that opened a block scalar: more indented (or blank) lines are its content.
    var blockScalarIndent: Int? = nil
    /// The indentation of the line that ended in a plain scalar: more indented lines may continue it.
    var plainIndent: Int? = nil

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), cr = UInt8(ascii: "\r")

    mutating func count(_ line: [UInt8]) {
        if flowDepth > 0 || flowQuote != nil {
            countFlow(line, from: 0)
            return
        }
        if let q = blockQuote {
            if YAMLGuard.closingQuote(q, in: line, from: 0) != nil { blockQuote = nil }
            return
        }
        var indent = 0
        while indent < line.count, line[indent] == Self.space || line[indent] == Self.tab { indent += 1 }
        if indent >= line.count || line[indent] == UInt8(ascii: "#") || line[indent] == Self.cr { return }
        if let above = blockScalarIndent {
            if indent > above { return }
            blockScalarIndent = nil
        }
        if let above = plainIndent {
            if indent > above { return }
            plainIndent = nil
        }
        countBlockLine(line, indent: indent)
    }

    private func isBlank(_ line: [UInt8], _ j: Int) -> Bool {
        j >= line.count || line[j] == Self.space || line[j] == Self.tab || line[j] == Self.cr
    }

    /// A block line: its entries, whether it holds a key, and how it ends.
    private mutating func countBlockLine(_ line: [UInt8], indent: Int) {
        var k = indent
        if k + 2 < line.count, line[k] == line[k + 1], line[k] == line[k + 2],
            line[k] == UInt8(ascii: "-") || line[k] == UInt8(ascii: "."), isBlank(line, k + 3)
        {
            k += 3   // `--- ` or `... `: a document marker, perhaps followed by the document's node
        }
        if line[k] == UInt8(ascii: "%") { return }   // a directive
        var key = false
        defer { if key { nodes += 2 } }
        while k < line.count {
            let c = line[k]
            if c == Self.space || c == Self.tab || c == Self.cr { k += 1; continue }
            switch c {
            case UInt8(ascii: "-") where isBlank(line, k + 1), UInt8(ascii: "?") where isBlank(line, k + 1):
                if !key { nodes += 1 }
                k += 1
            case UInt8(ascii: ":") where isBlank(line, k + 1):
                key = true
                k += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                countFlow(line, from: k)
                return
            case UInt8(ascii: "#"):
                return
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                blockScalarIndent = indent
                return
            case UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "*"):
                while !isBlank(line, k) { k += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let end = YAMLGuard.closingQuote(c, in: line, from: k + 1) else {
                    blockQuote = c
                    return
                }
                k = end + 1
            default:
                // A plain scalar: up to `: ` (then it was a key) or ` #`; at the line's end it may continue below.
                while k < line.count {
                    if line[k] == UInt8(ascii: ":"), isBlank(line, k + 1) { break }
                    if line[k] == UInt8(ascii: "#"), line[k - 1] == Self.space || line[k - 1] == Self.tab { return }
                    k += 1
                }
                if k >= line.count { plainIndent = indent }
            }
        }
    }

    /// Flow context from `start`: each collection opened and each comma outside quotes is a node at least.
    private mutating func countFlow(_ line: [UInt8], from start: Int) {
        var i = start
        while i < line.count {
            let c = line[i]
            if let q = flowQuote {
                if c == UInt8(ascii: "\\") && q == UInt8(ascii: "\"") { i += 2; continue }
                if c == q {
                    if q == UInt8(ascii: "'"), i + 1 < line.count, line[i + 1] == q { i += 2; continue }
                    flowQuote = nil
                }
                i += 1
                continue
            }
            switch c {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                nodes += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
                if flowDepth == 0 { return }
            case UInt8(ascii: ","):
                nodes += 1
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let prev = i > 0 ? line[i - 1] : Self.space
                if [Self.space, Self.tab, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":")]
                    .contains(prev)
                {
                    flowQuote = c
                }
            case UInt8(ascii: "#"):
                if i == 0 || line[i - 1] == Self.space || line[i - 1] == Self.tab { return }
            default: break
            }
            i += 1
        }
    }
}
