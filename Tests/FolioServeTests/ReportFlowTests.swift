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
