import Foundation
import Testing
import Folio
import FolioDisplay
@testable import FolioVerify
import FolioTestSupport

/// PDF/A-2: `folio build --pdf-standard` writes what `folio verify --pdf-standard` checks, a plain build lacks
/// it, and pikepdf (an independent reader) finds the XMP fields and the output intent.
@Suite("PDF/A")
struct ArchiveTests {
    /// The sRGB profile Debian's icc-profiles-free installs (the Makefile's APT list).
    static let profile = URL(fileURLWithPath: "/usr/share/color/icc/sRGB.icc")

    /// The bundled report built into `folder`, as PDF/A `standard` when given.
    static func bundled(_ standard: PDFStandard?, in folder: URL, name: String) throws -> URL {
        var options = BuildOptions()
        options.pdfStandard = standard
        options.outputProfile = profile
        let pdf = folder.appendingPathComponent(name)
        _ = try Pipeline.build(dataset: try AssetLocator.bundledReport(), output: pdf, options: options)
        return pdf
    }

    func errors(_ report: VerifyReport) -> Set<String> {
        Set(report.findings.filter { $0.severity == .error }.map(\.rule))
    }

    @Test("the bundled report built as a-2b passes verify --pdf-standard a-2b; a-2u asks for conformance U")
    func bundledPasses() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try Self.bundled(.a2b, in: dir, name: "a2b.pdf")
        let report = PDFVerifier.verify(url: pdf, options: VerifyOptions(standard: .a2b))
        #expect(report.findings.isEmpty, "\(report.text)")
        #expect(report.rules.contains(VerifyRules.archiveOutputIntent))
        let u = PDFVerifier.verify(url: pdf, options: VerifyOptions(standard: .a2u))
        #expect(errors(u) == ["verify.pdfa.xmp"], "\(u.text)")
        let a2u = try Self.bundled(.a2u, in: dir, name: "a2u.pdf")
        let uReport = PDFVerifier.verify(url: a2u, options: VerifyOptions(standard: .a2u))
        #expect(uReport.findings.isEmpty, "\(uReport.text)")
    }

    @Test("a default build lacks the XMP and the output intent, and has /Lang")
    func defaultBuildFails() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try Self.bundled(nil, in: dir, name: "plain.pdf")
        let report = PDFVerifier.verify(url: pdf, options: VerifyOptions(standard: .a2b))
        #expect(errors(report) == ["verify.pdfa.xmp", "verify.pdfa.output-intent"], "\(report.text)")
        #expect(report.exitStatus == 65)
        #expect(!report.findings.contains { $0.rule == "verify.pdfa.lang" })
        #expect(PDFVerifier.verify(url: pdf).findings.isEmpty, "the archive rules run only with a standard")
    }

    @Test("an XMP value that differs from the Info dictionary is reported")
    func disagreement() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try Self.bundled(.a2b, in: dir, name: "a2b.pdf")
        let edited = try VerifyFixture.edited(
            pdf,
            [
                ("<pdf:Producer>Folio", "<pdf:Producer>Xolio"),
                ("<xmp:CreateDate>2021", "<xmp:CreateDate>2022"),
            ],
            name: "edited.pdf")
        let report = PDFVerifier.verify(url: edited, options: VerifyOptions(standard: .a2b))
        #expect(errors(report) == ["verify.pdfa.info-xmp"], "\(report.text)")
        #expect(report.findings.filter { $0.rule == "verify.pdfa.info-xmp" }.count == 2)
    }

    @Test("pikepdf reads the XMP fields, the sRGB output intent and /Lang back")
    func pikepdfReadsBack() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try Self.bundled(.a2b, in: dir, name: "a2b.pdf")
        let script = """
            import json, sys, pikepdf
            pdf = pikepdf.open(sys.argv[1])
            meta = pdf.open_metadata()
            intent = pdf.Root.OutputIntents[0]
            profile = intent.DestOutputProfile
            info = pdf.docinfo
            print(json.dumps({
                "part": meta.get("pdfaid:part"), "conformance": meta.get("pdfaid:conformance"),
                "title": meta.get("dc:title"), "creator": list(meta.get("dc:creator") or []),
                "description": meta.get("dc:description"), "producer": meta.get("pdf:Producer"),
                "keywords": meta.get("pdf:Keywords"), "create": meta.get("xmp:CreateDate"),
                "modify": meta.get("xmp:ModifyDate"), "metadataDate": meta.get("xmp:MetadataDate"),
                "infoTitle": str(info.Title), "infoAuthor": str(info.Author), "infoProducer": str(info.Producer),
                "infoCreated": str(info.CreationDate),
                "s": str(intent.S), "n": int(profile.N), "iccSignature": profile.read_bytes()[36:40].decode(),
                "iccBytes": len(profile.read_bytes()), "lang": str(pdf.Root.Lang),
                "groups": sum(1 for p in pdf.pages if "/Group" in p.obj),
            }, ensure_ascii=False))
            """
        let run = try ToolRun.run("python3", ["-c", script, pdf.path])
        try #require(run.status == 0, "pikepdf (Tests/requirements.txt): \(run.stderr)")
        let fields = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        let title = "XX镇“十三五”工作总结及“十四五”工作规划"
        #expect(fields["part"] as? String == "2" && fields["conformance"] as? String == "B")
        #expect(fields["title"] as? String == title && fields["infoTitle"] as? String == title)
        #expect(fields["creator"] as? [String] == ["中共XX镇委员会"] && fields["infoAuthor"] as? String == "中共XX镇委员会")
        #expect((fields["description"] as? String)?.contains("工作规划") == true)
        #expect(
            fields["producer"] as? String == "Folio (cairo)"
                && fields["infoProducer"] as? String == "Folio (cairo)")
        #expect(fields["keywords"] as? String == "十三五, 十四五, 工作总结, 工作规划, XX镇")
        #expect(
            fields["create"] as? String == "2021-07-15T00:00:00Z"
                && fields["infoCreated"] as? String == "D:20210715000000Z")
        #expect(
            fields["modify"] as? String == "2021-07-15T00:00:00Z"
                && fields["metadataDate"] as? String == "2021-07-15T00:00:00Z")
        let profileSize = try Data(contentsOf: Self.profile).count
        #expect(fields["s"] as? String == "/GTS_PDFA1" && fields["n"] as? Int == 3)
        #expect(fields["iccSignature"] as? String == "acsp" && fields["iccBytes"] as? Int == profileSize)
        #expect(fields["lang"] as? String == "zh-CN" && fields["groups"] as? Int == 0)
    }

    @Test("a PDF/A build without a readable RGB profile is refused with a hint")
    func badProfile() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var options = BuildOptions()
        options.pdfStandard = .a2b
        options.outputProfile = Checkout.bundledReport
        let pdf = dir.appendingPathComponent("bad.pdf")
        #expect(throws: FolioError.self) {
            try Pipeline.build(dataset: try AssetLocator.bundledReport(), output: pdf, options: options)
        }
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test("XMP properties read as elements, attributes and list items, entities decoded")
    func xmpFields() {
        let packet = """
            <rdf:Description pdfaid:part="2" pdfaid:conformance='U' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">甲 &amp; 乙 &#x4E19;</rdf:li></rdf:Alt></dc:title>
            <pdf:Producer>Folio</pdf:Producer><pdf:ProducerX>no</pdf:ProducerX><pdf:Keywords/>
            </rdf:Description>
            """
        let fields = XMPFields(xmp: packet)
        #expect(fields.value("pdfaid:part") == "2" && fields.value("pdfaid:conformance") == "U")
        #expect(fields.value("dc:title") == "甲 & 乙 丙")
        #expect(fields.value("pdf:Producer") == "Folio" && fields.value("pdf:Keywords") == "")
        #expect(fields.value("dc:creator") == nil)
        #expect(XMPFields(xmp: "<pdfaid:part>").value("pdfaid:part") == nil)
    }
}
