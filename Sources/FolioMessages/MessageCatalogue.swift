import Foundation
import Yams

/// The message catalogues, one per language, compiled into the library from `Catalogues/<language>.yaml` (so an
/// installed binary cannot lose them and a message about a missing asset folder can still be printed).
///
/// A catalogue is a flat YAML mapping from message id to template. A template is text with placeholders:
/// `{name}` is replaced by the argument `name`; `{name|one|other}` is the word for a count (`one` when the
/// argument is 1, `other` otherwise; a language without plural forms writes the same word twice or leaves the
/// count alone). A `{` that does not start a placeholder is printed as it is.
public struct MessageCatalogue: Sendable {
    /// The catalogues' texts and, once read, their tables.
    private let tables: Tables

    /// The templates of `language` by id (empty when it has no catalogue). Each language's catalogue is parsed the
    /// first time it is asked for: a run reads its own language's and reads English only for an id its own lacks,
    /// instead of parsing both at start-up (a tenth of `folio --help`, Benchmarks/results.md).
    public func templates(in language: Language) -> [String: String] { tables.table(language).templates }

    /// Catalogue files that did not parse (empty in a correct build; `MessageCatalogueTests` checks). Parses every
    /// catalogue not yet read.
    public var problems: [String] {
        tables.languages.flatMap { tables.table($0).problems }
    }

    /// The catalogues compiled into the library.
    public static let shared = MessageCatalogue(
        sources: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, source($0)) }))

    /// The text of `language`'s catalogue compiled into the library.
    static func source(_ language: Language) -> String {
        switch language {
        case .english: String(decoding: PackageResources.en_yaml, as: UTF8.self)
        case .chinese: String(decoding: PackageResources.zh_yaml, as: UTF8.self)
        }
    }

    /// Catalogues from YAML texts by language, each parsed when first used.
    public init(sources: [Language: String]) {
        tables = Tables(sources: sources)
    }

    /// The template of `id` in `language`, if that catalogue has it.
    public func template(_ id: String, in language: Language) -> String? { tables.table(language).templates[id] }

    /// `message` in `language`: its template (the English one when `language` lacks it) with the arguments put in;
    /// the id and its arguments when no catalogue knows it.
    public func render(_ message: Message, in language: Language) -> String {
        guard let template = template(message.id, in: language) ?? template(message.id, in: .english) else {
            let args = message.arguments.keys.sorted().map { "\($0)=\(message.arguments[$0]?.text(language) ?? "")" }
            return ([message.id] + args).joined(separator: " ")
        }
        return Self.fill(template) { name in message.arguments[name]?.text(language) }
    }

    /// The names of the placeholders in `template`, in order of first use.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        _ = fill(template) { name in
            if !names.contains(name) { names.append(name) }
            return ""
        }
        return names
    }

    /// `template` with each placeholder replaced by `value(name)` (a placeholder without a value stays as written).
    static func fill(_ template: String, _ value: (String) -> String?) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else {
                out += after.isEmpty ? "{" : "{" + after; rest = ""; break
            }
            let inside = after[..<close]
            let parts = inside.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let name = parts[0]
            guard Self.isName(name), parts.count == 1 || parts.count == 3 else {
                out += "{"; rest = after; continue
            }
            if let v = value(name) {
                out += parts.count == 3 ? (v == "1" ? parts[1] : parts[2]) : v
            } else {
                out += "{" + inside + "}"
            }
            rest = after[after.index(after: close)...]
        }
        out += rest
        return out
    }

    /// Whether `s` can name a placeholder: a lowercase ASCII letter, then letters, digits and hyphens.
    static func isName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }
}

extension MessageCatalogue {
    /// One language's catalogue as read: its templates by id and what did not parse.
    struct Table: Sendable {
        var templates: [String: String] = [:]
        var problems: [String] = []
    }

    /// The source texts, and the tables parsed from them so far (under a lock: messages are rendered from any
    /// thread).
    final class Tables: @unchecked Sendable {
        private let sources: [Language: String]
        private let lock = NSLock()
        private var parsed: [Language: Table] = [:]

        init(sources: [Language: String]) { self.sources = sources }

        /// The languages with a source, in a fixed order.
        var languages: [Language] { Language.allCases.filter { sources[$0] != nil } }

        /// `language`'s table, parsed on first use; empty without a source.
        func table(_ language: Language) -> Table {
            lock.withLock {
                if let table = parsed[language] { return table }
                let table = sources[language].map { MessageCatalogue.parse($0, language) } ?? Table()
                parsed[language] = table
                return table
            }
        }
    }

    /// A catalogue's YAML text as a table: a flat mapping of texts, read line by line when it is written one entry a
    /// line (`CatalogueLines`), else as YAML (`parseYAML`).
    static func parse(_ text: String, _ language: Language) -> Table {
        if let entries = CatalogueLines.entries(text) { return Table(templates: entries) }
        return parseYAML(text, language)
    }

    /// A catalogue's YAML text as a table, read by Yams.
    static func parseYAML(_ text: String, _ language: Language) -> Table {
        var table = Table()
        // The node tree, not `Yams.load`: a catalogue is a flat mapping of texts, so no value needs the
        // constructor's tag resolution and conversion to `Any`, a cost every start-up paid (Benchmarks/results.md).
        // Nor the resolver's patterns: `.basic` compiles no regular expression (`DatasetLoader.compose`).
        do {
            guard let map = try Yams.compose(yaml: text, .basic)?.mapping else {
                table.problems.append("\(language.rawValue): not a mapping")
                return table
            }
            table.templates.reserveCapacity(map.count)
            for (key, value) in map {
                guard let id = key.scalar?.string else {
                    table.problems.append("\(language.rawValue): a key that is not a text"); continue
                }
                if let s = value.scalar?.string {
                    table.templates[id] = s
                } else {
                    table.problems.append("\(language.rawValue): \(id) is not a text")
                }
            }
        } catch {
            table.problems.append("\(language.rawValue): \(error)")
        }
        return table
    }
}
