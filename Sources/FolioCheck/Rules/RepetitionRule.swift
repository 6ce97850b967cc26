import FolioMessages
import FolioData

/// `repeat.word` and `repeat.char`: a word typed twice (发展发展) and a character typed twice (各各).
///
/// Reduplication is grammar in Chinese (常常, 人人, 一一, 层层, 个个, 实实在在), and a character
/// doubled across a word boundary is right far more often than not (重要要求 = 重要 + 要求, 工作作为,
/// 农产品品牌), so a doubled character fires only for the function characters of lists.yaml
/// `suspect-repeats` (各各, 的的, 和和 …), never when it is in `allowed-repeats` or part of an AABB
/// form. Doubled words of 2–4 characters fire unless listed in `allowed-repeated-words` or of the
/// 一X一X form (一步一步).
public struct RepetitionRule: CheckRule {
    /// Which of the two checks this is.
    public enum Kind: Sendable { case word, character }
    /// Which check.
    public var kind: Kind
    /// The lists.
    public var lists: CheckLists

    /// Creates the rule.
    public init(_ kind: Kind, lists: CheckLists) { self.kind = kind; self.lists = lists }

    /// Id, severity and summary.
    public var info: RuleInfo {
        switch kind {
        case .word:
            return RuleInfo(id: "repeat.word", severity: .error, summary: Message("check.word-of-two-four"))
        case .character:
            return RuleInfo(
                id: "repeat.char", severity: .warning,
                summary: Message("check.function-character-written-twice"))
        }
    }

    /// Every doubled word or character.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        prose.units.flatMap { kind == .word ? words($0) : characters($0) }
    }

    private func words(_ unit: ProseUnit) -> [Finding] {
        let t = unit.text, v = unit.scalars
        // By the plain scalars (`ProseUnit.same`), not `==`: comparing Characters normalises non-ASCII text on
        // every comparison; two plain characters are the same exactly when their values are.
        let same = unit.same
        // `TextScan.isHan` by value: every Han character of the checks (an ideograph or 〇) is plain.
        func isHan(_ x: Int) -> Bool { TextScan.isHan(value: v[x]) }
        var out: [Finding] = [], i = 0
        scan: while i < t.count {
            for length in stride(from: 4, through: 2, by: -1) where i + 2 * length <= t.count {
                let first = i, second = i + length
                guard (0..<length).allSatisfy({ same(first + $0, second + $0) }),
                    (first..<second).allSatisfy(isHan),
                    (1..<length).contains(where: { !same(first, first + $0) })
                else { continue }
                let word = String(t[first..<second])
                if lists.allowedRepeatedWords.contains(word + word) || t[first] == "一" { continue }
                out.append(
                    finding(
                        unit, at: i..<(i + 2 * length), Message("check.word-written-twice", ["word": "\(word)"]),
                        fix: Message("check.delete-second-word.hint", ["word": "\(word)"])))
                i += 2 * length
                continue scan
            }
            i += 1
        }
        return out
    }

    private func characters(_ unit: ProseUnit) -> [Finding] {
        let t = unit.text
        var out: [Finding] = []
        for i in 1..<max(1, t.count) {
            // By value first (`ProseUnit.same`): most neighbours differ.
            guard unit.same(i - 1, i) else { continue }
            let c = t[i]
            guard lists.suspectRepeats.contains(c), !lists.allowedRepeats.contains(String([c, c])) else { continue }
            // AABB (实实在在, 家家户户): either neighbouring pair is also doubled.
            if i >= 3, unit.same(i - 3, i - 2), TextScan.isHan(value: unit.scalars[i - 2]) { continue }
            if i + 2 < t.count, unit.same(i + 1, i + 2), TextScan.isHan(value: unit.scalars[i + 1]) { continue }
            // Part of a doubled word (发展发展 is repeat.word's).
            if i >= 2, unit.same(i - 2, i) { continue }
            out.append(
                finding(
                    unit, at: (i - 1)..<(i + 1), Message("check.character-written-twice", ["character": "\(c)"]),
                    fix: c == "各"
                        ? Message("check.write-delete-one")
                        : Message("check.delete-one-character", ["character": "\(c)"])))
        }
        return out
    }
}
