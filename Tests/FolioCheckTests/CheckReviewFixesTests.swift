import FolioCheck
import FolioData
import FolioTestSupport
import Testing

/// Defects a new user's review found on real county documents: each sentence is the document's own.
@Suite struct CheckReviewFixesTests {
    /// The findings of `rule` for one paragraph, as their excerpts.
    func excerpts(_ rule: String, _ paragraph: String) throws -> [String] {
        try CheckFixture.findings(rule, in: paragraph).map(\.excerpt)
    }

    /// 甘谷县2024年财政决算 (http://www.gangu.gov.cn/info/3221/697442.htm), its second and third paragraphs: every
    /// figure agrees (46744 / (409525 + 46744) = 10.2%), but the 比 of 同比 was read as a comparison and the 减收/减支
    /// amount as last year's value, two errors that blocked the build.
    static let gangu = [
        "2024年，全县大口径财政收入累计完成67955万元，占预算101032万元的67.3%，较上年同期99895万元下降32.0%，减收31940万元。其中：一般公共预算收入42100万元，完成预算49531万元的85.0%，短收7431万元，同比下降10.2%，减收4800万元；政府性基金收入3089万元，完成预算24850万元的12.4%，短收21761万元，同比减收31430万元，下降91.1%。",
        "财政总支出450432万元，较上年同期526499万元减支76067万元，下降14.4%。其中：一般公共预算支出409525万元，同比减支46744万元，下降10.2%；政府性基金预算支出40907万元，较上年同期70230万元减支29323万元，下降41.8%。",
    ]

    @Test func arithmetic_reads_tongbi_and_jianshou_as_the_change() throws {
        for paragraph in Self.gangu { #expect(try excerpts("arithmetic.claim", paragraph).isEmpty) }
        // 同比 names no base, whatever follows it.
        #expect(try excerpts("arithmetic.claim", "收入3089万元，同比减收31430万元，下降91.1%。").isEmpty)
    }

    @Test func arithmetic_still_checks_jianshou_after_a_real_base() throws {
        // 减收 and 减支 state the change itself: 34519 − 31430 = 3089, and 31430 / 34519 = 91.1%.
        let base = "政府性基金收入3089万元，完成预算24850万元的12.4%，短收21761万元，比上年34519万元减收31430万元，"
        #expect(try excerpts("arithmetic.claim", base + "下降91.1%。").isEmpty)
        #expect(try excerpts("arithmetic.claim", base + "下降81.1%。") == ["81.1"])
        #expect(try excerpts("arithmetic.claim", "支出409525万元，比上年456269万元减支40000万元，下降10.2%。") == ["40000"])
        #expect(try excerpts("arithmetic.claim", "支出409525万元，比上年456269万元增支46744万元，增长10.2%。") == ["409525"])
    }

    /// A dataset whose date is still to fill, with `body` lines after `body:` (line 5).
    static func pending(_ body: String) -> String {
        ["report:", "  title: 标题", "  issuer: 某机关", "  date: 【待填】", "body:", body].joined(separator: "\n")
    }

    @Test func pending_date_is_reported_at_the_date_as_build_words_it() throws {
        let f = try CheckFixture.check(yaml: Self.pending("  - p: 正文。")).findings(of: "todo.marker")
        #expect(f.count == 1)
        #expect(f.first?.location == SourceLocation(file: "t.yaml", line: 4, column: 9))
        #expect(f.first?.message == "report.date is still to fill in")
        #expect(f.first?.fix?.contains("2026-01-20") == true)
        #expect(f.first?.fix?.contains("folio build") == true)
    }

    @Test func placeholder_table_caption_is_to_fill() throws {
        let table = [
            "  - table:", "      caption: \"（表题）\"", "      columns: [\"指标\", \"数值\"]", "      rows:",
            "        - [\"收入\", \"1\"]",
        ]
        let yaml = MinimalDataset.yaml(body: table.joined(separator: "\n"), sampleData: false)
        let f = try CheckFixture.check(yaml: yaml).findings(of: "todo.marker")
        #expect(f.map(\.excerpt) == ["（表题）"])
        #expect(f.first?.severity == .warning)
        #expect(f.first?.location == SourceLocation(file: "t.yaml", line: 7, column: 17))
        let named = yaml.replacingOccurrences(of: "（表题）", with: "2024年收入情况")
        #expect(try CheckFixture.check(yaml: named).findings(of: "todo.marker").isEmpty)
    }

    /// The title and issuer `folio import` writes when it finds none (甘谷县's 决算 page imported: `title: "（标题）"`,
    /// `issuer: !todo "（发文机关）"`) are to fill in like （表题）: a final PDF printed them, and check said nothing.
    @Test func placeholder_title_and_issuer_are_to_fill() throws {
        let yaml = MinimalDataset.yaml(body: "  - p: 正文。", sampleData: false)
            .replacingOccurrences(of: "  title: 标题", with: "  title: \"（标题）\"")
            .replacingOccurrences(of: "  issuer: 某机关", with: "  issuer: !todo \"（发文机关）\"")
        let f = try CheckFixture.check(yaml: yaml).findings(of: "todo.marker")
        #expect(Set(f.map(\.excerpt)) == ["（标题）", "（发文机关）"])
        #expect(f.contains { $0.location?.line == 3 } && f.contains { $0.location?.line == 2 })
        let named = yaml.replacingOccurrences(of: "\"（标题）\"", with: "关于示例的报告")
            .replacingOccurrences(of: "!todo \"（发文机关）\"", with: "某机关")
        #expect(try CheckFixture.check(yaml: named).findings(of: "todo.marker").isEmpty)
    }

    /// The diff of a figure in `unit` from `old` to `new`, one line each way.
    func diff(unit: String, _ old: String, _ new: String) throws -> DatasetDiff {
        let yaml = { (v: String) in
            MinimalDataset.yaml(
                data: "  比率: { unit: \"\(unit)\", values: { 2023: 1, 2024: \(v) } }", body: "  - p: 正文。",
                sampleData: false)
        }
        let a = try DatasetLoader.load(yaml: yaml(old), fileName: "a.yaml").dataset
        let b = try DatasetLoader.load(yaml: yaml(new), fileName: "b.yaml").dataset
        return DatasetDiff(old: a, new: b)
    }

    @Test func diff_words_a_rate_change_in_points() throws {
        let up = try diff(unit: "%", "6.6", "6.8")
        #expect(up.figures.first?.contains("6.6% → 6.8%") == true)
        #expect(up.figures.first?.contains("提高0.2个百分点") == true)
        #expect(up.figureRows.first?.last == "提高0.2个百分点")
        #expect(try diff(unit: "%", "15", "12").figureRows.first?.last == "下降3个百分点")
        #expect(try diff(unit: "‰", "7.25", "6.75").figureRows.first?.last == "下降0.50个千分点")
        #expect(try diff(unit: "元", "100", "110").figureRows.first?.last == "增长10.0%")
    }
}
