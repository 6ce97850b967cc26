import Folio
import FolioData
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

/// The tagged PDF (docs/formats.md) read back by two readers that are not Folio: pikepdf walks the structure tree
/// (types, /Alt, MarkInfo, the parent tree against the pages' marked content) and poppler's `pdfinfo -struct-text`
/// gives each element's text.
@Suite("Tagged PDF")
struct TaggedPDFTests {
    /// Walks the structure tree in reading order: each element's depth, type and /Alt; the catalogue's entries; and
    /// every marked-content id of every page checked against the parent tree (the element it names must list it).
    static let script = """
        import json, sys, pikepdf
        pdf = pikepdf.open(sys.argv[1])
        root = pdf.Root
        tree = root.StructTreeRoot
        elements = []
        def kids(e):
            k = e.get('/K')
            return list(k) if isinstance(k, pikepdf.Array) else ([] if k is None else [k])
        def walk(e, depth):
            for c in kids(e):
                if isinstance(c, pikepdf.Dictionary) and c.get('/Type') == '/StructElem':
                    alt = c.get('/Alt')
                    elements.append([depth, str(c.S), None if alt is None else str(alt)])
                    walk(c, depth + 1)
        walk(tree, 0)
        nums = list(tree.ParentTree.Nums)
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        marked, wrong = 0, 0
        for page in pdf.pages:
            array = parents.get(int(page.obj.get('/StructParents', -1)))
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) != 'BDC' or not isinstance(operands[1], pikepdf.Dictionary):
                    continue
                if '/MCID' not in operands[1]:   # an /ActualText span (the running header's silent glyphs)
                    continue
                mcid = int(operands[1].MCID)
                marked += 1
                owner = array[mcid] if array is not None and mcid < len(array) else None
                listed = owner is not None and any(
                    (isinstance(k, int) and k == mcid and owner.Pg.objgen == page.obj.objgen)
                    or (isinstance(k, pikepdf.Dictionary) and k.get('/MCID') == mcid
                        and k.Pg.objgen == page.obj.objgen)
                    for k in kids(owner))
                wrong += 0 if listed else 1
        print(json.dumps({
            "elements": elements, "marked": marked, "wrong": wrong,
            "markInfo": bool(root.MarkInfo.Marked), "lang": str(root.Lang),
            "displayDocTitle": bool(root.ViewerPreferences.DisplayDocTitle),
            "titleRole": str(tree.RoleMap.Title),
        }, ensure_ascii=False))
        """

    /// The structure read back from `pdf`.
    struct ReadBack {
        var types: [String]
        var elements: [[Any]]
        var fields: [String: Any]
        /// `pdfinfo -struct-text`: the elements with their text, indented by depth.
        var text: String
    }

    static func read(_ pdf: URL) throws -> ReadBack {
        let run = try ToolRun.run("python3", ["-c", script, pdf.path])
        try #require(run.status == 0, "pikepdf (Tests/requirements.txt): \(run.stderr)")
        let fields = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        let elements = try #require(fields["elements"] as? [[Any]])
        let text = try ToolRun.run("pdfinfo", ["-struct-text", pdf.path])
        try #require(text.status == 0, "\(text.stderr)")
        return ReadBack(
            types: elements.compactMap { $0[1] as? String }, elements: elements, fields: fields, text: text.stdout)
    }

    /// Builds `dataset` with the built `folio` into `folder`.
    static func build(_ dataset: URL, _ extra: [String] = [], in folder: URL, name: String) throws -> URL {
        let run = try FolioExecutable.run(["build", dataset.path, "-o", name] + extra, in: folder)
        try #require(run.status == 0, "\(run.stderr)")
        return folder.appendingPathComponent(name)
    }

    @Test("the bundled report: Title, headings, one P per paragraph, figures with their figures as /Alt, no furniture")
    func bundledReport() throws {
        let folder = try Checkout.temporaryFolder("tagged")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try Self.build(Checkout.bundledReport, in: folder, name: "x.pdf")
        let back = try Self.read(pdf)
        let document = try Pipeline.load(dataset: Checkout.bundledReport).document

        #expect(back.types.first == "/Document" && back.types.dropFirst().first == "/Title", "\(back.types)")
        var headings: [String] = []
        var paragraphs = 0, runIns = 0, charts: [ChartSpec] = []
        for block in document.blocks {
            switch block {
            case .heading(let h):
                headings.append("/H\(h.level)")
                if h.runIn?.isEmpty == false { runIns += 1 }
            case .paragraph: paragraphs += 1
            case .chart(let c): charts.append(c)
            default: break
            }
        }
        #expect(back.types.filter { $0.hasPrefix("/H") } == headings, "headings in order")
        // Every paragraph is one P, also one that crosses a page; so is the text run in after a heading; the
        // signature's issuer and date are two more.
        #expect(runIns > 0)
        #expect(back.types.filter { $0 == "/P" }.count == paragraphs + runIns + 2)
        let figures = back.elements.filter { $0[1] as? String == "/Figure" }.map { $0[2] as? String ?? "" }
        #expect(figures.count == charts.count)
        for (alt, chart) in zip(figures, charts) {
            #expect(alt == chart.alternativeText)
            for series in chart.series {
                for value in series.values.compactMap({ $0 }) {
                    let plain = NumberFormatting.plain(value, decimals: series.decimals)
                    #expect(alt.contains(plain), "\(plain) in \(alt)")
                }
            }
        }
        // Each figure's caption comes right before it.
        let order = back.types.filter { ["/Caption", "/Figure"].contains($0) }
        #expect(order == Array(repeating: ["/Caption", "/Figure"], count: charts.count).flatMap { $0 })
        #expect(back.fields["markInfo"] as? Bool == true && back.fields["lang"] as? String == "zh-CN")
        #expect(back.fields["displayDocTitle"] as? Bool == true && back.fields["titleRole"] as? String == "/H1")
        #expect((back.fields["marked"] as? Int ?? 0) > back.types.count / 2)
        #expect(back.fields["wrong"] as? Int == 0, "marked content the parent tree does not lead back to")
        // Page numbers are not in the structure; the paragraphs' text is, in order.
        for n in 1...20 { #expect(!back.text.contains("— \(n) —"), "page number \(n) in the structure") }
        var from = back.text.startIndex
        for case .paragraph(let p) in document.blocks {
            let start = String(p.text.prefix(12))
            guard let r = back.text.range(of: start, range: from..<back.text.endIndex) else {
                Issue.record("“\(start)” missing or out of order in the structure's text")
                return
            }
            from = r.upperBound
        }
    }

    @Test("the notice: a table with TH and TD cells, the seal as a figure, 附件 and signature in reading order")
    func noticeTable() throws {
        let folder = try Checkout.temporaryFolder("tagged-notice")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset = Checkout.assets.appendingPathComponent("reports/sample-notice-2021.yaml")
        let back = try Self.read(try Self.build(dataset, in: folder, name: "n.pdf"))
        let table = try #require(back.types.firstIndex(of: "/Table"))
        #expect(back.types[table + 1] == "/Caption" && back.types[table + 2] == "/TR" && back.types[table + 3] == "/TH")
        #expect(back.types.contains("/TD"))
        let depth = back.elements[table][0] as? Int ?? 0
        for element in back.elements[(table + 1)...].prefix(while: { ($0[0] as? Int ?? 0) > depth }) {
            #expect(["/Caption", "/TR", "/TH", "/TD"].contains(element[1] as? String ?? ""), "\(element)")
        }
        #expect(back.elements.contains { $0[1] as? String == "/Figure" && ($0[2] as? String)?.contains("印章") == true })
        #expect(back.fields["wrong"] as? Int == 0)
        let order = ["YY镇人民政府文件", "关于做好", "附件：1.", "YY镇人民政府（示例）", "2021年3月5日", "附件1", "任务分解", "抄送："]
        var from = back.text.startIndex
        for part in order {
            guard let r = back.text.range(of: part, range: from..<back.text.endIndex) else {
                Issue.record("“\(part)” missing or out of order in:\n\(back.text)")
                return
            }
            from = r.upperBound
        }
        for n in 1...4 { #expect(!back.text.contains("— \(n) —")) }
        // A run-in heading is its own element; the text run in after it is a paragraph.
        #expect(back.text.contains("H2 (block)\n    \"（一）推进农村厕所革命。\"\n  P (block)\n    \"各村要"), "\(back.text)")
    }

    @Test("the report theme: the running header and repeated table headers stay out of the structure")
    func reportTheme() throws {
        let folder = try Checkout.temporaryFolder("tagged-theme")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try Self.build(Checkout.bundledReport, ["--theme", "report"], in: folder, name: "r.pdf")
        let back = try Self.read(pdf)
        #expect(back.fields["wrong"] as? Int == 0)
        for n in 1...20 { #expect(!back.text.contains("— \(n) —")) }
        // The running header repeats the level-1 heading on later pages: each heading's text is in the tree twice,
        // as a contents entry and as the heading, whatever the number of pages it heads.
        let document = try Pipeline.load(dataset: Checkout.bundledReport, theme: "report").document
        for case .heading(let h) in document.blocks where h.level == 1 {
            #expect(back.text.components(separatedBy: h.number + h.text).count - 1 == 2, "\(h.text)")
        }
        #expect(back.types.filter { $0 == "/TOCI" }.count == back.types.filter { $0 == "/Link" }.count)
        #expect(back.types.prefix(2) == ["/Document", "/Title"])
    }

    @Test("--untagged writes the former file: one Part element a page (Cairo's links need a tree), no structure")
    func untagged() throws {
        let folder = try Checkout.temporaryFolder("untagged")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try Self.build(Checkout.bundledReport, ["--untagged"], in: folder, name: "u.pdf")
        let run = try ToolRun.run(
            "python3",
            [
                "-c",
                "import sys, pikepdf; p = pikepdf.open(sys.argv[1]); "
                    + "print(sorted(set(str(k.S) for k in p.Root.StructTreeRoot.K)))",
                pdf.path,
            ])
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "['/Part']", "\(run.stderr)")
    }
}
