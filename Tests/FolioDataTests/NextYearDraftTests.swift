import Testing
import Foundation
import FolioData
import FolioDocument

/// `folio new-year`'s logic: the drafted dataset builds, with one warning per figure to fill in.
@Suite("Next year's draft")
struct NextYearDraftTests {
    /// The bundled report as it was before it stated report.period (its expressions name years).
    static func byYear() throws -> String {
        try String(contentsOf: Fixture.fixtures.appendingPathComponent("xx-town-by-year.yaml"), encoding: .utf8)
    }

    @Test func bundledReportDraftsAndBuilds() throws {
        let draft = try NextYearDraft.draft(yaml: Self.byYear(), fileName: "xx.yaml", year: 2021)
        #expect(draft.yaml.contains("农民人均纯收入: { unit: 元, values: { 2015: 8740, 2020: 11379, 2021: !todo 11379 } }"))
        #expect(draft.yaml.contains("国土面积: { unit: 平方公里, value: !todo 118.6 }"))
        #expect(draft.yaml.contains("耕地面积: { unit: 亩, sum: [水田面积, 旱田面积] }"))
        #expect(draft.yaml.contains("达到{农民人均纯收入[2021]}元，比2015年的{农民人均纯收入[2015]}元"))
        #expect(draft.yaml.contains("{增长率(农民人均纯收入, 2015, 2021)}"))
        #expect(draft.yaml.contains("date: 【待填】"))
        #expect(
            draft.yaml.hasPrefix("# Drafted by `folio new-year --year 2021` from xx.yaml")
                && draft.yaml.contains(" one.\n# A copy of the bundled report"))
        let (dataset, warnings) = try DatasetLoader.load(yaml: draft.yaml, fileName: "xx-2021.yaml")
        let todo = warnings.filter { $0.code == "data.todo" }
        let figures = dataset.values.filter { $0.parts.isEmpty }.count
        // One marker per figure, and the date of writing.
        #expect(todo.count == figures + 1 && figures == 50)
        #expect(warnings.allSatisfy { $0.code == "data.todo" })
        #expect(todo.first?.message == "report.date is still to fill in")
        let first = try #require(todo.dropFirst().first)
        #expect(first.message == "data.距县城里程.value is still to fill in: 21 is the previous period’s figure")
        #expect(first.location?.line == 25)
        let doc = try Document.resolve(dataset, theme: Fixture.theme()).document
        #expect(doc.plainText.contains("图1 2015—2021年农民人均纯收入及其增长速度"))
        #expect(dataset.value(named: "农民人均纯收入")?.points.map(\.year) == ["2015", "2020", "2021"])
        #expect(draft.notes.contains { $0.code == "newyear.literal-year" })
        #expect(draft.notes.allSatisfy { $0.code == "newyear.literal-year" }, "\(draft.notes.map(\.description))")
    }

    @Test func blockMappingsAndLiteralYears() throws {
        let yaml = """
            report:
              title: 年报
              issuer: 某机关
              date: "2021-03-05"
            data:
              产值:
                unit: 万元
                values:
                  2019: 10.5
                  2020: 12.5
              人口: 300
            body:
              - p: "2020年产值{产值[2020]}万元，比上年增长{增长率(产值, 2019, 2020)}，人口{人口}人。"
            """
        let draft = try NextYearDraft.draft(yaml: yaml, fileName: "t.yaml", year: 2021)
        #expect(draft.yaml.contains("      2020: 12.5\n      2021: !todo 12.5\n  人口: !todo 300\n"))
        // The year before moves with the year in the expression that names both: 比上年 stays a comparison with
        // the year before (a base year further back, as 2015 in `bundledReportDraftsAndBuilds`, stays).
        #expect(draft.yaml.contains("2020年产值{产值[2021]}万元，比上年增长{增长率(产值, 2020, 2021)}"))
        #expect(draft.notes.map(\.location?.line) == [13])
        #expect(draft.yaml.contains("date: \"【待填】\"\n"))
        // The clerk fills in the figures: 比上年增长 from the data.
        let filled = draft.yaml.replacingOccurrences(of: "!todo 12.5", with: "13.8")
            .replacingOccurrences(of: "!todo 300", with: "310")
            .replacingOccurrences(of: "\"【待填】\"", with: "\"2022-03-04\"")
        let (_, warnings) = try DatasetLoader.load(yaml: filled, fileName: "t.yaml")
        #expect(warnings.isEmpty)
        #expect(try Fixture.resolve(filled).plainText.contains("2020年产值13.8万元，比上年增长10.4%，人口310人。"))
    }

    @Test func refusesAYearTheDataAlreadyHas() {
        #expect(throws: DiagnosticError.self) {
            try NextYearDraft.draft(yaml: Self.byYear(), fileName: "xx.yaml", year: 2020)
        }
    }
}
