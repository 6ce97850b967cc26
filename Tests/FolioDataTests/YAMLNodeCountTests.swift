import Foundation
import FolioTestSupport
import Testing

@testable import FolioData

/// The node count `DatasetLoader` checks before composing: a lower bound that never exceeds what libyaml composes,
/// close enough to it to refuse a file of millions of small nodes before the tree is built.
@Suite("YAML node count before composing") struct YAMLNodeCountTests {
    /// Nodes libyaml composes from `text` (aliases not expanded: none of the inputs below uses one).
    static func composed(_ text: String) throws -> Int {
        let root = try DatasetLoader.compose(text, fileName: "count.yaml")
        return YAMLGuard.expansion(of: root, nodes: .max, bytes: .max).nodes
    }

    static func counted(_ text: String) -> Int { YAMLGuard.nodesAtLeast(in: YAMLGuard.lines(of: Array(text.utf8))) }

    /// Every bundled dataset and theme, and every YAML fixture of the tests: real files of every shape the project
    /// reads (block scalars, quoted and plain multi-line scalars, flow lists, comments), and the hostile-input
    /// catalogue's cases that pass the text checks and compose (alias bombs and deep nesting are left out).
    static func realFiles() -> [URL] {
        let roots = ["Assets/reports", "Assets/themes", "docs", "Tests"].map { Checkout.url($0) }
        return roots.flatMap { root -> [URL] in
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects ?? []
            return files.compactMap { $0 as? URL }.filter {
                $0.pathExtension == "yaml" && !$0.path.contains("/Fuzz/")
            }
        }
    }

    @Test("never more than libyaml composes, and at least a third of it, on every YAML file of the checkout")
    func realFilesAreBoundedBelow() throws {
        var checked = 0
        for url in Self.realFiles() {
            guard let text = try? String(contentsOf: url, encoding: .utf8), !YAMLGuard.mentionsAliases(text),
                (try? DatasetLoader.checkLimits(text, fileName: url.path)) != nil,
                let actual = try? Self.composed(text)
            else { continue }
            let counted = Self.counted(text)
            #expect(counted <= actual, "\(url.path): counted \(counted), composed \(actual)")
            if actual >= 20 { #expect(counted * 3 >= actual, "\(url.path): counted \(counted) of \(actual)") }
            checked += 1
        }
        #expect(checked >= 50, "the checkout's YAML files were found (\(checked))")
    }

    @Test(
        "scalars that hold keys, entries or commas count as one node",
        arguments: [
            "k: |\n  a: 1\n  - b\n  c, d\nz: 2\n", "k: >-\n  a: 1\n\n  b: 2\n", "--- |\n  a: 1\n  b: 2\n",
            "k: \"a: 1\n  b: 2, [c]\n  - d\"\nz: 2\n", "k: 'it''s\n  a: b'\n", "k: plain text\n  - continued\n  more\n",
            "- a # b: c\n- 'x: y'\n- \"[1, 2]\"\n", "k: [a, 'b, c', \"d]\", {e: f}]\n", "? a\n: b\n",
            "k:\n  - - x\n    - y\n  - {a: [1, 2,], b: 3}\n",
        ])
    func tricky(_ text: String) throws {
        let actual = try Self.composed(text)
        #expect(Self.counted(text) <= actual, "counted \(Self.counted(text)), composed \(actual)")
    }

    @Test("many one-line keys and entries are counted as they are composed")
    func manySmallNodes() throws {
        let keys = "extra:\n" + (0..<1000).map { "  k\($0): 1\n" }.joined()
        #expect(Self.counted(keys) == 2002)
        #expect(try Self.composed(keys) == 2003)
        let entries = (0..<1000).map { _ in "- 1\n" }.joined()
        #expect(Self.counted(entries) == 1000)
        let flow = "k: [" + (0..<1000).map { "\($0)" }.joined(separator: ", ") + "]\n"
        #expect(Self.counted(flow) == 1002)
    }

    @Test("a file past the node limit is refused before composing, with the limit's diagnostic")
    func refusedBeforeComposing() {
        let text = "extra: [" + String(repeating: "1,", count: InputLimits.maxNodes) + "1]\n"
        #expect(throws: DiagnosticError.self) { try DatasetLoader.checkLimits(text, fileName: "big.yaml") }
        do {
            try DatasetLoader.checkLimits(text, fileName: "big.yaml")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.first?.code == "limit.nodes")
            #expect(error.diagnostics.first?.location?.line == 1)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
