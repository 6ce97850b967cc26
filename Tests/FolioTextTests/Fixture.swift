import FolioDisplay
import Foundation
@testable import FolioText
import FolioTestSupport

/// Body settings of the gongwen theme (GB/T 9704 §5.2): 16 pt, 442.205 pt line, 15.793 pt pitch, 2-cell indent.
enum Fixture {
    static let width = Pt(442.205)
    static let pitch = Pt(15.793)
    static let indent = Pt(31.586)
    static let bodyStack = ["FandolFang", "Noto Serif CJK SC"]
    static let fallback = ["Noto Serif CJK SC", "Noto Sans CJK SC", "DejaVu Sans"]

    /// One shared engine (fonts are opened once).
    static let engine: TextEngine? = {
        guard let fonts = try? FontSystem() else { return nil }
        return try? TextEngine(
            fonts: fonts,
            stacks: [
                .body: bodyStack, .title: ["Noto Serif CJK SC Bold", "Noto Serif CJK SC"],
                .heading1: ["黑体", "Noto Sans CJK SC", "FandolHei"],
            ],
            fallback: fallback)
    }()

    /// A body paragraph at gongwen settings, without the isolated-mark squeeze (the goldens were made without it).
    static func body(_ text: String, justify: Bool = true, grid: Bool = true, indent: Bool = true) -> ParagraphSpec {
        ParagraphSpec(
            spans: [TextSpan(text: text, role: .body, size: 16)], width: width,
            firstLineIndent: indent ? Fixture.indent : .zero, gridPitch: grid ? pitch : nil,
            justify: justify, punctuation: PunctuationOptions(squeeze: false))
    }

    /// Where the line's last glyph advance box ends: last run offset + last glyph x + its unit advance,
    /// measured as the line's width (which the setter computes from the same positions).
    static func end(of line: ShapedLine) -> Double { line.width.value }

    /// The golden text `Goldens/NAME.txt` to compare `text` with (recorded first when RECORD_GOLDENS=1).
    static func golden(_ name: String, _ text: String) throws -> String {
        try Golden.text(text, at: Checkout.url("Tests/FolioTextTests/Goldens/\(name).txt"))
    }
}
