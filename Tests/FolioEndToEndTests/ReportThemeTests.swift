import Foundation
import FolioTestSupport
import Testing
import Folio
import FolioDisplay
import FolioDocument
import FolioLayout

/// The `report` theme: cover, contents with page numbers and links, running header,
/// colour charts, page labels that match the printed numbers.
@Suite("Report theme", .serialized)
struct ReportThemeTests {
    static let sample = Checkout.url("Assets/reports/sample-county-2016-2020.yaml")

    /// The bundled report built with `--theme report`, once for the suite.
    static let built: Result<(pdf: URL, pages: Int), any Error> = Result {
        let dir = try Checkout.temporaryFolder()
        let pdf = dir.appendingPathComponent("report.pdf")
        let result = try Pipeline.build(dataset: Checkout.bundledReport, output: pdf, theme: "report")
        return (pdf, result.pageCount)
    }

    @Test("theme files decode: report has front matter and header, gongwen has neither and keeps its folio")
    func themesDecode() throws {
        let report = try Pipeline.loadTheme(named: "report", relativeTo: Checkout.bundledReport)
        #expect(report.frontMatter?.cover != nil && report.frontMatter?.contents?.levels == 2)
        #expect(report.runningHeader != nil && report.charts.color && report.pageNumbers.format == "{n}")
        let gongwen = try Pipeline.loadTheme(named: "gongwen", relativeTo: Checkout.bundledReport)
        #expect(gongwen.frontMatter == nil && gongwen.runningHeader == nil)
        #expect(gongwen.pageNumbers.format == "— {n} —")
    }

    @Test("a bad accent colour or contents depth is a diagnostic, not a crash")
    func badThemeValues() throws {
        let dir = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = try String(contentsOf: Checkout.url("Assets/themes/report.yaml"), encoding: .utf8)
        for (from, to) in [("accent: \"#1F4E8C\"", "accent: \"blue\""), ("levels: 2 ", "levels: 9 ")] {
            #expect(source.contains(from))
            let bad = dir.appendingPathComponent("bad.yaml")
            try source.replacingOccurrences(of: from, with: to).write(to: bad, atomically: true, encoding: .utf8)
            #expect(throws: (any Error).self) {
                try Pipeline.loadTheme(named: bad.path, relativeTo: Checkout.bundledReport)
            }
        }
    }

    @Test("display list: cover without folio, roman contents, silent running header, colour charts")
    func displayList() throws {
        let report = try Pipeline.load(dataset: Checkout.bundledReport, theme: "report")
        let engine = try Pipeline.textEngine(for: report.theme)
        var pages: [Page] = []
        let summary = try LayoutEngine(theme: report.theme, text: engine).layout(report.document) { pages.append($0) }
        #expect(summary.pageCount == pages.count && pages.map(\.index) == Array(0..<pages.count))
        let labels = pages.map(\.label)
        #expect(labels.prefix(2) == ["封面", "i"])
        let bodyStart = labels.firstIndex(of: "1") ?? -1
        #expect(bodyStart >= 2 && labels[bodyStart...] == ArraySlice((1...(pages.count - bodyStart)).map(String.init)))
        #expect(!texts(pages[0]).contains { $0.allSatisfy(\.isNumber) }, "the cover prints no number")
        #expect(texts(pages[0]).contains(report.document.metadata.title) || texts(pages[0]).joined().contains("XX镇"))
        #expect(texts(pages[1]).contains("i"), "the contents page prints its roman number")
        // Body page 2 onwards: a header whose glyphs carry no text, so extraction skips it.
        let header = runs(pages[bodyStart + 1]).filter { $0.text.isEmpty && !$0.glyphs.isEmpty }
        #expect(!header.isEmpty)
        #expect(runs(pages[bodyStart]).allSatisfy { !$0.text.isEmpty }, "no header over the title")
        // Colour charts: some fill on some page is neither grey nor black.
        let coloured = pages.contains { page in fills(page.frame).contains { abs($0.red - $0.blue) > 0.2 } }
        #expect(coloured)
    }

    @Test("PDF: page labels match the printed numbers; contents numbers, links and bookmarks point at the headings")
    func pdfNavigation() throws {
        let (pdf, count) = try Self.built.get()
        let labels = try pageLabels(pdf)
        #expect(labels.count == count)
        #expect(labels.first == "封面" && labels.dropFirst().first == "i")
        for (i, label) in labels.enumerated() where label != "封面" {
            let lines = try pageText(pdf, i + 1).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(lines.contains(label), "page \(i + 1) labelled \(label) does not print it")
        }
        // The running header is drawn on body pages 2… but its glyphs carry no text: extraction does not see it.
        let title = squash(try Pipeline.load(dataset: Checkout.bundledReport, theme: "report").document.metadata.title)
        for i in labels.indices where Int(labels[i]) ?? 0 >= 2 {
            #expect(!squash(try pageText(pdf, i + 1)).contains(title), "page \(i + 1): header text is extractable")
        }
        // Contents: each listed heading is on the page its number names, and its link goes there.
        let contents = try pageText(pdf, 2, layout: true)
        let outline = try bookmarks(pdf)
        let listed = outline.flatMap { [$0] + $0.kids }.filter { $0.title != "目录" }
        #expect(listed.count >= 5)
        for mark in listed {
            let title = squash(mark.title.hasSuffix("。") ? String(mark.title.dropLast()) : mark.title)
            let line = contents.split(separator: "\n").first { squash(String($0)).hasPrefix(title) }
            let number = line.flatMap { $0.split(separator: " ").last.map(String.init) } ?? "?"
            guard let page = labels.firstIndex(of: number) else {
                Issue.record("\(mark.title): no page \(number)"); continue
            }
            #expect(squash(try pageText(pdf, page + 1)).contains(title), "\(mark.title) not on page \(number)")
            #expect(mark.page == page + 1, "bookmark \(mark.title) → page \(mark.page), listed on \(page + 1)")
        }
        let links = try contentsLinkPages(pdf, contentsPage: 2)
        #expect(links.count == listed.count)
        #expect(links == listed.map(\.page), "contents links go to \(links), headings are on \(listed.map(\.page))")
        // Bookmarks nest: 目录 and the 一、 headings at the top, the （一） headings beneath them.
        #expect(outline.first?.title == "目录" && outline.first?.page == 2)
        #expect(
            outline.dropFirst().allSatisfy { $0.title.contains("、") && $0.kids.allSatisfy { $0.title.hasPrefix("（") } })
        #expect(outline.contains { !$0.kids.isEmpty })
    }

    @Test("both bundled datasets pass folio verify with --theme report", arguments: ["xx-town", "sample-county"])
    func audit(_ name: String) throws {
        let dataset = name == "xx-town" ? Checkout.bundledReport : Self.sample
        let dir = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf: URL
        if name == "xx-town" {
            pdf = try Self.built.get().pdf
        } else {
            pdf = dir.appendingPathComponent("\(name).pdf")
            _ = try Pipeline.build(dataset: dataset, output: pdf, theme: "report")
        }
        let expect = dir.appendingPathComponent("expect.txt")
        try Pipeline.load(dataset: dataset, theme: "report").document.plainText
            .write(to: expect, atomically: true, encoding: .utf8)
        let audit = try FolioExecutable.run(["verify", pdf.path, "--expect-text", expect.path])
        #expect(audit.status == 0 && audit.stdout.contains("no problems found"), "\(audit.stdout)")
        let check = try ToolRun.run("qpdf", ["--check", pdf.path])
        #expect(check.status == 0, "\(check.stdout)")
    }

    // MARK: - helpers

    private func runs(_ page: Page) -> [GlyphRun] { runs(page.frame) }
    private func runs(_ frame: Frame) -> [GlyphRun] {
        frame.items.flatMap { item -> [GlyphRun] in
            switch item {
            case let .text(run, _): return [run]
            case let .group(f, _): return runs(f)
            default: return []
            }
        }
    }
    private func texts(_ page: Page) -> [String] { runs(page).map(\.text) }
    private func fills(_ frame: Frame) -> [Color] {
        frame.items.flatMap { item -> [Color] in
            switch item {
            case let .path(p): return p.fill.map { [$0] } ?? []
            case let .group(f, _): return fills(f)
            default: return []
            }
        }
    }
    private func squash(_ s: String) -> String { s.filter { !$0.isWhitespace } }

    private func pageText(_ pdf: URL, _ page: Int, layout: Bool = false) throws -> String {
        try ToolRun.run("pdftotext", (layout ? ["-layout"] : []) + ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
            .stdout
    }

    private func json(_ pdf: URL, key: String) throws -> [String: Any] {
        let out = try ToolRun.run("qpdf", ["--json=2", "--json-key=\(key)", pdf.path]).stdout
        return (try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]) ?? [:]
    }

    /// Page labels as qpdf reports them, one per page.
    private func pageLabels(_ pdf: URL) throws -> [String] {
        let pages = try json(pdf, key: "pages")["pages"] as? [[String: Any]] ?? []
        return pages.map { page in
            guard let label = page["label"] as? [String: Any] else { return "" }
            let prefix = (label["/P"] as? String).map { $0.hasPrefix("u:") ? String($0.dropFirst(2)) : $0 } ?? ""
            let start = label["/St"] as? Int ?? 1
            switch label["/S"] as? String {
            case "/D": return prefix + String(start)
            case "/r": return prefix + (start == 1 ? "i" : "?")
            default: return prefix
            }
        }
    }

    struct Mark { var title: String; var page: Int; var kids: [Mark] }

    /// The outline as qpdf reports it (titles and 1-based destination pages).
    private func bookmarks(_ pdf: URL) throws -> [Mark] {
        func mark(_ o: [String: Any]) -> Mark {
            Mark(
                title: o["title"] as? String ?? "", page: o["destpageposfrom1"] as? Int ?? 0,
                kids: (o["kids"] as? [[String: Any]] ?? []).map(mark))
        }
        return (try json(pdf, key: "outlines")["outlines"] as? [[String: Any]] ?? []).map(mark)
    }

    /// The 1-based pages the link annotations of `contentsPage` lead to, through the named destinations
    /// poppler resolves (`pdfinfo -dests`) or explicit page references.
    private func contentsLinkPages(_ pdf: URL, contentsPage: Int) throws -> [Int] {
        var dests: [String: Int] = [:]
        for line in try ToolRun.run("pdfinfo", ["-dests", pdf.path]).stdout.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            if parts.count >= 3, let page = Int(parts[0]), let name = parts.last {
                dests[String(name).trimmingCharacters(in: CharacterSet(charactersIn: "\""))] = page
            }
        }
        let root = try json(pdf, key: "qpdf")
        let qpdf = root["qpdf"] as? [Any] ?? []
        let objects = (qpdf.count > 1 ? qpdf[1] : [:]) as? [String: Any] ?? [:]
        func value(_ ref: String) -> [String: Any] {
            ((objects["obj:" + ref] as? [String: Any])?["value"] as? [String: Any]) ?? [:]
        }
        let pageRefs = (try json(pdf, key: "pages")["pages"] as? [[String: Any]] ?? []).compactMap {
            $0["object"] as? String
        }
        guard contentsPage - 1 < pageRefs.count else { return [] }
        let annots = value(pageRefs[contentsPage - 1])["/Annots"] as? [String] ?? []
        return annots.compactMap { ref -> Int? in
            let annot = value(ref)
            guard annot["/Subtype"] as? String == "/Link" else { return nil }
            let dest = annot["/Dest"] ?? (annot["/A"] as? [String: Any])?["/D"]
            if let name = dest as? String {
                let n = name.hasPrefix("u:") || name.hasPrefix("b:") ? String(name.dropFirst(2)) : name
                return dests[n]
            }
            if let array = dest as? [Any], let page = array.first as? String, let i = pageRefs.firstIndex(of: page) {
                return i + 1
            }
            return nil
        }
    }
}
