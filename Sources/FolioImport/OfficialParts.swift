import FolioData

/// The parts of an official document that are not prose, read from an imported text into `report.document`: the
/// 版头 above the title (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人: GB/T 9704 §7.2), the 主送机关 under it
/// (§7.3.2), the 附注 under the date (§7.3.6) and the 版记 at the end (抄送, 印发机关 and 印发日期: §7.4).
struct OfficialParts: Sendable, Hashable {
    /// 份号 (§7.2.1).
    var copy: String?
    /// 密级和保密期限 (§7.2.2).
    var secrecy: String?
    /// 紧急程度 (§7.2.3).
    var urgency: String?
    /// 发文机关标志 (§7.2.4): one line, or joint issuers one a line and “文件” last.
    var mark: [String] = []
    /// 发文字号 (§7.2.5).
    var number: String?
    /// 签发人 (§7.2.6).
    var signers: [String] = []
    /// 主送机关 (§7.3.2), without its colon.
    var to: String?
    /// 附注 (§7.3.6), without its brackets.
    var note: String?
    /// 抄送机关 (§7.4.2).
    var cc: [String] = []
    /// 印发机关 (§7.4.3).
    var printer: String?
    /// 印发日期 (§7.4.3).
    var printed: DatasetDate?

    /// Whether the text had none of these parts.
    var isEmpty: Bool {
        copy == nil && secrecy == nil && urgency == nil && mark.isEmpty && number == nil && signers.isEmpty
            && to == nil && note == nil && cc.isEmpty && printer == nil && printed == nil
    }

    /// Reads the 版头's lines at the start of `lines`, in the standard's order, each optional; how many there were.
    mutating func readHead(_ lines: [SourceLine]) -> Int {
        var k = 0
        if k < lines.count, Self.isCopyNumber(lines[k].text) { copy = lines[k].text; k += 1 }
        if k < lines.count, Self.isSecrecy(lines[k].text) { secrecy = lines[k].text; k += 1 }
        if k < lines.count, ["特急", "加急"].contains(lines[k].text) { urgency = lines[k].text; k += 1 }
        if k < lines.count, Self.isMark(lines[k].text) {
            mark = [lines[k].text]; k += 1
        } else if let joint = Self.jointMark(lines[k...]) {
            mark = joint; k += joint.count
        }
        if k < lines.count, let (n, names) = Self.numberLine(lines[k].text) {
            number = n; signers = names; k += 1
        }
        if k < lines.count, signers.isEmpty, let names = Self.signerLine(lines[k].text) { signers = names; k += 1 }
        // A lone 份号 or 紧急程度 above a title is not enough to call the lines a 版头.
        guard !mark.isEmpty || number != nil || secrecy != nil else {
            copy = nil; urgency = nil
            return 0
        }
        return k
    }

    /// `lines` without the 版记 at their end ("抄送：…", "XX办公室  2021年3月6日印发"), which it keeps.
    mutating func readImprint(_ lines: [SourceLine]) -> [SourceLine] {
        var rest = lines
        if let last = rest.last, let (body, date) = Self.printedLine(last.text) {
            printer = body; printed = date
            rest.removeLast()
        }
        if let last = rest.last, let names = Self.ccLine(last.text) {
            cc = names
            rest.removeLast()
        }
        return rest
    }

    /// The 主送机关 on the first line of the body ("各村（社区）、镇属各单位："), without its colon; nil for any
    /// other line, and for an address to a meeting ("各位代表：").
    static func recipient(_ text: String) -> String? {
        guard let last = text.last, "：:".contains(last), text.count <= 80, text.count >= 3,
            !text.contains(where: { "。；！？".contains($0) }), !text.hasPrefix("各位"), !text.hasPrefix("同志们")
        else { return nil }
        return String(text.dropLast())
    }

    /// The marker a congress prints above the title of each document it hands out ("承德市十五届人大七次会议文件（19）",
    /// on one line or wrapped over two): the marker as one line and how many lines it takes; nil when the text does
    /// not open with one. It is no 发文机关标志 and no title.
    static func meetingMarker(_ lines: [SourceLine]) -> (text: String, count: Int)? {
        var text = ""
        for (k, line) in lines.prefix(2).enumerated() {
            guard line.text.count <= 30, !line.text.contains(where: { "，。；：！？".contains($0) }) else { return nil }
            text += line.text
            if isMeetingMarker(text) { return (text, k + 1) }
        }
        return nil
    }

    /// "…会议文件", maybe with its number after it ("（19）", "之十九").
    static func isMeetingMarker(_ t: String) -> Bool {
        var core = Substring(t)
        if let open = core.lastIndex(where: { "（(".contains($0) }), core.last.map({ "）)".contains($0) }) == true {
            core = core[..<open]
        } else if let of = core.range(of: "之", options: .backwards) {
            core = core[..<of.lowerBound]
        }
        return core.hasSuffix("会议文件") && core.count <= 40
    }

    /// The 附注 "（此件公开发布）" without its brackets; nil when the line is not one bracketed note.
    static func noteLine(_ text: String) -> String? {
        guard text.count > 2, text.first == "（", text.last == "）", TitleBlock.dateLine(text) == nil else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains("（"), !inner.contains("）") else { return nil }
        return String(inner)
    }

    /// Six digits (§7.2.1: 份号 in six Arabic digits).
    static func isCopyNumber(_ t: String) -> Bool { t.count == 6 && t.allSatisfy { $0.isASCII && $0.isNumber } }

    /// 绝密, 机密 or 秘密, with or without "★" and the period.
    static func isSecrecy(_ t: String) -> Bool {
        ["绝密", "机密", "秘密"].contains { t == $0 || t.hasPrefix($0 + "★") } && t.count <= 12
    }

    /// A 发文机关标志: "XX镇人民政府文件", or a 纪要 or 令 heading of its format (§10.2, §10.3).
    static func isMark(_ t: String) -> Bool {
        t.count <= 40 && !t.contains(where: { "，。；：、！？".contains($0) })
            && (t.hasSuffix("文件") || t.hasSuffix("纪要") || t.hasSuffix("人民政府令"))
    }

    /// Joint issuers one a line and “文件” on the line after them (as `folio text` writes a joint mark); nil when the
    /// lines are not that.
    static func jointMark(_ lines: ArraySlice<SourceLine>) -> [String]? {
        let names = lines.prefix(while: { TitleBlock.isIssuer($0.text) }).prefix(6).map(\.text)
        guard names.count >= 2, lines.dropFirst(names.count).first?.text == "文件" else { return nil }
        return names + ["文件"]
    }

    /// "X政发〔2021〕12号", maybe with "签发人：张三 李四" after it on the line; also a 令号 "第3号".
    static func numberLine(_ t: String) -> (String, [String])? {
        var text = t, names: [String] = []
        if let range = text.range(of: "签发人") {
            names = signerLine(String(text[range.lowerBound...])) ?? []
            text = SourceLines.trim(String(text[..<range.lowerBound]))
        }
        let c = Array(text)
        guard text.hasSuffix("号"), c.count <= 30 else { return nil }
        let bracketed = text.contains("〔") && text.contains("〕")
        let order = text.hasPrefix("第") && c.dropFirst().dropLast().allSatisfy { TextScan.digit($0) != nil }
        return bracketed || order ? (text, names) : nil
    }

    /// "签发人：张三 李四" → the names.
    static func signerLine(_ t: String) -> [String]? {
        guard t.hasPrefix("签发人"), let colon = t.firstIndex(where: { "：:".contains($0) }) else { return nil }
        let names = t[t.index(after: colon)...].split(whereSeparator: { $0.isWhitespace || "、，,".contains($0) })
        return names.isEmpty ? nil : names.map(String.init)
    }

    /// "抄送：县农业农村局，县生态环境局。" → the bodies.
    static func ccLine(_ t: String) -> [String]? {
        guard t.hasPrefix("抄送"), let colon = t.firstIndex(where: { "：:".contains($0) }) else { return nil }
        var rest = t[t.index(after: colon)...]
        if rest.last == "。" { rest = rest.dropLast() }
        let names = rest.split(whereSeparator: { "，、,".contains($0) }).map { SourceLines.trim(String($0)) }
        return names.isEmpty || names.contains(where: \.isEmpty) ? nil : names
    }

    /// "YY镇党政办公室  2021年3月6日印发" → the 印发机关 and the date; also "…秘书处  2026年2月5日印", as a
    /// congress's secretariat prints its documents.
    static func printedLine(_ t: String) -> (String, DatasetDate)? {
        guard t.hasSuffix("印发") || t.hasSuffix("日印"), let date = TitleBlock.date(in: t),
            let year = t.range(of: "\(date.year)年")
        else { return nil }
        let body = SourceLines.trim(String(t[..<year.lowerBound]))
        return body.isEmpty || body.count > 40 ? nil : (body, date)
    }

    /// The `document:` block under `report:`, indented two spaces, each value quoted.
    func yaml(quote: (String) -> String, date: (DatasetDate) -> String) -> [String] {
        guard !isEmpty else { return [] }
        var out = ["  document:"]
        func field(_ key: String, _ value: String?) { if let value { out.append("    \(key): \(quote(value))") } }
        func list(_ key: String, _ values: [String]) {
            if !values.isEmpty { out.append("    \(key): [\(values.map(quote).joined(separator: ", "))]") }
        }
        field("copy", copy); field("secrecy", secrecy); field("urgency", urgency)
        if mark.count == 1 { field("mark", mark[0]) } else { list("mark", mark) }
        field("number", number); list("signers", signers); field("to", to); field("note", note)
        list("cc", cc); field("printer", printer)
        if let printed { out.append("    printed: \(date(printed))") }
        return out
    }
}
