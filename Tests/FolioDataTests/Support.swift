import Testing
import Foundation
import FolioData
import FolioDocument

/// Paths and loaders shared by the tests.
enum Fixture {
    /// The package root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The bundled dataset.
    static let bundledURL = root.appendingPathComponent("Assets/reports/xx-town-2016-2020.yaml")
    /// The gongwen theme.
    static let themeURL = root.appendingPathComponent("Assets/themes/gongwen.yaml")
    /// This target's goldens.
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// The bundled dataset's text.
    static func bundledYAML() throws -> String { try String(contentsOf: bundledURL, encoding: .utf8) }

    /// The gongwen theme.
    static func theme() throws -> Theme { try YAMLDocument.decode(Theme.self, from: themeURL) }

    /// Loads YAML text and resolves it with the gongwen theme.
    static func resolve(_ yaml: String, file: String = "test.yaml") throws -> Document {
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: file)
        return try Document.resolve(dataset, theme: theme()).document
    }

    /// The one diagnostic with `code` a load of `yaml` reports (recording an issue when there is not exactly one).
    static func only(_ code: String, in yaml: String) -> Diagnostic? {
        let found = problems(yaml).filter { $0.code == code }
        #expect(found.count == 1, "expected one \(code), got \(problems(yaml).map(\.description))")
        return found.first
    }

    /// The diagnostics a load throws (empty when it does not throw).
    static func problems(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
            return []
        } catch let e as DiagnosticError {
            return e.diagnostics
        } catch {
            return [Diagnostic(.error, "unexpected error \(error)")]
        }
    }

    /// A minimal dataset around a body and data, for error tests.
    static func minimal(data: String = "", body: String = "  - p: 正文") -> String {
        """
        report:
          title: 标题
          issuer: 某机关
          date: 2021-07-15
        data:
          收入: { unit: 元, values: { 2015: 100, 2020: 130 } }
          零基: { unit: 元, values: { 2015: 0, 2020: 5 } }
          面积: { unit: 亩, value: 21027.13 }
        \(data)
        body:
        \(body)
        """
    }
}
