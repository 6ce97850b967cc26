import Foundation
import FolioDisplay
import FolioRender
import FolioTestSupport

/// A real CJK font for tests that draw display-list pages without the text engine (the renderer's and the
/// verifier's), and runs of text set in it one glyph per character.
public enum TestFont {
    /// Noto Serif CJK SC as fontconfig finds it, else Debian's usual path (face 2 = SC).
    public static let notoSerifSC: FontFace = {
        if let r = try? ToolRun.run("fc-match", ["-f", "%{file}:%{index}", "Noto Serif CJK SC"]) {
            let found = r.stdout.split(separator: ":").map(String.init)
            if found.count == 2, let index = Int(found[1]), FileManager.default.fileExists(atPath: found[0]) {
                return FontFace(path: found[0], index: index, family: "Noto Serif CJK SC")
            }
        }
        return FontFace(
            path: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", index: 2,
            family: "Noto Serif CJK SC")
    }()

    /// A run of `text` with one glyph per character, laid out by the font's own advances (no shaping, no
    /// justification: what a test of drawing or of reading back needs).
    public static func run(_ text: String, size: Pt = 16, font: FontFace = notoSerifSC) throws -> GlyphRun {
        var glyphs: [PlacedGlyph] = [], clusters: [TextCluster] = [], x = Pt.zero
        for scalar in text.unicodeScalars {
            let id = try FontProbe.glyph(for: scalar, in: font)
            glyphs.append(PlacedGlyph(id: id, x: x))
            clusters.append(TextCluster(byteCount: String(scalar).utf8.count, glyphCount: 1))
            x += try FontProbe.advance(of: id, in: font, size: size)
        }
        return GlyphRun(font: font, size: size, glyphs: glyphs, text: text, clusters: clusters)
    }
}
