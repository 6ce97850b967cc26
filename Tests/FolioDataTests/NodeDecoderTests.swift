import Testing

@testable import FolioData

/// `NodeDecoder` reads Codable types from the composed tree as Yams' `YAMLDecoder` did: the same values, and errors of
/// the same case at the same coding path, which `YAMLDocument` turns into located diagnostics.
@Suite("Decoding Codable types from the composed tree")
struct NodeDecoderTests {
    struct Sample: Decodable, Equatable {
        enum Kind: String, Decodable { case bars, lines }
        struct Item: Decodable, Equatable {
            var name: String
            var size: Double?
        }
        var title: String
        var count: Int
        var on: Bool
        var kind: Kind
        var items: [Item]
        var note: String?
        var ratios: [Double]
    }

    static let yaml = """
        title: 标题
        count: 0x1F
        on: yes
        kind: bars
        items:
          - name: 甲
            size: 1.5
          - name: "乙"
            size: ~
        note: null
        ratios: [1, 2.5, .inf]
        count: 3
        """

    @Test("scalars as Yams constructs them; the last of equal keys wins; null is nil")
    func values() throws {
        let s = try YAMLDocument.decode(Sample.self, yaml: Self.yaml, fileName: "s.yaml")
        #expect(s.title == "标题")
        #expect(s.count == 3)
        #expect(s.on)
        #expect(s.kind == .bars)
        #expect(s.items == [Sample.Item(name: "甲", size: 1.5), Sample.Item(name: "乙", size: nil)])
        #expect(s.note == nil)
        #expect(s.ratios == [1, 2.5, .infinity])
    }

    /// The diagnostic `YAMLDocument` makes of a broken copy of the sample (`old` replaced by `new`).
    func diagnostic(_ old: String, _ new: String) throws -> Diagnostic? {
        let broken = Self.yaml.replacingOccurrences(of: old, with: new)
        do {
            _ = try YAMLDocument.decode(Sample.self, yaml: broken, fileName: "s.yaml")
            return nil
        } catch let e as DiagnosticError {
            return e.diagnostics.first
        }
    }

    @Test("a wrong scalar, a missing key, a mapping for a scalar: each placed where it is")
    func errors() throws {
        let mismatch = try #require(try diagnostic("size: 1.5", "size: 大"))
        #expect(mismatch.location?.line == 7)
        #expect(mismatch.message.hasPrefix("items[0].size: "))
        let missing = try #require(try diagnostic("kind: bars\n", ""))
        #expect(missing.message.contains("kind"))
        let shape = try #require(try diagnostic("title: 标题", "title: {a: 1}"))
        #expect(shape.location?.line == 1)
        #expect(shape.message.hasPrefix("title: "))
        let kind = try #require(try diagnostic("kind: bars", "kind: [bars]"))
        #expect(kind.location?.line == 4)
    }

    @Test("merge keys: the mapping's own keys first, then the earlier merged mapping; a quoted << is a key")
    func merges() throws {
        struct Box: Decodable, Equatable { var a: Int, b: Int, c: Int }
        let yaml = """
            base: &base {a: 1, b: 1, c: 1}
            more: &more {b: 2, c: 2}
            box:
              <<: [*more, *base]
              c: 3
            """
        struct File: Decodable { var box: Box }
        #expect(try YAMLDocument.decode(File.self, yaml: yaml, fileName: "m.yaml").box == Box(a: 1, b: 2, c: 3))
        // An error in a merged value is placed at that value, where the merged mapping writes it.
        do {
            _ = try YAMLDocument.decode(
                File.self, yaml: yaml.replacingOccurrences(of: "a: 1,", with: "a: x,"), fileName: "m.yaml")
            Issue.record("decoding should fail")
        } catch let e as DiagnosticError {
            let d = try #require(e.diagnostics.first)
            #expect(d.location?.line == 1)
            #expect(d.location?.column == 17)   // base: &base {a: x — the x
            #expect(d.message.hasPrefix("box.a: "))
        }
        struct Keys: Decodable {
            var keys: [String]
            init(from decoder: any Decoder) throws {
                keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
            }
        }
        let root = try DatasetLoader.compose("{<<: {a: 1}, '<<': 2, b: 3}", fileName: "k.yaml")
        #expect(try NodeDecoder.decode(Keys.self, from: root).keys == ["a", "<<", "b"])
    }

    /// Any key, by its text.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    @Test("an unkeyed container read past its end throws valueNotFound at the next index")
    func pastTheEnd() throws {
        struct Pair: Decodable {
            var a: Int, b: Int
            init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                (a, b) = (try c.decode(Int.self), try c.decode(Int.self))
            }
        }
        let root = try DatasetLoader.compose("[1]", fileName: "p.yaml")
        #expect {
            _ = try NodeDecoder.decode(Pair.self, from: root)
        } throws: { error in
            guard case DecodingError.valueNotFound(_, let context) = error else { return false }
            return context.codingPath.map(\.intValue) == [1]
        }
        let two = try DatasetLoader.compose("[1, 2]", fileName: "p.yaml")
        #expect(try NodeDecoder.decode(Pair.self, from: two).b == 2)
    }
}
