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
        let loaded = try loadKeepingLines(contentsOf: url, options: options)
        return (loaded.dataset, loaded.warnings)
    }

    /// The name a dataset file is called in locations, and its text (`options.datasetBytes` when given), within the
    /// size limit.
    private static func readText(of url: URL, options: LoadOptions) throws -> (name: String, text: String) {
        let name = url.isFileURL ? url.relativePath : url.absoluteString
        let limit = InputLimits.maxFileBytes * max(1, options.limitScale)
        let text =
            try options.datasetBytes.map { try InputText.read($0, name: name, limit: limit) }
            ?? InputText.read(url, name: name, limit: limit, what: Message("input.what.dataset"))
        return (name, text)
    }

    /// `load(contentsOf:options:)`, also returning the text the dataset was read from cut into lines (the cut its
    /// reader located characters in), so that a check locates characters inside strings in the text that was loaded,
    /// without reading or cutting the file again.
    public static func loadKeepingLines(
        contentsOf url: URL, options: LoadOptions = LoadOptions()
    ) throws -> (dataset: Dataset, warnings: [Diagnostic], lines: YAMLSourceLines) {
        let (name, text) = try readText(of: url, options: options)
        let loaded = try read(yaml: consume text, name: name, folder: url.deletingLastPathComponent(), options: options)
        return (loaded.dataset, loaded.warnings, loaded.lines)
    }

    /// `load(yaml:name:folder:options:)`, also returning the text cut into lines (`loadKeepingLines(contentsOf:options:)`).
    public static func loadKeepingLines(
        yaml: String, name: String, folder: URL?, options: LoadOptions = LoadOptions()
    ) throws -> (dataset: Dataset, warnings: [Diagnostic], lines: YAMLSourceLines) {
        let loaded = try read(yaml: yaml, name: name, folder: folder, options: options)
        return (loaded.dataset, loaded.warnings, loaded.lines)
    }

    /// Reads and validates a dataset from YAML text; `fileName` is used in locations, `directory` is
    /// where its data files are (default: the folder of `fileName`).
    public static func load(
        yaml: String, fileName: String, directory: URL? = nil,
        options: LoadOptions = LoadOptions()
    ) throws -> (dataset: Dataset, warnings: [Diagnostic]) {
        try load(
            yaml: yaml, name: fileName, folder: directory ?? URL(fileURLWithPath: fileName).deletingLastPathComponent(),
            options: options)
    }

    /// Reads and validates a dataset from YAML text a program holds: `name` is used in locations; `folder` is where
    /// its data files, images and theme paths are found, and nil means it has none (naming a file is then an error,
    /// `input.no-folder`). Nothing is read but the files the text names.
    public static func load(
        yaml: String, name: String, folder: URL?, options: LoadOptions = LoadOptions()
    ) throws -> (dataset: Dataset, warnings: [Diagnostic]) {
        let loaded = try loadKeepingLines(yaml: yaml, name: name, folder: folder, options: options)
        return (loaded.dataset, loaded.warnings)
    }

    /// The dataset read from `yaml`, its warnings, and the text's lines. The text is consumed: once composed, it is
    /// cut into lines (what the reader locates characters in, from the first string it reads) and released before
    /// the tree is read, so a long report's text is not held beside its tree, its lines and its templates.
    private static func read(
        yaml: consuming String, name: String, folder: URL?, options: LoadOptions
    ) throws -> (dataset: Dataset, warnings: [Diagnostic], lines: YAMLSourceLines) {
        let root = try compose(yaml, fileName: name, scale: max(1, options.limitScale))
        let lines = YAMLSourceLines(consume yaml)
        var reader = NodeReader(file: name, lines: lines, directory: folder)
        reader.readsFiles = folder != nil
        reader.allowsOutsidePaths = options.allowOutsidePaths
        reader.maxBodyItems = InputLimits.maxBodyItems * max(1, options.limitScale)
        var dataset = reader.readDataset(root)
        dataset?.dataFiles = reader.filesRead
        if let dataset { reader.diagnostics += DatasetValidator(dataset: dataset).check() }
        let all = sorted(
            FollowOnErrors.removed(
                from: reader.diagnostics, unreadNames: reader.unreadNames, periodUnread: reader.periodUnread))
        guard let dataset, !all.contains(where: { $0.severity == .error }) else { throw DiagnosticError(all) }
        return (dataset, all, reader.source)
    }

    /// Validates a dataset made in Swift (`DatasetBuilder`, or `Dataset`'s initialisers) as a loaded one is: every
    /// expression evaluates, every chart is placed once, every figure is used. Throws `DiagnosticError` with every
    /// error (and the warnings); returns the warnings.
    public static func validate(_ dataset: Dataset, problems: [Diagnostic] = []) throws -> [Diagnostic] {
        let all = sorted(problems + DatasetValidator(dataset: dataset).check())
        guard !all.contains(where: { $0.severity == .error }) else { throw DiagnosticError(all) }
        return all
    }

    /// Parses YAML into nodes, turning libyaml's errors into located diagnostics.
    /// `scale` multiplies the size limits (`LoadOptions.limitScale`).
    static func compose(_ yaml: String, fileName: String, scale: Int = 1) throws -> Node {
        try checkLimits(yaml, fileName: fileName, scale: scale)
        let node: Node?
        do {
            // No tag resolution: the reader reads every scalar's type from its text (`NodeReader.isNull`, `bool`,
            // numbers) and an explicit tag (`!todo`) is kept as written. Yams' default resolver would compile seven
            // regular expressions on Foundation's ICU at every start-up, paging in its code and data, for tags
            // nothing asks for (Benchmarks/results.md, round nine).
            node = try Yams.compose(yaml: yaml, .basic)
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
        try checkExpansion(of: node, yaml, fileName: fileName, scale: scale)
        return node
    }

    /// The composed tree's size with aliases expanded where used (InputLimits.maxNodes, maxExpandedBytes),
    /// checked before anything walks it: every command that reads YAML composes it here.
    static func checkExpansion(of node: Node, _ yaml: String, fileName: String, scale: Int = 1) throws {
        let maxNodes = InputLimits.maxNodes * scale, maxBytes = InputLimits.maxExpandedBytes * scale
        let size = YAMLGuard.expansion(of: node, nodes: maxNodes, bytes: maxBytes)
        guard size.nodes > maxNodes || size.bytes > maxBytes else { return }
        throw sizeError(nodes: size.nodes > maxNodes ? maxNodes : nil, bytes: maxBytes, yaml, fileName: fileName)
    }

    /// The error for a tree past `InputLimits.maxNodes` (`nodes`, the limit passed) or, when `nodes` is nil, past
    /// `maxExpandedBytes` (`bytes`); worded for an alias bomb when the text uses aliases.
    static func sizeError(nodes: Int?, bytes: Int, _ yaml: String, fileName: String) -> DiagnosticError {
        let aliases = YAMLGuard.mentionsAliases(yaml)
        let what =
            nodes.map { Message("limit.nodes.what", ["limit": .number($0)]) }
            ?? Message("limit.expanded-text.what", ["limit": .number(bytes)])
        let message = Message(aliases ? "limit.aliases" : "limit.yaml-size", ["what": .message(what)])
        let hint = Message(aliases ? "limit.aliases.hint" : "limit.file-size.hint")
        return DiagnosticError(
            Diagnostic(
                .error, message, at: SourceLocation(file: fileName, line: 1, column: 1),
                hint: hint, code: nodes != nil ? "limit.nodes" : "limit.expanded-text"))
    }

    /// Size, nesting and node-count limits (InputLimits), checked on the text before libyaml recurses into it.
    static func checkLimits(_ yaml: String, fileName: String, scale: Int = 1) throws {
        if yaml.utf8.count > InputLimits.maxFileBytes * scale {
            throw DiagnosticError(
                Diagnostic(
                    .error,
                    Message(
                        "limit.text-size",
                        ["size": .number(yaml.utf8.count), "limit": .number(InputLimits.maxFileBytes * scale)]),
                    at: SourceLocation(file: fileName, line: 1, column: 1),
                    hint: Message("limit.file-size.hint"),
                    code: "limit.file-size"))
        }
        let lines = YAMLGuard.lines(of: Array(yaml.utf8))
        if let place = YAMLGuard.excessiveNesting(in: lines, limit: InputLimits.maxNestingDepth) {
            throw DiagnosticError(
                Diagnostic(
                    .error,
                    Message("limit.nesting", ["limit": .number(InputLimits.maxNestingDepth)]),
                    at: SourceLocation(file: fileName, line: place.line, column: place.column),
                    hint: Message("limit.nesting.hint"),
                    code: "limit.nesting"))
        }
        // Refused before composing: libyaml's tree costs about 300 bytes a node, so a file of millions of small
        // nodes would take gigabytes before `checkExpansion` could count them.
        let maxNodes = InputLimits.maxNodes * scale
        if YAMLGuard.nodesAtLeast(in: lines) > maxNodes {
            throw sizeError(nodes: maxNodes, bytes: InputLimits.maxExpandedBytes * scale, yaml, fileName: fileName)
        }
    }

    /// Whether line `line` (from 1) of `yaml` is indented with a tab. YAML allows only spaces there (YAML 1.2 §6.1),
    /// and libyaml's words for it ("found character that cannot start any token") do not say so.
    static func indentedWithTab(line: Int, in yaml: String) -> Bool {
        var current = 1, atStart = true
        for b in yaml.utf8 {
            if b == UInt8(ascii: "\n") {
                current += 1; atStart = true
                if current > line { return false }
            } else if current == line && atStart {
                if b == UInt8(ascii: "\t") { return true }
                if b != UInt8(ascii: " ") { atStart = false }
            }
        }
        return false
    }

    /// A located diagnostic for a YAML syntax error.
    static func diagnostic(for error: YamlError, fileName: String) -> Diagnostic {
        func at(_ m: Mark) -> SourceLocation { SourceLocation(file: fileName, line: m.line, column: m.column) }
        let hint = Message("yaml.syntax.hint")
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
            .parser(let context, let problem, let mark, let yaml),
            .composer(let context, let problem, let mark, let yaml):
            return Diagnostic(
                .error,
                Message("yaml.syntax", ["problem": .message(YAMLProblems.message(problem, context: context?.text))]),
                at: at(mark),
                hint: indentedWithTab(line: mark.line, in: yaml) ? Message("yaml.syntax.tab.hint") : hint,
                code: "yaml.syntax")
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
