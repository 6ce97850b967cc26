import Foundation
import FolioTestSupport
import Testing
import FolioDisplay
import FolioLayout
@testable import Folio

/// Each font file is cut to the characters the font plan says it will draw (`Pipeline.fontPlan`). A plan
/// that misses a character still draws correctly (from the whole file, `RenderSubsetFontTests`) but costs size and
/// time, so for the bundled reports, both themes and the typography stress text it must miss nothing.
@Suite("Font plan") struct FontPlanTests {
    static let datasets: [(String, String?)] = [
        ("Assets/reports/xx-town-2016-2020.yaml", nil), ("Assets/reports/xx-town-2016-2020.yaml", "report"),
        ("Assets/reports/sample-county-2016-2020.yaml", nil), ("Assets/reports/sample-county-2016-2020.yaml", "report"),
        ("Tests/FolioLayoutTests/Fixtures/stress.yaml", nil),
    ]

    @Test("no run is drawn from a whole font file", arguments: datasets)
    func planForeseesEveryRun(dataset: String, theme: String?) throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Pipeline.build(
            dataset: Checkout.url(dataset),
            output: folder.appendingPathComponent("out.pdf"), theme: theme)
        #expect(result.pageCount > 0)
        #expect(result.wholeFontRuns == 0)
        #expect(result.phases.map(\.name) == ["load", "fonts", "pages", "finish"])
    }

    /// A subset keeps the alternates of the features the text engine asks for beyond HarfBuzz's defaults
    /// (`ShapingFeatures.requested`): a middle dot set full width (`fwid`) in the title's Noto Serif CJK face is
    /// another glyph than the dot's default one, which a closure over the default features alone would leave out.
    @Test("a subset keeps the glyphs the text engine's own features give")
    func subsetsKeepRequestedFeatures() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: Checkout.bundledReport, encoding: .utf8)
        let yaml = original.replacingOccurrences(of: "title: XX镇“十三五”", with: "title: XX镇·“十三五”")
        #expect(yaml != original)
        let dataset = folder.appendingPathComponent("report.yaml")
        try yaml.write(to: dataset, atomically: true, encoding: .utf8)
        let result = try Pipeline.build(dataset: dataset, output: folder.appendingPathComponent("out.pdf"))
        #expect(result.wholeFontRuns == 0)
    }

    @Test("each file gets its own characters, not the whole report's")
    func filesGetTheirOwnCharacters() throws {
        let report = try Pipeline.load(dataset: Checkout.bundledReport)
        let engine = try Pipeline.textEngine(for: report.theme)
        let plan = try Pipeline.fontPlan(report, layout: LayoutEngine(theme: report.theme, text: engine))
        let faces = Dictionary(uniqueKeysWithValues: engine.faceReport().map { ($0.role, $0.face.face.file) })
        let body = try #require(faces[.body]), title = try #require(faces[.title]),
            heading = try #require(faces[.heading1])
        #expect(Set([body, title, heading]).count == 3)
        for (_, characters) in plan.byFile { #expect(characters.isSubset(of: plan.all)) }
        // "勠" is set only in body text and drawn from a fallback face: the body face lacks it, the fallback has it.
        let rare: Unicode.Scalar = "勠"
        #expect(plan.all.contains(rare))
        #expect(plan.byFile[body]?.contains(rare) == false)
        #expect(plan.byFile.contains { $0.value.contains(rare) })
        // The title face holds the title's characters, not the body's ("纯" of 农民人均纯收入 is body text only).
        #expect(plan.byFile[title]?.contains("镇") == true)
        #expect(plan.byFile[title]?.contains("纯") == false)
        #expect(try #require(plan.byFile[title]).count < plan.all.count / 3)
        #expect(try #require(plan.byFile[heading]).count < plan.all.count / 2)
    }
}
