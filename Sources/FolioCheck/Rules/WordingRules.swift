import FolioMessages
import FolioData

/// `wording.jiezhi`: 截止 ("to end, to close") typed for 截至 ("up to, as of") before a date: “截止2025年底” →
/// “截至2025年底”. 截止日期, 截止时间 and “报名于6月30日截止” are right and stay quiet; 截止目前 and 截止到
/// are the confusion table's.
public struct JieZhiRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(id: "wording.jiezhi", severity: .error, summary: Message("check.before-date-where-meant"))
    }

    /// Words after 截止 that make it a point in time (besides a digit).
    static let timeWords = WordList(["今年", "去年", "上年", "本年", "当年", "年底", "年末", "当前", "现在", "上月", "本月"])

    /// 截止 as characters, made once (the `String` form of `TextScan.has` makes them at every call).
    static let word = Array("截止")

    /// Every 截止 followed by a date.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            let t = unit.text
            for i in unit.indices(ofWord: Self.word) {
                let k = i + 2
                guard k < t.count, TextScan.digit(t[k]) != nil || TextScan.match(t, Self.timeWords, at: k) != nil
                else { continue }
                let date = unit.string(k..<min(t.count, k + 8))
                out.append(
                    finding(
                        unit, at: (i + 1)..<(i + 2), Message("check.date-ends-something-date", ["date": "\(date)"]),
                        fix: Message("check.write-quoted", ["text": "截至"])))
            }
        }
        return out
    }
}

/// `wording.yilai`: a stray 来 before 以来 after a year: “2021来以来” → “2021年以来”; “2021年来以来” →
/// “2021年以来”. 以来 alone and 近年来 are right.
public struct YiLaiRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(id: "wording.yilai", severity: .error, summary: Message("check.after-year"))
    }

    /// 来以来 as characters, made once.
    static let word = Array("来以来")

    /// Every 来以来 right after a year or after 年.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            let t = unit.text
            for i in unit.indices(ofWord: Self.word) where i > 0 {
                let before = t[i - 1]
                guard TextScan.digit(before) != nil || before == "年" else { continue }
                let yearEnd = before == "年" ? i - 1 : i
                var s = yearEnd
                while s > 0, TextScan.digit(t[s - 1]) != nil { s -= 1 }
                let year = unit.string(s..<yearEnd)
                let typed = unit.string(s..<(i + 3))
                out.append(
                    finding(
                        unit, at: i..<(i + 1), Message("check.typed-stray-before", ["typed": "\(typed)"]),
                        fix: Message("check.write-quoted", ["text": "\(year)年以来"])))
            }
        }
        return out
    }
}

/// `wording.missing-zeng`: 增长 typed without 增 — “经营净收入4022元，长3.0%” → “增长3.0%”: a clause that
/// opens with 长 and a growth figure (a per cent or 倍). 成长3.0%, 延长3天, 长江 and “长5公里” (a length)
/// stay quiet.
public struct MissingZengRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "wording.missing-zeng", severity: .error, summary: Message("check.clause-opening-figure-where"))
    }

    /// Characters that open a clause.
    static let clauseMarks = PlainCharacterSet(["，", "；", "。", "、", "：", ",", ";"])

    /// What follows a growth figure.
    static let growthUnits = PlainCharacterSet(["%", "％", "倍"])

    /// Every 长 that opens a clause and is followed by a growth figure.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            let t = unit.text
            for i in unit.indices(of: "长") where i > 0 && i + 1 < t.count {
                guard Self.clauseMarks.contains(unit.scalars[i - 1], t[i - 1]),
                    let n = TextScan.number(inValues: unit.scalars, at: i + 1),
                    n.range.upperBound < t.count, Self.growthUnits.contains(t[n.range.upperBound])
                else { continue }
                let figure = unit.string(n.range.lowerBound..<min(t.count, n.range.upperBound + 1))
                out.append(
                    finding(
                        unit, at: i..<(i + 1), Message("check.figure-clause-opening-figure", ["figure": "\(figure)"]),
                        fix: Message("check.write-quoted", ["text": "增长\(figure)"])))
            }
        }
        return out
    }
}

/// `growth.negative`: a fall written as negative growth, “增长-5.2%”; statistical bulletins write “下降5.2%”
/// (and 减少 for an amount). A warning: the reader understands it, the house style does not use it.
public struct NegativeGrowthRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "growth.negative", severity: .warning,
            summary: Message("check.negative-growth-where-convention"))
    }

    /// Growth words and the word for the same change downwards.
    static let words: [(String, String)] = [("增长", "下降"), ("增加", "减少"), ("提高", "下降"), ("上升", "下降"), ("上涨", "下降")]
    /// Minus signs: hyphen-minus, minus, full-width hyphen-minus.
    static let minus = PlainCharacterSet(["-", "−", "－"])

    /// Every growth word followed by a minus sign and a number.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            let t = unit.text, v = unit.scalars
            for (i, value) in v.enumerated() where i >= 2 && Self.minus.contains(value, t[i]) {
                guard let n = TextScan.number(in: t, at: i + 1),
                    let (up, down) = Self.words.first(where: { TextScan.ends(t, $0.0, before: i) })
                else { continue }
                var end = n.range.upperBound
                if end < t.count, t[end] == "%" || t[end] == "％" { end += 1 }
                let figure = unit.string(n.range.lowerBound..<end)
                out.append(
                    finding(
                        unit, at: (i - 2)..<end,
                        Message(
                            "check.up-character-figure-fall",
                            ["up": "\(up)", "character": "\(t[i])", "figure": "\(figure)"]),
                        fix: Message("check.write-quoted", ["text": "\(down)\(figure)"])))
            }
        }
        return out
    }
}
