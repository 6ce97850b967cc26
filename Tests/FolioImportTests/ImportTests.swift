import Foundation
import Testing
import FolioCheck
import FolioData
import FolioImport
import FolioTestSupport

/// `folio import`: structure, figures, and the seed's errors surviving the import so `folio check` finds them.
@Suite struct ImportTests {
    static let seed = Checkout.seed
    static let date = DatasetDate(year: 2021, month: 7, day: 15)
    /// The word lists of Assets/checks, as `folio check` loads them.
    static let lists: CheckLists = {
        (try? CheckLists.load(from: Checkout.assets.appendingPathComponent("checks"))) ?? CheckLists()
    }()

    /// The seed imported.
    static func importedSeed() throws -> ReportImporter.Result {
        ReportImporter(sourceName: "seed.txt", date: date).run(try ReportImporter.text(at: seed))
    }

    @Test func headings_become_sections_and_figures_become_data() throws {
        let text = """
            XX镇2020年工作总结
            一、基本情况
            全镇国土面积118.6平方公里，总人口11531人，森林覆盖率68％。
            二、主要工作
            （一）抓党建，让组织“强起来”。坚持把党建作为首要任务。
            （二）抓经济
            2020年全镇农民人均纯收入达到11379元，比2015年的8740元增加2639元，增长30.2％；财政收入2687.8万元。
            1.一个三级标题
            """
        let r = ReportImporter(sourceName: "t.txt", date: Self.date).run(text)
        #expect(r.sectionCount == 5)
        #expect(r.yaml.contains("title: \"XX镇{本年}年工作总结\"\n  issuer: \"XX镇\"\n  date: 2021-07-15\n  period: 2020\n"))
        #expect(r.yaml.contains("- section: \"基本情况\""))
        #expect(r.yaml.contains("- section: \"抓党建，让组织“强起来”。\"\n        run-in: \"坚持把党建作为首要任务。\""))
        #expect(r.yaml.contains("\"国土面积\": { unit: \"平方公里\", value: 118.6 }"))
        #expect(r.yaml.contains("\"森林覆盖率\": { unit: \"%\", value: 68 }"))
        #expect(r.yaml.contains("\"农民人均纯收入\": { unit: \"元\", values: { 2015: 8740, 2020: 11379 } }"))
        #expect(
            r.yaml.contains(
                "达到{农民人均纯收入[本期]}元，比2015年的{农民人均纯收入[2015]}元增加{农民人均纯收入[本期] - 农民人均纯收入[2015]}元，增长{增长率(农民人均纯收入, 2015, 本期)}；"
            ))
        // The import loads, and prints what the text said.
        let (dataset, _) = try DatasetLoader.load(yaml: r.yaml, fileName: "t.yaml")
        #expect(dataset.body.count == 2)
        let report = Checker(lists: Self.lists).check(dataset, source: SourceMap(file: "t.yaml", text: r.yaml))
        #expect(report.findings.isEmpty, "\(report.text)")
    }

    @Test func seed_import_loads_and_lists_what_it_left() throws {
        let result = try Self.importedSeed()
        _ = try DatasetLoader.load(yaml: result.yaml, fileName: "imported.yaml")
        #expect(result.sectionCount == 11)
        #expect(result.figureCount >= 25)
        #expect(result.notes.contains { $0.line == 23 && $0.message.contains("二、") })
        #expect(result.notes.contains { $0.line == 12 && $0.message.contains("2639") })
        #expect(result.yaml.contains("\"农民人均纯收入\": { unit: \"元\", values: { 2015: 8740, 2020: 19 } }"))
    }

    /// Line of the imported YAML holding `text`.
    static func line(of text: String, in yaml: String) -> Int? {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    @Test func check_of_the_imported_seed_reports_every_known_error_at_its_line() throws {
        let yaml = try Self.importedSeed().yaml
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "imported.yaml")
        let report = Checker(lists: Self.lists).check(dataset, source: SourceMap(file: "imported.yaml", text: yaml))
        func at(_ rule: String, _ excerpt: String, lineWith marker: String) -> Bool {
            guard let line = Self.line(of: marker, in: yaml) else { return false }
            return report.findings.contains { $0.rule == rule && $0.excerpt == excerpt && $0.location?.line == line }
        }
        #expect(at("arithmetic.claim", "19", lineWith: "达到{农民人均纯收入[本期]}元"))
        #expect(at("numbering.heading", "二、", lineWith: "section: \"二、“十四五”工作规划\""))
        #expect(at("punctuation.quotes", "”", lineWith: "牢固树立“四各意识””"))
        #expect(at("punctuation.quotes", "”", lineWith: "积极打造了党建＋脱贫攻坚”"))
        #expect(at("repeat.word", "发展发展", lineWith: "因地制宜发展发展"))
        #expect(at("measure-word.ge", "各", lineWith: "全镇辖6各行政村"))
        #expect(at("confusion", "集", lineWith: "XX镇位于XX县东北部"))
        #expect(at("year.missing-nian", "2021底", lineWith: "到2021底"))
        let yuForWei = report.findings(of: "confusion").filter { $0.excerpt == "于" }
        #expect(yuForWei.count >= 20)
        // Each 于 finding points at a 于 of the imported file.
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map {
            Array(String($0).unicodeScalars)
        }
        for f in yuForWei {
            let l = (f.location?.line ?? 0) - 1, c = (f.location?.column ?? 0) - 1
            #expect(l >= 0 && l < lines.count && c >= 0 && c < lines[l].count && lines[l][c] == "于")
        }
        #expect(report.errorCount > 40)
    }
}
