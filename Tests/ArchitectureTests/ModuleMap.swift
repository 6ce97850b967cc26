import Foundation

/// One row of the module table of docs/architecture.md.
struct ModuleRow: Equatable {
    /// The modules the row is about (every `name` in backticks in its first cell).
    var modules: [String]
    /// What the modules may import (every `name` in backticks in its last cell).
    var mayImport: [String]
    /// A row for modules that are not targets yet: its first cell says "(planned)".
    var planned: Bool
    /// The row's line in the document, from 1.
    var line: Int
}

/// The module table of docs/architecture.md: the first Markdown table after the "## Modules" heading, with the
/// columns module | owns | may import.
enum ModuleMap {
    /// A table the reader cannot follow.
    struct ParseError: Error, CustomStringConvertible {
        /// What was not understood.
        var description: String
    }

    /// The rows of the module table in `markdown`, in order.
    static func rows(in markdown: String) throws -> [ModuleRow] {
        let lines = markdown.components(separatedBy: "\n")
        guard let heading = lines.firstIndex(where: { $0.hasPrefix("## Modules") }) else {
            throw ParseError(description: "no “## Modules” heading")
        }
        guard let start = lines[heading...].firstIndex(where: { $0.hasPrefix("|") }) else {
            throw ParseError(description: "no table after “## Modules”")
        }
        let table = lines[start...].prefix { $0.hasPrefix("|") }
        var rows: [ModuleRow] = []
        for (offset, line) in table.enumerated() where offset >= 2 {   // header and separator
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            guard cells.count == 3, let first = cells.first, let last = cells.last else {
                throw ParseError(description: "line \(start + offset + 1): a row needs 3 cells, has \(cells.count)")
            }
            let modules = backticked(first)
            guard !modules.isEmpty else {
                throw ParseError(description: "line \(start + offset + 1): no `module` in the first cell")
            }
            rows.append(
                ModuleRow(
                    modules: modules, mayImport: backticked(last),
                    planned: first.contains("(planned)"), line: start + offset + 1))
        }
        return rows
    }

    /// Every word in backticks in `cell` that is a module name (letters, digits, `_`).
    static func backticked(_ cell: Substring) -> [String] {
        cell.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }
            .map { String($0.element) }
            .filter { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }
    }
}

/// The modules a Swift file imports.
enum SourceImports {
    /// The module of every `import` declaration in `source` (attributes such as `@testable` and kinds such as
    /// `import struct M.T` allowed; `M.Sub` counts as `M`), with its line number from 1. Lines inside multi-line
    /// string literals are not declarations.
    static func modules(in source: String) -> [(module: String, line: Int)] {
        var found: [(module: String, line: Int)] = []
        var inLiteral = false
        for (index, line) in source.components(separatedBy: "\n").enumerated() {
            let quotes = line.components(separatedBy: "\"\"\"").count - 1
            defer { if quotes % 2 == 1 { inLiteral.toggle() } }
            guard !inLiteral, let match = line.wholeMatch(of: declaration) else { continue }
            found.append((String(match.output.1), index + 1))
        }
        return found
    }

    /// An import declaration alone on its line: attributes, `import`, an optional kind, the module path, an
    /// optional comment.
    nonisolated(unsafe) static let declaration =
        /\s*(?:@[A-Za-z_]+\s+)*import\s+(?:(?:struct|class|enum|protocol|typealias|func|var|let|actor)\s+)?([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z_][A-Za-z0-9_.]*)?\s*(?:;\s*)?(?:\/\/.*)?/
}
