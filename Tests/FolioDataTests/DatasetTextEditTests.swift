import FolioData
import Testing

/// One value replaced in a dataset's YAML text, everything else (comments, layout) kept.
@Suite struct DatasetTextEditTests {
    static let yaml = """
        # a comment kept
        report:
          title: "X镇{本期}工作"   # title comment
          issuer: X镇人民政府
          date: 2025-07-18
          period: 2025H1
        data:
          收入: { unit: 万元, values: { 2024H1: 10, 2025H1: !todo 12 } }   # figures
        body:
          - 收入{收入[本期]}万元, 好。
          - section: 一
            body:
              - '单引号''文本'
        """

    @Test func replacesPlainQuotedAndTaggedScalars() throws {
        let issuer = try #require(
            DatasetTextEdit.location(of: ["report", "issuer"], in: Self.yaml, fileName: "t.yaml"))
        var text = try DatasetTextEdit.replacing(
            in: Self.yaml, fileName: "t.yaml", line: issuer.line, column: issuer.column, with: .text("Y镇\"人民\"政府"))
        #expect(text.contains(#"issuer: "Y镇\"人民\"政府""#))
        // The tagged figure in a flow mapping: the tag goes, the comment stays.
        let line8 = String(Self.yaml.split(separator: "\n")[7])
        let col = try #require(line8.range(of: "!todo")).lowerBound.utf16Offset(in: line8) + 1
        text = try DatasetTextEdit.replacing(in: text, fileName: "t.yaml", line: 8, column: col, with: .number("13.5"))
        #expect(text.contains("values: { 2024H1: 10, 2025H1: 13.5 } }   # figures"))
        // A plain paragraph with a comma, and a single-quoted one.
        text = try DatasetTextEdit.replacing(
            in: text, fileName: "t.yaml", line: 10, column: 5, with: .text("新{收入[本期]}"))
        #expect(text.contains(#"  - "新{收入[本期]}""#))
        text = try DatasetTextEdit.replacing(in: text, fileName: "t.yaml", line: 13, column: 9, with: .text("换行\n后"))
        #expect(text.contains(#"- "换行\n后""#))
        #expect(text.hasPrefix("# a comment kept\n"))
        #expect(text.contains("# title comment"))
        let (dataset, _) = try DatasetLoader.load(yaml: text, fileName: "t.yaml")
        #expect(dataset.report.issuer == "Y镇\"人民\"政府")
    }

    @Test func refusesAPlaceWithoutAValue() throws {
        #expect(throws: DiagnosticError.self) {
            try DatasetTextEdit.replacing(in: Self.yaml, fileName: "t.yaml", line: 2, column: 3, with: .text("x"))
        }
        let block = "report:\n  title: |\n    多行\n    文本\n"
        #expect(throws: DiagnosticError.self) {
            try DatasetTextEdit.replacing(in: block, fileName: "t.yaml", line: 2, column: 10, with: .text("x"))
        }
    }
}
