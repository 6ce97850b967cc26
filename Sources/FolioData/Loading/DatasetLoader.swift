import FolioMessages
import Foundation
import Yams

/// Reads a dataset file (YAML) into a `Dataset`, checking it thoroughly: types, unknown and
/// duplicate keys, names, years, every expression in the prose. All problems are reported at once,
/// each with its file:line:col.
public enum DatasetLoader {
    /// Reads and validates a dataset file. Problems that make it unusable throw DiagnosticError with ALL of them
    /// (file:line:col for each); warnings come back with the dataset.
    public static func load(
        contentsOf url: URL,
        options: LoadOptions = LoadOptions()
    ) throws -> (dataset: Dataset, warnings: [Diagnostic]) {
        let name = url.isFileURL ? url.relativePath : url.absoluteString
        let text =
            try options.datasetBytes.map { try InputText.read($0, name: name, limit: InputLimits.maxFileBytes) }
            ?? InputText.read(url, name: name, limit: InputLimits.maxFileBytes, what: Message("input.what.dataset"))
        return try load(yaml: text, fileName: name, directory: url.deletingLastPathComponent(), options: options)
    }

    /// Reads and validates a dataset from YAML text; `fileName` is used in locations, `directory` is
    /// where its data files are (default: the folder of `fileName`).
    public static func load(
        yaml: String, fileName: String, directory: URL? = nil,
        options: LoadOptions = LoadOptions()
    ) throws -> (dataset: Dataset, warnings: [Diagnostic]) {
        let root = try compose(yaml, fileName: fileName)
        let folder = directory ?? URL(fileURLWithPath: fileName).deletingLastPathComponent()
        var reader = NodeReader(file: fileName, source: yaml, directory: folder)
        reader.allowsOutsidePaths = options.allowOutsidePaths
        var dataset = reader.readDataset(root)
        dataset?.dataFiles = reader.filesRead
        if let dataset { reader.diagnostics += DatasetValidator(dataset: dataset).check() }
        let all = sorted(reader.diagnostics)
        guard let dataset, !all.contains(where: { $0.severity == .error }) else { throw DiagnosticError(all) }
        return (dataset, all)
    }

    /// Parses YAML into nodes, turning libyaml's errors into located diagnostics.
    static func compose(_ yaml: String, fileName: String) throws -> Node {
        try checkLimits(yaml, fileName: fileName)
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw DiagnosticError(diagnostic(for: error, fileName: fileName))
        } catch {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("yaml.cannot-parse", ["reason": "\(error)"]),
                    at: SourceLocation(file: fileName, line: 1, column: 1), code: "yaml.syntax"))
        }
        guard let node else {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("yaml.empty"),
                    at: SourceLocation(file: fileName, line: 1, column: 1),
                    hint: Message("yaml.empty.hint"), code: "yaml.empty"))
        }
        try checkExpansion(of: node, yaml, fileName: fileName)
        return node
    }

    /// The composed tree's size with aliases expanded where used (InputLimits.maxNodes, maxExpandedBytes),
    /// checked before anything walks it: every command that reads YAML composes it here.
    static func checkExpansion(of node: Node, _ yaml: String, fileName: String) throws {
        let size = YAMLGuard.expansion(of: node, nodes: InputLimits.maxNodes, bytes: InputLimits.maxExpandedBytes)
        guard size.nodes > InputLimits.maxNodes || size.bytes > InputLimits.maxExpandedBytes else { return }
        let aliases = YAMLGuard.mentionsAliases(yaml)
        let what =
            size.nodes > InputLimits.maxNodes
            ? Message("limit.nodes.what", ["limit": .number(InputLimits.maxNodes)])
            : Message("limit.expanded-text.what", ["limit": .number(InputLimits.maxExpandedBytes)])
        let message = Message(aliases ? "limit.aliases" : "limit.yaml-size", ["what": .message(what)])
        let hint = Message(aliases ? "limit.aliases.hint" : "limit.file-size.hint")
        throw DiagnosticError(
            Diagnostic(
                .error, message, at: SourceLocation(file: fileName, line: 1, column: 1),
                hint: hint, code: size.nodes > InputLimits.maxNodes ? "limit.nodes" : "limit.expanded-text"))
    }

    /// Size and nesting limits (InputLimits), checked on the text before libyaml recurses into it.
    static func checkLimits(_ yaml: String, fileName: String) throws {
        if yaml.utf8.count > InputLimits.maxFileBytes {
            throw DiagnosticError(
                Diagnostic(
                    .error,
                    Message(
                        "limit.text-size",
                        ["size": .number(yaml.utf8.count), "limit": .number(InputLimits.maxFileBytes)]),
                    at: SourceLocation(file: fileName, line: 1, column: 1),
                    hint: Message("limit.file-size.hint"),
                    code: "limit.file-size"))
        }
        if let place = YAMLGuard.excessiveNesting(in: yaml, limit: InputLimits.maxNestingDepth) {
            throw DiagnosticError(
                Diagnostic(
                    .error,
                    Message("limit.nesting", ["limit": .number(InputLimits.maxNestingDepth)]),
                    at: SourceLocation(file: fileName, line: place.line, column: place.column),
                    hint: Message("limit.nesting.hint"),
                    code: "limit.nesting"))
        }
    }

    /// A located diagnostic for a YAML syntax error.
    static func diagnostic(for error: YamlError, fileName: String) -> Diagnostic {
        func at(_ m: Mark) -> SourceLocation { SourceLocation(file: fileName, line: m.line, column: m.column) }
        let hint = Message("yaml.syntax.hint")
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return Diagnostic(
                .error,
                Message("yaml.syntax", ["problem": .message(YAMLProblems.message(problem, context: context?.text))]),
                at: at(mark),
                hint: hint, code: "yaml.syntax")
        case .reader(let problem, let offset, let value, let yaml):
            // libyaml counts the offset in characters (Unicode scalars), not bytes.
            let place = offset.map { InputText.location(ofScalar: $0, in: yaml) } ?? (line: 1, column: 1)
            let what = value >= 0 ? String(format: " (U+%04X)", value) : ""
            return Diagnostic(
                .error,
                Message("yaml.reader", ["problem": .message(YAMLProblems.message(problem)), "character": "\(what)"]),
                at: SourceLocation(file: fileName, line: place.line, column: place.column),
                hint: Message("yaml.reader.hint"),
                code: "yaml.syntax")
        default:
            return Diagnostic(
                .error, Message("yaml.error", ["reason": "\(error)"]),
                at: SourceLocation(file: fileName, line: 1, column: 1),
                code: "yaml.syntax")
        }
    }

    /// Diagnostics in input order (by line, then column); unlocated ones last, otherwise stable.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sortedBySource(\.location)
    }
}
