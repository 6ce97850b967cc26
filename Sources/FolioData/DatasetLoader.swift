import Foundation
import Yams

/// Reads a dataset file (YAML) into a `Dataset`, checking it thoroughly: types, unknown and
/// duplicate keys, names, years, every expression in the prose. All problems are reported at once,
/// each with its file:line:col.
public enum DatasetLoader {
    /// Reads and validates a dataset file. Problems that make it unusable throw DiagnosticError with ALL of them
    /// (file:line:col for each); warnings come back with the dataset.
    public static func load(contentsOf url: URL) throws -> (dataset: Dataset, warnings: [Diagnostic]) {
        let name = url.isFileURL ? url.relativePath : url.absoluteString
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DiagnosticError(Diagnostic(.error, "cannot read the dataset “\(name)”: \(error.localizedDescription)",
                                             hint: "check the path and that the file is UTF-8 text", code: "io.read"))
        }
        return try load(yaml: text, fileName: name, directory: url.deletingLastPathComponent())
    }

    /// Reads and validates a dataset from YAML text; `fileName` is used in locations, `directory` is
    /// where its data files are (default: the folder of `fileName`).
    public static func load(yaml: String, fileName: String,
                            directory: URL? = nil) throws -> (dataset: Dataset, warnings: [Diagnostic]) {
        let root = try compose(yaml, fileName: fileName)
        let folder = directory ?? URL(fileURLWithPath: fileName).deletingLastPathComponent()
        var reader = NodeReader(file: fileName, source: yaml, directory: folder)
        let dataset = reader.readDataset(root)
        if let dataset { reader.diagnostics += DatasetValidator(dataset: dataset).check() }
        let all = sorted(reader.diagnostics)
        guard let dataset, !all.contains(where: { $0.severity == .error }) else { throw DiagnosticError(all) }
        return (dataset, all)
    }

    /// Parses YAML into nodes, turning libyaml's errors into located diagnostics.
    static func compose(_ yaml: String, fileName: String) throws -> Node {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw DiagnosticError(diagnostic(for: error, fileName: fileName))
        } catch {
            throw DiagnosticError(Diagnostic(.error, "cannot parse the YAML: \(error)",
                                             at: SourceLocation(file: fileName, line: 1, column: 1), code: "yaml.syntax"))
        }
        guard let node else {
            throw DiagnosticError(Diagnostic(.error, "the file is empty",
                                             at: SourceLocation(file: fileName, line: 1, column: 1),
                                             hint: "a dataset starts with report:, data:, charts: and body:", code: "yaml.empty"))
        }
        return node
    }

    /// A located diagnostic for a YAML syntax error.
    static func diagnostic(for error: YamlError, fileName: String) -> Diagnostic {
        func at(_ m: Mark) -> SourceLocation { SourceLocation(file: fileName, line: m.line, column: m.column) }
        let hint = "check the indentation and quoting around this place; text containing “: ” or starting with “{” or “[” needs quotes"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let ctx = context.map { " \($0.text)" } ?? ""
            return Diagnostic(.error, "YAML syntax error: \(problem)\(ctx)", at: at(mark), hint: hint, code: "yaml.syntax")
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, "cannot read the YAML text: \(problem)",
                              at: SourceLocation(file: fileName, line: 1, column: 1), code: "yaml.syntax")
        default:
            return Diagnostic(.error, "YAML error: \(error)", at: SourceLocation(file: fileName, line: 1, column: 1),
                              code: "yaml.syntax")
        }
    }

    /// Diagnostics in input order (by line, then column); unlocated ones last, otherwise stable.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            switch (la, lb) {
            case let (x?, y?) where (x.line, x.column) != (y.line, y.column):
                return (x.line, x.column) < (y.line, y.column)
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
