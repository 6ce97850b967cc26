import Foundation
import FolioTestSupport
import Testing
import FolioDisplay
@testable import FolioRender

/// With the document's characters, the writer hands Cairo fonts cut down to them (`SubsetFace`). The PDF
/// must draw and extract exactly as with the whole fonts, and a glyph outside the subset must come from the whole font.
/// The fixture's last page also draws .notdef boxes (a face without CJK, where fontconfig has no FandolKai).
@Suite("Subset fonts", .serialized)
struct RenderSubsetFontTests {
    /// Every character the compaction fixture pages draw.
    static func characters() throws -> Set<Unicode.Scalar> {
        var set = Set<Unicode.Scalar>()
        for page in try RenderFontCompactionTests.pages() { collect(page.frame, into: &set) }
        return set
    }

    private static func collect(_ frame: Frame, into set: inout Set<Unicode.Scalar>) {
        for item in frame.items {
            switch item {
            case let .text(run, _): set.formUnion(run.text.unicodeScalars)
            case let .group(inner, _): collect(inner, into: &set)
            default: break
            }
        }
    }

    /// Writes the fixture pages with `characters`; returns how many runs needed a whole font.
    static func write(to url: URL, characters: Set<Unicode.Scalar>?) throws -> Int {
        let writer = try PDFWriter(destination: url, info: RenderFixture.info, characters: characters)
        for page in try RenderFontCompactionTests.pages() { try writer.add(page) }
        let fallbacks = writer.fullFaceRuns
        try writer.finish()
        return fallbacks
    }

    @Test("subset fonts draw and extract exactly as whole fonts")
    func subsetFontsRenderIdentically() throws {
        let dir = try Checkout.temporaryFolder("folio-render")
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = dir.appendingPathComponent("whole.pdf"), subset = dir.appendingPathComponent("subset.pdf")
        #expect(try Self.write(to: whole, characters: nil) == 0)
        #expect(try Self.write(to: subset, characters: Self.characters()) == 0)

        let text = try [whole, subset].map {
            try ToolRun.run("/usr/bin/pdftotext", ["-enc", "UTF-8", $0.path, "-"]).stdout
        }
        #expect(text[0] == text[1] && text[0].contains("农民人均纯收入11379元"))
        let fonts = try ToolRun.run("/usr/bin/pdffonts", [subset.path]).stdout
        for row in fonts.split(separator: "\n").dropFirst(2) {
            #expect(Array(row.split(separator: " ").suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(row)")
        }
        let check = try ToolRun.run("/usr/bin/qpdf", ["--check", subset.path])
        #expect(check.status == 0 && check.stdout.contains("No syntax or stream encoding errors"), "\(check.stdout)")
        for engine in ["pdftoppm", "mutool", "gs"] {
            for page in 1...3 {
                let a = try RenderFontCompactionTests.raster(whole, page: page, engine: engine, dir: dir)
                let b = try RenderFontCompactionTests.raster(subset, page: page, engine: engine, dir: dir)
                let same = a.width == b.width && a.height == b.height && a.pixels == b.pixels
                #expect(same, "\(engine) page \(page): max difference \(a.maxDifference(b))")
            }
        }
    }

    @Test("a glyph outside the subset is drawn from the whole font")
    func missingGlyphsFallBackToWholeFont() throws {
        let dir = try Checkout.temporaryFolder("folio-render")
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = dir.appendingPathComponent("whole.pdf"), few = dir.appendingPathComponent("few.pdf")
        _ = try Self.write(to: whole, characters: nil)
        // Only ASCII: every CJK run lacks glyphs in its subset.
        let fallbacks = try Self.write(to: few, characters: Set((0x20...0x7E).compactMap(Unicode.Scalar.init)))
        #expect(fallbacks > 0)
        let text = try [whole, few].map {
            try ToolRun.run("/usr/bin/pdftotext", ["-enc", "UTF-8", $0.path, "-"]).stdout
        }
        #expect(text[0] == text[1])
        for page in 1...3 {
            let a = try RenderFontCompactionTests.raster(whole, page: page, engine: "pdftoppm", dir: dir)
            let b = try RenderFontCompactionTests.raster(few, page: page, engine: "pdftoppm", dir: dir)
            let same = a.pixels == b.pixels
            #expect(same, "page \(page): max difference \(a.maxDifference(b))")
        }
    }

    @Test("a subset maps the shaped glyphs, lacks the rest, and refuses unreadable files")
    func subsetFaceKeepsWhatItShould() throws {
        let run = try RenderFixture.run("农民收入")
        let subset = try #require(
            SubsetFace(path: run.font.path, index: run.font.index, characters: Set("农民收入".unicodeScalars)))
        let ids = try #require(subset.newIDs(run.glyphs.map(\.id)))
        #expect(ids.count == run.glyphs.count && Set(ids).count == 4 && !ids.contains(0), "\(ids)")
        let other = try RenderFixture.run("镇")
        #expect(subset.newIDs(other.glyphs.map(\.id)) == nil)
        #expect(subset.newIDs([UInt32.max]) == nil)
        let size = try FileManager.default.attributesOfItem(atPath: run.font.path)[.size] as? Int ?? 0
        #expect(subset.count > 0 && subset.count < size / 20, "\(subset.count) of \(size) bytes")
        #expect(SubsetFace(path: "/nonexistent/font.otf", index: 0, characters: ["中"]) == nil)
        let notAFont = dir().appendingPathComponent("not-a-font.otf")
        try Data("OTTO not a font".utf8).write(to: notAFont)
        defer { try? FileManager.default.removeItem(at: notAFont) }
        #expect(SubsetFace(path: notAFont.path, index: 0, characters: ["中"]) == nil)
    }

    private func dir() -> URL { FileManager.default.temporaryDirectory }
}
