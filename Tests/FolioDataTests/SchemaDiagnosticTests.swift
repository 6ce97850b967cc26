import Testing
import FolioData
import FolioTestSupport

/// The error classes beyond those of `DiagnosticTests`: a unit that does not exist, a heading level
/// that skips, a bad display format, table shapes. Lines refer to `Fixture.minimal` (line 9 holds the
/// extra data line, line 11 the first body line).
@Suite("Schema diagnostics")
struct SchemaDiagnosticTests {
    func only(_ code: String, in yaml: String) -> Diagnostic? { Fixture.only(code, in: yaml) }

    @Test func unknownUnit() throws {
        let d = try #require(only("data.unknown-unit", in: MinimalDataset.yaml(data: "  产量: { unit: 万吨吨, value: 3 }")))
        #expect(d.message == "data.产量.unit “万吨吨” is not a known unit")
        #expect(d.hint?.hasPrefix("did you mean “万吨”?") == true)
        #expect(d.location == SourceLocation(file: "t.yaml", line: 9, column: 15))
        #expect(d.severity == .error)
    }

    @Test func knownUnitsIncludeMagnitudes() {
        for unit in ["元", "万元", "亿元", "万人", "人次", "亩", "万亩", "公顷", "%", "平方公里", "立方米", ""] {
            #expect(Units.isKnown(unit), "\(unit)")
        }
        for unit in ["圆", "万%", "亿年", "亩亩", "kg"] { #expect(!Units.isKnown(unit), "\(unit)") }
        #expect(Units.factor(from: "万元", to: "亿元") == 1e-4)
        #expect(Units.factor(from: "亩", to: "元") == nil)
    }

    @Test func headingLevelThatSkips() throws {
        let body = """
              - section: 甲
                body:
                  - section: 乙
                    level: 3
            """
        let d = try #require(only("structure.level-skip", in: MinimalDataset.yaml(body: body)))
        #expect(d.message == "the heading level skips: level 3 under a level-1 heading, where level 2 comes next")
        #expect(d.location == SourceLocation(file: "t.yaml", line: 14, column: 16))
        let top = try #require(
            only("structure.level-skip", in: MinimalDataset.yaml(body: "  - { section: 甲, level: 2 }")))
        #expect(top.message == "the heading level skips: level 2 at the top of the body, where level 1 comes next")
        #expect(top.location == SourceLocation(file: "t.yaml", line: 11, column: 26))
    }

    @Test func statedLevelThatMatchesIsFine() {
        #expect(
            Fixture.problems(
                MinimalDataset.yaml(body: "  - { section: 甲, level: 1, body: [\"{收入[2020]}{零基[2015]}{面积}\"] }")
            ).isEmpty)
    }

    @Test func badFormat() throws {
        let d = try #require(only("expr.syntax", in: MinimalDataset.yaml(body: "  - p: \"{面积:亿圆}\"")))
        #expect(d.message.hasPrefix("in “{面积:亿圆}”: “亿圆” is not a format"))
        #expect(d.location == SourceLocation(file: "t.yaml", line: 11, column: 9))
        let unit = try #require(only("expr.unit", in: MinimalDataset.yaml(body: "  - p: \"收入{收入[2020]:万亩}\"")))
        #expect(unit.message == "in “{收入[2020]:万亩}”: the figure is in 元, so it cannot be shown in 万亩")
        #expect(unit.location?.column == 11)
    }

    @Test func tableRowOfTheWrongLength() throws {
        let body = """
              - table:
                  caption: 指标
                  columns: [指标, 数值]
                  rows:
                    - [面积, "{面积}", 多余]
            """
        let d = try #require(only("table.row-length", in: MinimalDataset.yaml(body: body)))
        #expect(d.message == "row 1 of the table has 3 cells but the table has 2 columns")
        #expect(d.location == SourceLocation(file: "t.yaml", line: 15, column: 11))
    }

    @Test func tableIndicatorThatDoesNotExist() throws {
        let body = "  - table: { caption: 指标, indicators: [收入, 收人], years: [2015, 2020] }"
        let d = try #require(only("table.unknown-name", in: MinimalDataset.yaml(body: body)))
        #expect(d.message == "unknown name “收人” in table.indicators")
        #expect(d.hint == "did you mean “收入”?")
        #expect(d.location == SourceLocation(file: "t.yaml", line: 11, column: 44))
    }

    @Test func namesMayNotHoldAColon() throws {
        let d = try #require(only("data.name", in: MinimalDataset.yaml(data: "  \"收入:元\": 3")))
        #expect(d.message == "the name “收入:元” contains “:”, which expressions use as syntax")
        #expect(d.location == SourceLocation(file: "t.yaml", line: 9, column: 3))
    }
}
