import Foundation
import FolioDisplay
import FolioRender
import FolioRenderTestSupport
import FolioTestSupport

/// PDFs for the verifier's tests, made with Folio's own renderer (PDFWriter, display-list frames): any page size,
/// any lines at any place, with embedded subset fonts and ToUnicode maps as Folio writes them. Bad fonts and
/// metadata come from rewriting a copy with qpdf.
enum VerifyFixture {
    /// The test font (`TestFont.notoSerifSC`).
    static let font = TestFont.notoSerifSC

    /// Complete metadata, as Folio writes it.
    static let info = DocumentInfo(
        title: "核查测试", author: "某镇人民政府", subject: "测试", keywords: [],
        creator: "Folio tests", creationDate: "2021-01-15T08:00:00Z")

    /// A run of `text`, one glyph per character (`TestFont.run`).
    static func run(_ text: String, size: Pt = 16) throws -> GlyphRun { try TestFont.run(text, size: size) }

    /// A one-page PDF of `size` with `lines` set 24 pt apart from the top of the type area, and one bookmark.
    static func pdf(lines: [String], size: Size = .a4, in folder: URL, name: String = "fixture.pdf") throws -> URL {
        var frame = Frame(size: size)
        for (i, line) in lines.enumerated() {
            // Each line a paragraph of the structure tree, as Folio's composers mark theirs (verify.tagged).
            frame.items += [.text(try run(line), at: Point(x: 80, y: Pt(120 + 24 * Double(i))))].tagged(.paragraph)
        }
        let url = folder.appendingPathComponent(name)
        let writer = try PDFWriter(destination: url, info: info)
        try writer.add(
            Page(
                index: 0, label: "1", frame: frame,
                outline: [OutlineEntry(title: "一、测试", level: 1, pageIndex: 0, y: 100)]))
        try writer.finish()
        return url
    }

    /// A copy of `pdf` in QDF form (uncompressed, one object per line group, `qpdf --qdf`) with each `edits`
    /// pair's bytes replaced by another of the same length, so every offset in the cross-reference stays right.
    static func edited(_ pdf: URL, _ edits: [(String, String)], name: String) throws -> URL {
        let qdf = pdf.deletingLastPathComponent().appendingPathComponent(name)
        let r = try ToolRun.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path])
        guard r.status == 0 else { throw FixtureError.qpdf(r.stderr) }
        var bytes = try Data(contentsOf: qdf)
        for (old, new) in edits {
            let from = Data(old.utf8), to = Data(new.utf8)
            guard from.count == to.count else { throw FixtureError.lengthChanged(old, new) }
            var start = bytes.startIndex, replaced = 0
            while let range = bytes.range(of: from, in: start..<bytes.endIndex) {
                bytes.replaceSubrange(range, with: to)
                start = range.upperBound
                replaced += 1
            }
            guard replaced > 0 else { throw FixtureError.notFound(old) }
        }
        try bytes.write(to: qdf)
        return qdf
    }

    /// A fresh temporary folder.
    static func folder() throws -> URL { try Checkout.temporaryFolder("folio-verify") }

    /// Why a fixture could not be made.
    enum FixtureError: Error {
        case qpdf(String)
        case lengthChanged(String, String)
        case notFound(String)
    }
}
