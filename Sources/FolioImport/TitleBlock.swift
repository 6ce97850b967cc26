import FolioData

/// The lines above a report's body: its title, the subtitle of a speech or report to a congress
/// ("——2026年2月8日在张掖市第五届人民代表大会第五次会议上"), the issuer and the date line (GB/T 9704 §7.3.1,
/// §7.3.5 for the date of writing). They become `report:` fields, not paragraphs.
struct TitleBlock: Sendable {
    /// The title.
    var title: String?
    /// The subtitle, as typed (a subtitle wrapped over two lines joined).
    var subtitle: String?
    /// The issuing body, when a line of its own names one.
    var issuer: String?
    /// The speaker after the subtitle ("陕西省省长 赵刚").
    var speaker: String?
    /// The date of writing, from a date line or the subtitle.
    var date: DatasetDate?
    /// How many of the text's lines it takes.
    var lineCount = 0

    /// Suffixes of an issuing body's name.
    static let bodySuffixes = [
        "人民政府", "政府", "统计局", "财政局", "局", "委员会", "办公室", "办公厅", "厅", "委", "院",
        "中心", "站", "处", "办事处", "街道", "镇", "乡",
    ]

    /// Reads the title block at the start of `lines`.
    static func read(_ lines: [SourceLine]) -> TitleBlock {
        var block = TitleBlock()
        guard let first = lines.first, TypedNumber.at(start: Array(first.text)) == nil, first.text.count <= 60,
            !SourceLines.endsSentence(first.text) || first.text.hasSuffix("报告")
        else { return block }
        block.title = first.text
        var k = 1
        if let wrapped = wrappedTitle(lines) {
            block.title = wrapped.title
            k = wrapped.count
        }
        let end = min(lines.count, k + 5)
        while k < end {
            let text = lines[k].text
            if block.subtitle == nil, isSubtitle(text) {
                var sub = text
                if !closesSubtitle(sub), k + 1 < lines.count, lines[k + 1].text.count <= 40,
                    closesSubtitle(lines[k + 1].text)
                {
                    k += 1; sub += lines[k].text
                }
                let (s, speaker) = splitSpeaker(sub)
                block.subtitle = s; block.speaker = speaker
                block.date = block.date ?? date(in: s)
            } else if let spaced = letterSpaced(text), let title = block.title, title.contains(spaced) {
                // The title printed again letter-spaced under a page's heading ("政 府 工 作 报 告" under
                // "孙庙乡2025年政府工作报告"): a repeat of the title, not a paragraph.
            } else if block.speaker == nil, let name = speakerLine(text),
                block.subtitle != nil || (k + 1 < lines.count && isSalutation(lines[k + 1].text))
            {
                // The speaker under the subtitle, or right above the salutation ("镇长 XX" / "各位代表：").
                block.speaker = name
            } else if let d = dateLine(text), block.date == nil || block.date == d {
                // A date line repeating the subtitle's date (as a Word title page has it) is part of the block too.
                block.date = d
            } else if block.date == nil, blankDateLine(text) {
                // A date line left blank to fill in ("2014年 月 日"): part of the block, no date.
            } else if block.issuer == nil, isIssuer(text) {
                block.issuer = text
            } else {
                break
            }
            k += 1
        }
        block.lineCount = k
        return block
    }

    /// A title wrapped over two or three lines (as a PDF or a centred Word title gives it): “关于2025年全市及市本级
    /// 预算执行情况和” / “2026年全市及市本级预算草案的报告”; the title joined and how many lines it takes, or nil.
    static func wrappedTitle(_ lines: [SourceLine]) -> (title: String, count: Int)? {
        guard let first = lines.first, !titleEnds(first.text) else { return nil }
        var title = first.text
        for k in 1..<min(lines.count, 3) {
            let text = lines[k].text
            // A line that ends the title is its end however short (“统计公报” is no speaker's name).
            guard text.count <= 40, !SourceLines.endsSentence(text) || text.hasSuffix("报告"), !isSubtitle(text),
                dateLine(text) == nil, !isSalutation(text), !isIssuer(text), speakerLine(text) == nil || titleEnds(text)
            else { return nil }
            title += text
            if titleEnds(text) { return (title, k + 1) }
        }
        return nil
    }

    /// Whether a line ends as a report's title does (…报告, …公报, …总结 …), a remark in brackets after it allowed
    /// ("…的报告（书面）").
    static func titleEnds(_ t: String) -> Bool {
        var core = Substring(t)
        if core.hasSuffix("）"), let open = core.lastIndex(of: "（"), core.distance(from: open, to: core.endIndex) <= 6 {
            core = core[..<open]
        }
        return ["报告", "公报", "总结", "规划", "计划", "方案", "意见", "通知", "决定", "说明"].contains { core.hasSuffix($0) }
    }

    /// A subtitle: a line opening with a dash, or one naming the meeting it was given at ("…在…会议上", and
    /// "…在城口县第十届人民代表大会第五次会议" with its 上 lost).
    static func isSubtitle(_ t: String) -> Bool {
        guard !t.hasPrefix("—") else { return true }
        guard !SourceLines.endsSentence(t), t.count <= 80 else { return false }
        let atMeeting = t.contains("在") && (t.hasSuffix("会议") || t.hasSuffix("大会"))
        return t.contains("会议上") || t.contains("大会上") || atMeeting
    }

    /// Whether a subtitle is complete ("…会议上", "…会议", "…讲话", "…报告", or a closing bracket).
    static func closesSubtitle(_ t: String) -> Bool {
        let head = splitSpeaker(t).0
        return ["上", "会议", "讲话", "发言", "报告", "）", ")"].contains { head.hasSuffix($0) }
    }

    /// A salutation standing alone before a speech's first paragraph: "各位代表：", "同志们：", "各位委员：",
    /// "各位代表、各位委员：".
    static func isSalutation(_ t: String) -> Bool {
        guard let last = t.last, "：:".contains(last), t.count <= 24 else { return false }
        let head = t.dropLast()
        return (head.hasPrefix("各位") || head.hasPrefix("同志们") || head.hasPrefix("尊敬的"))
            && !head.contains(where: { "。；！？：".contains($0) })
    }

    /// A date line with its month and day left blank to fill in ("2014年 月 日", "2014年  月  日").
    static func blankDateLine(_ t: String) -> Bool {
        let core = t.filter { !" \u{3000}（）()".contains($0) }
        guard core.hasSuffix("年月日"), let year = Int(core.dropLast(3)) else { return false }
        return (1900...2100).contains(year)
    }

    /// The subtitle and the speaker named after it on the same line ("…会议上 陕西省省长 赵刚").
    static func splitSpeaker(_ t: String) -> (String, String?) {
        guard let r = t.range(of: "会议上 ") ?? t.range(of: "会议上\u{3000}") else { return (t, nil) }
        let speaker = SourceLines.trim(String(t[r.upperBound...]))
        return (String(t[..<r.upperBound]).trimmingCharacters(in: .whitespaces), speaker.isEmpty ? nil : speaker)
    }

    /// A line of single Chinese characters each followed by one space ("政 府 工 作 报 告"), closed up; else nil.
    static func letterSpaced(_ t: String) -> String? {
        let c = Array(t)
        guard c.count >= 3, c.count % 2 == 1 else { return nil }
        for (i, ch) in c.enumerated() {
            let ok = i % 2 == 0 ? TextScan.isIdeograph(ch) : ch == " " || ch == "\u{3000}"
            if !ok { return nil }
        }
        return String(c.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
    }

    /// The speaker on a line of their own under the subtitle: a name ("于 亮": a two-character name spaced to the
    /// width of three, as printed, closed up), or an office and a name apart ("陕西省省长 赵刚", as `folio text`
    /// writes a dataset's `report.speaker` back; one space between them); nil for anything longer or holding
    /// punctuation.
    static func speakerLine(_ t: String) -> String? {
        if let spaced = letterSpaced(t), spaced.count <= 4 { return spaced }
        let c = Array(t)
        if (2...4).contains(c.count), c.allSatisfy(TextScan.isIdeograph) { return t }
        var parts = t.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        // A name left out as the text was made anonymous ("镇长 XX", "局长 ×××").
        let withheld = parts.count == 2 && placeholderName(parts[1])
        if withheld { parts.removeLast() }
        guard parts.count >= (withheld ? 1 : 2), t.count <= 24,
            parts.allSatisfy({ $0.allSatisfy(TextScan.isIdeograph) })
        else { return nil }
        if withheld {
            return parts[0].count >= 2 ? t.split(whereSeparator: \.isWhitespace).joined(separator: " ") : nil
        }
        // The name: the last part, or its characters spaced out ("赵 刚").
        let singles = parts.reversed().prefix(while: { $0.count == 1 })
        let nameParts = singles.count >= 2 ? singles.count : 1
        let name = parts.suffix(nameParts).joined()
        let office = parts.dropLast(nameParts).joined()
        guard (2...4).contains(name.count), office.count >= 2 else { return nil }
        return office + " " + name
    }

    /// A name withheld: two to four X's or ×'s ("XX", "×××").
    static func placeholderName(_ t: String) -> Bool {
        (2...4).contains(t.count) && t.allSatisfy { "XxＸ×".contains($0) }
    }

    /// A line that is a date and nothing else ("2026年1月27日", "（2026年1月27日）").
    static func dateLine(_ t: String) -> DatasetDate? {
        let core = t.filter { !"（）()".contains($0) }
        guard let d = date(in: core), core.count <= 12, core.hasSuffix("日") else { return nil }
        return d
    }

    /// A line naming an issuing body: short, no punctuation, ending in a body's suffix.
    /// A remark in brackets after the name ("XX镇人民政府（示例）") is allowed.
    static func isIssuer(_ t: String) -> Bool {
        var name = Substring(t)
        if name.hasSuffix("）"), let open = name.lastIndex(of: "（"), open > name.startIndex { name = name[..<open] }
        return t.count <= 30 && !name.contains(where: { "，。；：、！？".contains($0) })
            && bodySuffixes.contains { name.hasSuffix($0) }
    }

    /// The first full date "2026年2月8日" in `t` (digits ASCII or full width).
    static func date(in t: String) -> DatasetDate? {
        let c = Array(t)
        for i in c.indices {
            guard let y = TextScan.number(in: c, at: i), i == 0 || TextScan.digit(c[i - 1]) == nil else { continue }
            var k = y.range.upperBound
            guard k < c.count, c[k] == "年", let year = Int(y.written(in: c)), (1900...2100).contains(year) else {
                continue
            }
            k += 1
            guard let m = TextScan.number(in: c, at: k), m.range.upperBound < c.count, c[m.range.upperBound] == "月",
                let month = Int(m.written(in: c))
            else { continue }
            k = m.range.upperBound + 1
            guard let d = TextScan.number(in: c, at: k), d.range.upperBound < c.count, c[d.range.upperBound] == "日",
                let day = Int(d.written(in: c))
            else { continue }
            let s = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            return DatasetDate(parsing: s)
        }
        return nil
    }

    /// The issuer the title implies: a government work report's government ("陕西省2026年政府工作报告" →
    /// 陕西省人民政府), else the place the title opens with ("XX镇“十三五”…" → XX镇); nil when it names none.
    static func issuer(from title: String) -> String? {
        // "关于承德市2025年…的报告": the place comes after 关于.
        let chars = Array(title.hasPrefix("关于") ? title.dropFirst(2) : Substring(title))
        guard let end = chars.prefix(12).firstIndex(where: { "省镇乡县市区村州盟旗".contains($0) }) else { return nil }
        let place = String(chars[...end])
        return title.contains("政府工作报告") ? place + "人民政府" : place
    }
}
