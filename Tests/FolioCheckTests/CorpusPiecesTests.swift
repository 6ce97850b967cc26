import FolioCheck
import FolioData
import Testing

/// The prose corpus prints its templates on every core in pieces (more than 256 templates make several): the units
/// must come out in reading order, each character located where it is typed, and the findings placed as one by one.
@Suite struct CorpusPiecesTests {
    /// 600 one-line paragraphs (line 6 + k in the YAML, text from column 9), each with a confusion slip, every
    /// seventh with an expression.
    static let paragraphs = (0..<600).map { k in
        "第\(k)段以新发展理念于指导工作" + (k % 7 == 0 ? "，增长{2 + 3}个百分点" : "") + "。"
    }

    @Test func unitsInReadingOrderAndLocatedWhereTyped() throws {
        let yaml = CheckFixture.yaml(Self.paragraphs)
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let corpus = ProseCorpus(dataset: dataset, source: SourceMap(file: "t.yaml", text: yaml))
        let units = corpus.units.filter { $0.kind == .paragraph }
        try #require(units.count == Self.paragraphs.count)
        for (k, unit) in units.enumerated() {
            let typed = Array(Self.paragraphs[k].prefix { $0 != "{" })
            #expect(Array(unit.text.prefix(typed.count)) == typed, "paragraph \(k) out of order")
            for j in typed.indices {
                let want = SourceLocation(file: "t.yaml", line: 6 + k, column: 9 + j)
                if unit.location(at: j) != want {
                    Issue.record("paragraph \(k), character \(j): \(String(describing: unit.location(at: j)))")
                    break
                }
            }
            for printed in unit.expressions {
                let brace = SourceLocation(file: "t.yaml", line: 6 + k, column: 9 + typed.count)
                #expect(printed.range.allSatisfy { unit.location(at: $0) == brace }, "paragraph \(k)'s value")
            }
        }
        #expect(units.filter { !$0.expressions.isEmpty }.count == (0..<600).filter { $0 % 7 == 0 }.count)
    }

    /// Typed characters are located by the source's scalars: an escaped brace is two of them, a letter with a
    /// combining mark two, a character beyond U+FFFF one; a value at its `{`.
    @Test func locatedByScalarsThroughBracesMarksAndAstralCharacters() throws {
        let yaml = CheckFixture.yaml(["第一{{段}}e\u{301}😀全，{2 + 3}个。"])
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let corpus = ProseCorpus(dataset: dataset, source: SourceMap(file: "t.yaml", text: yaml))
        let unit = try #require(corpus.units.first { $0.kind == .paragraph })
        #expect(Array(unit.text) == Array("第一{段}e\u{301}😀全，5个。"))
        let columns = unit.text.indices.map { unit.location(at: $0)?.column }
        #expect(columns == [9, 10, 11, 13, 14, 16, 18, 19, 20, 21, 28, 29])
        #expect(unit.text.indices.map { unit.location(at: $0)?.line } == Array(repeating: 6, count: 12))
    }

    @Test func findingsPlacedOnTheirLines() throws {
        let report = try CheckFixture.check(yaml: CheckFixture.yaml(Self.paragraphs))
        let lines = report.findings(of: "confusion").compactMap { $0.location?.line }
        #expect(lines == (0..<600).map { 6 + $0 })
    }
}
