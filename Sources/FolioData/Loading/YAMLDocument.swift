import FolioMessages
import Foundation
import Yams

/// Decodes Codable types (the theme, for instance) from YAML with located errors.
public enum YAMLDocument {
    /// Decodes any Decodable (e.g. the Theme) from a YAML file; a decoding failure becomes a DiagnosticError
    /// naming file:line:col of the offending node and what was expected.
    public static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        let name = url.isFileURL ? url.relativePath : url.absoluteString
        let text = try InputText.read(
            url, name: name, limit: InputLimits.maxFileBytes, what: Message("input.what.file"))
        return try decode(type, yaml: text, fileName: name)
    }

    /// Decodes from YAML text; `fileName` is used in locations.
    public static func decode<T: Decodable>(_ type: T.Type, yaml: String, fileName: String) throws -> T {
        let root = try DatasetLoader.compose(yaml, fileName: fileName)
        do {
            return try NodeDecoder.decode(type, from: root)
        } catch let problem as SchemaProblem {
            throw DiagnosticError(diagnostic(for: problem, root: root, fileName: fileName))
        } catch let error as DecodingError {
            throw DiagnosticError(diagnostic(for: error, root: root, fileName: fileName))
        } catch {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("schema.cannot-decode", ["file": "\(fileName)", "reason": "\(error)"]),
                    at: SourceLocation(file: fileName, line: 1, column: 1), code: "schema.decode"))
        }
    }

    /// Turns a DecodingError into a diagnostic at the node its coding path names.
    static func diagnostic(for error: DecodingError, root: Node, fileName: String) -> Diagnostic {
        let (path, message): ([CodingKey], Message)
        switch error {
        case .typeMismatch(let t, let c):
            (path, message) = (
                c.codingPath,
                Message("schema.expected", ["expected": describe(t), "found": found(at: c.codingPath, in: root)])
            )
        case .valueNotFound(let t, let c):
            (path, message) = (
                c.codingPath,
                Message("schema.expected", ["expected": describe(t), "found": .message(Message("node.nothing"))])
            )
        case .keyNotFound(let key, let c):
            (path, message) = (c.codingPath, Message("schema.missing-key.bare", ["key": "\(key.stringValue)"]))
        case .dataCorrupted(let c):
            (path, message) = (c.codingPath, .verbatim(c.debugDescription))
        @unknown default:
            (path, message) = ([], .verbatim("\(error)"))
        }
        let (node, reached) = walk(root, path)
        let loc = node.mark.map { SourceLocation(file: fileName, line: $0.line, column: $0.column) }
        let hint = reached < path.count ? Message("schema.value-missing-here") : nil
        return Diagnostic(.error, prefixed(path, message), at: loc, hint: hint, code: "schema.decode")
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
            .error, problem.atKey ? problem.messageText : prefixed(path, problem.messageText), at: loc,
            hint: problem.hintText, code: problem.code)
    }

    /// "grid.linePitch: message", "headings[2].font: message", or the message alone for the root.
    static func prefixed(_ path: [any CodingKey], _ message: Message) -> Message {
        let text = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        if text.isEmpty { return message }
        return Message(
            "path.prefixed",
            ["path": "\(text.hasPrefix(".") ? String(text.dropFirst()) : text)", "message": .message(message)])
    }

    /// Follows a coding path as far as the nodes go, finding keys as `NodeDecoder` finds them (merge keys applied);
    /// returns the node and how many steps it took.
    static func walk(_ root: Node, _ path: [CodingKey]) -> (Node, Int) {
        var node = root, steps = 0
        for key in path {
            if let i = key.intValue, case .sequence(let seq) = node, i >= 0, i < seq.count {
                node = Array(seq)[i]
            } else if case .mapping(let m) = node,
                let v = NodeDecoder.value(for: key.stringValue, in: NodeDecoder.merged(m))
            {
                node = v
            } else {
                break
            }
            steps += 1
        }
        return (node, steps)
    }

    private static func found(at path: [CodingKey], in root: Node) -> MessageArgument {
        let (node, steps) = walk(root, path)
        return steps == path.count ? NodeReader.what(node) : .message(Message("node.nothing"))
    }

    private static func describe(_ type: Any.Type) -> MessageArgument {
        switch type {
        case is String.Type: return .message(Message("node.text"))
        case is Int.Type: return .message(Message("node.whole-number"))
        case is Double.Type: return .message(Message("node.number"))
        case is Bool.Type: return .message(Message("node.bool"))
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return .message(Message("node.list")) }
            if name.hasPrefix("Dictionary") { return .message(Message("node.mapping")) }
            return "\(name)"
        }
    }
}
