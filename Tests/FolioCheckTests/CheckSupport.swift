import Foundation
import FolioCheck
import FolioData
import FolioTestSupport

/// Helpers for the check tests: a dataset from a paragraph, the standard lists from Assets/checks.
enum CheckFixture {
    /// The word lists of Assets/checks, loaded once.
    static let lists: CheckLists = {
        (try? CheckLists.load(from: Checkout.assets.appendingPathComponent("checks"))) ?? CheckLists()
    }()

    /// The minimal dataset (without its sample data) whose body is `paragraphs`, with `data` entries: the
    /// first paragraph is on line 6 without data, on line 7 + `data.count` with it.
    static func yaml(_ paragraphs: [String], data: [String] = []) -> String {
        MinimalDataset.yaml(
            data: data.map { "  " + $0 }.joined(separator: "\n"),
            body: MinimalDataset.paragraphs(paragraphs), sampleData: false)
    }

    /// Runs the standard checker on YAML text (locations refer to "t.yaml").
    static func check(yaml: String, disabled: Set<String> = []) throws -> CheckReport {
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        return Checker(lists: lists).check(dataset, source: SourceMap(file: "t.yaml", text: yaml), disabled: disabled)
    }

    /// The findings of `rule` for one paragraph.
    static func findings(_ rule: String, in paragraph: String, data: [String] = []) throws -> [Finding] {
        try check(yaml: yaml([paragraph], data: data)).findings(of: rule)
    }
}
