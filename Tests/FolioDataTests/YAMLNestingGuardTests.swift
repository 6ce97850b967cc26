import FolioTestSupport
import Testing

@testable import FolioData

/// The nesting scan before composing (`YAMLGuard.excessiveNesting`) over-counts rather than under-counts, but the
/// text of a block scalar is not nesting: a paragraph written with `|` or `>` whose lines start with dashes or step
/// inwards (a list typed in the prose, a poem) loads, while collections nested too deep around it are still refused.
@Suite("YAML nesting scan") struct YAMLNestingGuardTests {
    static let limit = 100

    static func scan(_ text: String) -> (line: Int, column: Int)? {
        YAMLGuard.excessiveNesting(in: text, limit: limit)
    }

    /// A block scalar's text, 150 lines, each indented one more and starting with dashes.
    static let stairs = (0..<150).map { "      " + String(repeating: " ", count: $0) + "- - 第\($0)条" }

    @Test(arguments: ["|", ">", "|-", ">+", "|2"]) func aBlockScalarsTextIsNotNesting(header: String) throws {
        let text = "body:\n  - p: \(header)\n" + Self.stairs.joined(separator: "\n") + "\n  - p: 结束。\n"
        #expect(Self.scan(text) == nil)
        // libyaml agrees it is one scalar.
        _ = try DatasetLoader.compose(text, fileName: "t.yaml")
    }

    @Test func blankLinesInsideTheScalarKeepIt() {
        let text =
            "a: >\n" + Self.stairs.prefix(60).joined(separator: "\n") + "\n\n"
            + Self.stairs.dropFirst(60).joined(separator: "\n") + "\n"
        #expect(Self.scan(text) == nil)
    }

    @Test func nestingAfterTheScalarIsStillCounted() {
        // The scalar ends where a line is indented no more than its key; the dashes after it are collections.
        let text = "a: |\n  text\nb:\n" + "  " + String(repeating: "- ", count: 150) + "x\n"
        #expect(Self.scan(text)?.line == 4)
        // A flow collection on the header's line is not a block scalar.
        let flow = "a: " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\n"
        #expect(Self.scan(flow)?.line == 1)
    }

    /// A `|` inside a quoted scalar that runs over several lines is no block scalar: the nesting after the quote closes is
    /// still counted (libyaml does not check indentation inside quotes, so this file is valid YAML).
    @Test func aBarInsideAQuoteHidesNothing() {
        let text =
            "- a: \"q\n|\n  \"\n  b: " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\n"
        #expect(Self.scan(text) != nil)
    }
}
