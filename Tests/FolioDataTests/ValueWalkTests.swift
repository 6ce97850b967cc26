import Testing

@testable import FolioData

/// `NodeReader.locator` keeps its walk between calls (`ValueWalk`): asked in any order, it must place each scalar
/// where a walk made afresh for that one offset places it.
@Suite("The walk that locates a value's scalars")
struct ValueWalkTests {
    static let yaml = """
        report:
          title: "2025年{上年}工作\\u00A0总结"
        body:
          - 全镇完成{收入[2025]}万元，增长{增速}%，{{不是表达式}}。
          - >
            折叠的一段{甲}，
            第二行{乙}。
        """

    /// The sample's strings as libyaml gives them: the value and its mark (1-based).
    static let values: [(value: String, line: Int, column: Int)] = [
        ("2025年{上年}工作\u{00A0}总结", 2, 10),
        ("全镇完成{收入[2025]}万元，增长{增速}%，{{不是表达式}}。", 4, 5),
        ("折叠的一段{甲}， 第二行{乙}。\n", 5, 5),
    ]

    /// A walk over sample value `k`.
    static func walk(_ k: Int) -> ValueWalk {
        let v = values[k]
        return ValueWalk(
            value: v.value, line: v.line, column: v.column, source: YAMLSourceLines(yaml), file: "t.yaml")
    }

    @Test("offsets asked forwards, backwards and out of range give the places of fresh walks")
    func anyOrder() {
        for k in Self.values.indices {
            let count = Self.values[k].value.unicodeScalars.count
            let walk = Self.walk(k)
            let offsets = Array(0..<count) + Array((0..<count).reversed()) + [-1, count, count + 5, count / 2]
            for offset in offsets {
                #expect(walk.location(at: offset) == Self.walk(k).location(at: offset), "\(k) @\(offset)")
            }
            let mark = FolioData.SourceLocation(
                file: "t.yaml", line: Self.values[k].line, column: Self.values[k].column)
            #expect(walk.location(at: -1) == mark)
            #expect(walk.location(at: count) == mark)
        }
    }

    @Test("an expression's brace is placed on its line and column, in a quoted title and in a folded paragraph")
    func places() {
        // 2025年{ in the title: the quote is column 10, so the brace is column 16.
        #expect(Self.walk(0).location(at: 5) == FolioData.SourceLocation(file: "t.yaml", line: 2, column: 16))
        // The second paragraph's second brace, {乙}, on the folded text's second line.
        let folded = Array(Self.values[2].value.unicodeScalars)
        let second = folded.lastIndex(of: "{") ?? -1
        #expect(Self.walk(2).location(at: second) == FolioData.SourceLocation(file: "t.yaml", line: 7, column: 8))
        // {{ is literal text in the value (the template reads it as a brace): its second brace is column 31.
        let plain = Array(Self.values[1].value.unicodeScalars)
        let escaped = plain.lastIndex(of: "{") ?? -1
        #expect(Self.walk(1).location(at: escaped) == FolioData.SourceLocation(file: "t.yaml", line: 4, column: 31))
    }

    @Test("a character the source spells as an escape is placed where the walk stands, and the walk goes on")
    func escapes() {
        // The title's U+00A0 is written \u00A0 (columns 22–27): it is placed at the backslash, 总 after it at 28.
        let walk = Self.walk(0)
        #expect(walk.location(at: 11) == FolioData.SourceLocation(file: "t.yaml", line: 2, column: 22))
        #expect(walk.location(at: 12) == FolioData.SourceLocation(file: "t.yaml", line: 2, column: 28))
        // The check's walk over the same value, all at once, places every scalar as the loader's does.
        let scalars = Array(Self.values[0].value.unicodeScalars)
        let all = ValueWalk(scalars: scalars, line: 2, column: 10, source: YAMLSourceLines(Self.yaml), file: "t.yaml")
            .positions()
        #expect(
            all.map { FolioData.SourceLocation(file: "t.yaml", line: $0.line, column: $0.column) }
                == scalars.indices.map { walk.location(at: $0) })
    }
}
