import FolioMessages
import Foundation
import Yams

/// The keys of one YAML mapping, checked: duplicates and unknown keys reported, order kept.
struct Fields {
    /// (key text, key node, value node), in file order, first occurrence of each key only.
    var pairs: [(key: String, keyNode: Node, value: Node)] = []
    /// The mapping node itself.
    var node: Node
    /// Where each key is in `pairs`: lookups stay constant-time in a mapping of many keys.
    private var index: [String: Int] = [:]

    /// Fields of `node`, none read yet.
    init(node: Node) { self.node = node }

    /// Adds a key's pair; false (and nothing added) when the key is already there.
    mutating func add(_ key: String, _ keyNode: Node, _ value: Node) -> Bool {
        guard index[key] == nil else { return false }
        index[key] = pairs.count
        pairs.append((key, keyNode, value))
        return true
    }

    /// The value for `key`, if present.
    subscript(key: String) -> Node? { index[key].map { pairs[$0].value } }
    /// The key node for `key`, if present.
    func keyNode(_ key: String) -> Node? { index[key].map { pairs[$0].keyNode } }
}

/// Walks a composed YAML tree by hand (not Codable) so that every problem gets the exact
/// file:line:col of its node, and so that all problems are collected rather than the first.
struct NodeReader {
    /// The file name used in locations.
    let file: String
    /// The source, as lines of Unicode scalars (columns count scalars, as libyaml does): where the characters of a
    /// string value stand (`locator(for:)`, made for every string the reader reads as prose).
    let source: YAMLSourceLines
    /// The folder data files are read from (the dataset's folder); nil: the current directory.
    var directory: URL?
    /// Everything found so far.
    var diagnostics: [Diagnostic] = []
    /// Data names whose entries were written but could not be read (an error is reported at each): a later
    /// "unknown name" for one of them follows from that error and is not reported again (`FollowOnErrors`).
    var unreadNames: Set<String> = []
    /// Whether `report.period` is written but could not be read: "needs a report period" then follows from it.
    var periodUnread = false
    /// Body items read so far (checked against `maxBodyItems`).
    var bodyItemCount = 0
    /// Most body items (`InputLimits.maxBodyItems`, times `LoadOptions.limitScale`).
    var maxBodyItems = InputLimits.maxBodyItems
    /// The report's period and plan, once `report:` is read (tables name periods such as 本期 in `years:`).
    var periods = PeriodContext()
    /// Whether data files may be read from outside the dataset's folder (`--allow-outside-paths`).
    var allowsOutsidePaths = false
    /// Whether the dataset has a folder to read data files and images from: false for YAML text a program
    /// passes without one (`DatasetLoader.load(yaml:name:folder:options:)`), where naming a file is an error.
    var readsFiles = true
    /// The data files and images read so far, as opened (for the commands' check that no output replaces an input).
    var filesRead: [URL] = []
    /// Images read so far (checked against InputLimits.maxImages).
    var imageCount = 0
    /// The columns data files lack for the report's period (`PendingColumn`).
    var pendingColumns: [PendingColumn] = []

    init(file: String, lines: YAMLSourceLines, directory: URL? = nil) {
        self.file = file
        self.directory = directory
        self.source = lines
    }

    func location(_ node: Node?) -> SourceLocation? {
        node?.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    /// Records an error at `node`.
    mutating func error(
        _ message: some MessageConvertible, at node: Node?, hint: (any MessageConvertible)? = nil, code: String
    ) {
        diagnostics.append(Diagnostic(.error, message, at: location(node), hint: hint, code: code))
    }

    /// Records a warning at `node`.
    mutating func warning(
        _ message: some MessageConvertible, at node: Node?, hint: (any MessageConvertible)? = nil, code: String
    ) {
        diagnostics.append(Diagnostic(.warning, message, at: location(node), hint: hint, code: code))
    }

    /// What a node is, as a phrase of its own ("a list", "a mapping", "nothing") or the quoted text.
    static func what(_ node: Node) -> MessageArgument {
        switch node {
        case .mapping: return .message(Message("node.mapping"))
        case .sequence: return .message(Message("node.list"))
        case .scalar(let s):
            if isNull(node) { return .message(Message("node.nothing")) }
            let t = s.string.count > 20 ? String(s.string.prefix(20)) + "…" : s.string
            return "“\(t)”"
        }
    }

    /// "a list", "a mapping", "text “…”": what a node is, for messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let s):
            if isNull(node) { return "nothing" }
            let t = s.string.count > 20 ? String(s.string.prefix(20)) + "…" : s.string
            return "“\(t)”"
        }
    }

    /// Whether a scalar is YAML null (`~`, `null`, or nothing after the colon).
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain || s.style == .any else { return false }
        return s.string.isEmpty || s.string == "~" || s.string == "null" || s.string == "Null" || s.string == "NULL"
    }

    /// Reads a mapping: reports a wrong type, duplicate keys, unknown keys (with a suggestion) and
    /// missing required keys. Returns nil when the node is not a mapping.
    /// `limit` bounds the keys read (`limitError` is reported at the first key past it, and reading stops):
    /// a mapping of many thousand keys is refused before anything is done per key.
    mutating func fields(
        _ node: Node, _ path: String, allowed: [String], required: [String] = [],
        limit: Int? = nil, limitError: ((Int) -> (Message, String))? = nil
    ) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error(
                Message("schema.not-mapping", ["path": .message(Self.pathPhrase(path)), "found": Self.what(node)]),
                at: node,
                hint: Message("schema.not-mapping.hint", ["keys": .texts(allowed)]), code: "schema.type")
            return nil
        }
        var result = Fields(node: node)
        for (n, (k, v)) in mapping.enumerated() {
            if let limit, n >= limit {
                let (message, code) =
                    limitError?(limit) ?? (
                        Message("limit.keys", ["path": .message(Self.pathPhrase(path)), "limit": .number(limit)]),
                        "limit.keys"
                    )
                error(message, at: k, hint: Message("limit.see-docs"), code: code)
                break
            }
            guard case .scalar(let ks) = k else {
                error(
                    Message("schema.key-not-text", ["path": .message(Self.pathPhrase(path)), "found": Self.what(k)]),
                    at: k,
                    code: "schema.type")
                continue
            }
            let key = ks.string
            if let first = result.keyNode(key) {
                let message =
                    first.mark.map {
                        Message(
                            "schema.duplicate-key.at",
                            ["key": "\(key)", "path": .message(Self.pathPhrase(path)), "line": .number($0.line)])
                    } ?? Message("schema.duplicate-key", ["key": "\(key)", "path": .message(Self.pathPhrase(path))])
                error(message, at: k, hint: Message("schema.duplicate-key.hint"), code: "schema.duplicate-key")
                continue
            }
            _ = result.add(key, k, v)
            if !allowed.isEmpty && !allowed.contains(key) {
                error(
                    Message("schema.unknown-key", ["key": "\(key)", "path": .message(Self.pathPhrase(path))]), at: k,
                    hint: Suggestion.advice(for: key, among: allowed), code: "schema.unknown-key")
            }
        }
        for key in required where result[key] == nil {
            error(
                Message("schema.missing-key", ["path": .message(Self.pathPhrase(path)), "key": "\(key)"]), at: node,
                hint: Message("schema.missing-key.hint", ["key": "\(key)"]), code: "schema.missing-key")
        }
        return result
    }

    /// Scalar text, as written (so `012` and `no` stay text). Reports other node kinds and empty values.
    mutating func text(_ node: Node, _ path: String, allowEmpty: Bool = false) -> String? {
        guard case .scalar(let s) = node else {
            error(
                Message(
                    "schema.type.path-should-text-found",
                    ["path": .message(Self.pathPhrase(path)), "value": "\(Self.describe(node))"]),
                at: node, code: "schema.type");
            return nil
        }
        if !allowEmpty && (Self.isNull(node) || s.string.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains)) {
            error(
                Message("schema.empty.path-empty", ["path": .message(Self.pathPhrase(path))]), at: node,
                hint: Message("schema.empty.write-value-after-colon.hint"), code: "schema.empty");
            return nil
        }
        guard checkScalars(s.string, at: node, path) else { return nil }
        return s.string
    }

    /// `true`/`false` (also yes/no, as YAML 1.1 spells them).
    mutating func bool(_ node: Node, _ path: String) -> Bool? {
        guard case .scalar(let s) = node else {
            error(
                Message(
                    "schema.type.path-should-true-false",
                    ["path": .message(Self.pathPhrase(path)), "value": "\(Self.describe(node))"]),
                at: node, code: "schema.type");
            return nil
        }
        switch s.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(
                Message(
                    "schema.type.path-should-true-false-2",
                    ["path": .message(Self.pathPhrase(path)), "string": "\(s.string)"]), at: node,
                code: "schema.type");
            return nil
        }
    }

    /// A list; a single scalar is accepted as a list of one when `single` is true.
    mutating func list(_ node: Node, _ path: String, single: Bool = false) -> [Node]? {
        if case .sequence(let seq) = node { return Array(seq) }
        if single, case .scalar = node, !Self.isNull(node) { return [node] }
        error(
            Message(
                "schema.type.path-should-list-lines",
                ["path": .message(Self.pathPhrase(path)), "value": "\(Self.describe(node))"]),
            at: node,
            code: "schema.type")
        return nil
    }

    /// Prose with expressions; syntax problems are located inside the string.
    mutating func template(_ node: Node, _ path: String) -> TextTemplate? {
        guard let raw = text(node, path) else { return nil }
        let length = raw.unicodeScalars.count
        if length > InputLimits.maxParagraphScalars {
            error(
                Message(
                    "limit.paragraph.path-length-characters-long",
                    [
                        "path": .message(Self.pathPhrase(path)), "length": "\(length)",
                        "limit": "\(InputLimits.maxParagraphScalars)",
                    ]),
                at: node,
                hint: Message("limit.paragraph.split-into-paragraphs-limits.hint"), code: "limit.paragraph")
            return nil
        }
        checkCharacters(raw, at: node, path)
        let (t, problems) = TextTemplate.parse(raw, at: location(node), locate: locator(for: node))
        diagnostics += problems
        return t
    }

    /// Maps an offset in a scalar's value (in Unicode scalars) to its place in the file (`ValueWalk`, the check's
    /// walk too): exact for plain and quoted one-line strings and close for folded ones. The walk is kept between
    /// calls: a template's expressions are located in order, each from where the last one was.
    func locator(for node: Node) -> (Int) -> SourceLocation? {
        guard case .scalar(let s) = node, let mark = s.mark else { return { _ in nil } }
        let walk = ValueWalk(value: s.string, line: mark.line, column: mark.column, source: source, file: file)
        return walk.location(at:)
    }
}

extension NodeReader {
    /// Prose characters that cannot be printed as written: right-to-left scripts (a warning: lines are set
    /// left to right, with no bidirectional reordering). Characters no text may hold are refused by
    /// `checkScalars`, which `text` runs on every scalar.
    mutating func checkCharacters(_ raw: String, at node: Node, _ path: String) {
        let rtl = raw.unicodeScalars.filter { s in
            (0x0590...0x08FF).contains(s.value) || (0xFB1D...0xFDFF).contains(s.value)
                || (0xFE70...0xFEFC).contains(s.value)
        }
        if !rtl.isEmpty {
            warning(
                Message(
                    "text.rtl.path-contains-right-left",
                    [
                        "path": .message(Self.pathPhrase(path)),
                        "value": "\(String(String.UnicodeScalarView(rtl.prefix(12))))",
                    ]), at: node,
                hint: Message("text.rtl.folio-sets-every-line.hint"),
                code: "text.rtl")
        }
    }
}

extension NodeReader {
    /// The place a message names: a key path (`report.issuer`) as it is, or the phrase the reader made for an
    /// item without one ("a paragraph in body", "a keyword") from the catalogue.
    static func pathPhrase(_ path: String) -> Message {
        let phrases: [(prefix: String, id: String)] = [
            ("a paragraph in ", "path.paragraph-in"), ("a name in ", "path.name-in"), ("an item of ", "path.item-of"),
            ("a chart placement in ", "path.chart-placement-in"), ("a section in ", "path.section-in"),
            ("a table in ", "path.table-in"), ("an image in ", "path.image-in"), ("a table cell's ", "path.cell-key"),
            ("a rule id in ", "path.rule-id-in"), ("a year in ", "path.year-in"),
        ]
        for (prefix, id) in phrases where path.hasPrefix(prefix) {
            return Message(id, ["path": "\(path.dropFirst(prefix.count))"])
        }
        // "header row 2 of table.columns", "row 3 of table.rows"
        for (prefix, id) in [("header row ", "path.header-row-of"), ("row ", "path.row-of")]
        where path.hasPrefix(prefix) {
            let rest = path.dropFirst(prefix.count)
            if let of = rest.range(of: " of ") {
                return Message(id, ["row": "\(rest[..<of.lowerBound])", "path": "\(rest[of.upperBound...])"])
            }
        }
        if path.hasPrefix("the name “"), path.hasSuffix("”") {
            return Message("path.the-name", ["name": "\(path.dropFirst("the name “".count).dropLast())"])
        }
        switch path {
        case "a keyword": return Message("path.keyword")
        case "a table cell": return Message("path.table-cell")
        case "a data file": return Message("path.data-file")
        case "a signer": return Message("path.signer")
        case "the dataset": return Message("input.what.dataset")
        default: return .verbatim(path)
        }
    }
}
