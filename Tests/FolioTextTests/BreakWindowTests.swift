import FolioDisplay
import Foundation
import Testing
import FolioTestSupport
@testable import FolioText

/// The break optimizer tries a line end's starts from the farthest and skips those whose cost bound cannot beat
/// the best found; it must choose exactly the breaks of the plain scan, nearest start first, over the whole window.
@Suite("Break window")
struct BreakWindowTests {
    /// The former scan: every start from the nearest back to the first overfull one, priced in full; a strictly
    /// lower total wins, so of equal totals the nearest start does.
    static func plainScan(_ optimizer: BreakOptimizer, units n: Int) -> [Int] {
        guard n > 0 else { return [0] }   // one empty line: 0..<0
        let candidates = optimizer.breakCandidates
        var best = [Double](repeating: .infinity, count: n + 1)
        var previous = [Int](repeating: 0, count: n + 1)
        best[0] = 0
        for ei in 1..<candidates.count {
            let e = candidates[ei]
            for si in stride(from: ei - 1, through: max(0, ei - BreakOptimizer.maxLookBack), by: -1) {
                let s = candidates[si]
                let (c, overfull) = optimizer.cost(s, e)
                if best[s] + c < best[e] { best[e] = best[s] + c; previous[e] = s }
                if overfull { break }
            }
        }
        var ends: [Int] = []
        var e = n
        while e > 0 { ends.append(e); e = previous[e] }
        return ends.reversed()
    }

    /// Every paragraph of the seed report at several measures, justified and with the isolated-mark squeeze on
    /// and off, Latin-heavy variants included.
    @Test func sameBreaksAsThePlainScan() throws {
        guard let engine = Fixture.engine else { Issue.record("no fonts"); return }
        let seed = try String(contentsOf: SeedTests.seedURL, encoding: .utf8)
        let paragraphs = seed.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        #expect(paragraphs.count > 10)
        var compared = 0
        for text in paragraphs + ["Folio 2020 年 GDP 增长 8.5%，CPI 上涨 2.1%（同比），R&D 投入 1,234.56 万元。"] {
            for width in [442.205, 300.0, 120.0] {
                for squeeze in [false, true] {
                    let options = PunctuationOptions(squeeze: squeeze).effective
                    let spans = [TextSpan(text: text, role: .body, size: 16)]
                    let grid = GridSpec(pitch: Fixture.pitch.value, referenceSize: 16)
                    for segment in SourceText.segments(spans, dropHanLatinSpaces: true) where !segment.isEmpty {
                        let store = try engine.locked { try engine.makeUnits(segment, spans: spans, grid: grid) }
                        let bounds = try engine.boundaries(store, options: options, gridPadPitch: nil)
                        var optimizer = BreakOptimizer(
                            units: store.units, bounds: bounds, width: width, firstIndent: Fixture.indent.value,
                            trimLineEnd: options.trimLineEnd)
                        optimizer.trimLineStart = options.trimLineStart
                        let ends = Self.plainScan(optimizer, units: store.units.count)
                        let plain = zip([0] + ends.dropLast(), ends).map { $0..<$1 }.flatMap(optimizer.emergencySplit)
                        #expect(optimizer.lineRanges() == plain, "\(text.prefix(20)) at \(width) pt")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 60)
    }

    /// The real reports whose lines reach every tier (the last resort, hanging marks, loose lines before long
    /// figures kept with their units): each paragraph at the body measure, hanging on and off.
    @Test(arguments: ["zhangye_2025_budget", "turpan_2025_tjgb", "quxian_2024_final_accounts", "constructed_slips"])
    func sameBreaksOnTheCorpus(_ name: String) throws {
        guard let fonts = try? FontSystem() else { Issue.record("no fonts"); return }
        let units = NumberUnits(names: [
            "元", "吨", "亩", "人", "户", "个", "家", "项", "所", "辆", "人次", "公里",
            "平方米", "平方公里", "立方米", "千瓦时", "百分点", "%", "‰", "％",
        ])
        let engine = try TextEngine(
            fonts: fonts, stacks: [.body: Fixture.bodyStack], fallback: Fixture.fallback, numberUnits: units)
        let text = try String(contentsOf: Checkout.corpus.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let paragraphs = text.split(separator: "\n").map(String.init).filter { $0.count > 20 }
        var compared = 0
        for paragraph in paragraphs {
            let spans = [TextSpan(text: paragraph, role: .body, size: 16)]
            let grid = GridSpec(pitch: Fixture.pitch.value, referenceSize: 16)
            let options = PunctuationOptions(squeeze: true).effective
            for segment in SourceText.segments(spans, dropHanLatinSpaces: true) where !segment.isEmpty {
                let store = try engine.locked { try engine.makeUnits(segment, spans: spans, grid: grid) }
                let bounds = try engine.boundaries(store, options: options, gridPadPitch: nil)
                for hang in [false, true] {
                    var optimizer = BreakOptimizer(
                        units: store.units, bounds: bounds, width: Fixture.width.value,
                        firstIndent: Fixture.indent.value, trimLineEnd: options.trimLineEnd)
                    optimizer.trimLineStart = options.trimLineStart
                    optimizer.hangLineEnd = hang
                    let ends = Self.plainScan(optimizer, units: store.units.count)
                    let plain = zip([0] + ends.dropLast(), ends).map { $0..<$1 }.flatMap(optimizer.emergencySplit)
                    #expect(optimizer.lineRanges() == plain, "\(paragraph.prefix(20)), hanging \(hang)")
                    compared += 1
                }
            }
        }
        #expect(compared >= 10)
    }
}
