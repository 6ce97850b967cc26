import Folio
import FolioData
import FolioTestSupport
import Foundation
import Testing

/// The in-memory library API (issue 19): a dataset from YAML text or built in Swift → PDF bytes, PNG or SVG pages,
/// with the preflight checks unless skipped, options passed in, errors as the CLI's typed values.
@Suite("In-memory API") struct InMemoryAPITests {
    /// Options naming the checkout's assets and a fixed creation date, as a program embedding Folio passes them.
    static var options: BuildOptions {
        var options = BuildOptions()
        options.assets = Checkout.assets
        options.creationEpoch = 1_700_000_000
        return options
    }

    /// A report made in Swift: a Double figure, a series, a chart and prose that prints them.
    static func builtReport(file: String = #fileID, line: Int = #line) throws -> Dataset {
        var report = DatasetBuilder(
            title: "2024年财政工作总结", issuer: "某镇人民政府", date: DatasetDate(year: 2025, month: 1, day: 10),
            period: ReportPeriod(year: 2024))
        report.figure("财政收入", 12500, unit: "万元")
        report.figure("耕地面积", 2687.8, unit: "亩")
        report.series("农民人均纯收入", unit: "元", [2022: 15000, 2023: 16200, 2024: 17350])
        report.chart("income", .barLine, title: "农民人均纯收入", series: ["农民人均纯收入"], growth: true)
        report.section("基本情况") { body in
            body.paragraph("全年财政收入{财政收入}万元，耕地面积{耕地面积}亩，农民人均纯收入{农民人均纯收入[2024]}元。")
            body.chart("income")
            body.indicatorTable("主要指标", names: ["农民人均纯收入"], years: [2022, 2024], unit: "单位：元")
        }
        return try report.dataset()
    }

    @Test("a Swift Double prints as written: 12500 is “12500”, 2687.8 is “2687.8”")
    func typedNumbers() throws {
        #expect(Quantity(12500.0).formatted == "12500")
        #expect(Quantity(2687.8).formatted == "2687.8")
        #expect(Quantity(21027.13).formatted == "21027.13")
        #expect(Quantity(-3.0).formatted == "-3")
        #expect(Quantity(0.1 + 0.2).formatted == "0.3")
        #expect(Quantity(1.0 / 3).formatted == "0.333333")
        #expect(Quantity(7).formatted == "7")
        let text = try Pipeline.load(.dataset(Self.builtReport()), options: Self.options).document.plainText
        #expect(text.contains("全年财政收入12500万元，耕地面积2687.8亩，农民人均纯收入17350元。"), "\(text)")
        #expect(!text.contains("12500.0"))
    }

    @Test("a dataset built in Swift becomes PDF bytes with its pages and text")
    func swiftDatasetToPDF() throws {
        let output = try Pipeline.pdf(.dataset(Self.builtReport()), options: Self.options)
        #expect(output.data.starts(with: Array("%PDF-".utf8)))
        #expect(output.pageCount >= 1)
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try output.data.write(to: folder.appendingPathComponent("r.pdf"))
        let info = try ToolRun.run("pdfinfo", ["r.pdf"], in: folder).stdout
        #expect(info.contains("Pages:") && info.contains(" \(output.pageCount)\n"), "\(info)")
        let text = try ToolRun.run("pdftotext", ["r.pdf", "-"], in: folder).stdout
            .filter { !$0.isWhitespace }
        #expect(text.contains("12500万元"), "\(text)")
        #expect(text.contains("图1"), "the chart's caption: \(text)")
        #expect(text.contains("表1主要指标") && text.contains("农民人均纯收入元150001735015.7"), "the table: \(text)")
    }

    @Test("YAML text in memory gives the same bytes as the file build")
    func yamlTextMatchesTheFileBuild() throws {
        let yaml = MinimalDataset.yaml(
            body: MinimalDataset.paragraphs(["收入由{收入[2015]}元增至{收入[2020]}元，零基{零基[2020]}元，面积{面积}亩。"]))
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("report.pdf")
        let built = try Pipeline.build(dataset: file, output: pdf, options: Self.options)
        let memory = try Pipeline.pdf(.yaml(yaml), options: Self.options)
        #expect(memory.pageCount == built.pageCount)
        #expect(memory.data == (try Data(contentsOf: pdf)), "the in-memory PDF differs from the file build")
    }

    @Test("a dataset built in Swift prints as the same dataset written in YAML, to the byte")
    func builderMatchesYAML() throws {
        var report = DatasetBuilder(
            title: "标题", issuer: "某机关", date: DatasetDate(year: 2021, month: 7, day: 15))
        report.series("收入", unit: "元", [2015: 100, 2020: 130])
        report.figure("面积", 21027.13, unit: "亩")
        report.chart("c", .bars, title: "收入", series: ["收入"])
        report.section("概况") { body in
            body.paragraph("收入由{收入[2015]}元增至{收入[2020]}元，面积{面积}亩。")
            body.chart("c")
        }
        let yaml = """
            report:
              title: 标题
              issuer: 某机关
              date: 2021-07-15
            data:
              收入: { unit: 元, values: { 2015: 100, 2020: 130 } }
              面积: { unit: 亩, value: 21027.13 }
            charts:
              - { id: c, kind: bars, title: 收入, series: [收入] }
            body:
              - section: 概况
                body:
                  - p: "收入由{收入[2015]}元增至{收入[2020]}元，面积{面积}亩。"
                  - chart: c
            """
        let built = try Pipeline.pdf(.dataset(report.dataset()), options: Self.options)
        let written = try Pipeline.pdf(.yaml(yaml), options: Self.options)
        #expect(built.pageCount == written.pageCount)
        #expect(built.data == written.data, "the Swift-built report's PDF differs from the YAML one's")
    }

    @Test("page images in memory: one PNG per page at the resolution, SVG documents, a page range")
    func pageImages() throws {
        let source = DatasetSource.dataset(try Self.builtReport())
        let png = try Pipeline.pageImages(source, format: .png(dpi: 36), options: Self.options)
        #expect(png.images.count == png.pageCount && png.pageNumbers == Array(1...png.pageCount))
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        #expect(png.images.allSatisfy { $0.starts(with: signature) })
        // The IHDR width: an A4 page (595.28 pt) at 36 dpi is 298 pixels wide.
        let width = png.images[0][16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 298)
        let svg = try Pipeline.pageImages(source, format: .svg, pages: 1...1, options: Self.options)
        #expect(svg.images.count == 1 && svg.pageNumbers == [1])
        let text = String(decoding: svg.images[0], as: UTF8.self)
        #expect(text.hasPrefix("<?xml") && text.contains("<svg"))
    }

    @Test("the preflight checks stop a build with an error unless skipped; warnings come back as findings")
    func preflight() throws {
        let yaml = MinimalDataset.yaml(body: MinimalDataset.paragraphs(["收入{收入[2020]}元，，面积{面积}亩，零基{零基[2020]}元。"]))
        do {
            _ = try Pipeline.pdf(.yaml(yaml, name: "slip.yaml"), options: Self.options)
            Issue.record("a doubled comma passed the preflight")
        } catch FolioError.input(let error) {
            #expect(error.diagnostics.contains { $0.code == "punctuation.doubled" })
            #expect(error.diagnostics.contains { $0.code == "check.failed" })
            #expect(error.diagnostics.first?.location?.file == "slip.yaml")
        }
        let skipped = try Pipeline.pdf(.yaml(yaml), preflight: false, options: Self.options)
        #expect(skipped.pageCount >= 1 && skipped.findings.isEmpty)
        let disabled = try Pipeline.pdf(.yaml(yaml), disabledChecks: ["punctuation"], options: Self.options)
        #expect(disabled.pageCount >= 1)
    }

    @Test("errors are typed and located: a Swift line, an unknown name, a file without a folder")
    func typedErrors() throws {
        var report = DatasetBuilder(
            title: "标题", issuer: "某机关", date: DatasetDate(year: 2021, month: 7, day: 15))
        report.figure("收入", 100, unit: "元")
        let line = #line + 1
        report.paragraph("收入{收人}元。")
        do {
            _ = try report.dataset()
            Issue.record("an unknown figure name was accepted")
        } catch let error as DiagnosticError {
            let found = error.diagnostics.first { $0.severity == .error }
            #expect(found?.location?.file == #fileID && found?.location?.line == line, "\(error)")
            #expect(found?.message.contains("收人") == true)
        }
        let yaml = MinimalDataset.yaml(data: "data-files:\n  - file: figures.csv", sampleData: false)
        do {
            _ = try Pipeline.pdf(.yaml(yaml), options: Self.options)
            Issue.record("a data file was read with no folder")
        } catch FolioError.input(let error) {
            #expect(error.diagnostics.contains { $0.code == "input.no-folder" }, "\(error)")
        }
        do {
            _ = try Pipeline.pdf(.dataset(Self.builtReport()), theme: "nonexistent", options: Self.options)
            Issue.record("a missing theme was accepted")
        } catch FolioError.input(let error) {
            #expect(error.diagnostics.map(\.code) == ["theme.missing"], "\(error)")
        }
    }
}
