import Testing
import FolioData

@Suite("Expressions")
struct ExpressionTests {
    let data = Dataset(
        file: "t.yaml",
        report: ReportInfo(
            title: TextTemplate(literal: "t"), issuer: "i", date: DatasetDate(year: 2021, month: 7, day: 15)),
        values: [
            DataValue(
                name: "农民人均纯收入", unit: "元",
                content: .series([
                    SeriesPoint(year: "2015", quantity: Quantity(8740, decimals: 0)),
                    SeriesPoint(year: "2020", quantity: Quantity(11379, decimals: 0)),
                ])),
            DataValue(name: "水田", unit: "亩", content: .scalar(Quantity(19752.13, decimals: 2))),
            DataValue(name: "旱田", unit: "亩", content: .scalar(Quantity(1275, decimals: 0))),
            DataValue(
                name: "零",
                content: .series([
                    SeriesPoint(year: "2015", quantity: Quantity(0, decimals: 0)),
                    SeriesPoint(year: "2020", quantity: Quantity(3, decimals: 0)),
                ])),
        ])

    func eval(_ text: String) throws -> String {
        try data.evaluate(ExpressionParser.parse(text)).formatted
    }

    func failure(_ text: String) -> ExpressionError? {
        do { _ = try data.evaluate(ExpressionParser.parse(text)); return nil } catch let e as ExpressionError {
            return e
        } catch { return nil }
    }

    @Test func valuesAndDifference() throws {
        #expect(try eval("水田") == "19752.13")
        #expect(try eval("农民人均纯收入[2020]") == "11379")
        #expect(try eval("农民人均纯收入[2020] - 农民人均纯收入[2015]") == "2639")
        #expect(try eval("水田 + 旱田") == "21027.13")
        #expect(try eval("-(旱田 - 水田)") == "18477.13")
    }

    @Test func growthRoundsToOneDecimal() throws {
        // 2639 / 8740 = 30.1945…%
        #expect(try eval("增长率(农民人均纯收入, 2015, 2020)") == "30.2%")
        #expect(try eval("增长率（农民人均纯收入，2015，2020）") == "30.2%")
    }

    @Test func compoundAnnualGrowth() throws {
        // (11379 / 8740)^(1/5) − 1 = 5.42…%
        #expect(try eval("年均增长(农民人均纯收入, 2015, 2020)") == "5.4%")
    }

    @Test func shareSumAndYearRange() throws {
        #expect(try eval("占比(旱田, 合计(水田, 旱田))") == "6.1%")
        #expect(try eval("合计(水田, 旱田, 1)") == "21028.13")
        #expect(try eval("年份范围(农民人均纯收入)") == "2015—2020年")
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(failure("农民人均收入[2020]")?.code == "expr.unknown-name")
        #expect(failure("农民人均收入[2020]")?.hint == "did you mean “农民人均纯收入”?")
        #expect(failure("农民人均纯收入[2019]")?.code == "expr.missing-year")
        #expect(failure("增长率(零, 2015, 2020)")?.code == "expr.zero-base")
        #expect(failure("占比(水田, 旱田 - 1275)")?.code == "expr.division-by-zero")
        #expect(failure("农民人均纯收入")?.code == "expr.needs-year")
        #expect(failure("水田[2020]")?.code == "expr.not-series")
        #expect(failure("增长(农民人均纯收入, 2015, 2020)")?.hint == "did you mean “增长率”?")
        #expect(failure("增长率(农民人均纯收入, 2015)")?.code == "expr.arguments")
    }

    @Test func syntaxErrorsHaveOffsets() {
        #expect(throws: ExpressionSyntaxError.self) { try ExpressionParser.parse("a +") }
        do { _ = try ExpressionParser.parse("a[2020") } catch { #expect(error.offset == 6) }
        do { _ = try ExpressionParser.parse("a b") } catch { #expect(error.offset == 2) }
    }

    @Test func templatesKeepLiteralBraces() {
        let (t, problems) = TextTemplate.parse("{{水田}}={水田}")
        var d: [Diagnostic] = []
        #expect(problems.isEmpty)
        #expect(data.render(t, diagnostics: &d) == "{水田}=19752.13")
        #expect(d.isEmpty)
    }

    /// Text without a brace is one literal part, the text itself, as the full parse would make it; a lone closing
    /// brace still takes the full parse and its error.
    @Test func textWithoutBracesIsOneLiteral() {
        let location = SourceLocation(file: "r.yaml", line: 3, column: 5)
        for text in ["全镇粮食总产量稳定在5万吨以上。", "", "a", "含（括号）与“引号”的文字"] {
            let (t, problems) = TextTemplate.parse(text, at: location)
            #expect(problems.isEmpty)
            #expect(t == TextTemplate(parts: text.isEmpty ? [] : [.literal(text)], raw: text, location: location))
            #expect(!t.hasExpressions)
        }
        let (t, problems) = TextTemplate.parse("收入}元")
        #expect(problems.map(\.code) == ["expr.braces"])
        #expect(t.parts == [.literal("收入元")])
    }

    /// A parsed template's text is its parts written again when it had no problem (`TextTemplate.written`), else the
    /// text as given: either way `raw` is the text, over every arrangement of literal and doubled braces, expressions,
    /// stray braces and prose (a fixed sequence of pseudo-random texts).
    @Test func parsedTemplatesGiveTheirTextBack() {
        let pieces = [
            "{{", "}}", "{水田}", "{growth(水田, 2019, 2020)}", "{水田[2020] - 水田[2019]}", "增长", "a", "}", "{", " ", "％",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var withoutProblems = 0
        for _ in 0..<2000 {
            let text = (0..<next(7)).map { _ in pieces[next(pieces.count)] }.joined()
            let (t, problems) = TextTemplate.parse(text)
            #expect(t.raw == text)
            if problems.isEmpty {
                withoutProblems += 1
                #expect(t == TextTemplate(parts: t.parts, raw: text))
                #expect(t.hashValue == TextTemplate(parts: t.parts, raw: text).hashValue)
            }
        }
        #expect(withoutProblems > 500)
    }
}
