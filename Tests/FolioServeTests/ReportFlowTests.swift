import Folio
import FolioTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import FolioServe

/// The reports through the workbench in-process: new, edit (comments kept, a version kept), a stale save refused
/// with what changed, a save that breaks the dataset refused, history and restore, preview, the PDF's bytes, next
/// year, delete to the recycle folder.
@Suite struct ReportFlowTests {
    /// The JSON body of a response.
    static func json(_ r: TestResponse) throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as? [String: Any]) ?? [:]
    }

    /// A save as the editing page's script sends it.
    static func save(
        _ client: any TestClientProtocol, _ name: String, base: String, edits: [[String: Any]], as b: Browser
    ) async throws -> TestResponse {
        let body = try JSONSerialization.data(withJSONObject: ["base": base, "edits": edits])
        var h = b.headers()
        h[.contentType] = "application/json"
        h[.accept] = "application/json"
        return try await client.execute(
            uri: "/reports/\(name)/save.json", method: .post, headers: h, body: ByteBuffer(bytes: body))
    }

    @Test func aChartsKindAndTitleAreEditedInPlace() async throws {
        let bench = try await TestBench()
        let file = bench.folder.appendingPathComponent("units/unit-a/town.yaml")
        try await bench.run { client in
            let admin = try await client.setUp()
            #expect(
                try await client.post("/reports/new", "template=xx-town-2016-2020.yaml&name=town", as: admin).status
                    == .seeOther)
            let text = try String(contentsOf: file, encoding: .utf8)
            let page = try await client.get("/reports/town.yaml", as: admin).text
            #expect(page.contains("aria-label=\"图表类型\"") && page.contains("aria-label=\"图表标题\""))
            let kind = try #require(
                DatasetTextEdit.location(of: ["charts", "0", "kind"], in: text, fileName: "t.yaml"))
            let (before, _) = try DatasetLoader.load(contentsOf: file)
            let chart = try #require(before.charts.first)
            let title = try #require(chart.title.location)
            let newKind = chart.kind == "line" ? "bars" : "line"
            // A kind the charts do not know is refused and the file stays.
            let bad = try await Self.save(
                client, "town.yaml", base: Fingerprint.of(text),
                edits: [["line": kind.line, "column": kind.column, "kind": "text", "value": "pie"]], as: admin)
            #expect(bad.status == .unprocessableContent)
            #expect(try String(contentsOf: file, encoding: .utf8) == text)
            let saved = try await Self.save(
                client, "town.yaml", base: Fingerprint.of(text),
                edits: [
                    ["line": kind.line, "column": kind.column, "kind": "text", "value": newKind],
                    ["line": title.line, "column": title.column, "kind": "text", "value": "图表标题已修改"],
                ], as: admin)
            #expect(saved.status == .ok, "\(saved.text)")
            let (after, _) = try DatasetLoader.load(contentsOf: file)
            #expect(after.charts.first?.kind == newKind && after.charts.first?.title.raw == "图表标题已修改")
            #expect(after.charts.dropFirst().map(\.kind) == before.charts.dropFirst().map(\.kind))
        }
    }

    @Test func editSaveConflictHistoryAndRestore() async throws {
        let bench = try await TestBench()
        let file = bench.folder.appendingPathComponent("units/unit-a/town.yaml")
        try await bench.run { client in
            let admin = try await client.setUp()
            #expect(
                try await client.post("/reports/new", "template=sample-town-2025H1.yaml&name=town", as: admin).status
                    == .seeOther)
            let text = try String(contentsOf: file, encoding: .utf8)
            let base = Fingerprint.of(text)
            let page = try await client.get("/reports/town.yaml", as: admin).text
            #expect(page.contains("data-revision=\"\(base)\""))
            #expect(page.contains("class=\"chip\""))   // {…} figures as chips with their values
            #expect(page.contains(">53,860<") || page.contains(">53860<"))
            // The 2025H1 figure of 地区生产总值 and the first paragraph.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let gdpLine = try #require(lines.firstIndex { $0.contains("地区生产总值: {") }) + 2
            let gdpColumn =
                try #require(lines[gdpLine - 1].range(of: "53860")).lowerBound.utf16Offset(in: lines[gdpLine - 1]) + 1
            let firstPara = try #require(lines.firstIndex { $0.contains("全上下") || $0.contains("全镇上下") }) + 1
            let paraColumn =
                try #require(lines[firstPara - 1].firstIndex(of: "\"")).utf16Offset(in: lines[firstPara - 1]) + 1
            let saved = try await Self.save(
                client, "town.yaml", base: base,
                edits: [
                    ["line": gdpLine, "column": gdpColumn, "kind": "number", "value": "60000"],
                    ["line": firstPara, "column": paraColumn, "kind": "text", "value": "{本期}，全镇经济运行“稳中有进”。"],
                ], as: admin)
            #expect(saved.status == .ok, "\(String(decoding: saved.body.readableBytesView, as: UTF8.self))")
            let after = try String(contentsOf: file, encoding: .utf8)
            #expect(after.contains("2025H1: 60000"))
            #expect(after.contains("\"{本期}，全镇经济运行“稳中有进”。\""))
            #expect(after.contains("# the statistics station's growth on comparable prices"))   // comments kept
            #expect(after.hasPrefix("# yaml-language-server"))
            // A second save from the old page is refused with what changed.
            let stale = try await Self.save(
                client, "town.yaml", base: base,
                edits: [["line": gdpLine, "column": gdpColumn, "kind": "number", "value": "1"]], as: admin)
            #expect(stale.status == .conflict, "\(stale.text)")
            let body = try Self.json(stale)
            #expect((body["error"] as? String)?.contains("已被他人修改") == true)
            #expect(((body["details"] as? [String]) ?? []).contains { $0.contains("地区生产总值") })
            #expect(try String(contentsOf: file, encoding: .utf8) == after)
            // A save that breaks an expression is refused and the file stays.
            let newBase = Fingerprint.of(after)
            let broken = try await Self.save(
                client, "town.yaml", base: newBase,
                edits: [["line": firstPara, "column": paraColumn, "kind": "text", "value": "{不存在的指标[本期]}"]], as: admin)
            #expect(broken.status == .unprocessableContent)
            #expect(try String(contentsOf: file, encoding: .utf8) == after)
            let notNumber = try await Self.save(
                client, "town.yaml", base: newBase,
                edits: [["line": gdpLine, "column": gdpColumn, "kind": "number", "value": "6e4; rm"]], as: admin)
            #expect(notNumber.status == .badRequest)
            // History: the first version and the save; compare and restore.
            let versions = try bench.workbench.store.versions(unit: 1, report: "town.yaml")
            #expect(versions.count == 2)
            let diff = try await client.get(
                "/reports/town.yaml/diff?a=\(versions[1].id)&b=\(versions[0].id)", as: admin
            ).text
            #expect(diff.contains("地区生产总值"))
            #expect(
                try await client.post("/reports/town.yaml/restore", "version=\(versions[1].id)", as: admin).status
                    == .seeOther)
            #expect(try String(contentsOf: file, encoding: .utf8) == text)
        }
    }

    @Test func aPointOnAPreviewPageNamesItsParagraph() async throws {
        let bench = try await TestBench()
        try await bench.run { client in
            let admin = try await client.setUp()
            #expect(
                try await client.post("/reports/new", "template=xx-town-2016-2020.yaml&name=xx", as: admin).status
                    == .seeOther)
            let yaml = try String(
                contentsOf: bench.folder.appendingPathComponent("units/unit-a/xx.yaml"), encoding: .utf8)
            let source = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let opening = try #require(source.firstIndex { $0.contains("- p: \"2016年以来") }) + 1
            let heading = try #require(source.firstIndex { $0.contains("- section: 基本情况") }) + 1
            let chartLine = try #require(source.firstIndex { $0.contains("- chart:") }) + 1
            for _ in 0..<2 {   // drawn, then from the cache
                let preview = try Self.json(try await client.get("/reports/xx.yaml/preview.json", as: admin))
                let pages = try #require(preview["pages"] as? [String])
                let maps = try #require(preview["maps"] as? [[String: Any]])
                #expect(maps.count == pages.count)
                let first = try #require(maps.first)
                #expect((first["width"] as? Double).map { abs($0 - 595.28) < 1 } == true)   // A4 in points
                let blocks = try #require(first["blocks"] as? [[String: Any]])
                // The page's script takes the first block holding the point: in the middle of the opening
                // paragraph's first line, 250 pt across, that is the opening paragraph; lower, its heading.
                func line(x: Double, y: Double) -> Int? {
                    blocks.first {
                        guard let bx = $0["x"] as? Double, let by = $0["y"] as? Double, let w = $0["w"] as? Double,
                            let h = $0["h"] as? Double
                        else { return false }
                        return x >= bx && x < bx + w && y >= by && y < by + h
                    }?["line"] as? Int
                }
                let top = try #require(blocks.first { $0["line"] as? Int == opening }?["y"] as? Double)
                #expect(line(x: 250, y: top + 8) == opening)
                let headingTop = try #require(blocks.first { $0["line"] as? Int == heading }?["y"] as? Double)
                #expect(headingTop > top)
                #expect(line(x: 250, y: headingTop + 8) == heading)
                #expect(line(x: 5, y: top + 8) == nil)   // the margin
                // A chart is mapped to where the body places it, which the editor shows as a block of that line.
                let placed = maps.flatMap { ($0["blocks"] as? [[String: Any]]) ?? [] }.compactMap { $0["line"] as? Int }
                #expect(placed.contains(chartLine))
            }
            let editor = try await client.get("/reports/xx.yaml", as: admin).text
            #expect(editor.contains("data-line=\"\(chartLine)\""))
            // The maps are kept beside the revision's page images.
            let kept = FileManager.default.enumerator(atPath: bench.folder.appendingPathComponent(".folio").path)?
                .compactMap { $0 as? String }.filter { $0.hasSuffix("/maps.json") }
            #expect(kept?.count == 1)
        }
    }

    @Test func aSaveRedrawsOnlyThePagesItChanged() async throws {
        let bench = try await TestBench()
        let file = bench.folder.appendingPathComponent("units/unit-a/xx.yaml")
        try await bench.run { client in
            let admin = try await client.setUp()
            _ = try await client.post("/reports/new", "template=xx-town-2016-2020.yaml&name=xx", as: admin)
            let first = try Self.json(try await client.get("/reports/xx.yaml/preview.json", as: admin))
            let count = try #require(first["pages"] as? [String]).count
            #expect(first["drawn"] as? Int == count && first["reused"] as? Int == 0)
            // 距县城里程 (21 → 22 km) is printed once, in 基本情况 on the first pages: the same length, so the
            // pages after it are laid out as before.
            let text = try String(contentsOf: file, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let line = try #require(lines.firstIndex { $0.contains("距县城里程: {") }) + 1
            let column = try #require(lines[line - 1].range(of: "21 }")).lowerBound.utf16Offset(in: lines[line - 1]) + 1
            let saved = try await Self.save(
                client, "xx.yaml", base: Fingerprint.of(text),
                edits: [["line": line, "column": column, "kind": "number", "value": "22"]], as: admin)
            #expect(saved.status == .ok)
            let second = try Self.json(try await client.get("/reports/xx.yaml/preview.json", as: admin))
            let pages = try #require(second["pages"] as? [String])
            let drawn = try #require(second["drawn"] as? Int), reused = try #require(second["reused"] as? Int)
            #expect(pages.count == count && drawn + reused == count)
            #expect(drawn >= 1 && reused >= count - 2, "drawn \(drawn), reused \(reused)")
            // Every page, drawn or reused, is the image a full drawing of the new text makes.
            let fresh = try Checkout.temporaryFolder("folio-serve-fresh")
            var options = BuildOptions()
            options.assets = Checkout.assets
            let reference = try Pipeline.renderImages(
                dataset: file, folder: fresh, baseName: "p", format: .png(dpi: 60), options: options)
            #expect(reference.count == pages.count)
            for (uri, url) in zip(pages, reference) {
                let png = try await client.get(uri, as: admin)
                #expect(Data(png.body.readableBytesView) == (try Data(contentsOf: url)), "\(uri)")
            }
        }
    }

    @Test func previewPDFNextYearAndDelete() async throws {
        let bench = try await TestBench()
        let unit = bench.folder.appendingPathComponent("units/unit-a")
        try await bench.run { client in
            let admin = try await client.setUp()
            #expect(
                try await client.post("/reports/new", "template=sample-town-2025H1.yaml&name=town-2025H1", as: admin)
                    .status == .seeOther)
            let preview = try Self.json(try await client.get("/reports/town-2025H1.yaml/preview.json", as: admin))
            let pages = try #require(preview["pages"] as? [String])
            #expect(!pages.isEmpty)
            let png = try await client.get(pages[0], as: admin)
            #expect(png.status == .ok)
            #expect(Array(Data(png.body.readableBytesView).prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            #expect(preview["findings"] is [[String: Any]])
            // 生成PDF: the bytes `folio build` writes for the same file.
            let pdf = try await client.get("/reports/town-2025H1.yaml/pdf", as: admin)
            #expect(pdf.status == .ok)
            let reference = try Checkout.temporaryFolder("folio-serve-pdf").appendingPathComponent("town.pdf")
            var options = BuildOptions()
            options.assets = Checkout.assets
            _ = try Pipeline.build(
                dataset: unit.appendingPathComponent("town-2025H1.yaml"), output: reference, options: options)
            #expect(Data(pdf.body.readableBytesView) == (try Data(contentsOf: reference)))
            // Next period, then delete into the recycle folder.
            let next = try await client.post("/reports/town-2025H1.yaml/new-year", "", as: admin)
            #expect(next.status == .seeOther)
            #expect(next.headers[.location] == "/reports/town-2025H2.yaml")
            let draft = try String(contentsOf: unit.appendingPathComponent("town-2025H2.yaml"), encoding: .utf8)
            #expect(draft.contains("period: 2025H2"))
            #expect(try await client.post("/reports/town-2025H1.yaml/delete", "", as: admin).status == .seeOther)
            #expect(!FileManager.default.fileExists(atPath: unit.appendingPathComponent("town-2025H1.yaml").path))
            let recycled = try FileManager.default.contentsOfDirectory(
                atPath: unit.appendingPathComponent(".recycle").path)
            #expect(recycled.contains { $0.hasSuffix("town-2025H1.yaml") })
        }
    }
}
