import Foundation
import FolioTestSupport
import Testing

/// `folio build --format docx`: python-docx (an independent reader) finds the GB/T 9704 page set-up, the line grid,
/// the styles in the theme's faces, the tables with their merged cells and repeated header rows, the charts as
/// pictures whose alternative text states their figures, and odd and even footers; LibreOffice (Debian) opens the file
/// and converts it to PDF with about the pages and all the text of Folio's own PDF.
@Suite("Word output")
struct WordOutputTests {
    static let facts = Checkout.url("Tests/FolioEndToEndTests/Fixtures/docx_facts.py")

    /// The dataset built as .docx and as PDF in a fresh folder.
    static func build(_ name: String) throws -> URL {
        let folder = try Checkout.temporaryFolder("word")
        let dataset = Checkout.assets.appendingPathComponent("reports/\(name).yaml").path
        let docx = try FolioExecutable.run(["build", dataset, "--format", "docx", "-o", "r.docx"], in: folder)
        try #require(docx.status == 0, "\(docx.stderr)")
        let pdf = try FolioExecutable.run(["build", dataset, "-o", "r.pdf"], in: folder)
        try #require(pdf.status == 0, "\(pdf.stderr)")
        return folder
    }

    /// `folder`/r.docx converted to `folder`/lo/r.pdf by LibreOffice headless, with a profile of its own.
    static func convertWithLibreOffice(_ folder: URL) throws {
        let profile = folder.appendingPathComponent("lo-profile")
        let convert = try ToolRun.run(
            "soffice",
            [
                "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir",
                folder.appendingPathComponent("lo").path, folder.appendingPathComponent("r.docx").path,
            ])
        try #require(convert.status == 0, "\(convert.stderr)")
    }

    /// What docx_facts.py reports.
    static func read(_ folder: URL) throws -> [String: Any] {
        let run = try ToolRun.run("python3", [facts.path, folder.appendingPathComponent("r.docx").path])
        try #require(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
    }

    @Test func aDraftsMarkersAreRedRunsOfTheirOwn() throws {
        let folder = try Checkout.temporaryFolder("word-draft")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["sample-notice-2021.yaml", "sample-notice-seal.svg"] {
            try FileManager.default.copyItem(
                at: Checkout.assets.appendingPathComponent("reports/\(file)"), to: folder.appendingPathComponent(file))
        }
        let next = try FolioExecutable.run(["new-year", "sample-notice-2021.yaml", "-o", "n.yaml"], in: folder)
        try #require(next.status == 0, "\(next.stderr)")
        let docx = try FolioExecutable.run(
            ["build", "n.yaml", "--draft", "--format", "docx", "-o", "r.docx"], in: folder)
        try #require(docx.status == 0, "\(docx.stderr)")
        // python-docx reads every run of the body, its tables and its footers: the marker's runs are red, no other is.
        let script = """
            import docx, json, sys
            d = docx.Document(sys.argv[1])
            paragraphs = list(d.paragraphs) + [p for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
            runs = [(r.text, str(r.font.color.rgb) if r.font.color and r.font.color.type else None)
                    for p in paragraphs for r in p.runs]
            print(json.dumps(runs, ensure_ascii=False))
            """
        let read = try ToolRun.run("python3", ["-c", script, folder.appendingPathComponent("r.docx").path])
        try #require(read.status == 0, "\(read.stderr)")
        let runs = try #require(try JSONSerialization.jsonObject(with: read.output) as? [[Any]])
        let marked = runs.filter { ($0.first as? String)?.contains("待填") == true }
        #expect(marked.count >= 4, "\(marked)")
        #expect(marked.allSatisfy { ($0.first as? String) == "【待填】" && ($0.last as? String) == "E60000" })
        let redOthers = runs.filter { ($0.last as? String) == "E60000" && ($0.first as? String) != "【待填】" }
        #expect(
            redOthers.allSatisfy {
                ($0.first as? String)?.contains("镇人民政府文件") == true || ($0.first as? String)?.isEmpty == true
            }, "\(redOthers)")
    }

    @Test func pythonDocxReadsThePageSetUpStylesTablesAndPictures() throws {
        let folder = try Self.build("xx-town-2016-2020")
        let f = try Self.read(folder)
        #expect(f["page"] as? [Double] == [210, 297])
        #expect(f["margins"] as? [Double] == [37, 26, 35, 28])
        let grid = try #require(f["grid"] as? [String: Any])
        #expect(grid["linePitch"] as? Int == 579)   // 28.95 pt: 22 lines on the 225 mm type area
        #expect(f["evenAndOdd"] as? Bool == true)
        let styles = try #require(f["styles"] as? [String: [String: Any]])
        #expect(styles["Normal"]?["font"] as? String == "仿宋_GB2312")
        #expect(styles["Normal"]?["firstLineChars"] as? String == "200")
        #expect(styles["Normal"]?["charSpacing"] as? String == "-5")   // 28 characters of 16 pt on 156 mm
        #expect(styles["Title"]?["font"] as? String == "方正小标宋简体" && styles["Title"]?["size"] as? Double == 22)
        #expect(
            styles["Heading 1"]?["font"] as? String == "黑体" && styles["Heading 2"]?["font"] as? String == "楷体_GB2312")
        let pictures = try #require(f["pictures"] as? [String])
        #expect(pictures.count == 2)
        #expect(pictures.first?.contains("2015年8740元") == true && pictures.first?.contains("2020年11379元") == true)
        let footers = try #require(f["footers"] as? [[String: Any]])
        #expect(footers.map { $0["align"] as? String } == ["right", "left"])
        #expect(footers.allSatisfy { ($0["text"] as? String)?.contains("PAGE") == true })
    }

    /// Columns share the table's width by their content, as the PDF's do: 指标's long names get room, 单位 little (all
    /// equal before, so 农村居民人均可支配收入 wrapped in LibreOffice's rendering).
    @Test func columnsShareTheWidthByTheirContent() throws {
        let f = try Self.read(try Self.build("sample-town-2025H1"))
        let widths = try #require((f["gridWidths"] as? [[Int]])?.first)
        #expect(widths.count == 5)
        #expect(widths[0] > widths[1] && widths[0] > widths[4], "\(widths)")
        #expect(abs(widths.reduce(0, +) - 9000) <= widths.count, "\(widths)")
    }

    @Test func mergedCellsAndHeaderRowsAreWordsOwn() throws {
        let f = try Self.read(try Self.build("sample-notice-2021"))
        let tables = try #require(f["tables"] as? [[String: Int]])
        #expect(tables.count == 1)
        #expect(tables.first?["columns"] == 4 && tables.first?["rows"] == 5)
        #expect(tables.first?["gridSpans"] == 1 && tables.first?["headerRows"] == 2)
        #expect((tables.first?["vMerges"] ?? 0) >= 4)
        #expect(f["author"] as? String == "YY镇人民政府（示例）")
    }

    @Test(arguments: ["xx-town-2016-2020", "sample-notice-2021"])
    func libreOfficeConvertsItWithThePagesAndTheText(name: String) throws {
        let folder = try Self.build(name)
        try Self.convertWithLibreOffice(folder)
        let lo = folder.appendingPathComponent("lo/r.pdf")
        func pages(_ url: URL) throws -> Int {
            let info = try ToolRun.run("pdfinfo", [url.path]).stdout
            return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        }
        let folio = try pages(folder.appendingPathComponent("r.pdf")), office = try pages(lo)
        // LibreOffice sets lines and pictures by its own rules: within a fifth of Folio's pages, and never fewer.
        #expect(office >= folio && Double(office) <= Double(folio) * 1.2 + 1, "Folio \(folio), LibreOffice \(office)")
        // Every paragraph of the text is in LibreOffice's PDF (chart captions are in pictures), whitespace and
        // punctuation aside: LibreOffice hangs a line-end comma in the margin, where poppler may not read it.
        func squeeze(_ s: String) -> String { s.filter { !$0.isWhitespace && !$0.isPunctuation } }
        // The page numbers ("— 2 —") fall inside paragraphs that cross a page: take them out first.
        let raw = try ToolRun.run("pdftotext", [lo.path, "-"]).stdout
        let text = squeeze(raw.replacingOccurrences(of: #"—\s*\d+\s*—"#, with: "", options: .regularExpression))
        let expected = try FolioExecutable.run(
            ["text", Checkout.assets.appendingPathComponent("reports/\(name).yaml").path]
        ).stdout.split(separator: "\n").map(String.init).filter {
            !$0.hasPrefix("图") && !$0.contains("\t") && !$0.isEmpty
        }
        let missing = expected.filter { !text.contains(squeeze($0)) }
        #expect(missing.isEmpty, "\(missing.prefix(5))")
    }
}
