import Testing
import FolioData
import FolioTestSupport

/// Every class of input error: message, line and column. Line numbers refer to `Fixture.minimal`
/// (line 9 holds the extra data line, line 11 the first body line).
@Suite("Diagnostics")
struct DiagnosticTests {
    func only(_ code: String, in yaml: String) -> Diagnostic? { Fixture.only(code, in: yaml) }

    @Test func wrongType() throws {
        let d = try #require(only("schema.type", in: MinimalDataset.yaml(body: "  - p: [a, b]")))
        #expect(d.message == "p should be text, found a list")
        #expect(d.location == SourceLocation(file: "t.yaml", line: 11, column: 8))
        #expect(d.severity == .error)
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let d = try #require(only("schema.unknown-key", in: MinimalDataset.yaml(data: "  耕地: { uint: 亩, value: 3 }")))
        #expect(d.message == "unknown key “uint” in data.耕地")
        #expect(d.hint?.hasPrefix("did you mean “unit”?") == true)
        #expect(d.location?.line == 9)
        #expect(d.location?.column == 9)
    }

    @Test func duplicateKey() throws {
        let d = try #require(only("schema.duplicate-key", in: MinimalDataset.yaml(data: "  面积: { unit: 亩, value: 5 }")))
        #expect(d.message == "duplicate key “面积” in data (first at line 8)")
        #expect(d.location?.line == 9)
        #expect(d.location?.column == 3)
    }

    @Test func unknownNameInAnExpressionPointsAtTheBrace() throws {
        let d = try #require(only("expr.unknown-name", in: MinimalDataset.yaml(body: "  - p: \"收入达到{收人[2020]}元\"")))
        #expect(d.message == "in “{收人[2020]}”: unknown name “收人”")
        #expect(d.hint == "did you mean “收入”?")
        #expect(d.location == SourceLocation(file: "t.yaml", line: 11, column: 13))
    }

    @Test func plainScalarsAreLocatedToo() throws {
        let d = try #require(only("expr.unknown-name", in: MinimalDataset.yaml(body: "  - p: 收入{收人[2020]}")))
        #expect(d.location?.column == 10)
    }

    @Test func missingYear() throws {
        let d = try #require(only("expr.missing-year", in: MinimalDataset.yaml(body: "  - p: \"{收入[2019]}\"")))
        #expect(d.message == "in “{收入[2019]}”: “收入” has no figure for 2019")
        #expect(d.hint?.contains("it has 2015, 2020") == true)
        #expect(d.location?.line == 11)
        #expect(d.location?.column == 9)
    }

    @Test func growthFromZeroBase() throws {
        let d = try #require(
            only("expr.zero-base", in: MinimalDataset.yaml(body: "  - p: \"增长{增长率(零基, 2015, 2020)}\"")))
        #expect(d.message.contains("the 2015 figure is zero"))
        #expect(d.location?.column == 11)
    }

    @Test func unbalancedBraces() throws {
        let open = try #require(only("expr.braces", in: MinimalDataset.yaml(body: "  - p: \"收入{收入[2020]元\"")))
        #expect(open.message.hasPrefix("unbalanced “{”"))
        #expect(open.location?.column == 11)
        let close = try #require(only("expr.braces", in: MinimalDataset.yaml(body: "  - p: \"收入}元\"")))
        #expect(close.message.hasPrefix("unbalanced “}”"))
        #expect(close.location?.column == 11)
    }

    @Test func syntaxErrorInsideBraces() throws {
        let d = try #require(only("expr.syntax", in: MinimalDataset.yaml(body: "  - p: \"{收入[2020] -}\"")))
        #expect(d.message.contains("expected a name or a number"))
        #expect(d.location?.column == 9)
    }

    @Test func headingNestedTooDeep() throws {
        let body = """
              - section: 一
                body:
                  - section: 二
                    body:
                      - section: 三
                        body:
                          - section: 四
                            body:
                              - section: 五
            """
        let d = try #require(only("structure.depth", in: MinimalDataset.yaml(body: body)))
        #expect(d.message.contains("nested 5 deep"))
        #expect(d.location == SourceLocation(file: "t.yaml", line: 19, column: 21))
    }

    @Test func badNumberAndYear() throws {
        let n = try #require(only("data.number", in: MinimalDataset.yaml(data: "  人口: 1,000")))
        #expect(n.message == "data.人口 should be a number, found “1,000”")
        #expect(n.location?.column == 7)
        let y = try #require(only("data.year", in: MinimalDataset.yaml(data: "  产值: { values: { 20x0: 5 } }")))
        #expect(y.message == "“20x0” in data.产值.values is not a year")
    }

    @Test func chartProblems() throws {
        let yaml = MinimalDataset.yaml(data: "charts: [ { id: c, title: 图, series: [收人] } ]", body: "  - chart: d")
        let series = try #require(only("chart.unknown-series", in: yaml))
        #expect(series.hint == "did you mean “收入”?")
        let id = try #require(only("chart.unknown-id", in: yaml))
        #expect(id.location?.line == 11)
        #expect(id.location?.column == 12)
    }

    @Test func yamlSyntaxError() throws {
        let d = try #require(only("yaml.syntax", in: "report:\n  title: \"open\n  issuer: x\n"))
        #expect(d.location?.line ?? 0 >= 2)
    }

    @Test func reportsEveryProblemInOrder() {
        let yaml = MinimalDataset.yaml(
            data: "  面积: 3",
            body: """
                  - p: "{收人[2020]}"
                  - sektion: 标题
                  - p: "{收入[2019]}"
                """)
        let errors = Fixture.problems(yaml).filter { $0.severity == .error }
        #expect(
            errors.map(\.code) == [
                "schema.duplicate-key", "expr.unknown-name", "schema.unknown-key", "expr.missing-year",
            ])
        #expect(errors.map { $0.location?.line ?? 0 } == [9, 11, 12, 13])
        #expect(
            errors.first(where: { $0.code == "schema.unknown-key" })?.hint?.contains("did you mean “section”?") == true)
    }

    @Test func missingRequiredKeysAndBadDate() {
        let problems = Fixture.problems("report:\n  title: 标题\n  date: 2021-02-30\nbody: []\n")
        #expect(problems.contains { $0.code == "schema.missing-key" && $0.message == "report is missing “issuer”" })
        #expect(problems.contains { $0.code == "schema.date" && $0.location?.line == 3 && $0.location?.column == 9 })
    }

    @Test func warningsComeBackWithTheDataset() throws {
        let (_, warnings) = try DatasetLoader.load(
            yaml: MinimalDataset.yaml(body: "  - p: \"{收入[2020]}{零基[2015]}\""),
            fileName: "t.yaml")
        #expect(warnings.map(\.code) == ["data.unused"])
        #expect(warnings.first?.message == "the figure “面积” is never used in the text or a chart")
        #expect(warnings.first?.location?.line == 8)
    }
}
