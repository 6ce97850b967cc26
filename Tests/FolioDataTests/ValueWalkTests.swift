import Testing
import Yams

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

    /// Every scalar node of the sample with its mark.
    static func scalars() throws -> [Node.Scalar] {
        var out: [Node.Scalar] = []
        func walk(_ node: Node) {
            switch node {
            case .scalar(let s): out.append(s)
            case .mapping(let m): for (k, v) in m { walk(k); walk(v) }
            case .sequence(let q): q.forEach(walk)
            default: break
            }
        }
        if let root = try Yams.compose(yaml: yaml) { walk(root) }
        return out
    }

    /// The walk made afresh for one offset.
    static func fresh(_ s: Node.Scalar, _ offset: Int) throws -> FolioData.SourceLocation? {
        let mark = try #require(s.mark)
        return ValueWalk(
            value: s.string, mark: mark, quoted: s.style == .doubleQuoted || s.style == .singleQuoted,
            source: SourceLines(yaml), file: "t.yaml"
        ).location(at: offset)
    }

    @Test("offsets asked forwards, backwards and out of range give the places of fresh walks")
    func anyOrder() throws {
        for s in try Self.scalars() {
            let count = s.string.unicodeScalars.count
            let mark = try #require(s.mark)
            let walk = ValueWalk(
                value: s.string, mark: mark, quoted: s.style == .doubleQuoted || s.style == .singleQuoted,
                source: SourceLines(Self.yaml), file: "t.yaml")
            let offsets = Array(0..<count) + Array((0..<count).reversed()) + [-1, count, count + 5, count / 2]
            for offset in offsets {
                #expect(walk.location(at: offset) == (try Self.fresh(s, offset)), "\(s.string) @\(offset)")
            }
            #expect(
                walk.location(at: -1) == FolioData.SourceLocation(file: "t.yaml", line: mark.line, column: mark.column))
        }
    }

    @Test("an expression's brace is placed on its line and column, in a quoted title and in a folded paragraph")
    func places() throws {
        let all = try Self.scalars()
        let title = try #require(all.first { $0.string.hasPrefix("2025年") })
        let brace = title.string.unicodeScalars.firstIndex(of: "{").map {
            title.string.unicodeScalars.distance(from: title.string.unicodeScalars.startIndex, to: $0)
        }
        #expect(
            try Self.fresh(title, try #require(brace)) == FolioData.SourceLocation(file: "t.yaml", line: 2, column: 16))
        let folded = try #require(all.first { $0.string.hasPrefix("折叠") })
        let second = Array(folded.string.unicodeScalars).lastIndex(of: "{")
        #expect(
            try Self.fresh(folded, try #require(second)) == FolioData.SourceLocation(file: "t.yaml", line: 7, column: 8)
        )
    }
}
