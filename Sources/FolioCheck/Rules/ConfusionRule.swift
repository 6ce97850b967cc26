import FolioMessages
import FolioData

/// `confusion`: text from the confusion table (Assets/checks/confusions.yaml) — slips common in
/// official writing: 于 typed for 为 (以…于指导, 作于, 成于), 县集 for 县城, 彻排 for 摸排, ED显示屏 for LED显示屏.
public struct ConfusionRule: CheckRule {
    /// The table.
    public let confusions: [Confusion]
    /// Each entry's find and write segments, split once.
    private let segments: [(find: [[Character]], write: [[Character]])]
    /// Each find segment's characters as `ProseUnit.scalars` holds a text's (plain scalar or `ProseUnit.notPlain`), so
    /// that matching compares numbers where both sides are plain instead of working out each character's scalar
    /// at every comparison (`TextScan.same` does, for both characters).
    private let findScalars: [[[UInt32]]]
    /// Entries by the first character they look for: one pass over the text tries only the entries
    /// that can start at each position (scanning every entry at every position made `folio check`
    /// the slowest step of a build: 28 s on a 1 250-page report).
    private let byFirst: [Character: [Int]]
    /// `byFirst` keyed by the first character's plain scalar (`TextScan.plainScalar`): looking a character up by
    /// its scalar spares hashing it, which normalises it (a tenth of `folio check` at 100×).
    private let byFirstScalar: [UInt32: [Int]]
    /// Whether some entry starts with a character that is not plain (looked up through `byFirst`).
    private let hasOtherFirsts: Bool
    /// The keys of `byFirstScalar` as bits, one per value below U+10000 (every plain scalar is): most characters of
    /// a text start no entry, and a bit says so without hashing the value.
    private let firstBits: [UInt64]

    /// Creates the rule over a table.
    public init(confusions: [Confusion]) {
        self.confusions = confusions.filter(\.isValid)
        segments = self.confusions.map { ($0.findSegments, $0.writeSegments) }
        findScalars = segments.map { $0.find.map(ProseUnit.values) }
        var index: [Character: [Int]] = [:]
        for (e, s) in segments.enumerated() {
            if let first = s.find.first?.first { index[first, default: []].append(e) }
        }
        byFirst = index
        var byScalar: [UInt32: [Int]] = [:]
        for (first, entries) in index {
            if let scalar = TextScan.plainScalar(first) { byScalar[scalar] = entries }
        }
        byFirstScalar = byScalar
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for scalar in byScalar.keys where scalar < 0x10000 { bits[Int(scalar >> 6)] |= 1 << (scalar & 63) }
        firstBits = bits
        hasOtherFirsts = index.keys.contains { TextScan.plainScalar($0) == nil }
    }

    /// The entries that can start with `c`: by scalar for a plain character, unless some entry starts with a
    /// character that is not plain (a compatibility ideograph equals its unified one), then through `byFirst`.
    /// `value` is the character's plain scalar, or `ProseUnit.notPlain`.
    private func candidates(startingWith c: @autoclosure () -> Character, value: UInt32) -> [Int]? {
        if !hasOtherFirsts, value != ProseUnit.notPlain {
            guard value < 0x10000, firstBits[Int(value >> 6)] & (1 << (value & 63)) != 0 else { return nil }
            return byFirstScalar[value]
        }
        return byFirst[c()]
    }

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "confusion", severity: .error,
            summary: Message("check.slip-from-confusion-table"))
    }

    /// Characters a gap "…" may not cross: it stays inside one clause.
    static let clauseBreaks = PlainCharacterSet(["，", "。", "；", "：", "！", "？", ",", ";", "!", "?", "\n"])

    /// Every table entry found in the prose, once per marked character.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            var marked = Set<Int>()
            // Findings in table order, as the table's first entry to mark a character claims it.
            for (entry, found) in zip(confusions, allMatches(in: unit.text)) {
                for m in found where !marked.contains(m.mark) {
                    marked.insert(m.mark)
                    // The list's explanation in the reader's language, after the clause's own separator.
                    let why: MessageArgument =
                        entry.why.map {
                            .message(.verbatim(english: "; " + (entry.whyEnglish ?? $0), chinese: "；" + $0))
                        } ?? ""
                    out.append(
                        finding(
                            unit, at: m.mark..<(m.mark + 1),
                            Message(
                                "check.value-common-slip-replacement",
                                [
                                    "value": "\(String(unit.text[m.range]))", "replacement": "\(m.replacement)",
                                    "why": why,
                                ]),
                            fix: Message("check.write-quoted", ["text": "\(m.replacement)"]), severity: entry.severity))
                }
            }
        }
        return out
    }

    /// One place an entry matches.
    struct Match {
        /// The matched characters.
        var range: Range<Int>
        /// The first character that differs from what should be written (where the finding points).
        var mark: Int
        /// The matched text as it should be written.
        var replacement: String
    }

    /// Every match of every entry in `text`, per entry (matches of one entry never overlap),
    /// found in one pass over the text.
    func allMatches(in text: ProseText) -> [[Match]] {
        let scalars = text.values
        var found = Array(repeating: [Match](), count: confusions.count)
        var next = Array(repeating: 0, count: confusions.count)
        for i in text.indices {
            guard let candidates = candidates(startingWith: text[i], value: scalars[i]) else { continue }
            for e in candidates where i >= next[e] {
                guard e < segments.count, e < confusions.count, e < findScalars.count,
                    let m = match(entry: e, in: text, at: i)
                else { continue }
                found[e].append(m)
                next[e] = m.range.upperBound
            }
        }
        return found
    }

    /// Where table entry `e` matches `text` from `start`, if it does. The entry itself is read only past its first
    /// segment, where most tries fail.
    private func match(entry e: Int, in text: ProseText, at start: Int) -> Match? {
        let scalars = text.values, find = segments[e].find, wanted = findScalars[e]
        guard let head = find.first, let headScalars = wanted.first, text.has(head, values: headScalars, at: start)
        else { return nil }
        let entry = confusions[e], write = segments[e].write
        var starts = [start], pos = start + find[0].count
        for (segment, segmentScalars) in zip(find, wanted).dropFirst() {
            var j = pos, found: Int?
            while j <= text.count - segment.count, j - pos <= entry.gap {
                if text.has(segment, values: segmentScalars, at: j) { found = j; break }
                if Self.clauseBreaks.contains(scalars[j], text[j]) { break }
                j += 1
            }
            guard let f = found else { return nil }
            starts.append(f); pos = f + segment.count
        }
        let end = pos
        // Where the first difference is, and the text before the segment that holds it.
        var mark: Int?, segmentStart = start
        for (k, (f, w)) in zip(find, write).enumerated() where f != w {
            let j = zip(f, w).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(f.count, w.count)
            mark = starts[k] + min(j, f.count - 1); segmentStart = starts[k]
            break
        }
        guard let mark else { return nil }
        if entry.unlessBefore.contains(where: { TextScan.ends(text, $0, before: segmentStart) }) { return nil }
        if entry.unlessAfter.contains(where: { word in
            word == "#" ? (end < text.count && TextScan.digit(text[end]) != nil) : TextScan.has(text, word, at: end)
        }) {
            return nil
        }
        var replacement = ""
        for (k, w) in write.enumerated() {
            replacement += String(w)
            if k + 1 < write.count { replacement += String(text[(starts[k] + find[k].count)..<starts[k + 1]]) }
        }
        return Match(range: start..<end, mark: mark, replacement: replacement)
    }
}
