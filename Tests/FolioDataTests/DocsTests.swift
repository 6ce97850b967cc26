import Testing
import Foundation
import FolioTestSupport
@testable import FolioData
import FolioDocument

/// docs/dataset.md and the JSON Schema stay true: the example builds and is shown unchanged, every
/// format example prints what the page says, the bundled datasets validate against the schema, and
/// the schema knows every key the reader accepts.
@Suite("Dataset documentation and schema")
struct DocsTests {
    static let docs = Checkout.url("docs")
    static let exampleURL = docs.appendingPathComponent("example.yaml")
    static let schemaURL = Checkout.url("Assets/schema/folio-dataset.schema.json")

    static func page() throws -> String {
        try String(contentsOf: docs.appendingPathComponent("dataset.md"), encoding: .utf8)
    }

    @Test func exampleBuildsWithoutWarningsAndIsShownOnThePage() throws {
        let (dataset, warnings) = try DatasetLoader.load(contentsOf: Self.exampleURL)
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
        let text = try Document.resolve(dataset, theme: Fixture.theme()).document.plainText
        let page = try Self.page()
        let example = try String(contentsOf: Self.exampleURL, encoding: .utf8)
        let csv = try String(contentsOf: Self.docs.appendingPathComponent("example-figures.csv"), encoding: .utf8)
        #expect(page.contains("```yaml\n" + example + "```"))
        #expect(page.contains("```csv\n" + csv + "```"))
        // The printed text shown on the page (up to its “…”) is the start of what the example prints.
        let shown = try #require(
            page.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "…\n```").first)
        #expect(
            !shown.isEmpty && text.hasPrefix(shown),
            "docs/dataset.md shows:\n\(shown)\nbut the example prints:\n\(text)")
        #expect(text.contains("表2 民生实事完成情况"))
    }

    @Test func everyFormatExampleOnThePagePrintsWhatItSays() throws {
        let (dataset, _) = try DatasetLoader.load(contentsOf: Self.exampleURL)
        let rows = try Self.page().components(separatedBy: "\n").compactMap { line -> (String, String)? in
            guard let m = line.wholeMatch(of: /\| `\{([^`]*)\}` \| ([^|`]+) \|/) else { return nil }
            return (String(m.1), String(m.2).trimmingCharacters(in: .whitespaces))
        }
        #expect(rows.count >= 12)
        for (source, printed) in rows {
            #expect(try dataset.evaluate(ExpressionParser.parse(source)).formatted == printed, "{\(source)}")
        }
    }

    @Test func bundledExampleAndDraftValidateAgainstTheSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft-2021.yaml")
        try NextYearDraft.draft(yaml: Fixture.bundledYAML(), fileName: "x.yaml", year: 2021).yaml
            .write(to: draft, atomically: true, encoding: .utf8)
        let ok = try Self.validate([Fixture.bundledURL, Self.exampleURL, draft])
        #expect(ok.status == 0, "\(ok.output)")
        // The validator can fail: a misspelt key is caught.
        let bad = folder.appendingPathComponent("bad.yaml")
        try MinimalDataset.yaml(data: "  产量: { uint: 吨, value: 3 }").write(to: bad, atomically: true, encoding: .utf8)
        let failed = try Self.validate([bad])
        #expect(failed.status == 1 && failed.output.contains("data/产量"), "\(failed.output)")
    }

    /// Runs Fixtures/validate_schema.py (python3 with jsonschema and PyYAML).
    static func validate(_ files: [URL]) throws -> (status: Int32, output: String) {
        let script = Fixture.fixtures.appendingPathComponent("validate_schema.py")
        let r = try ToolRun.run("python3", [script.path, schemaURL.path] + files.map(\.path))
        return (r.status, r.stdout + r.stderr)
    }

    @Test func schemaKnowsEveryKeyTheReaderAccepts() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any] ?? [:]
        let defs = json["definitions"] as? [String: Any] ?? [:]
        func keys(_ object: Any?) -> Set<String> {
            Set(((object as? [String: Any])?["properties"] as? [String: Any] ?? [:]).keys)
        }
        func def(_ name: String) -> Any? { defs[name] }
        func branch(_ name: String, _ i: Int) -> Any? { ((defs[name] as? [String: Any])?["anyOf"] as? [Any])?[i] }
        #expect(keys(json) == Set(NodeReader.topKeys))
        #expect(keys(def("report")) == Set(NodeReader.reportKeys))
        #expect(keys(branch("figure", 1)) == Set(NodeReader.valueKeys))
        #expect(keys(branch("dataFile", 1)) == Set(NodeReader.dataFileKeys))
        #expect(keys(def("table")) == Set(NodeReader.tableKeys))
        #expect(keys(def("chart")) == Set(NodeReader.chartKeys))
        let sectionKeys = keys(((defs["item"] as? [String: Any])?["anyOf"] as? [Any])?[3])
        #expect(sectionKeys == Set(NodeReader.sectionKeys))
    }
}
