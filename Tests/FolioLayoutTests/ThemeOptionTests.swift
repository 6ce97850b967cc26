import Foundation
import Testing
import FolioDisplay
import FolioDocument
import FolioData
import FolioLayout
import FolioTestSupport
@testable import FolioText

/// The theme options: validated line pitch, centred page numbers, synthetic bold headings,
/// the Word-style grid-preserving layout, isolated-mark squeeze, hanging line-end marks and emergency breaks.
@Suite("Theme options")
struct ThemeOptionTests {
    static let gongwen = Checkout.theme("gongwen")

    /// The gongwen theme with one text substitution, decoded as the pipeline decodes a theme file.
    static func theme(replacing old: String, with new: String) throws -> Theme {
        let text = try String(contentsOf: gongwen, encoding: .utf8)
        #expect(text.contains(old))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("typo-theme-\(UUID().uuidString).yaml")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try YAMLDocument.decode(Theme.self, from: url)
    }

    static func pages(_ theme: Theme) throws -> [Page] {
        try LaidOutReport.pages(of: LaidOutReport.load(Doc.stress.url).document, theme: theme).pages
    }

    @Test("line pitch outside 28–29 pt is a diagnostic naming the field")
    func linePitchValidated() throws {
        #expect(throws: (any Error).self) { try Self.theme(replacing: "linePitch: 28.95pt", with: "linePitch: 30pt") }
        let ok = try Self.theme(replacing: "linePitch: 28.95pt", with: "linePitch: 28pt")
        #expect(PageMetrics(theme: ok).linePitch == 28)
        #expect(throws: (any Error).self) { try Self.theme(replacing: "position: outer", with: "position: left") }
    }

    @Test("centred page numbers")
    func centredNumbers() throws {
        let theme = try Self.theme(replacing: "position: outer", with: "position: center")
        let m = PageMetrics(theme: theme)
        for page in try Self.pages(theme) {
            let chars = page.frame.items.flatMap { item -> [SetChar] in
                guard case .text(let run, let at) = item, at.y > m.typeArea.maxY else { return [] }
                return SetLine.chars(of: run, at: at)
            }
            let (a, b) = (chars.first?.x ?? .zero, chars.last?.end ?? .zero)
            #expect(abs(((a + b) / 2 - (m.typeArea.minX + m.typeArea.maxX) / 2).value) < 0.1)
        }
    }

    @Test("a bold level-3 heading in a face with no bold is synthetic bold, on the grid")
    func syntheticBold() throws {
        let theme = try Self.theme(
            replacing: "{ numbering: \"{n}.\", font: heading3, bold: false }",
            with: "{ numbering: \"{n}.\", font: heading3, bold: true }")
        let runs = try Self.pages(theme).flatMap(\.frame.items).compactMap { item -> GlyphRun? in
            guard case .text(let run, _) = item else { return nil }
            return run
        }
        let bold = runs.filter { $0.font.syntheticBold }
        #expect(bold.map(\.text).joined().hasPrefix("1.健全台账。"))
        #expect(runs.filter { $0.text.contains("对照") }.allSatisfy { !$0.font.syntheticBold })
    }

    @Test("grid-preserving (Word/WPS document grid): Han characters sit on whole cells")
    func gridPreserving() throws {
        let theme = try Self.theme(replacing: "gridPreserving: false", with: "gridPreserving: true")
        #expect(theme.punctuation.gridPreserving)
        let m = PageMetrics(theme: theme)
        var checked = 0
        // The signature's two lines are set from the right (GB/T 9704 §7.3.5), not on the grid: left out.
        let lines = try Self.pages(theme).flatMap { SetLine.lines(of: $0, metrics: m) }.dropLast(2)
        for line in lines where line.spread(pitch: m.charPitch).value < 0.01 {
            for c in line.chars where c.isHan {
                let cells = (c.x - m.typeArea.minX) / m.charPitch
                checked += 1
                #expect(abs(cells - cells.rounded()) < 0.01, "\(c.text) at \(cells) cells: \(line.text)")
            }
        }
        #expect(checked > 100)
    }

    /// The theme's `hangLineEnd` reaches the paragraph setter: on in the bundled theme, off when the theme says so.
    @Test("hangLineEnd: read from the theme, on by default")
    func hangLineEnd() throws {
        let on = try Self.theme(replacing: "x", with: "x")
        #expect(on.punctuation.hangLineEnd && PunctuationOptions().hangLineEnd)
        let off = try Self.theme(replacing: "hangLineEnd: true", with: "hangLineEnd: false")
        #expect(!off.punctuation.hangLineEnd && !off.punctuation.effective.hangLineEnd)
    }

    /// Mid-line squeezing is clreq's last resort: the breaker prices it above letter-spacing, so on the bundled
    /// report (whose lines all fit with spacing within the bound) turning it off changes nothing, and turning
    /// it on never makes lines looser.
    @Test("squeeze (clreq reduction) never leaves more spread than spreading alone")
    func squeeze() throws {
        func spreads(_ theme: Theme) throws -> (total: Double, wide: Int) {
            let m = PageMetrics(theme: theme)
            var total = 0.0, wide = 0
            for page in try Self.pages(theme) {
                for line in SetLine.lines(of: page, metrics: m) {
                    let s = line.spread(pitch: m.charPitch).value * Double(max(0, line.chars.count - 1))
                    total += s
                    if s > 1.5 * m.charPitch.value { wide += 1 }
                }
            }
            return (total, wide)
        }
        let on = try spreads(try Self.theme(replacing: "x", with: "x"))
        let off = try spreads(try Self.theme(replacing: "squeeze: true", with: "squeeze: false"))
        #expect(on.total <= off.total, "spread with squeeze \(on.total) pt, without \(off.total) pt")
        #expect(on.wide <= off.wide)
    }

    @Test("a word longer than the line is cut where it must, and reported once, whole")
    func emergencyBreak() throws {
        let engine = try LaidOutReport.textEngine(for: try Self.theme(replacing: "x", with: "x"))
        let word = String(repeating: "abcdefghij", count: 8)
        let spec = ParagraphSpec(
            spans: [TextSpan(text: "网址" + word + "。", role: .body, size: 16)],
            width: Pt(442.205), gridPitch: Pt(442.205 / 28),
            punctuation: PunctuationOptions(squeeze: false))
        let p = try engine.layoutParagraph(spec)
        #expect(p.lines.count >= 2)
        for line in p.lines { #expect(line.width.value <= 442.205 + 0.01) }
        // Reported once, as the whole piece no rule let break (with the mark that clings to it), not line by line.
        #expect(engine.emergencyBreaks == [word + "。"])
    }
}
