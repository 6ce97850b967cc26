import Foundation

/// A target of Package.swift as the architecture test needs it: its name, kind, folder and direct dependencies.
struct ManifestTarget: Equatable {
    /// The target's name (`name:`).
    var name: String
    /// `target`, `systemLibrary`, `executableTarget`, `testTarget`, …
    var kind: String
    /// The folder of its sources relative to the package root (`path:`, else Sources/NAME or Tests/NAME).
    var path: String
    /// Folders or files under `path` that are not sources (`exclude:`).
    var excluded: [String]
    /// Direct dependencies by module name: targets by name, products by product name.
    var dependencies: [String]
}

/// Reads the `targets:` list of a Package.swift written in the plain style of this package: each target a
/// `.kind(name: "…", dependencies: […], path: "…", exclude: […], …)` call with string literals. Anything else
/// (a target built in a variable, a name from a constant) is reported as a parse error, not guessed at.
enum PackageManifest {
    /// A Package.swift the reader cannot follow.
    struct ParseError: Error, CustomStringConvertible {
        /// What was not understood.
        var description: String
    }

    /// The targets declared in `source` (the text of a Package.swift), in order.
    static func targets(in source: String) throws -> [ManifestTarget] {
        let text = SwiftText.strippingComments(source)
        guard let list = SwiftText.bracketed(after: "targets:", in: text) else {
            throw ParseError(description: "Package.swift has no `targets: [ … ]` list")
        }
        return try SwiftText.topLevelElements(list).map(target)
    }

    /// One `.kind(arguments)` element of the targets list.
    private static func target(_ element: String) throws -> ManifestTarget {
        guard element.hasPrefix("."), let open = element.firstIndex(of: "("), element.hasSuffix(")") else {
            throw ParseError(description: "a target that is not a `.kind(…)` call: \(element.prefix(60))")
        }
        let kind = String(element[element.index(after: element.startIndex)..<open])
        let arguments = String(element[element.index(after: open)..<element.index(before: element.endIndex)])
        guard let name = SwiftText.stringArgument("name:", in: arguments) else {
            throw ParseError(description: "a .\(kind) target without a literal `name:`")
        }
        var dependencies: [String] = []
        if let list = SwiftText.bracketed(after: "dependencies:", in: arguments) {
            dependencies = try SwiftText.topLevelElements(list).map { try dependency($0, of: name) }
        }
        var excluded: [String] = []
        if let list = SwiftText.bracketed(after: "exclude:", in: arguments) {
            excluded = SwiftText.topLevelElements(list).compactMap(SwiftText.stringLiteral)
        }
        let folder = kind == "testTarget" ? "Tests" : "Sources"
        let path = SwiftText.stringArgument("path:", in: arguments) ?? "\(folder)/\(name)"
        return ManifestTarget(name: name, kind: kind, path: path, excluded: excluded, dependencies: dependencies)
    }

    /// The module name of one dependency: `"Name"`, `.target(name: "Name")`, `.byName(name: "Name")` or
    /// `.product(name: "Name", package: "…")`.
    private static func dependency(_ element: String, of target: String) throws -> String {
        if let literal = SwiftText.stringLiteral(element) { return literal }
        if element.hasPrefix(".product(") || element.hasPrefix(".target(") || element.hasPrefix(".byName("),
            let name = SwiftText.stringArgument("name:", in: element)
        {
            return name
        }
        throw ParseError(description: "\(target): a dependency the test cannot read: \(element)")
    }
}

/// Small readers of Swift source text: comments, brackets and string literals.
enum SwiftText {
    /// `source` without `//` and `/* */` comments (string literals kept as they are).
    static func strippingComments(_ source: String) -> String {
        var out = ""
        var chars = Array(source)[...]
        var inString = false
        while let c = chars.first {
            if inString {
                out.append(c); chars = chars.dropFirst()
                if c == "\\", let next = chars.first {
                    out.append(next); chars = chars.dropFirst()
                } else if c == "\"" {
                    inString = false
                }
            } else if c == "\"" {
                inString = true; out.append(c); chars = chars.dropFirst()
            } else if c == "/", chars.dropFirst().first == "/" {
                chars = chars.drop { $0 != "\n" }
            } else if c == "/", chars.dropFirst().first == "*" {
                chars = chars.dropFirst(2)
                while !chars.isEmpty && !(chars.first == "*" && chars.dropFirst().first == "/") {
                    chars = chars.dropFirst()
                }
                chars = chars.dropFirst(2)
            } else {
                out.append(c); chars = chars.dropFirst()
            }
        }
        return out
    }

    /// The text between the `[` that follows `label` at the top level of `text` and its matching `]`.
    static func bracketed(after label: String, in text: String) -> String? {
        var depth = 0
        var inString = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if inString {
                if c == "\\" {
                    index = text.index(after: index); if index == text.endIndex { break }
                } else if c == "\"" {
                    inString = false
                }
            } else if c == "\"" {
                inString = true
            } else if "([{".contains(c) {
                depth += 1
            } else if ")]}".contains(c) {
                depth -= 1
            } else if depth <= 1, text[index...].hasPrefix(label), isWordStart(index, in: text) {
                let rest = text[text.index(index, offsetBy: label.count)...].drop { $0 == " " || $0 == "\n" }
                guard rest.first == "[" else { return nil }
                return matched(rest)
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Whether `index` starts a word (the character before it is not part of an identifier).
    private static func isWordStart(_ index: String.Index, in text: String) -> Bool {
        guard index > text.startIndex else { return true }
        let before = text[text.index(before: index)]
        return !(before.isLetter || before.isNumber || before == "_")
    }

    /// The inside of the bracket that `text` starts with, up to its matching close.
    private static func matched(_ text: Substring) -> String? {
        var depth = 0
        var inString = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if inString {
                if c == "\\" {
                    index = text.index(after: index); if index == text.endIndex { break }
                } else if c == "\"" {
                    inString = false
                }
            } else if c == "\"" {
                inString = true
            } else if "([{".contains(c) {
                depth += 1
            } else if ")]}".contains(c) {
                depth -= 1
                if depth == 0 { return String(text[text.index(after: text.startIndex)..<index]) }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The comma-separated elements of a list's inside, split at its top level only, trimmed, empty ones dropped.
    static func topLevelElements(_ list: String) -> [String] {
        var elements: [String] = []
        var current = ""
        var depth = 0
        var inString = false
        var escaped = false
        for c in list {
            if inString {
                if escaped {
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    inString = false
                }
            } else if c == "\"" {
                inString = true
            } else if "([{".contains(c) {
                depth += 1
            } else if ")]}".contains(c) {
                depth -= 1
            } else if c == ",", depth == 0 {
                elements.append(current); current = ""; continue
            }
            current.append(c)
        }
        elements.append(current)
        return elements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The string literal `"…"` that `element` is, without its quotes; nil when it is something else.
    static func stringLiteral(_ element: String) -> String? {
        let trimmed = element.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\""),
            !trimmed.dropFirst().dropLast().contains("\"")
        else { return nil }
        return String(trimmed.dropFirst().dropLast())
    }

    /// The string literal after `label` at the top level of an argument list (`name: "X"` → X).
    static func stringArgument(_ label: String, in arguments: String) -> String? {
        let inner: String
        if let open = arguments.firstIndex(of: "("), arguments.hasPrefix(".") {
            inner = String(arguments[arguments.index(after: open)...].dropLast())
        } else {
            inner = arguments
        }
        for element in topLevelElements(inner) where element.hasPrefix(label) {
            return stringLiteral(String(element.dropFirst(label.count)))
        }
        return nil
    }
}
