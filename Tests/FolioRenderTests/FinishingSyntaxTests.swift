import Foundation
import FolioTestSupport
import Testing
@testable import FolioRender

/// The finishing step reads Cairo's file and writes the finished one itself (`SourcePDF`, `PDFAssembler`): the
/// object syntax both ways, the cross-reference table read and the cross-reference stream written, the digest
/// that makes the identifier, and files it must refuse rather than guess at.
@Suite("Finishing: PDF syntax")
struct FinishingSyntaxTests {
    private func parse(_ text: String) throws -> PDFValue {
        try Array(text.utf8).withUnsafeBytes { bytes in
            var p = PDFParser(bytes)
            return try p.value()
        }
    }

    @Test(
        "values read and write back",
        arguments: [
            (
                "<< /Type /Page % 1\n /Kids [ 3 0 R 4 0 R ] /N 12 /R -0.5 /B true /Z null >>",
                "<</Type /Page/Kids [3 0 R 4 0 R]/N 12/R -0.5/B true/Z null>>"
            ),
            ("(a\\(b\\)c \\\\ \\101\\n)", "<6128622963205C20410A>"),
            ("(plain (nested) text)", "(plain \\(nested\\) text)"),
            ("<FEFF 4E2D 5>", "<FEFF4E2D50>"),
            ("[ 12 0 R 5 ]", "[12 0 R 5]"),
            ("[/A#20B /\u{E4}]", "[/A#20B /\u{E4}]"),
        ])
    func roundTrip(input: String, written: String) throws {
        #expect(String(decoding: try parse(input).bytes, as: UTF8.self) == written)
    }

    @Test(
        "malformed values, and references to a generation other than 0, are refused",
        arguments: [
            "[1 2 R 3]", "<< /A 1", "[1 2", "(open", "<4E2G>", "<< 1 2 >>", "", "]", String(repeating: "[", count: 100),
        ])
    func malformed(input: String) {
        #expect(throws: PDFSyntaxError.self) { try parse(input) }
    }

    @Test(
        "white space and comments go, strings stay, references are renumbered",
        arguments: [
            (
                "<< /Type /Page % 1\n   /Parent 2 0 R\n /Kids [ 3 0 R 4 0 R ] >>",
                "<</Type/Page/Parent 20 0 R/Kids[30 0 R 0 0 R]>>"
            ),
            (
                "<< /T (a  (b)  \\) 2 0 R) /H < FE FF > /N 001 0 R /M -2 0 R /F 2.0 0 R >>",
                "<</T(a  (b)  \\) 2 0 R)/H<FEFF>/N 10 0 R/M 0 0 R/F 2.0 0 R>>"
            ),
            // A reference that cannot resolve (another generation, a negative number) is written to object 0.
            ("[1 0 R 1 1 R 1 0 obj 2 0 R]", "[10 0 R 0 1 R 1 0 obj 20 0 R]"),
            ("<<>> >>", "<<>>>>"),
            ("<< /A / 1 /B / /C >>", "<</A/ 1/B//C>>"),
            ("[9999999999999999999 0 R]", "[9999999999999999999 0 R]"),
            ("[+1 0 R 2 +0 R -3 0 R 1 1 R 1 00 R]", "[10 0 R 20 +0 R 0 0 R 0 1 R 10 00 R]"),
        ])
    func compacted(input: String, written: String) {
        var out: [UInt8] = []
        Array(input.utf8).withUnsafeBytes { CompactSyntax.compact($0, renumbering: [0, 10, 20, 30], into: &out) }
        #expect(String(decoding: out, as: UTF8.self) == written)
    }

    @Test("MD5 gives RFC 1321's test digests, also fed in pieces")
    func md5() {
        let cases = [
            ("", "d41d8cd98f00b204e9800998ecf8427e"), ("abc", "900150983cd24fb0d6963f7d28e17f72"),
            ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
            (
                "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
                "57edf4a22be3c955ac49da2e2107b67a"
            ),
        ]
        for (text, hex) in cases {
            var whole = MD5()
            whole.update(Array(text.utf8))
            var pieces = MD5()
            for chunk in Array(text.utf8).chunked(7) { pieces.update(chunk) }
            let digest = whole.finalize().map { String(format: "%02x", $0) }.joined()
            #expect(digest == hex, "\(text)")
            #expect(pieces.finalize() == whole.finalize())
        }
    }

    @Test("deflate and inflate are inverse; damaged data inflates to nil")
    func deflate() throws {
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 7 / 3) }
        let packed = try Deflate.compress(bytes)
        #expect(packed.count < bytes.count / 10)
        #expect(packed.withUnsafeBytes { Deflate.decompress($0) } == bytes)
        #expect(Array(packed.prefix(20)).withUnsafeBytes { Deflate.decompress($0) } == nil)
        #expect(packed.withUnsafeBytes { Deflate.decompress($0, limit: 1000) } == nil)
    }

    /// A file as Cairo 1.16 writes them: objects, an indirect stream length, a comment, one xref table.
    /// `change` is applied to each object's text before the table is made; `table: false` leaves the table empty.
    static func cairoLikeFile(table: Bool = true, _ change: (String) -> String = { $0 }) -> [UInt8] {
        var out = Array("%PDF-1.5\n".utf8)
        var offsets: [Int] = []
        func object(_ text: String) {
            offsets.append(out.count)
            out += Array(change(text).utf8)
        }
        object("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
        object("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n")
        object(
            "3 0 obj\n<< /Type /Page % 1\n /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>\nendobj\n")
        object("4 0 obj\n<< /Length 5 0 R >>\nstream\n0 0 m 100 100 l S\nendstream\nendobj\n")
        object("5 0 obj\n   17\nendobj\n")
        object("6 0 obj\n<< /Producer (cairo) /Title (endobj inside) >>\nendobj\n")
        let xref = out.count
        out += Array((table ? "xref\n0 7\n0000000000 65535 f \n" : "xref\n0 0\n").utf8)
        for o in offsets where table { out += Array(String(format: "%010d 00000 n \n", o).utf8) }
        out += Array("trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    @Test("a Cairo-like file is read, edited and written: qpdf finds no error, the content is the same")
    func assemble() throws {
        let input = Self.cairoLikeFile()
        let output: [UInt8] = try input.withUnsafeBytes { bytes in
            var pdf = EditedPDF(try SourcePDF(bytes))
            #expect(try pdf.source.span(6).map { $0.stream == nil } == true)
            #expect(try pdf.source.span(4)?.stream?["Length"] == .reference(5))
            PDFFinisher.editCatalogue(&pdf) { $0["Lang"] = .text("zh-CN") }
            let assembler = PDFAssembler(sink: BytesSink())
            return try assembler.write(pdf).bytes
        }
        let dir = try Checkout.temporaryFolder("folio-syntax")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.pdf")
        try Data(output).write(to: file)
        let check = try ToolRun.run("/usr/bin/qpdf", ["--check", file.path])
        #expect(check.status == 0, "\(check.stdout)")
        func show(_ object: String, _ more: [String] = []) throws -> String {
            try ToolRun.run("/usr/bin/qpdf", ["--show-object=\(object)"] + more + [file.path]).stdout
        }
        // Numbered again in writing order: the stream (4) first, then by kind — the untyped information
        // dictionary (6), the Catalog (1), the Page (3), the Pages (2) —, then the object stream and the table.
        let trailer = try show("trailer")
        #expect(trailer.contains("/Root 3 0 R") && trailer.contains("/Info 2 0 R") && trailer.contains("/ID"))
        #expect(trailer.contains("/Size 8"))
        #expect(try show("3").contains("/Lang (zh-CN)") && show("3").contains("/Pages 5 0 R"))
        #expect(try show("4").contains("/Contents 1 0 R") && show("4").contains("/Parent 5 0 R"))
        #expect(try show("5").contains("/Kids [ 4 0 R ]"))
        #expect(try show("1", ["--raw-stream-data"]) == "0 0 m 100 100 l S")
        // The object that only held the length is gone; the title keeping "endobj" in a string survives.
        let xref = try ToolRun.run("/usr/bin/qpdf", ["--show-xref", file.path]).stdout
        #expect(xref.split(separator: "\n").count == 7, "\(xref)")
        #expect(try show("2").contains("(endobj inside)"))
        // The same input gives the same bytes.
        let again: [UInt8] = try input.withUnsafeBytes { bytes in
            var pdf = EditedPDF(try SourcePDF(bytes))
            PDFFinisher.editCatalogue(&pdf) { $0["Lang"] = .text("zh-CN") }
            return try PDFAssembler(sink: BytesSink()).write(pdf).bytes
        }
        #expect(again == output)
    }

    @Test("files Cairo does not write are refused: no table, an update, a table pointing outside the file")
    func refused() {
        let good = String(decoding: Self.cairoLikeFile(), as: UTF8.self)
        let variants = [
            good.replacingOccurrences(of: "startxref", with: "startxrex"),
            good.replacingOccurrences(of: "/Info 6 0 R >>", with: "/Info 6 0 R /Prev 9 >>"),
            good.replacingOccurrences(of: "xref\n0 7", with: "xref\n0 8"),
            good.replacingOccurrences(of: "0000000009 00000 n", with: "0099999999 00000 n"),
            String(good.prefix(good.count / 2)),
        ]
        for text in variants {
            #expect(throws: PDFSyntaxError.self) {
                try Array(text.utf8).withUnsafeBytes { bytes in
                    let source = try SourcePDF(bytes)
                    _ = try PDFAssembler(sink: BytesSink()).write(EditedPDF(source))
                }
            }
        }
    }
}

extension FinishingSyntaxTests {
    /// Assembles the Cairo-like file with `change` applied; nil when the file is refused.
    private func assembled(table: Bool = true, _ change: (String) -> String) -> [UInt8]? {
        assembled(Self.cairoLikeFile(table: table, change))
    }

    private func assembled(_ file: [UInt8]) -> [UInt8]? {
        try? file.withUnsafeBytes { bytes in
            try PDFAssembler(sink: BytesSink()).write(EditedPDF(try SourcePDF(bytes))).bytes
        }
    }

    @Test("hostile files are refused or written, never a crash: long numbers, lengths too long or circular")
    func hostile() {
        // A 19-digit number is a real to the parser and copied as it is.
        #expect(assembled { $0.replacingOccurrences(of: "/Count 1", with: "/Count 9999999999999999999") } != nil)
        for length in ["9223372036854775807", "999999999999999999", "4 0 R", "-3"] {
            #expect(assembled { $0.replacingOccurrences(of: "/Length 5 0 R", with: "/Length \(length)") } == nil)
        }
        // A length that is another stream's object, which in turn points back.
        let cycle = assembled {
            $0.replacingOccurrences(of: "5 0 obj\n   17\nendobj", with: "5 0 obj\n<< /Length 4 0 R >>\nendobj")
        }
        #expect(cycle == nil)
        // What is a stream is decided by parsing, as `SourcePDF.object` decides it, not by how the body ends: a
        // stream with a comment after `endstream` is written as a stream, a dictionary followed by a stray
        // `endstream` is packed as a dictionary.
        let commented = assembled {
            $0.replacingOccurrences(of: "l S\nendstream\nendobj", with: "l S\nendstream % c\nendobj")
        }
        #expect(commented.map { String(decoding: $0, as: UTF8.self).contains("0 0 m 100 100 l S") } == true)
        let stray = assembled {
            $0.replacingOccurrences(of: "(endobj inside) >>", with: "(endobj inside) >> endstream")
        }
        #expect(stray != nil)
    }

    @Test("an entry that points at another object counts as free, as a reader repairing the table finds it")
    func misplacedEntry() throws {
        let file = Self.cairoLikeFile()
        let text = String(decoding: file, as: UTF8.self)
        let entries = text.components(separatedBy: "\n").filter { $0.hasSuffix(" 00000 n ") }
        let first = try #require(entries.first)
        let moved = Array(text.replacingOccurrences(of: entries[5], with: first).utf8)
        let output = try #require(assembled(moved))
        // Object 6 (the information dictionary) is gone: the trailer's /Info reads as null (object 0).
        #expect(String(decoding: output, as: UTF8.self).contains("/Info 0 0 R"))
        // A table with no entries at all gives a file with no objects, not a crash.
        let empty = try #require(assembled(table: false) { $0 })
        #expect(String(decoding: empty, as: UTF8.self).contains("/Size 2"))   // object 0 and the table itself
    }
}

extension Array {
    fileprivate func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
