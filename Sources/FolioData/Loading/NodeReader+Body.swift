import FolioMessages
import Yams

extension NodeReader {
    /// Section levels GB/T 9704 §7.3.3 provides: 一、（一）1.（1）.
    static let maximumLevel = 4
    /// Keys of a section item.
    static let sectionKeys = ["section", "level", "run-in", "body"]
    /// The key that names each kind of body item.
    static let itemKinds = ["p", "section", "chart", "table", "image"]

    /// Reads a body list at a nesting level (1 for the top).
    mutating func readBody(_ node: Node, path: String, level: Int) -> [BodyBlock] {
        if Self.isNull(node) { return [] }
        guard let items = list(node, path) else { return [] }
        return items.compactMap { readItem($0, path: path, level: level) }
    }

    /// Reads one body item: a string (paragraph), `p:`, `section:` or `chart:`.
    mutating func readItem(_ node: Node, path: String, level: Int) -> BodyBlock? {
        bodyItemCount += 1
        if bodyItemCount == maxBodyItems + 1 {
            error(
                Message("limit.body.body-has-more-than", ["limit": "\(maxBodyItems)"]), at: node,
                hint: Message("limit.body.split-report-into-several.hint"), code: "limit.body")
        }
        if bodyItemCount > maxBodyItems { return nil }
        if case .scalar = node {
            return template(node, "a paragraph in \(path)").map { .paragraph($0) }
        }
        guard case .mapping(let m) = node else {
            error(
                Message(
                    "schema.type.item-path-should-paragraph",
                    ["path": .message(Self.pathPhrase(path)), "value": "\(Self.describe(node))"]),
                at: node, code: "schema.type")
            return nil
        }
        let keys = m.keys.compactMap(\.string)
        if keys.contains("section") { return readSection(node, path: path, level: level) }
        if keys.contains("p") {
            guard let f = fields(node, "a paragraph in \(path)", allowed: ["p"]), let p = f["p"] else { return nil }
            return template(p, "p").map { .paragraph($0) }
        }
        if keys.contains("table") { return readTable(node, path: path) }
        if keys.contains("image") { return readImage(node, path: path) }
        if keys.contains("chart") {
            guard let f = fields(node, "a chart placement in \(path)", allowed: ["chart"]), let c = f["chart"],
                let id = text(c, "chart")
            else { return nil }
            return .chart(ChartPlacement(id: id, location: location(c)))
        }
        let first = m.keys.first
        let word = first?.string ?? ""
        error(
            Message("schema.unknown-key.this-item-path-neither", ["path": .message(Self.pathPhrase(path))]),
            at: first ?? node,
            hint: Suggestion.hint(
                for: word, among: Self.itemKinds + ["run-in", "body"], then: Message("schema.body-item.start")),
            code: "schema.unknown-key")
        return nil
    }

    /// Reads `section:` with its optional `run-in:` and `body:`.
    mutating func readSection(_ node: Node, path: String, level: Int) -> BodyBlock? {
        guard let f = fields(node, "a section in \(path)", allowed: Self.sectionKeys) else { return nil }
        let keyNode = f.keyNode("section")
        if level > Self.maximumLevel {
            error(
                Message(
                    "structure.depth.section-nested-level-deep", ["level": "\(level)", "limit": "\(Self.maximumLevel)"]),
                at: keyNode, hint: Message("structure.depth.gb-t-numbers-make.hint"),
                code: "structure.depth")
        }
        if let levelNode = f["level"] { checkLevel(levelNode, nested: level, heading: keyNode) }
        guard let titleNode = f["section"], let title = template(titleNode, "section") else { return nil }
        let runIn = f["run-in"].flatMap { template($0, "run-in") }
        let name = title.raw.count > 12 ? String(title.raw.prefix(12)) + "…" : title.raw
        let body = f["body"].map { readBody($0, path: "section “\(name)”", level: level + 1) } ?? []
        return .section(Section(title: title, level: level, runIn: runIn, body: body, location: location(keyNode)))
    }
}

extension NodeReader {
    /// `level:` on a section states the heading level the clerk means (1 = 一、 … 4 = （1）), as
    /// an outline copied from a word processor does. Nesting decides the level, so a stated level
    /// deeper than the nesting is a heading that skips a level (一、 followed by 1. with no （一）
    /// between: GB/T 9704 §7.3.3 numbers levels in order), and a shallower one is misplaced.
    mutating func checkLevel(_ node: Node, nested: Int, heading: Node?) {
        guard let t = text(node, "section.level") else { return }
        guard let stated = Int(t), (1...Self.maximumLevel).contains(stated) else {
            error(
                Message("schema.type.section-level-should-whole", ["limit": "\(Self.maximumLevel)", "value": "\(t)"]),
                at: node,
                code: "schema.type")
            return
        }
        if stated > nested {
            let place =
                nested == 1
                ? Message("structure.place.top")
                : Message("structure.place.under-level", ["level": .number(nested - 1)])
            error(
                Message(
                    "structure.level-skip.heading-level-skips-level",
                    ["stated": "\(stated)", "place": .message(place), "nested": "\(nested)"]),
                at: node, hint: Message("structure.level-skip.add-level-nested-section.hint", ["nested": "\(nested)"]),
                code: "structure.level-skip")
        } else if stated < nested {
            error(
                Message("structure.level.this-section-says-level", ["stated": "\(stated)", "nested": "\(nested)"]),
                at: node,
                hint: Message("structure.level.move-out-parent-section.hint", ["nested": "\(nested)"]),
                code: "structure.level")
        }
    }
}
