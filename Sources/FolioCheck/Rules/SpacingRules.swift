import FolioMessages
import FolioData

/// Spaces where Chinese typesetting has none: `spacing.cjk`, a space between two Chinese characters or marks in
/// running text (“良好， “十四五””: GB/T 15834 marks take no space around them, and Chinese words none between
/// them), and `spacing.percent`, a space between a number and its per cent sign (“11.25 %”).
public struct SpacingRule: CheckRule {
    /// Which of the two spacing slips.
    public enum Kind: Sendable {
        /// A space inside Chinese text.
        case cjk
        /// A space before % or ％.
        case percent
    }

    /// Which slip this rule looks for.
    public var kind: Kind
    /// Creates the rule.
    public init(_ kind: Kind) { self.kind = kind }

    /// Id, severity and summary.
    public var info: RuleInfo {
        switch kind {
        case .cjk: RuleInfo(id: "spacing.cjk", severity: .warning, summary: Message("check.space-inside-chinese-text"))
        case .percent:
            RuleInfo(id: "spacing.percent", severity: .warning, summary: Message("check.space-between-number"))
        }
    }

    /// Spaces: space, no-break space, ideographic space.
    static let spaces = PlainCharacterSet([" ", "\u{00A0}", "\u{3000}"])

    /// Every run of spaces of this kind. Headings, titles and captions are left alone: “第一章 总则” and
    /// “图一 地区生产总值” separate a number from its title by a space on purpose.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units where kind == .percent || unit.kind == .paragraph || unit.kind == .runIn {
            let t = unit.text, v = unit.scalars
            var i = 1
            while i < t.count {
                guard Self.spaces.contains(v[i], t[i]) else { i += 1; continue }
                var j = i
                while j < t.count, Self.spaces.contains(v[j], t[j]) { j += 1 }
                if j < t.count, let f = finding(unit, spaces: i..<j) { out.append(f) }
                i = j
            }
        }
        return out
    }

    private func finding(_ unit: ProseUnit, spaces r: Range<Int>) -> Finding? {
        let t = unit.text, before = t[r.lowerBound - 1], after = t[r.upperBound]
        let shown = unit.string((r.lowerBound - 1)..<(r.upperBound + 1))
        switch kind {
        case .cjk:
            guard TextScan.isChinese(before), TextScan.isChinese(after) else { return nil }
            return finding(
                unit, at: r, Message("check.shown-space-inside-chinese", ["shown": "\(shown)"]),
                fix: Message("check.delete-space-before-after.hint", ["before": "\(before)", "after": "\(after)"]))
        case .percent:
            guard TextScan.digit(before) != nil, after == "%" || after == "％" else { return nil }
            // The whole number before the space (“11.25 %”, not “5 %”).
            var start = r.lowerBound - 1
            while start > 0, TextScan.digit(t[start - 1]) != nil || ".．,".contains(t[start - 1]) { start -= 1 }
            let number = unit.string(start..<r.lowerBound)
            return finding(
                unit, at: r,
                Message(
                    "check.shown-space-between-number",
                    ["shown": "\(number + unit.string(r) + String(after))", "after": "\(after)"]),
                fix: Message("check.write-quoted", ["text": "\(number)\(after)"]))
        }
    }
}
