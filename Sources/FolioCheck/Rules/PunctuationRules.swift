import FolioMessages
import FolioData

/// `punctuation.half-width`: ASCII punctuation in Chinese text, where GB/T 15834-2011 §5.1 wants
/// the full-width mark (， not , — ： not : — （ ） not ( )).
public struct HalfWidthRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "punctuation.half-width", severity: .warning,
            summary: Message("check.half-width-punctuation-next"))
    }

    /// ASCII mark → the full-width mark to write.
    static let fullWidth: [Character: Character] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！",
        "(": "（", ")": "）", ".": "。", "\"": "“",
    ]

    /// Every ASCII mark touching a Chinese character. A full stop counts only after a Han character
    /// and not before a digit, so 2687.8, 7.7 and the heading number “1.” stay quiet.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            let t = unit.text, v = unit.scalars
            for (i, value) in v.enumerated() {
                // Every key of `fullWidth` is ASCII: of the plain characters only an ASCII one can be a key (one
                // that is not plain may still be canonically one, as U+037E is “;”).
                guard value < 0x80 || value == ProseUnit.notPlain else { continue }
                let c = t[i]
                guard let wide = Self.fullWidth[c] else { continue }
                let before = i > 0 ? t[i - 1] : nil, after = i + 1 < t.count ? t[i + 1] : nil
                let chinese: Bool
                if c == "." {
                    chinese = before.map(TextScan.isHan) ?? false && !(after.flatMap(TextScan.digit) != nil)
                } else {
                    chinese = (before.map(TextScan.isChinese) ?? false) || (after.map(TextScan.isChinese) ?? false)
                }
                guard chinese else { continue }
                out.append(
                    finding(
                        unit, at: i..<(i + 1), Message("check.half-width-character-chinese", ["character": "\(c)"]),
                        fix: Message("check.write-full-width-wide.hint", ["wide": "\(wide)"])))
            }
        }
        return out
    }
}

/// `punctuation.doubled`: two sentence or clause marks in a row (，， 。。 ，。 、、), a slip of the keyboard.
/// Pairs that are right — ？！, ！？, and quotation marks or brackets next to a mark — are left alone;
/// …… and —— are single marks.
public struct DoubledPunctuationRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(id: "punctuation.doubled", severity: .error, summary: Message("check.doubled-punctuation"))
    }

    /// The marks that must not follow each other.
    static let marks = PlainCharacterSet("，。、；：？！,;")

    /// Every pair of clause marks in a row.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            let t = unit.text, v = unit.scalars
            var i = 1
            while i < t.count {
                guard Self.marks.contains(v[i], t[i]), Self.marks.contains(v[i - 1], t[i - 1]) else { i += 1; continue }
                let a = t[i - 1], b = t[i]
                if !("？！".contains(a) && "？！".contains(b)) {
                    out.append(
                        finding(
                            unit, at: (i - 1)..<(i + 1),
                            Message("check.b-two-punctuation-marks", ["a": "\(a)", "b": "\(b)"]),
                            fix: a == b
                                ? Message("check.delete-one", ["a": "\(a)"])
                                : Message("check.keep-one-b", ["a": "\(a)", "b": "\(b)"])))
                    i += 2; continue
                }
                i += 1
            }
        }
        return out
    }
}

/// `punctuation.title-dunhao`: a 顿号 between two titles in 书名号, “《预算法》、《预算法实施条例》”. GB/T 15834-2011
/// §4.5.3.5: between coordinate items each marked with 书名号 (or 引号) the 顿号 is usually left out, and official
/// documents write “《预算法》《预算法实施条例》”. Only 》、《 is reported; quotations (”、“) are left alone.
public struct TitleDunhaoRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "punctuation.title-dunhao", severity: .warning,
            summary: Message("check.between-titles-b-b"))
    }

    /// Every 、 between 》 and 《.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        for unit in prose.units {
            let t = unit.text
            for i in unit.indices(of: "、") where i > 0 && i + 1 < t.count && t[i - 1] == "》" && t[i + 1] == "《" {
                out.append(
                    finding(
                        unit, at: i..<(i + 1), Message("check.between-titles-gb-t"),
                        fix: Message("check.delete-quoted", ["text": "、"])))
            }
        }
        return out
    }
}
