import FolioDisplay
import Foundation
import Testing
@testable import FolioText
import FolioTestSupport

@Suite struct SeedTests {
    static let seedURL = Checkout.seed

    /// Each character of a line with the x of its first glyph, from the runs' clusters.
    static func characterXs(_ line: ShapedLine) -> [(Character, Double)] {
        var out: [(Character, Double)] = []
        for run in line.runs {
            var bytes = Array(run.run.text.utf8)[...]
            var g = 0
            for c in run.run.clusters {
                let text = String(decoding: bytes.prefix(c.byteCount), as: UTF8.self)
                bytes = bytes.dropFirst(c.byteCount)
                let x = (run.x + (run.run.glyphs[safe: g]?.x ?? .zero)).value
                for ch in text { out.append((ch, x)) }
                g += c.glyphCount
            }
        }
        return out
    }

    @Test func wholeSeedReportObeysTheRules() throws {
        let engine = try #require(Fixture.engine)
        guard let seed = try? String(contentsOf: Self.seedURL, encoding: .utf8) else {
            Issue.record("seed not found at \(Self.seedURL.path)"); return
        }
        let paragraphs = seed.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        #expect(paragraphs.count > 20)
        var lineCount = 0
        for text in paragraphs {
            let p = try engine.layoutParagraph(Fixture.body(text))
            Rules.check(p)
            lineCount += p.lines.count
            for (i, line) in p.lines.enumerated() where i + 1 < p.lines.count {
                #expect(abs(line.width.value - Fixture.width.value) < 0.01, "\(p.lineTexts[i])")
                let chars = Self.characterXs(line)
                guard chars.filter({ CharClass.isHan($0.0.unicodeScalars.first ?? " ") }).count >= 10 else { continue }
                // R17: no single gap between two Han characters wider than ½ em of added space.
                for k in 1..<chars.count {
                    let (a, xa) = chars[k - 1], (b, xb) = chars[k]
                    guard let sa = a.unicodeScalars.first, let sb = b.unicodeScalars.first,
                        CharClass.isHan(sa), CharClass.isHan(sb)
                    else { continue }
                    #expect(xb - xa - Fixture.pitch.value <= 8.001, "gap before \(b) in \(p.lineTexts[i])")
                }
            }
        }
        #expect(lineCount > 100)
    }
}
