import Testing
import Foundation
import FolioData
import FolioDocument
import FolioTestSupport

/// Paths and loaders shared by the tests.
enum Fixture {
    /// The bundled dataset.
    static let bundledURL = Checkout.bundledReport
    /// The gongwen theme.
    static let themeURL = Checkout.theme("gongwen")
    /// This target's goldens.
    static let goldens = Checkout.url("Tests/FolioDataTests/Goldens")
    /// This target's fixtures (data files, the schema validator).
    static let fixtures = Checkout.url("Tests/FolioDataTests/Fixtures")

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
}
