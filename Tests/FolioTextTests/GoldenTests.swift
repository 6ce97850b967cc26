import FolioDisplay
import Testing
@testable import FolioText

@Suite struct GoldenTests {
    /// Lays out each text at body settings and joins the break dumps with a separator line.
    static func dump(_ texts: [String]) throws -> [ParagraphLayout] {
        let engine = try #require(Fixture.engine)
        return try texts.map { try engine.layoutParagraph(Fixture.body($0)) }
    }

    @Test(arguments: Cases.tokens.map(\.name))
    func tokenSweep(name: String) throws {
        let token = try #require(Cases.tokens.first { $0.name == name }?.token)
        let layouts = try Self.dump(Cases.paragraphs(token))
        let text = layouts.map(\.breakDump).joined(separator: "\n----\n")
        #expect(try Fixture.golden("sweep-" + name, text) == text)
        for layout in layouts { Rules.check(layout) }
    }

    @Test(arguments: ["seed", "figures"])
    func prose(name: String) throws {
        let layouts = try Self.dump([name == "seed" ? Cases.seed : Cases.figures])
        let text = layouts.map(\.breakDump).joined(separator: "\n----\n")
        #expect(try Fixture.golden(name, text) == text)
        for layout in layouts { Rules.check(layout) }
    }
}

/// The line-start/line-end and unbreakable rules (R13, R14 of docs/typography.md), checked on line texts.
enum Rules {
    static func check(_ layout: ParagraphLayout, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = layout.lineTexts
        for (i, line) in lines.enumerated() {
            guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last else { continue }
            #expect(
                !CharClass.notAtLineStart.contains(first.value), "line starts with \(first): \(line)",
                sourceLocation: sourceLocation)
            #expect(!CharClass.isLong(first), "line starts with \(first): \(line)", sourceLocation: sourceLocation)
            guard i + 1 < lines.count else { continue }
            #expect(
                !CharClass.notAtLineEnd.contains(last.value), "line ends with \(last): \(line)",
                sourceLocation: sourceLocation)
            #expect(
                !CharClass.isDigit(last) && !CharClass.isNumberSuffix(last) && last != ".",
                "number split after: \(line)", sourceLocation: sourceLocation)
            let longTail = line.unicodeScalars.reversed().prefix { CharClass.isLong($0) }.count
            #expect(longTail % 2 == 0, "—— or …… split: \(line)", sourceLocation: sourceLocation)
        }
    }
}
