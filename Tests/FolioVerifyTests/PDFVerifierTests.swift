import Foundation
import Testing
import Folio
import FolioDisplay
import FolioVerify

/// `folio verify` on PDFs made for the purpose: a clean one passes with no finding, each bad one fails with
/// the rule that names its fault.
@Suite("PDF verifier")
struct PDFVerifierTests {
    static let clean = ["立足“十三五”开局，全镇农民人均纯收入", "达到11379元，比2015年增长30.2%。"]

    /// The rule ids of the errors in `report`.
    func errors(_ report: VerifyReport) -> Set<String> {
        Set(report.findings.filter { $0.severity == .error }.map(\.rule))
    }

    @Test("a clean Folio page passes with no finding")
    func cleanPage() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = PDFVerifier.verify(url: try VerifyFixture.pdf(lines: Self.clean, in: dir))
        #expect(report.passes && report.findings.isEmpty, "\(report.text)")
        #expect(report.pages == 1 && report.exitStatus == 0)
    }

    @Test("the bundled report passes, and its resolved text is found in it")
    func bundledReport() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("report.pdf")
        let dataset = try AssetLocator.bundledReport()
        _ = try Pipeline.build(dataset: dataset, output: pdf)
        let text = try Pipeline.load(dataset: dataset).document.plainText
        let report = PDFVerifier.verify(url: pdf, options: VerifyOptions(expectedText: text))
        #expect(report.findings.isEmpty, "\(report.text)")
        #expect(report.rules.contains(VerifyRules.text) && report.pages > 5)
        let wrong = PDFVerifier.verify(url: pdf, options: VerifyOptions(expectedText: text + "\n达到19元，比2015年增加2639元\n"))
        #expect(errors(wrong) == ["verify.text"], "\(wrong.text)")
    }

    @Test("a letter-size page fails verify.page-size; --page-size letter accepts it")
    func letter() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try VerifyFixture.pdf(lines: Self.clean, size: Size(width: 612, height: 792), in: dir)
        let a4 = PDFVerifier.verify(url: pdf)
        #expect(errors(a4) == ["verify.page-size"], "\(a4.text)")
        #expect(a4.findings.first?.page == 1 && a4.exitStatus == 65)
        #expect(PDFVerifier.verify(url: pdf, options: VerifyOptions(pageSize: .letter)).findings.isEmpty)
    }

    @Test("a line starting with ， fails verify.line-start; one ending with （ fails verify.line-end")
    func lineMarks() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let start = PDFVerifier.verify(url: try VerifyFixture.pdf(lines: ["全镇农民人均纯收入达到", "，比2015年增长"], in: dir))
        #expect(errors(start) == ["verify.line-start"], "\(start.text)")
        let end = PDFVerifier.verify(url: try VerifyFixture.pdf(lines: ["全镇农民人均纯收入（", "不含转移性收入）"], in: dir))
        #expect(errors(end) == ["verify.line-end"], "\(end.text)")
    }

    @Test(
        "a number split from its unit fails verify.number-split",
        arguments: [
            ["一般公共预算收入2687.", "8万元，比上年增长"],
            ["全镇地区生产总值12.35亿", "元，比上年增长"],
            ["全镇农民人均纯收入达到11379", "元，比2015年增长"],
        ])
    func numberSplit(_ lines: [String]) throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = PDFVerifier.verify(url: try VerifyFixture.pdf(lines: lines, in: dir))
        #expect(errors(report) == ["verify.number-split"], "\(report.text)")
    }

    @Test("a Kangxi radical in the text fails verify.unicode")
    func suspect() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = PDFVerifier.verify(url: try VerifyFixture.pdf(lines: ["全镇⼀般公共预算收入"], in: dir))
        #expect(errors(report) == ["verify.unicode"], "\(report.text)")
    }

    @Test(
        "a font without its program, subset tag or ToUnicode map fails verify.fonts",
        arguments: [
            ("/FontFile3", "/FontFileX", "not embedded"),
            ("/ToUnicode", "/ToUnicodX", "no ToUnicode map"),
            ("+Noto", "-Noto", "not subset"),
        ])
    func fonts(_ edit: (String, String, String)) throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try VerifyFixture.pdf(lines: Self.clean, in: dir)
        #expect(PDFVerifier.verify(url: pdf).findings.isEmpty)
        let bad = try VerifyFixture.edited(pdf, [(edit.0, edit.1)], name: "bad.pdf")
        let report = PDFVerifier.verify(url: bad)
        #expect(errors(report) == ["verify.fonts"], "\(report.text)")
        #expect(report.findings(of: "verify.fonts").allSatisfy { $0.message.contains(edit.2) })
    }

    @Test("missing Title and a malformed date fail verify.info")
    func info() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try VerifyFixture.pdf(lines: Self.clean, in: dir)
        let bad = try VerifyFixture.edited(pdf, [("/Title", "/Titlx"), ("(D:2021", "(X:2021")], name: "bad.pdf")
        let report = PDFVerifier.verify(url: bad)
        #expect(errors(report) == ["verify.info"], "\(report.text)")
        #expect(report.findings.contains { $0.message.contains("no Title") })
        #expect(report.findings.contains { $0.message.contains("CreationDate") })
    }

    @Test("a damaged cross-reference fails verify.structure")
    func structure() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try VerifyFixture.pdf(lines: Self.clean, in: dir)
        let bad = try VerifyFixture.edited(pdf, [("startxref", "startxreg")], name: "bad.pdf")
        let report = PDFVerifier.verify(url: bad)
        #expect(errors(report).contains("verify.structure"), "\(report.text)")
    }

    @Test("a file that is not a PDF fails verify.file (65); a missing one too (66); JSON either way")
    func notPDF() throws {
        let dir = try VerifyFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("notes.pdf")
        try "这不是PDF文件\n".write(to: text, atomically: true, encoding: .utf8)
        let report = PDFVerifier.verify(url: text, name: "notes.pdf")
        #expect(errors(report) == ["verify.file"] && !report.readable && report.exitStatus == 65, "\(report.text)")
        let missing = PDFVerifier.verify(url: dir.appendingPathComponent("none.pdf"))
        #expect(errors(missing) == ["verify.file"] && missing.exitStatus == 66)
        let json = try JSONSerialization.jsonObject(with: Data(missing.json.utf8)) as? [String: Any]
        #expect(json?["passes"] as? Bool == false && json?["errors"] as? Int == 1)
    }
}
