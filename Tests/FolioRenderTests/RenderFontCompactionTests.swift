import Foundation
import FolioTestSupport
import Testing
import FolioDisplay
@testable import FolioRender

/// The finishing step re-subsets Cairo's embedded CFF fonts (`FinishOptions.compactFonts`). The fonts
/// must get smaller while the text and every reader's rasters stay exactly as with Cairo's own programs.
@Suite("Font compaction", .serialized)
struct RenderFontCompactionTests {
    /// The fixture pages plus a page set in each CJK face the themes use (fontconfig's choice for each name).
    static func pages() throws -> [Page] {
        var pages = try RenderFixture.pages()
        var frame = Frame(size: .a4)
        var y: Pt = 120
        for name in ["Noto Sans CJK SC", "Noto Serif CJK SC:bold", "FandolFang R", "FandolKai R"] {
            let found = try ToolRun.run("/usr/bin/fc-match", ["-f", "%{file}:%{index}", name]).stdout
            let parts = found.split(separator: ":").map(String.init)
            guard parts.count == 2, let index = Int(parts[1]) else { continue }
            let face = FontFace(path: parts[0], index: index, family: name)
            frame.append(
                .text(
                    try RenderFixture.run("二〇二〇年农民人均纯收入11379元，增长8.5%。", font: face),
                    at: Point(x: 80, y: y)))
            y += 40
        }
        pages.append(Page(index: 2, label: "3", frame: frame, outline: []))
        return pages
    }

    /// Writes the pages with or without compaction.
    static func write(to url: URL, compact: Bool) throws {
        let writer = try PDFWriter(
            destination: url, info: RenderFixture.info,
            options: FinishOptions(compactFonts: compact))
        for page in try pages() { try writer.add(page) }
        try writer.finish()
    }

    @Test("fonts shrink; text, fonts list and rasters of three readers stay the same")
    func compactedFontsRenderIdentically() throws {
        let dir = try Checkout.temporaryFolder("folio-render")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cairo = dir.appendingPathComponent("cairo.pdf"), compact = dir.appendingPathComponent("compact.pdf")
        try Self.write(to: cairo, compact: false)
        try Self.write(to: compact, compact: true)

        let before = try FontPrograms(pdf: cairo), after = try FontPrograms(pdf: compact)
        #expect(before.programs.count >= 3 && before.programs.count == after.programs.count)
        for (name, program) in before.programs {
            let smaller = try #require(after.programs[name], "\(name) missing after compaction")
            // Noto CJK: Cairo keeps the whole subroutine INDEXes (≈ 100 KB for a few glyphs); Fandol has no
            // subroutines, would only lose its hints, and is left as Cairo wrote it.
            if CFFStructure(program)?.hasSubroutines == true {
                #expect(smaller.count < program.count / 4, "\(name): \(program.count) → \(smaller.count) bytes")
            } else {
                #expect(smaller == program, "\(name) has no subroutines and must stay as Cairo wrote it")
            }
            #expect(!name.hasPrefix("Noto") || CFFStructure(program)?.hasSubroutines == true, "\(name)")
            #expect(CFFStructure(smaller) == CFFStructure(program) && CFFStructure(program) != nil, "\(name)")
        }
        let sizes = try [cairo, compact].map { try Data(contentsOf: $0).count }
        #expect(sizes[1] < sizes[0] * 2 / 3, "file \(sizes[0]) → \(sizes[1]) bytes")

        let fonts = try ToolRun.run("/usr/bin/pdffonts", [compact.path]).stdout
        #expect(try fonts == ToolRun.run("/usr/bin/pdffonts", [cairo.path]).stdout)
        for row in fonts.split(separator: "\n").dropFirst(2) {
            #expect(Array(row.split(separator: " ").suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(row)")
        }
        let text = try [cairo, compact].map {
            try ToolRun.run("/usr/bin/pdftotext", ["-enc", "UTF-8", $0.path, "-"]).stdout
        }
        #expect(text[0] == text[1] && text[0].contains("农民人均纯收入11379元"))
        let check = try ToolRun.run("/usr/bin/qpdf", ["--check", compact.path])
        #expect(check.status == 0 && check.stdout.contains("No syntax or stream encoding errors"), "\(check.stdout)")

        for (engine, pages) in [("pdftoppm", 3), ("mutool", 3), ("gs", 3)] {
            for page in 1...pages {
                let a = try Self.raster(cairo, page: page, engine: engine, dir: dir)
                let b = try Self.raster(compact, page: page, engine: engine, dir: dir)
                #expect(
                    a.width == b.width && a.height == b.height && a.pixels == b.pixels,
                    "\(engine) page \(page): max difference \(a.maxDifference(b))")
            }
        }
    }

    @Test("same input gives the same bytes with compaction")
    func compactionIsReproducible() throws {
        let dir = try Checkout.temporaryFolder("folio-render")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.pdf"), b = dir.appendingPathComponent("b.pdf")
        try Self.write(to: a, compact: true)
        try Self.write(to: b, compact: true)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test("damaged or foreign font programs are refused, never a crash")
    func damagedProgramsAreLeftAlone() throws {
        let dir = try Checkout.temporaryFolder("folio-render")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("cairo.pdf")
        try Self.write(to: pdf, compact: false)
        let program = try #require(try FontPrograms(pdf: pdf).programs.values.first)
        #expect(CFFStructure(program) != nil)
        #expect(CFFSubsetter.compact([]) == nil)
        #expect(CFFSubsetter.compact(Array("OTTO not a CFF".utf8)) == nil)
        for length in [1, 4, 64, 400] {
            #expect(CFFSubsetter.compact(Array(program.prefix(length))) == nil, "truncated to \(length)")
        }
        // Cut further on, HarfBuzz may still read what the glyphs use: refused, or a verified equivalent.
        for length in [program.count / 3, program.count / 2, program.count - 1] {
            let cut = Array(program.prefix(length))
            if let result = CFFSubsetter.compact(cut) { #expect(CFFStructure(result) == CFFStructure(cut)) }
        }
        // Flipped bytes in the header and dictionaries: either refused or a verified, equivalent result.
        for step in 0..<40 {
            var damaged = program
            let at = (step * 37 + 11) % min(program.count, 400)   // spread over the first 400 bytes
            damaged[at] ^= UInt8(step * 29 % 255 + 1)
            if let result = CFFSubsetter.compact(damaged) { #expect(CFFStructure(result) == CFFStructure(damaged)) }
        }
    }

    /// Page `page` of `pdf` rasterised in grey at 100 dpi by `engine`.
    static func raster(_ pdf: URL, page: Int, engine: String, dir: URL) throws -> Graymap {
        let out = dir.appendingPathComponent("\(pdf.deletingPathExtension().lastPathComponent)-\(engine)-\(page)")
        switch engine {
        case "pdftoppm":
            try ToolRun.run(
                "pdftoppm", ["-gray", "-r", "100", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path, out.path])
            return try Graymap(contentsOf: out.appendingPathExtension("pgm"))
        case "mutool":
            try ToolRun.run(
                "mutool", ["draw", "-q", "-r", "100", "-c", "gray", "-o", out.path + ".pgm", pdf.path, "\(page)"])
            return try Graymap(contentsOf: out.appendingPathExtension("pgm"))
        default:
            try ToolRun.run(
                "gs",
                [
                    "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dFirstPage=\(page)", "-dLastPage=\(page)",
                    "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", "-sDEVICE=pgmraw", "-r100",
                    "-o", out.path + ".pgm", pdf.path,
                ])
            return try Graymap(contentsOf: out.appendingPathExtension("pgm"))
        }
    }
}

/// The decoded /FontFile3 programs of a PDF by font name (subset tag removed), read with the qpdf tool.
struct FontPrograms {
    var programs: [String: [UInt8]] = [:]

    init(pdf: URL) throws {
        let json = try ToolRun.run("qpdf", ["--json=2", "--json-key=qpdf", pdf.path]).stdout
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let objects = try #require((root["qpdf"] as? [Any])?.last as? [String: Any])
        for case let object as [String: Any] in objects.values {
            guard let value = object["value"] as? [String: Any], value["/Type"] as? String == "/FontDescriptor",
                let name = value["/FontName"] as? String, let file = value["/FontFile3"] as? String,
                let id = file.split(separator: " ").first
            else { continue }
            let data = try ToolRun.run("/usr/bin/qpdf", ["--show-object=\(id)", "--filtered-stream-data", pdf.path])
                .output
            programs[String(name.split(separator: "+").last ?? "")] = [UInt8](data)
        }
    }
}
