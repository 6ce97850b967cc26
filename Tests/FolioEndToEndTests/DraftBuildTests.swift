import Testing
import Foundation
import Folio
import FolioData
import FolioTestSupport

/// A draft from `folio new-year` with markers still to fill in: the build refuses it, listing each marker
/// at its place, and a draft build (`--draft`) succeeds and prints them as 【待填】.
@Suite("Draft builds")
struct DraftBuildTests {
    @Test func refusesUnfilledMarkersAndBuildsADraft() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Checkout.root.appendingPathComponent("Assets/reports/sample-town-2025H1.yaml")
        let draft = try NextPeriodDraft.draft(yaml: String(contentsOf: source, encoding: .utf8), fileName: "h.yaml")
        let url = folder.appendingPathComponent("sample-town-2025H2.yaml")
        try draft.yaml.write(to: url, atomically: true, encoding: .utf8)
        let refused = try Pipeline.unfilledMarkers(dataset: url)
        #expect(refused.count == 6 && refused.allSatisfy { $0.severity == .error && $0.location != nil })
        #expect(refused.first?.location?.line == 14)   // report.date
        #expect(throws: FolioError.self) { try Pipeline.requireFilled(dataset: url) }
        let text = try Pipeline.load(dataset: url).document.plainText
        #expect(text.contains("地区生产总值【待填】万元"))
        let pdf = folder.appendingPathComponent("draft.pdf")
        let result = try Pipeline.build(dataset: url, output: pdf)
        #expect(result.pageCount >= 1 && FileManager.default.fileExists(atPath: pdf.path))
        // The original, with every figure given, has nothing to fill in.
        #expect(try Pipeline.unfilledMarkers(dataset: source).isEmpty)
    }

    /// A 【待填】 typed into a paragraph or a table cell, and the title, issuer and caption `folio import` leaves when it
    /// finds none, are refused by a final build as `!todo` figures are (each would be printed as it is); `--draft`
    /// builds them. A marker an expression prints is the figure's, reported once at the figure.
    @Test func refusesMarkersTypedIntoTheTextAndImportPlaceholders() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = """
            report:
              title: "（标题）"
              issuer: !todo "（发文机关）"
              date: 2025-01-01
            body:
              - p: "全年接待游客【待填】万人次。"
              - table:
                  caption: "（表题）"
                  columns: ["指标", "数值"]
                  rows:
                    - ["游客", "【待填】"]
              - p: "{{不是表达式}}，正文。"
            """
        let url = folder.appendingPathComponent("r.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        let refused = try Pipeline.unfilledMarkers(dataset: url)
        #expect(refused.allSatisfy { $0.severity == .error && $0.location != nil })
        #expect(refused.map { $0.location?.line ?? 0 }.sorted() == [2, 3, 6, 8, 11], "\(refused.map(\.description))")
        // A draft prints the importer's placeholders as they are, not as 【待填】: the hint says so.
        #expect(refused.first { $0.location?.line == 2 }?.hintText?.id == "draft.hint.as-is")
        #expect(throws: FolioError.self) { try Pipeline.requireFilled(dataset: url) }
        let (_, findings) = try Pipeline.loadForBuild(dataset: url, gate: BuildGate(requireFilled: false))
        #expect(findings.filter { $0.code == "todo.marker" }.count >= 4)
        // Markers the author means (a form asking its readers to fill in 【待填】 fields) are not refused once the dataset
        // says so (`checks: disable: [todo.marker]`): the placeholders still are; an issuer still 【待填】 is refused.
        try (yaml + "\nchecks:\n  disable: [todo.marker]\n").write(to: url, atomically: true, encoding: .utf8)
        #expect(try Pipeline.unfilledMarkers(dataset: url).map { $0.location?.line ?? 0 }.sorted() == [2, 3, 8])
        try yaml.replacingOccurrences(of: "!todo \"（发文机关）\"", with: "【待填】").write(
            to: url, atomically: true, encoding: .utf8)
        #expect(try Pipeline.unfilledMarkers(dataset: url).contains { $0.location?.line == 3 })
        // Filled in, nothing is refused.
        let filled = yaml.replacingOccurrences(of: "【待填】", with: "12").replacingOccurrences(of: "（标题）", with: "报告")
            .replacingOccurrences(of: "!todo \"（发文机关）\"", with: "某镇人民政府")
            .replacingOccurrences(of: "（表题）", with: "游客情况")
        try filled.write(to: url, atomically: true, encoding: .utf8)
        #expect(try Pipeline.unfilledMarkers(dataset: url).isEmpty)
    }

    /// A report still to be filled in — a draft build, a preview — is printed without its seals (a seal is pressed on the
    /// final document only, and a draft printed with one could pass for it), with a warning; filled in, it keeps them.
    @Test func aDraftStillToFillInIsPrintedWithoutItsSeals() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = Checkout.root.appendingPathComponent("Assets/reports")
        for name in ["sample-request-2021.yaml", "sample-request-seal.svg", "sample-notice-seal.svg"] {
            try FileManager.default.copyItem(
                at: reports.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        func seals(_ url: URL) throws -> (Int, [String]) {
            let report = try Pipeline.load(dataset: url)
            let count = report.document.blocks.reduce(0) { n, block in
                if case .signature(let s) = block { return n + s.seals.count }
                return n
            }
            return (count, report.warnings.map(\.code))
        }
        let final = folder.appendingPathComponent("sample-request-2021.yaml")
        #expect(try seals(final).0 == 2)
        let draft = try NextYearDraft.draft(
            yaml: String(contentsOf: final, encoding: .utf8), fileName: "sample-request-2021.yaml", directory: folder,
            year: 2022)
        let next = folder.appendingPathComponent("sample-request-2022.yaml")
        try draft.yaml.write(to: next, atomically: true, encoding: .utf8)
        let (count, codes) = try seals(next)
        #expect(count == 0 && codes.contains("draft.seals"))
        // A Word draft says so too (its warnings were not returned).
        let word = try Pipeline.buildWord(dataset: next, output: folder.appendingPathComponent("d.docx"))
        #expect(word.warnings.contains { $0.code == "draft.seals" } && word.pictures == 0)
    }
}
