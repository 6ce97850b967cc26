import Folio
import FolioData
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

/// Issue 14's round trip: a dataset through `new-year`, every marker filled from a table of figures (some rising,
/// some falling), then loaded, checked and built. The resolved text must name only the new period, its neighbours
/// and the history the dataset keeps on purpose; every 比上年 / 比上年同期 figure must be new/old − 1 of the
/// periods it compares (or the stated growth); a fall must print 下降, never 增长-x%.
@Suite("Period round trip")
struct PeriodRoundTripTests {
    static let example = Checkout.root.appendingPathComponent("docs/example.yaml")
    static let halfYear = Checkout.root.appendingPathComponent("Assets/reports/sample-town-2025H1.yaml")

    /// The figure a series gets for `key`: its latest filled figure × 1.1 for even-numbered series, × 0.9 for odd
    /// (so both a rise and a fall appear), with that figure's decimals.
    static func figure(_ v: DataValue, index: Int) -> Quantity {
        let last = v.filledPoints.last?.quantity ?? Quantity(100, decimals: 0)
        if case .scalar(let q) = v.content, v.points.isEmpty { return q }
        return Quantity(last.value * (index % 2 == 0 ? 1.1 : 0.9), decimals: last.decimals)
    }

    /// `yaml` (a draft) with every marker filled: series points and stated growth by name, single values kept,
    /// the date written. Stated growth is the growth the filled figures give on the same period a year earlier.
    static func fill(_ yaml: String, dataset: Dataset, date: String) -> String {
        var current: DataValue?
        return yaml.components(separatedBy: "\n").map { line -> String in
            if line.hasPrefix("  date: ") { return "  date: \(date)" }
            // An official document's 印发日期 and the serial its registry gives.
            if line.hasPrefix("    printed: ") { return "    printed: \(date)" }
            if line.hasPrefix("    number: ") { return line.replacingOccurrences(of: "【待填】", with: "13") }
            if line.hasPrefix("  "), !line.hasPrefix("   "), let colon = line.firstIndex(of: ":") {
                let name = String(line[line.index(line.startIndex, offsetBy: 2)..<colon])
                current = dataset.value(named: name)
            }
            guard let v = current, let index = dataset.values.firstIndex(where: { $0.name == v.name }) else {
                return line
            }
            let new = figure(v, index: index)
            var out = line
            if out.contains("growth:"), let r = out.range(of: "growth:") {
                let tail = String(out[r.upperBound...])
                let filled = tail.replacingOccurrences(of: "【待填】", with: statedGrowth(v, new))
                out = String(out[..<r.upperBound]) + filled
                out =
                    String(out[..<r.lowerBound]).replacingOccurrences(of: "【待填】", with: new.formatted)
                    + String(out[r.lowerBound...])
            } else {
                out = out.replacingOccurrences(of: "【待填】", with: new.formatted)
            }
            return out.replacingOccurrences(of: "!todo ", with: "")
        }.joined(separator: "\n")
    }

    /// The growth of the new figure on the same period a year earlier, one decimal.
    static func statedGrowth(_ v: DataValue, _ new: Quantity) -> String {
        guard let pending = v.points.first(where: \.toFill), let p = pending.period,
            let base = v.point(p.sameLastYear)?.quantity.value, base != 0
        else { return "0" }
        return NumberFormatting.plain((new.value / base - 1) * 100, decimals: 1)
    }

    /// Every `比较`/`变化` call in the text comparing consecutive-by-name periods: its expected wording.
    static func expectedComparisons(_ d: Dataset) throws -> [String] {
        var out: [String] = []
        func visitTemplate(_ t: TextTemplate) throws {
            for case .expression(let e, _, _) in t.parts { try visit(e, decimals: nil) }
        }
        func visit(_ e: FolioData.Expression, decimals: Int?) throws {
            switch e {
            case .formatted(let inner, let f): try visit(inner, decimals: f.decimals)
            case .call(let function, let args) where ["比较", "变化"].contains(function) && args.count == 3:
                guard case .reference(let name, nil) = args[0], let a = periodText(args[1]),
                    let b = periodText(args[2]), let from = try d.periods.resolve(text: a),
                    let to = try d.periods.resolve(text: b), let v = d.value(named: name),
                    let va = v.point(from)?.quantity.value, let vb = v.point(to)?.quantity.value
                else { return }
                let words = d.periods.baseWording(from, to: to)
                // 比上年 means consecutive years; 比上年同期 the same part a year earlier.
                if words == "上年" { #expect(to.previous == from && to.isYear, "\(name): 比上年 over \(from)→\(to)") }
                if words == "上年同期" { #expect(to.sameLastYear == from, "\(name): 比上年同期 over \(from)→\(to)") }
                let stated = from == to.sameLastYear ? v.statedGrowth[to.key]?.quantity.value : nil
                let growth = stated ?? (vb / va - 1) * 100
                let shown = NumberFormatting.plain(abs(growth), decimals: decimals ?? 1)
                let word = Double(shown) == 0 ? "持平" : (growth < 0 ? "下降" : "增长") + shown + "%"
                let lead = function == "比较" && word != "持平" ? "比\(words)" : ""
                out.append(lead + word)
            case .call(_, let args): for a in args { try visit(a, decimals: nil) }
            case .binary(_, let a, let b): try visit(a, decimals: nil); try visit(b, decimals: nil)
            default: break
            }
        }
        // A period argument as written: 本期, 2020, or 本年-5.
        func periodText(_ e: FolioData.Expression) -> String? {
            switch e {
            case .period(let t): return t
            case .binary(let op, .period(let t), .number(_, let n)): return t + op.rawValue + n
            default: return nil
            }
        }
        func walk(_ blocks: [BodyBlock]) throws {
            for b in blocks {
                switch b {
                case .paragraph(let t): try visitTemplate(t)
                case .section(let s):
                    try visitTemplate(s.title)
                    if let r = s.runIn { try visitTemplate(r) }
                    try walk(s.body)
                default: break
                }
            }
        }
        try walk(d.body)
        return out
    }

    /// Drafts `source` for `target`, fills it, and checks the round trip; returns the resolved text.
    @discardableResult
    static func roundTrip(
        _ source: URL, to target: ReportPeriod?, csv: (name: String, text: String)? = nil, comparisons: Bool = true
    ) throws -> String {
        let folder = try Checkout.temporaryFolder("folio-round-trip")
        defer { try? FileManager.default.removeItem(at: folder) }
        if let csv {
            try csv.text.write(to: folder.appendingPathComponent(csv.name), atomically: true, encoding: .utf8)
        }
        // The images the dataset names (an official document's seal) go beside the draft.
        let beside = try FileManager.default.contentsOfDirectory(
            at: source.deletingLastPathComponent(), includingPropertiesForKeys: nil)
        for image in beside where image.pathExtension == "svg" {
            try FileManager.default.copyItem(at: image, to: folder.appendingPathComponent(image.lastPathComponent))
        }
        let draft = try NextPeriodDraft.draft(
            yaml: String(contentsOf: source, encoding: .utf8), fileName: source.lastPathComponent,
            directory: source.deletingLastPathComponent(), to: target)
        let (drafted, _) = try DatasetLoader.load(yaml: draft.yaml, fileName: "draft.yaml", directory: folder)
        let period = try #require(drafted.report.period)
        let filled = fill(draft.yaml, dataset: drafted, date: "\(period.year + 1)-01-18")
        let url = folder.appendingPathComponent("filled.yaml")
        try filled.write(to: url, atomically: true, encoding: .utf8)
        // Loads with nothing left to fill; check finds no error; the build refuses nothing and writes the PDF.
        let (dataset, warnings) = try DatasetLoader.load(contentsOf: url)
        #expect(!warnings.contains { $0.code == "data.todo" }, "\(warnings.map(\.description))")
        let report = try Pipeline.check(dataset: url)
        #expect(report.errorCount == 0, "\(report.text)")
        #expect(report.findings(of: "period.stale-year").isEmpty && report.findings(of: "todo.marker").isEmpty)
        try Pipeline.requireFilled(dataset: url)
        let pdf = folder.appendingPathComponent("filled.pdf")
        #expect(try Pipeline.build(dataset: url, output: pdf).pageCount >= 1)
        let text = try Pipeline.load(dataset: url).document.plainText
        // Years: the new period's, its neighbours', the plan's, the history kept on purpose, and where a series starts.
        var allowed: Set<Int> = [period.year, period.previous.year, period.sameLastYear.year]
        allowed.formUnion(dataset.historyYears)
        allowed.insert(dataset.report.date.year)   // the date of writing, in the signature
        if let plan = dataset.report.plan { allowed.formUnion(plan.baseYear...plan.last) }
        for v in dataset.values { if let first = v.points.first?.period?.year { allowed.insert(first) } }
        for chart in dataset.charts { if let drawn = chart.years { allowed.formUnion(drawn) } }
        let typed = try NSRegularExpression(pattern: "(?<![0-9])(19|20)[0-9]{2}(?=年|—)")
        let ns = text as NSString
        for m in typed.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let y = Int(ns.substring(with: m.range)) ?? 0
            #expect(allowed.contains(y), "\(y) in the text of \(period.key): \(text)")
        }
        // Each comparison prints new/old − 1 of the periods it names, in the bulletin's words.
        let expected = try expectedComparisons(dataset)
        for words in expected { #expect(text.contains(words), "“\(words)” in \(text)") }
        if comparisons {
            #expect(!expected.isEmpty)
            #expect(expected.contains { $0.contains("下降") }, "a fall is among the figures")
        }
        #expect(!text.contains("增长-") && !text.contains("下降-"))
        return text
    }

    @Test func theExampleWithItsDataFile() throws {
        // The station's file for 2021, beside the draft: 粮食产量 falls.
        let csv = "指标,单位,2019年,2020年,2021年,数值\n粮食产量,吨,5120,5386,5010,\n常住人口,人,,,,8590\n"
        let text = try Self.roundTrip(Self.example, to: nil, csv: ("example-figures.csv", csv))
        #expect(text.hasPrefix("YY镇2021年工作总结\n2021年，"))
        #expect(text.contains("粮食产量5010吨，下降6.98%。"))
        #expect(text.contains("表1 2020—2021年主要经济指标"))
    }

    @Test func theExampleJumpsTwoYears() throws {
        // Two years on, with the station's file for both: 上期 is 2021, and nothing says 2020 as this year.
        let csv = "指标,单位,2021年,2022年,数值\n粮食产量,吨,5400,5010,\n常住人口,人,,,8590\n"
        let source = try Checkout.temporaryFolder("folio-jump")
        defer { try? FileManager.default.removeItem(at: source) }
        // The 2021 figures already in: the 2022 report compares with them.
        let yaml = try String(contentsOf: Self.example, encoding: .utf8)
            .replacingOccurrences(of: "2020: 11379 }", with: "2020: 11379, 2021: 12100 }")
            .replacingOccurrences(of: "2020: 2687.8 }", with: "2020: 2687.8, 2021: 2800.1 }")
        let url = source.appendingPathComponent("example.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        try "指标,单位,2019年,2020年,数值\n粮食产量,吨,5120,5386,\n常住人口,人,,,8642\n".write(
            to: source.appendingPathComponent("example-figures.csv"), atomically: true, encoding: .utf8)
        let text = try Self.roundTrip(url, to: ReportPeriod(year: 2022), csv: ("example-figures.csv", csv))
        #expect(text.hasPrefix("YY镇2022年工作总结\n2022年，"))
        #expect(text.contains("表1 2021—2022年主要经济指标"))
    }

    @Test func theHalfYearToTheNextHalf() throws {
        let text = try Self.roundTrip(Self.halfYear, to: nil)
        #expect(text.hasPrefix("ZZ镇2025年下半年经济运行情况"))
    }

    @Test func theHalfYearToTheSameHalfNextYear() throws {
        let text = try Self.roundTrip(Self.halfYear, to: ReportPeriod(year: 2026, part: .half(1)))
        #expect(text.hasPrefix("ZZ镇2026年上半年经济运行情况"))
        #expect(text.contains("比上年同期"))
    }

    @Test func theBundledPlanSummaryToTheNextYear() throws {
        // XX镇's 十三五 summary (period 2020, plan 2016..2020): {本年}年 and [本期] move, 基期 and the plan stay,
        // the history it names on purpose stays as typed.
        let text = try Self.roundTrip(Checkout.bundledReport, to: nil, comparisons: false)
        #expect(text.contains("2021年全镇农民人均纯收入达到"))
        #expect(text.contains("比2015年的8740元增加"))
        #expect(text.contains("2019、2020年我镇连续两年遭受持续强降雨"))
        #expect(text.contains("仅2021年就受理信访件"))
        #expect(!text.contains("2020年全镇农民人均纯收入"))
    }

    @Test func theCountySampleMovesItsFiveYearWindow() throws {
        // Charts and prose name the five years to 本年 (本年-4 … 本年) and the base five years back: all move.
        let county = Checkout.root.appendingPathComponent("Assets/reports/sample-county-2016-2020.yaml")
        let text = try Self.roundTrip(county, to: nil)
        #expect(text.hasPrefix("XX县2017—2021年经济社会发展统计图表（示例数据）\n"))
        #expect(text.contains("2021年，全县农村居民人均可支配收入"))
        #expect(text.contains("比2016年"))
        #expect(!text.contains("2016—2020年") && !text.contains("2020年，"))
        // The charts draw the new window; the 年均增长 chart runs from 本年-5 to 本年.
        let folder = try Checkout.temporaryFolder("folio-county-charts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = try NextPeriodDraft.draft(
            yaml: String(contentsOf: county, encoding: .utf8), fileName: "county.yaml",
            directory: county.deletingLastPathComponent())
        let (drafted, _) = try DatasetLoader.load(yaml: draft.yaml, fileName: "county.yaml", directory: folder)
        #expect(
            drafted.charts.compactMap(\.years) == [2017...2021, 2017...2021, 2017...2021, 2017...2021, 2016...2021])
    }

    /// The annual official documents (a 通知, a 请示, a 函) state the year of work they arrange.
    static let annualDocuments = ["sample-notice-2021", "sample-request-2021", "sample-letter-2021"]

    @Test(arguments: annualDocuments)
    func anAnnualDocumentToNextYear(_ name: String) throws {
        let url = Checkout.root.appendingPathComponent("Assets/reports/\(name).yaml")
        let draft = try NextPeriodDraft.draft(
            yaml: String(contentsOf: url, encoding: .utf8), fileName: url.lastPathComponent,
            directory: url.deletingLastPathComponent())
        // A new document: the registry's next serial and the printing date are the clerk's, never guessed.
        #expect(draft.yaml.contains("〔2022〕【待填】号"))
        #expect(!draft.yaml.contains("printed: 2021"))
        let (_, warnings) = try DatasetLoader.load(
            yaml: draft.yaml, fileName: "draft.yaml", directory: url.deletingLastPathComponent())
        let todo = warnings.filter { $0.code == "data.todo" }.map(\.description)
        #expect(todo.contains { $0.contains("report.document.number") }, "\(todo)")
        #expect(name == "sample-letter-2021" || todo.contains { $0.contains("report.document.printed") }, "\(todo)")
        let text = try Self.roundTrip(url, to: nil, comparisons: false)
        #expect(text.contains("〔2022〕13号"))
        #expect(!text.contains("2021"), "\(text)")
    }

    @Test(arguments: ["sample-order-2021", "sample-minutes-2021"])
    func aOneOffDocumentIsRefused(_ name: String) throws {
        // An order or minutes records one decision on one day: there is no next period to draft.
        let url = Checkout.root.appendingPathComponent("Assets/reports/\(name).yaml")
        #expect {
            try NextPeriodDraft.draft(
                yaml: String(contentsOf: url, encoding: .utf8), fileName: url.lastPathComponent,
                directory: url.deletingLastPathComponent())
        } throws: { ($0 as? DiagnosticError)?.diagnostics.first?.code == "newyear.period" }
    }
}
