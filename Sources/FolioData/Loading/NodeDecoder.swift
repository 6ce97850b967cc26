import Foundation
import Yams

/// A `Decoder` over a node tree already composed (`DatasetLoader.compose`): what Yams' `YAMLDecoder` does, without
/// parsing the text a second time and without its tag resolver. `YAMLDecoder` composes with a merge-key rule, and every
/// key looked up compares resolved tags, each a regular expression matched on Foundation's ICU; nothing here needs a
/// tag, so a theme or a check list is decoded without ICU's regular expressions paged in (Benchmarks/results.md,
/// round nine).
///
/// The errors are Yams' own, case for case and coding path for coding path (`YAMLDocument.diagnostic(for:root:)`
/// places them): a key is found by its text, the last of equal keys winning; merge keys (`<<`) are applied as
/// `YAMLDecoder` applies them; a scalar is read with Yams' `ScalarConstructible` conversions.
struct NodeDecoder: Decoder {
    /// The node this decoder reads.
    let node: Node
    /// Where `node` is, from the root.
    let codingPath: [any CodingKey]
    /// Nothing: no caller passes context.
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Decodes `type` from `root`.
    static func decode<T: Decodable>(_ type: T.Type, from root: Node) throws -> T {
        try NodeDecoder(node: root, codingPath: []).decode(type)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else {
            throw Self.typeMismatch(at: codingPath, expectation: Node.Mapping.self, reality: node)
        }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, pairs: Self.merged(mapping)))
    }

    /// The pairs of `mapping` with its merge keys applied (YAML 1.1, yaml.org/type/merge.html): a plain `<<` whose
    /// value is a mapping, or a sequence of mappings, stands for their pairs. They come first, the mapping's own pairs
    /// after them and the sequence's first mapping last, so that a lookup (the last of equal keys) finds the
    /// mapping's own key before a merged one, and an earlier merged mapping before a later one. A `<<` of any other
    /// value is dropped, as Yams drops it.
    static func merged(_ mapping: Node.Mapping) -> [(key: Node, value: Node)] {
        var merged: [(key: Node, value: Node)] = []
        var own: [(key: Node, value: Node)] = []
        for pair in mapping {
            guard case .scalar(let key) = pair.key, key.string == "<<", key.style == .plain,
                key.tag.description == Tag.Name.implicit.rawValue
            else {
                own.append(pair)
                continue
            }
            switch pair.value {
            case .mapping(let inner): merged += Self.merged(inner)
            case .sequence(let list):
                for case .mapping(let inner) in list.reversed() { merged += Self.merged(inner) }
            case .scalar: break
            }
        }
        return merged + own
    }

    /// The value of the last of `pairs` whose key's text is `text`: how the decoder, and `YAMLDocument` placing its
    /// errors, find a key.
    static func value(for text: String, in pairs: [(key: Node, value: Node)]) -> Node? {
        pairs.last { $0.key.scalar?.string == text }?.value
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else {
            throw Self.typeMismatch(at: codingPath, expectation: Node.Sequence.self, reality: node)
        }
        return NodeUnkeyedContainer(decoder: self, nodes: Array(sequence))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    /// A decoder for `child`, reached from this node by `key`.
    func child(_ child: Node, key: any CodingKey) -> NodeDecoder {
        NodeDecoder(node: child, codingPath: codingPath + [key])
    }

    /// The scalar this decoder reads, or the type mismatch of a mapping or sequence found instead.
    func scalar() throws -> Node.Scalar {
        switch node {
        case .scalar(let scalar): return scalar
        case .mapping(let mapping):
            throw Self.typeMismatch(at: codingPath, expectation: Node.Scalar.self, reality: mapping)
        case .sequence(let sequence):
            throw Self.typeMismatch(at: codingPath, expectation: Node.Scalar.self, reality: sequence)
        }
    }

    /// `DecodingError.typeMismatch` as Yams words it.
    static func typeMismatch(at path: [any CodingKey], expectation: Any.Type, reality: Any) -> DecodingError {
        .typeMismatch(
            expectation,
            .init(
                codingPath: path,
                debugDescription: "Expected to decode \(expectation) but found \(type(of: reality)) instead."))
    }
}

extension NodeDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { node.null != nil }

    func decode<T: Decodable & ScalarConstructible>(_ type: T.Type) throws -> T {
        let scalar = try scalar()
        guard let value = type.construct(from: scalar) else {
            throw Self.typeMismatch(at: codingPath, expectation: type, reality: scalar)
        }
        return value
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard let constructible = type as? ScalarConstructible.Type else { return try type.init(from: self) }
        let scalar = try scalar()
        guard let value = constructible.construct(from: scalar) as? T else {
            throw DecodingError.valueNotFound(
                type,
                .init(codingPath: codingPath, debugDescription: "Expected \(type) value but found \(scalar) instead."))
        }
        return value
    }
}

/// The keyed container of a mapping's pairs, merge keys applied: a key is found by its text (the last of equal keys,
/// as in Yams).
private struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let pairs: [(key: Node, value: Node)]

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { pairs.compactMap { $0.key.string.flatMap(Key.init(stringValue:)) } }

    func contains(_ key: Key) -> Bool { value(for: key.stringValue) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try decoder(for: key).decodeNil() }

    func decode<T: Decodable & ScalarConstructible>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder(for: key).decode(type)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder(for: key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { try decoder(for: IndexKey.super) }

    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }

    /// The value of the key whose text is `text`.
    private func value(for text: String) -> Node? { NodeDecoder.value(for: text, in: pairs) }

    private func decoder(for key: any CodingKey) throws -> NodeDecoder {
        guard let node = value(for: key.stringValue) else {
            throw DecodingError.keyNotFound(
                key,
                .init(
                    codingPath: codingPath,
                    debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return decoder.child(node, key: key)
    }
}

/// The unkeyed container of a sequence, read front to back.
private struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let nodes: [Node]
    var currentIndex = 0

    init(decoder: NodeDecoder, nodes: [Node]) {
        self.decoder = decoder
        self.nodes = nodes
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { nodes.count }
    var isAtEnd: Bool { currentIndex >= nodes.count }

    mutating func decodeNil() throws -> Bool { try next(Any?.self) { $0.decodeNil() } }

    mutating func decode<T: Decodable & ScalarConstructible>(_ type: T.Type) throws -> T {
        try next(T.self) { try $0.decode(type) }
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(T.self) { try $0.decode(type) } }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next(KeyedDecodingContainer<NestedKey>.self) { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next((any UnkeyedDecodingContainer).self) { try $0.unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder { try next((any Decoder).self) { $0 } }

    /// Runs `read` on the next element's decoder and moves past it; at the end, Yams' `valueNotFound` of `type`.
    private mutating func next<R>(_ type: Any.Type, _ read: (NodeDecoder) throws -> R) throws -> R {
        let key = IndexKey(index: currentIndex)
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
        }
        let value = try read(decoder.child(nodes[currentIndex], key: key))
        currentIndex += 1
        return value
    }
}

/// A coding key for a sequence's element ("Index 3", 3) or the super decoder ("super"), as Yams makes them.
private struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { (self.stringValue, intValue) = (stringValue, nil) }
    init(intValue: Int) { (stringValue, self.intValue) = ("\(intValue)", intValue) }
    init(index: Int) { (stringValue, intValue) = ("Index \(index)", index) }

    static let `super` = IndexKey(stringValue: "super")
}
