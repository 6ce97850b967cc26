import Foundation
import Yams

/// Decodes Codable types (the theme, for instance) from YAML with located errors.
public enum YAMLDocument {
    /// Decodes any Decodable (e.g. the Theme) from a YAML file; a decoding failure becomes a DiagnosticError
    /// naming file:line:col of the offending node and what was expected.
    public static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        let name = url.isFileURL ? url.relativePath : url.absoluteString
        let text = try InputText.read(url, name: name, limit: InputLimits.maxFileBytes, what: "the file")
        return try decode(type, yaml: text, fileName: name)
    }

    /// Decodes from YAML text; `fileName` is used in locations.
    public static func decode<T: Decodable>(_ type: T.Type, yaml: String, fileName: String) throws -> T {
        let root = try DatasetLoader.compose(yaml, fileName: fileName)
        do {
            return try YAMLDecoder().decode(type, from: yaml)
        } catch let problem as SchemaProblem {
            throw DiagnosticError(diagnostic(for: problem, root: root, fileName: fileName))
        } catch let error as DecodingError {
            // Yams wraps an error thrown by a type's own `init(from:)` as the underlying error of `dataCorrupted`.
            if case .dataCorrupted(let context) = error, let problem = context.underlyingError as? SchemaProblem {
                throw DiagnosticError(diagnostic(for: problem, root: root, fileName: fileName))
            }
            throw DiagnosticError(diagnostic(for: error, root: root, fileName: fileName))
        } catch let error as YamlError {
            throw DiagnosticError(DatasetLoader.diagnostic(for: error, fileName: fileName))
        } catch {
            throw DiagnosticError(
                Diagnostic(
                    .error, "cannot decode “\(fileName)”: \(error)",
                    at: SourceLocation(file: fileName, line: 1, column: 1), code: "schema.decode"))
        }
    }

    /// Turns a DecodingError into a diagnostic at the node its coding path names.
    static func diagnostic(for error: DecodingError, root: Node, fileName: String) -> Diagnostic {
        let (path, message): ([CodingKey], String)
        switch error {
        case .typeMismatch(let t, let c):
            (path, message) = (c.codingPath, "expected \(describe(t)), found \(found(at: c.codingPath, in: root))")
        case .valueNotFound(let t, let c):
            (path, message) = (c.codingPath, "expected \(describe(t)), found nothing")
        case .keyNotFound(let key, let c):
            (path, message) = (c.codingPath, "missing key “\(key.stringValue)”")
        case .dataCorrupted(let c):
            (path, message) = (c.codingPath, c.debugDescription)
        @unknown default:
            (path, message) = ([], "\(error)")
        }
        let (node, reached) = walk(root, path)
        let prefix = dotted(path)
        let loc = node.mark.map { SourceLocation(file: fileName, line: $0.line, column: $0.column) }
        let hint = reached < path.count ? "the value is missing here" : nil
        return Diagnostic(.error, prefix + message, at: loc, hint: hint, code: "schema.decode")
    }

    /// Turns a problem a type found in its input into a diagnostic at its key's or its value's node.
    static func diagnostic(for problem: SchemaProblem, root: Node, fileName: String) -> Diagnostic {
        let path: [any CodingKey] = problem.path
        var (node, _) = walk(root, path)
        if problem.atKey, let last = path.last, case .mapping(let m) = walk(root, Array(path.dropLast())).0,
            let key = m.keys.first(where: { $0.string == last.stringValue })
        {
            node = key
        }
        let loc = node.mark.map { SourceLocation(file: fileName, line: $0.line, column: $0.column) }
        return Diagnostic(
            .error, (problem.atKey ? "" : dotted(path)) + problem.message, at: loc,
            hint: problem.hint, code: problem.code)
    }

    /// "grid.linePitch: ", "headings[2].font: ", or nothing for the root.
    static func dotted(_ path: [any CodingKey]) -> String {
        let text = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return text.isEmpty ? "" : "\(text.hasPrefix(".") ? String(text.dropFirst()) : text): "
    }

    /// Follows a coding path as far as the nodes go; returns the node and how many steps it took.
    static func walk(_ root: Node, _ path: [CodingKey]) -> (Node, Int) {
        var node = root, steps = 0
        for key in path {
            if let i = key.intValue, case .sequence(let seq) = node, i >= 0, i < seq.count {
                node = Array(seq)[i]
            } else if case .mapping(let m) = node, let v = m[key.stringValue] {
                node = v
            } else {
                break
            }
            steps += 1
        }
        return (node, steps)
    }

    private static func found(at path: [CodingKey], in root: Node) -> String {
        let (node, steps) = walk(root, path)
        return steps == path.count ? NodeReader.describe(node) : "nothing"
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "a mapping" }
            return name
        }
    }
}
