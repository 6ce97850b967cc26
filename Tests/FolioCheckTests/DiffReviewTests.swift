import FolioCheck
import FolioData
import FolioTestSupport
import Testing

/// The review of `folio diff -o changes.pdf`: changed figures as rows, sentences paired old → new with the figures
/// that changed marked 〖〗, and a dataset that loads.
@Suite("Diff review")
struct DiffReviewTests {
    @Test func figuresThatChangedAreMarked() {
        #expect(
            DatasetDiff.marked("2021年收入12500元，比上年增长9.9%。", against: "2020年收入11379元，比上年增长9.2%。")
                == "〖2021〗年收入〖12500〗元，比上年增长〖9.9%〗。")
        #expect(
            DatasetDiff.marked("全镇耕地21027.13亩，新建公厕5座。", against: "全镇耕地21027.13亩，新建公厕3座。") == "全镇耕地21027.13亩，新建公厕〖5〗座。")
        #expect(DatasetDiff.marked("新增项目2个。", against: nil) == "新增项目〖2〗个。")
    }

    @Test func rowsPairsAndAReviewThatLoads() throws {
        let old = MinimalDataset.yaml(
            data: "  收入: { unit: 元, values: { 2019: 100, 2020: 110 } }\n  公厕: { unit: 座, value: 3 }",
            body: "  - \"收入{收入[2020]}元，公厕{公厕}座。\"", sampleData: false)
        let new = old.replacingOccurrences(of: "2020: 110 }", with: "2020: 110, 2021: 99 }")
            .replacingOccurrences(of: "value: 3", with: "value: 5")
            .replacingOccurrences(of: "收入[2020]", with: "收入[2021]")
        let a = try DatasetLoader.load(yaml: old, fileName: "a.yaml").dataset
        let b = try DatasetLoader.load(yaml: new, fileName: "b.yaml").dataset
        let diff = DatasetDiff(old: a, new: b)
        #expect(diff.figureRows == [["收入", "2021年", "", "99元", "新增时期，下降10.0%"], ["公厕", "—", "3座", "5座", "增长66.7%"]])
        #expect(diff.sentencePairs.count == 1)
        #expect(diff.sentencePairs.first?.old == "收入110元，公厕3座。")
        let yaml = diff.reviewYAML(oldName: "a.yaml", newName: "b.yaml", issuer: "某镇", date: "2022-01-10")
        #expect(yaml.contains("新文：收入〖99〗元，公厕〖5〗座。"))
        let review = try DatasetLoader.load(yaml: yaml, fileName: "changes.yaml").dataset
        #expect(review.report.subject == "a.yaml → b.yaml")
    }
}
