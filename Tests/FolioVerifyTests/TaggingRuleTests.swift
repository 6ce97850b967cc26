import Folio
import FolioRender
import Foundation
import Testing
@testable import FolioVerify
import FolioTestSupport

/// `folio verify`'s tagged-PDF rules (verify.tagged, verify.alt, verify.lang): silent on Folio's default build,
/// a warning for each part an edited or untagged file lacks.
@Suite("Tagging rules")
struct TaggingRuleTests {
    /// The bundled report built into `folder`, tagged unless `tagged` is false.
    static func bundled(tagged: Bool = true, in folder: URL, name: String) throws -> URL {
        var options = BuildOptions()
        options.tagged = tagged
        let pdf = folder.appendingPathComponent(name)
        _ = try Pipeline.build(dataset: try AssetLocator.bundledReport(), output: pdf, options: options)
        return pdf
    }

    func tagging(_ report: VerifyReport) -> [VerifyFinding] {
        report.findings.filter { VerifyRules.tagging.map(\.id).contains($0.rule) }
    }

    @Test("a default build is tagged, its figures have /Alt and it names its language: no finding")
    func defaultBuild() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try Self.bundled(in: dir, name: "t.pdf")
        let report = PDFVerifier.verify(url: pdf)
        #expect(report.findings.isEmpty, "\(report.text)")
        #expect(report.rules.contains(VerifyRules.tagged) && report.rules.contains(VerifyRules.language))
        let doc = try PDFReader.read(pdf)
        #expect(doc.tagging.marked && doc.tagging.hasStructureTree && doc.tagging.figures == 2)
        #expect(doc.tagging.figuresWithoutAlternative == 0 && doc.tagging.elements > 30)
    }

    @Test("an untagged build is reported as a warning, and the exit status stays 0")
    func untagged() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = PDFVerifier.verify(url: try Self.bundled(tagged: false, in: dir, name: "u.pdf"))
        let found = tagging(report)
        #expect(found.map(\.rule) == ["verify.tagged"], "\(report.text)")
        // Cairo's page-wide Part elements (kept without tags so that links stay valid) are no structure.
        #expect(found.first?.message.contains("grouping elements only") == true && found.first?.severity == .warning)
        #expect(report.exitStatus == 0)
    }

    @Test("figures without /Alt and a catalogue without /Lang are reported; with --pdf-standard, /Lang is pdfa.lang's")
    func missingAltAndLanguage() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try Self.bundled(in: dir, name: "t.pdf")
        let edited = try VerifyFixture.edited(pdf, [("/Alt", "/Xlt"), ("/Lang", "/Xang")], name: "edited.pdf")
        let report = PDFVerifier.verify(url: edited)
        #expect(tagging(report).map(\.rule) == ["verify.alt", "verify.lang"], "\(report.text)")
        #expect(tagging(report).first?.message.hasPrefix("2 of 2 figures") == true)
        let archive = PDFVerifier.verify(url: edited, options: VerifyOptions(standard: .a2b))
        #expect(!archive.findings.contains { $0.rule == "verify.lang" })
        #expect(archive.findings.contains { $0.rule == "verify.pdfa.lang" })
        #expect(!archive.rules.contains(VerifyRules.language))
        let unmarked = try VerifyFixture.edited(pdf, [("/MarkInfo", "/XarkInfo")], name: "unmarked.pdf")
        #expect(tagging(PDFVerifier.verify(url: unmarked)).map(\.rule) == ["verify.tagged"])
    }
}
