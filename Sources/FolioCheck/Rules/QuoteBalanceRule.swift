import FolioMessages
import FolioData

/// `punctuation.quotes`: quotation marks and brackets that do not pair up within one paragraph
/// (GB/T 15834-2011 §4.1 引号, §4.8 括号, §4.15 书名号 come in pairs): “四个意识””, 党建＋脱贫攻坚”.
public struct QuoteBalanceRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "punctuation.quotes", severity: .error,
            summary: Message("check.unbalanced-quotation-marks-brackets"))
    }

    /// Closing mark → its opening mark.
    static let pairs: [Character: Character] = [
        "”": "“", "’": "‘", "》": "《", "〉": "〈", "）": "（",
        "】": "【", "」": "「", "』": "『", ")": "(",
    ]
    /// Opening marks.
    static let openers = Set(pairs.values)
    /// The opening bracket of the other width: a pair may mix them.
    static let otherWidth: [Character: Character] = ["（": "(", "(": "（"]
    /// Every mark, opening or closing: a character not in it is passed over without hashing it (which normalises
    /// it: a tenth of `folio check` at 100×).
    static let marks = PlainCharacterSet(Array(pairs.keys) + Array(pairs.values))

    /// Every mark left unpaired, in each unit.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        prose.units.flatMap(check)
    }

    private func check(_ unit: ProseUnit) -> [Finding] {
        var out: [Finding] = [], stack: [(Character, Int)] = []
        let text = unit.text
        for (i, value) in unit.scalars.enumerated() where Self.marks.contains(value, text[i]) {
            let c = text[i]
            if Self.openers.contains(c) { stack.append((c, i)); continue }
            guard let opener = Self.pairs[c] else { continue }
            // A bracket opened full width and closed half width (“（CPI)”), or the other way, is one pair: the
            // half-width mark is `punctuation.half-width`'s to report, with the full-width one to write.
            let other = Self.otherWidth[opener]
            if let depth = stack.lastIndex(where: { $0.0 == opener || $0.0 == other }) {
                for (o, at) in stack[(depth + 1)...] { out.append(unclosed(unit, o, at)) }
                stack.removeSubrange(depth...)
            } else {
                let doubled = i > 0 && text[i - 1] == c
                out.append(
                    finding(
                        unit, at: i..<(i + 1),
                        Message(
                            "check.character-closes-value-that", ["character": "\(c)", "value": .message(name(c))]),
                        fix: doubled
                            ? Message("check.delete-second-character", ["character": "\(c)"])
                            : Message("check.quote.add-opener.hint", ["opener": "\(opener)", "character": "\(c)"])))
            }
        }
        for (o, at) in stack { out.append(unclosed(unit, o, at)) }
        return out
    }

    private func unclosed(_ unit: ProseUnit, _ c: Character, _ at: Int) -> Finding {
        let closer = Self.pairs.first { $0.value == c }?.key ?? c
        return finding(
            unit, at: at..<(at + 1),
            Message("check.character-opens-value-that", ["character": "\(c)", "value": .message(name(c))]),
            fix: Message("check.add-closer-where-ends.hint", ["closer": "\(closer)", "character": "\(c)"]))
    }

    private func name(_ c: Character) -> Message {
        switch c {
        case "“", "”", "‘", "’", "「", "」", "『", "』": return Message("check.mark.quotation")
        case "《", "》", "〈", "〉": return Message("check.mark.title")
        default: return Message("check.mark.bracket")
        }
    }
}
