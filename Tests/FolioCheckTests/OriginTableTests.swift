import Testing
import FolioCheck
import FolioData

/// A prose unit keeps its characters' origins as runs (`OriginTable`); every character must still read back the origin
/// it was given, whatever breaks a run.
@Suite("Prose origins") struct OriginTableTests {
    /// A typed run, an expression, a run that jumps a column and a line, an unlocated character, another file and a
    /// column too large to pack.
    static let origins: [ProseUnit.Origin] = {
        func at(_ line: Int, _ column: Int, _ file: String = "r.yaml") -> FolioData.SourceLocation {
            FolioData.SourceLocation(file: file, line: line, column: column)
        }
        return [
            .literal(at(3, 5)), .literal(at(3, 6)), .literal(at(3, 7)),   // one typed run
            .expression(at(3, 8)), .expression(at(3, 8)), .expression(at(3, 8)),   // one expression's value
            .literal(at(3, 14)), .literal(at(3, 15)),   // typed on after the expression's `}`
            .literal(at(3, 17)),   // an escape skipped: a column jumped
            .literal(at(4, 3)), .literal(at(4, 4)),   // a folded line
            .literal(at(4, 4)),   // the same place again (a character the walk did not find)
            .literal(nil), .literal(nil),
            .expression(nil),
            .literal(at(4, 5)),
            .literal(at(9, 1, "other.yaml")),   // another file: kept whole on the side
            .literal(at(4, 1 << 31)),   // does not pack
            .expression(at(5, 2)), .expression(at(5, 9)),   // two expressions back to back
            .literal(at(5, 10)),
        ]
    }()

    @Test("origins set on a copy of a unit change that copy alone, its text, values and numbers kept")
    func settingOriginsOnACopy() {
        let text = Array("增长5.8%，" + String(repeating: "字", count: Self.origins.count - 6))
        let unit = ProseUnit(kind: .paragraph, text: text, origins: text.map { _ in .literal(nil) })
        var copy = unit
        copy.origins = Self.origins
        #expect(copy.origins == Self.origins && unit.origins == text.map { _ in .literal(nil) })
        #expect(copy.text == unit.text && copy.scalars == unit.scalars && copy.numbers.count == 1)
        #expect(copy.numbers.map(\.value) == unit.numbers.map(\.value))
    }

    @Test("every character reads back its origin and whether an expression printed it")
    func roundTrip() {
        let origins = Self.origins
        let unit = ProseUnit(
            kind: .paragraph, text: Array(String(repeating: "字", count: origins.count)), origins: origins)
        #expect(unit.origins == origins)
        for (i, origin) in origins.enumerated() {
            switch origin {
            case .literal(let l):
                #expect(unit.location(at: i) == l, "character \(i)")
                #expect(unit.isLiteral(i..<(i + 1)), "character \(i)")
            case .expression(let l):
                #expect(unit.location(at: i) == l, "character \(i)")
                #expect(!unit.isLiteral(i..<(i + 1)), "character \(i)")
            }
        }
        #expect(unit.isLiteral(0..<3) && !unit.isLiteral(2..<4))
    }

    @Test("a unit without characters has no location")
    func empty() {
        let unit = ProseUnit(kind: .heading, text: [], origins: [])
        #expect(unit.location(at: 0) == nil && unit.origins.isEmpty)
    }
}
