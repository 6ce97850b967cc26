import Foundation
import Testing
import FolioDisplay
import FolioLayout
import FolioTestSupport
@testable import FolioText

/// The two documents the typography tests measure: the bundled report and the stress text
/// (Fixtures/stress.yaml: quotes, brackets, ——, ……, Latin and digits, long numbers, four heading levels).
enum Doc: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case bundled, stress

    var testDescription: String { rawValue }

    /// The dataset file.
    var url: URL {
        switch self {
        case .bundled: return Checkout.bundledReport
        case .stress: return Checkout.stressDataset
        }
    }

    /// Pages and metrics, laid out once per test process.
    func laidOut() throws -> (pages: [Page], metrics: PageMetrics) {
        let cached = self == .bundled ? Self.bundledPages : Self.stressPages
        guard let cached else { throw SetupError.layoutFailed(rawValue) }
        return cached
    }

    private static let bundledPages = try? LaidOutReport.pages(dataset: Doc.bundled.url)
    private static let stressPages = try? LaidOutReport.pages(dataset: Doc.stress.url)

    /// Body lines of the whole document in reading order, without the signature block (its two lines are
    /// the last two body lines, set flush to the right, not justified).
    func bodyLines() throws -> (lines: [SetLine], metrics: PageMetrics) {
        let (pages, metrics) = try laidOut()
        var lines = pages.flatMap { SetLine.lines(of: $0, metrics: metrics) }
        lines.removeLast(min(2, lines.count))
        return (lines, metrics)
    }
}

/// Why a test could not start.
enum SetupError: Error { case layoutFailed(String) }

/// One character (one cluster) as placed on the page.
struct SetChar {
    var text: String
    var x: Pt
    var advance: Pt
    var font: FontFace
    var scalar: Unicode.Scalar { text.unicodeScalars.first ?? " " }
    var end: Pt { x + advance }
    var isHan: Bool { CharClass.isHan(scalar) }
    var isLatin: Bool { CharClass.isLatin(scalar) }
    /// A full-width mark with a blank half (GB style, clreq §3.1.6).
    var isMark: Bool { CharClass.blank(scalar) != .none }
}

/// A body line (16 pt text inside the type area) rebuilt from the display list, character by character.
struct SetLine {
    var page: Int
    var baseline: Pt
    var chars: [SetChar]
    /// Half an em when the line opens at the left edge with an opening mark set half width (R15, clreq §3.1.6):
    /// its advance box starts that much left of the type area, its glyph at the edge.
    var lead: Pt = .zero
    var text: String { chars.map(\.text).joined() }
    /// Where the line's material starts (a trimmed opening mark counts from its glyph half).
    var minX: Pt { (chars.first?.x ?? .zero) + lead }
    var maxX: Pt { chars.last?.end ?? .zero }

    /// The body lines of a page, top to bottom.
    static func lines(of page: Page, metrics: PageMetrics) -> [SetLine] {
        var rows: [Double: [SetChar]] = [:]
        for item in page.frame.items {
            guard case .text(let run, let at) = item, run.size == metrics.bodySize,
                at.y > metrics.typeArea.minY, at.y < metrics.typeArea.maxY
            else { continue }
            rows[(at.y.value * 100).rounded() / 100, default: []] += chars(of: run, at: at)
        }
        return rows.keys.sorted().map { y in
            let chars = (rows[y] ?? []).sorted { $0.x < $1.x }
            // The blank trimmed is the face's (about 0.48 em in Noto Serif CJK), at most half an em.
            let left = metrics.typeArea.minX, half = metrics.bodySize * 0.5
            let trimmed = chars.first.map {
                CharClass.blank($0.scalar) == .left && $0.x < left - 0.01 && $0.x >= left - half - 0.01
            }
            let lead = trimmed == true ? left - (chars.first?.x ?? left) : .zero
            return SetLine(page: page.index, baseline: Pt(y), chars: chars, lead: lead)
        }
    }

    /// The clusters of a run as characters with their x and advance.
    static func chars(of run: GlyphRun, at: Point) -> [SetChar] {
        var out: [SetChar] = []
        let bytes = Array(run.text.utf8)
        var b = 0, g = 0
        for cluster in run.clusters {
            let text = String(decoding: bytes[b..<min(bytes.count, b + cluster.byteCount)], as: UTF8.self)
            let glyphs = run.glyphs[g..<min(run.glyphs.count, g + cluster.glyphCount)]
            if let first = glyphs.first {
                let advance = glyphs.reduce(Pt.zero) { $0 + $1.advance }
                // A ligated cluster ("——" as one glyph) is split into equal cells, one per character.
                let n = max(1, text.count)
                for (k, ch) in text.enumerated() {
                    out.append(
                        SetChar(
                            text: String(ch), x: at.x + first.x + advance * (Double(k) / Double(n)),
                            advance: advance / Double(n), font: run.font))
                }
            }
            b += cluster.byteCount; g += cluster.glyphCount
        }
        return out
    }

    /// The justification spread of the line: the smallest excess of a Han→Han step over the pitch
    /// (0 when the line has no two adjacent Han characters).
    func spread(pitch: Pt) -> Pt {
        var s: Pt?
        for (a, b) in zip(chars, chars.dropFirst()) where a.isHan && b.isHan {
            let e = b.x - a.x - pitch
            s = min(s ?? e, e)
        }
        return s ?? .zero
    }
}
