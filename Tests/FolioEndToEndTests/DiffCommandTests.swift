import Foundation
import Testing
import FolioData
import FolioTestSupport

/// `folio diff OLD NEW` on docs/example.yaml against its next period, drafted by `folio new-year` and filled in
/// (the statistics station's file with the 2021 column beside it): figures with their growth, the printed
/// sentences that changed, the chart and table whose series changed; exit status 0.
@Suite struct DiffCommandTests {
    static let example = Checkout.root.appendingPathComponent("docs/example.yaml")

    /// The filled next period of docs/example.yaml in `folder`.
    static func nextPeriod(in folder: URL) throws -> URL {
        let draft = try NextPeriodDraft.draft(
            yaml: String(contentsOf: example, encoding: .utf8), fileName: "example.yaml",
            directory: example.deletingLastPathComponent())
        let filled: [(String, String)] = [("农民人均纯收入", "12517"), ("财政收入", "2956.6"), ("date:", "2022-01-20")]
        let lines = draft.yaml.components(separatedBy: "\n").map { line -> String in
            var l = line.replacingOccurrences(of: "!todo ", with: "")
            if let (_, figure) = filled.first(where: { l.contains($0.0) && l.contains("【待填】") }) {
                l = l.replacingOccurrences(of: "【待填】", with: figure)
            }
            return l.replacingOccurrences(of: "新建公厕: { unit: 座, value: 3 }", with: "新建公厕: { unit: 座, value: 5 }")
        }
        try "指标,单位,2019年,2020年,2021年,数值\n粮食产量,吨,5120,5386,5602,\n常住人口,人,,,,8642\n"
            .write(to: folder.appendingPathComponent("example-figures.csv"), atomically: true, encoding: .utf8)
        let url = folder.appendingPathComponent("example-2021.yaml")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func example_against_its_filled_next_period() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let next = try Self.nextPeriod(in: folder)
        let run = try FolioExecutable.run(["diff", Self.example.path, next.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for expected in [
            "+ 农民人均纯收入[2021] = 12517元 (增长10.0% on 2020)", "+ 财政收入[2021] = 2956.6万元 (增长10.0% on 2020)",
            "+ 粮食产量[2021] = 5602吨 (增长4.0% on 2020)", "新建公厕: 3座 → 5座 (增长66.7%)",
            "- YY镇2020年工作总结", "+ YY镇2021年工作总结",
            "- 2020年农民人均纯收入11379元，比上年增长9.2%；", "+ 2021年农民人均纯收入12517元，比上年增长10.0%；",
            "chart income: series 农民人均纯收入 changed (now 2019、2020、2021)",
            "table 1: periods 2019、2020 → 2020、2021",
        ] {
            #expect(lines.contains(expected), "\(expected) in \(run.stdout)")
        }
        // Unchanged prose is not listed.
        #expect(!run.stdout.contains("其中水田"))
    }

    @Test func a_dataset_against_itself_has_no_changes() throws {
        let run = try FolioExecutable.run(["diff", Self.example.path, Self.example.path])
        #expect(run.status == 0)
        #expect(run.stdout == "no changes\n")
    }

    @Test func a_dataset_that_does_not_load_is_an_input_error() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.yaml")
        try "report: [".write(to: broken, atomically: true, encoding: .utf8)
        let run = try FolioExecutable.run(["diff", Self.example.path, broken.path])
        #expect(run.status == 65)
    }

    @Test func as_a_pdf_with_the_changed_figures_marked() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let next = try Self.nextPeriod(in: folder)
        let pdf = folder.appendingPathComponent("changes.pdf")
        let run = try FolioExecutable.run(["diff", Self.example.path, next.path, "-o", pdf.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("新建公厕: 3座 → 5座 (增长66.7%)"))   // the text is still printed
        let text = try ToolRun.run("pdftotext", [pdf.path, "-"]).stdout.replacingOccurrences(of: " ", with: "")
        #expect(text.contains("数据集变更对照"))
        #expect(text.contains("变化的数据"))
        #expect(text.contains("新增时期") && text.contains("增长66.7%"))
        #expect(text.contains("〖2021〗年农民人均纯收入〖12517〗元"))
        #expect(text.contains("原文：2020年农民人均纯收入11379元"))
        // --format pdf to a name without .pdf; an input as the output is refused.
        let other = folder.appendingPathComponent("review")
        let named = try FolioExecutable.run(["diff", Self.example.path, next.path, "--format", "pdf", "-o", other.path])
        let bytes = try Data(contentsOf: other)
        #expect(named.status == 0 && bytes.starts(with: Array("%PDF".utf8)))
        let refused = try FolioExecutable.run([
            "diff", Self.example.path, next.path, "--format", "pdf", "-o", next.path,
        ])
        #expect(refused.status == 73)
    }
}
