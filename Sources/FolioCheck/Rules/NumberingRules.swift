import FolioMessages
import FolioData

/// `numbering.heading`: heading numbers typed by hand. A section's typed number that disagrees
/// with its place (the seed's second “二、” for the third part) is an error; one that agrees is a
/// warning, because the theme numbers headings itself and it would print twice. Paragraphs that open
/// with a typed heading number must count up 1, 2, 3 within their section.
public struct HeadingNumberRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "numbering.heading", severity: .error,
            summary: Message("check.heading-numbers-typed-hand"))
    }

    /// Every typed heading number out of place.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        var last: [String: Int] = [:]   // "container/style" → last value seen in a paragraph
        for unit in prose.units {
            guard let n = TypedNumber.at(start: unit.text) else { continue }
            let typed = unit.string(0..<n.length)
            if unit.kind == .heading, let s = unit.section, s < prose.sections.count {
                let ordinal = prose.sections[s].ordinal, right = TypedNumber.write(ordinal, style: n.style)
                if n.value != ordinal {
                    out.append(
                        finding(
                            unit, at: 0..<n.length,
                            Message(
                                "check.heading-typed-typed-but",
                                ["typed": "\(typed)", "ordinal": "\(ordinal)", "right": "\(right)"]),
                            fix: Message("check.delete-typed-theme-numbers.hint", ["typed": "\(typed)"])))
                } else {
                    out.append(
                        finding(
                            unit, at: 0..<n.length,
                            Message("check.heading-number-typed-typed", ["typed": "\(typed)"]),
                            fix: Message("check.delete-quoted", ["text": "\(typed)"]), severity: .warning))
                }
                continue
            }
            guard unit.kind == .paragraph || unit.kind == .runIn else { continue }
            let key = "\(unit.container ?? -1)/\(n.style)"
            let previous = last[key] ?? 0
            if n.value != previous + 1 && n.value != 1 {
                let right = TypedNumber.write(previous + 1, style: n.style)
                let why =
                    previous == 0
                    ? Message("check.numbering-starts-typed", ["typed": "\(typed)"])
                    : previous == n.value
                        ? Message("check.typed-typed-twice-row", ["typed": "\(typed)"])
                        : Message(
                            "check.list-follows",
                            ["typed": "\(typed)", "previous": "\(TypedNumber.write(previous, style: n.style))"])
                out.append(
                    finding(
                        unit, at: 0..<n.length, why,
                        fix: Message("check.number-right-make-section.hint", ["right": "\(right)"])))
            }
            last[key] = n.value
        }
        return out
    }
}

/// `numbering.enumeration`: hand-typed enumerations that skip or repeat (一是…二是…二是,
/// 第一，…第三，) within one section. Markers count only at the start of a clause, so 第一时间,
/// 第一党支部 and 唯一是 are not markers; a new 一是 starts a new list.
public struct EnumerationRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "numbering.enumeration", severity: .error,
            summary: Message("check.enumerations-typed-hand-out"))
    }

    /// Characters after which a clause starts.
    static let clauseStarts = PlainCharacterSet("。；：！？，\n")

    /// One marker found.
    struct Marker { var unit: Int; var range: Range<Int>; var value: Int; var family: String }

    /// Every marker that does not follow its predecessor.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        var last: [String: Int] = [:]   // "container/family" → last value
        for (u, unit) in prose.units.enumerated() where unit.kind == .paragraph || unit.kind == .runIn {
            for m in markers(unit, index: u) {
                let key = "\(unit.container ?? -1)/\(m.family)"
                let previous = last[key] ?? 0
                last[key] = m.value
                guard m.value != previous + 1, m.value != 1 else { continue }
                let typed = unit.string(m.range)
                out.append(
                    finding(
                        unit, at: m.range,
                        previous == 0
                            ? Message("check.list-starts-typed", ["typed": "\(typed)"])
                            : Message(
                                "check.list-follows", ["typed": "\(typed)", "previous": "\(write(previous, m.family))"]),
                        fix: Message("check.write-quoted", ["text": "\(write(previous + 1, m.family))"])))
            }
        }
        return out
    }

    private func write(_ n: Int, _ family: String) -> String {
        family == "是" ? "\(NumberFormatting.chineseNumeral(n))是" : "第\(NumberFormatting.chineseNumeral(n))"
    }

    /// Markers at clause starts: X是 and 第X followed by ，、：.
    func markers(_ unit: ProseUnit, index: Int) -> [Marker] {
        let t = unit.text, v = unit.scalars
        var out: [Marker] = []
        for i in t.indices where i == 0 || Self.clauseStarts.contains(v[i - 1], t[i - 1]) {
            let isOrdinal = t[i] == "第"
            var k = isOrdinal ? i + 1 : i
            let digitsStart = k
            while k < t.count, k - digitsStart < 3, TextScan.chineseDigits[t[k]] != nil, t[k] != "两" { k += 1 }
            guard k > digitsStart, k < t.count, let v = TextScan.chineseNumber(t[digitsStart..<k]) else { continue }
            // “第二、第三产业” and “第一、二产业” list ordinals of one noun: no enumeration marker.
            let ordinalList =
                t[k] == "、" && k + 1 < t.count && (t[k + 1] == "第" || TextScan.chineseDigits[t[k + 1]] != nil)
            if isOrdinal, "，、：,".contains(t[k]), !ordinalList {
                out.append(Marker(unit: index, range: i..<k, value: v, family: "第"))
            } else if !isOrdinal, t[k] == "是" {
                out.append(Marker(unit: index, range: i..<(k + 1), value: v, family: "是"))
            }
        }
        return out
    }
}
