import Foundation
import Testing
import FolioCheck
import FolioData

/// Helpers for the check tests: a dataset from a paragraph, the standard lists from Assets/checks.
enum CheckFixture {
    /// The word lists of Assets/checks, loaded once.
    static let lists: CheckLists = {
        (try? CheckLists.load(from: TestPaths.root.appendingPathComponent("Assets/checks"))) ?? CheckLists()
    }()

    /// A dataset whose body is `paragraphs` (one section per `sections` entry, if given), with `data` lines.
    static func yaml(_ paragraphs: [String], data: [String] = []) -> String {
        var lines = ["report:", "  title: 测试报告", "  issuer: XX镇", "  date: 2021-07-15"]
        if !data.isEmpty { lines += ["data:"] + data.map { "  " + $0 } }
        lines.append("body:")
        for p in paragraphs { lines.append("  - p: \"\(p)\"") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Runs the standard checker on YAML text (locations refer to "t.yaml").
    static func check(yaml: String, disabled: Set<String> = []) throws -> CheckReport {
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        return Checker(lists: lists).check(dataset, source: SourceMap(file: "t.yaml", text: yaml), disabled: disabled)
    }

    /// The findings of `rule` for one paragraph (body line 6 of the YAML).
    static func findings(_ rule: String, in paragraph: String, data: [String] = []) throws -> [Finding] {
        try check(yaml: yaml([paragraph], data: data)).findings(of: rule)
    }
}
