import FolioMessages
import FolioData

/// `measure-word.ge`: a number followed by 各 where the measure word 个 is meant (6各行政村 → 6个行政村,
/// 三各千亩 → 三个千亩, 100余各 → 100余个). 各村, 各部门, 上级各部门 and words ending in a numeral
/// (统一各方; lists.yaml `numeral-words`) are right and stay quiet.
public struct MeasureWordRule: CheckRule {
    /// The lists.
    public var lists: CheckLists
    /// Creates the rule.
    public init(lists: CheckLists) { self.lists = lists }

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(id: "measure-word.ge", severity: .error, summary: Message("check.number-followed-where-meant"))
    }

    /// Characters that make the preceding text a count (besides digits).
    static let numerals: Set<Character> = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两",
        "几", "百", "千", "万", "半",
    ]

    /// Every 各 right after a count.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            let t = unit.text
            for i in unit.indices(of: "各") where i > 0 {
                var j = i - 1
                // 100余各, 三十多各: look past 余/多 to the count.
                if t[j] == "余" || t[j] == "多", j > 0, isCount(t, j - 1) { j -= 1 }
                guard isCount(t, j) else { continue }
                let start = j - (TextScan.digit(t[j]) != nil ? digitsBefore(t, j) : 0)
                out.append(
                    finding(
                        unit, at: i..<(i + 1),
                        Message("check.value-after-number-where", ["value": "\(String(t[start...i]))"]),
                        fix: Message("check.write-quoted", ["text": "\(String(t[start..<i]))个"])))
            }
        }
        return out
    }

    /// Whether the character at `j` ends a count (a digit, or a numeral not ending a word like 统一).
    private func isCount(_ t: ProseText, _ j: Int) -> Bool {
        guard j >= 0 else { return false }
        if TextScan.digit(t[j]) != nil { return true }
        guard Self.numerals.contains(t[j]) else { return false }
        return !lists.numeralWords.contains { TextScan.ends(t, $0, before: j + 1) }
    }

    private func digitsBefore(_ t: ProseText, _ j: Int) -> Int {
        var k = j
        while k > 0, TextScan.digit(t[k - 1]) != nil || t[k - 1] == "." { k -= 1 }
        return j - k
    }
}

/// `year.missing-nian`: a year glued to 底, 初, 末, 以来 without 年 (2021底 → 2021年底); the words are
/// lists.yaml `year-suffixes`. 2019、2020年 (a list sharing one 年) is right.
public struct YearSuffixRule: CheckRule {
    /// The lists.
    public var lists: CheckLists
    /// Creates the rule.
    public init(lists: CheckLists) { self.lists = lists }

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(id: "year.missing-nian", severity: .error, summary: Message("check.year-missing"))
    }

    /// Every four-digit year followed directly by a suffix that needs 年.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        let suffixes = WordList(lists.yearSuffixes)
        for unit in prose.units {
            for n in unit.numbers where n.isYearLike {
                let end = n.range.upperBound
                guard let suffix = TextScan.match(unit.text, suffixes, at: end) else { continue }
                let year = unit.string(n.range)
                out.append(
                    finding(
                        unit, at: n.range.lowerBound..<(end + suffix.count),
                        Message("check.year-without-nian", ["year": "\(year)", "suffix": "\(suffix)"]),
                        fix: Message("check.year-without-nian.hint", ["year": "\(year)", "suffix": "\(suffix)"])))
            }
        }
        return out
    }
}
