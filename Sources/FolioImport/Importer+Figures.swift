import FolioData

/// Finds the figures of imported prose, names them, and rewrites the prose to refer to them.
struct FigureExtractor {
    /// A figure that became data.
    struct Value {
        /// The name prose refers to.
        var name: String
        /// The unit, as the data writes it ("%" for ％).
        var unit: String
        /// (year, number as written); year nil for a single value.
        var points: [(year: String?, number: String)]
        /// The line of the text it came from.
        var line: Int
    }

    /// The figures, in order of first appearance.
    private(set) var values: [Value] = []
    /// Where each name is in `values`.
    private var index: [String: Int] = [:]
    /// For a base name taken by several figures, the next number to try after it ("收入2", "收入3" …).
    private var nextSuffix: [String: Int] = [:]
    /// What was left as typed.
    var notes: [ReportImporter.Note] = []

    /// Units turned into data, longest first where one is a prefix of another.
    static let units = ["平方公里", "立方米", "公顷", "万元", "亿元", "公里", "元", "万亩", "亩", "人次", "万人", "人", "户", "%", "％"]
    /// Where a clause (and so a figure's name) starts.
    static let delimiters: Set<Character> = ["，", "。", "；", "：", "、", "（", "）", "“", "”", "《", "》", ",", ";", ":"]
    /// Words stripped from the front of a name ("全镇国土面积" → 国土面积).
    static let leading = ["全镇", "全县", "全乡", "全村", "全市", "我镇", "我县", "其中", "共有", "累计", "总计", "合计",
                          "全年", "当年", "目前", "现有", "同时", "共", "仅", "已", "均", "辖", "约", "近"]
    /// Words stripped from the end of a name ("到位资金达" → 到位资金).
    static let trailing = ["均超过", "超过", "达到", "增加到", "提高到", "达", "为", "约", "近", "共", "有", "计", "是", "的", "就", "已"]
    /// Expression functions, which a name must not shadow.
    static let reserved = Set(ExpressionFunction.allCases.map(\.rawValue))

    /// `{` and `}` doubled, as templates write literal braces.
    func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
    }

    /// A number written in digits (ASCII or full-width) at `i`, not the tail of another number or of a decimal
    /// ("2.5" holds one number, not a second one at "5"): its end and its text in ASCII.
    static func number(_ t: [Character], at i: Int) -> (end: Int, text: String)? {
        guard i >= 0, i < t.count, i == 0 || (TextScan.digit(t[i - 1]) == nil && t[i - 1] != "."),
              let n = TextScan.number(in: t, at: i) else { return nil }
        return (n.range.upperBound, n.written(in: t))
    }

    /// `units`, longest first, for `TextScan.match`.
    static let unitList = WordList(units)

    /// The unit that starts at `i`, if any.
    static func unit(_ t: [Character], at i: Int) -> String? { TextScan.match(t, unitList, at: i) }

    /// A four-digit year followed by 年 at `i`: the year and the index after 年.
    static func year(_ t: [Character], at i: Int) -> (String, Int)? {
        guard let n = number(t, at: i), n.text.count == 4, !n.text.contains("."), n.end < t.count, t[n.end] == "年",
              let y = Int(n.text), (1900...2100).contains(y) else { return nil }
        return (n.text, n.end + 1)
    }

    /// The prose with figures replaced by expressions; new data recorded.
    mutating func rewrite(_ text: String, line: Int) -> String {
        let t = Array(text)
        var out = "", i = 0, clauseStart = 0
        while i < t.count {
            if let (replacement, end) = comparison(t, at: i, clauseStart: clauseStart, line: line) {
                out += replacement; i = end; clauseStart = end; continue
            }
            if let y = Self.year(t, at: i) {
                out += String(t[i..<y.1]); i = y.1; continue
            }
            if let n = Self.number(t, at: i) {
                var k = n.end
                if k < t.count, t[k] == "余" || t[k] == "多" { k += 1 }
                if let unit = Self.unit(t, at: k) {
                    let (name, year) = nameAndYear(t, clauseStart..<i, after: k + unit.count)
                    let key = record(name: name, unit: unit == "％" ? "%" : unit, year: year, number: n.text, line: line)
                    out += "{\(key)\(year.map { "[\($0)]" } ?? "")}"
                    i = n.end; clauseStart = k + unit.count; continue
                } else {
                    out += String(t[i..<n.end])
                    if !(n.text.count == 4 && (1900...2100).contains(Int(n.text) ?? 0)) {
                        let following = String(t[n.end..<min(t.count, n.end + 2)])
                        notes.append(.init(line: line, message: "“\(n.text)\(following)” left as written (no unit the importer turns into data)"))
                    }
                }
                i = n.end; clauseStart = n.end; continue
            }
            if Self.delimiters.contains(t[i]) { clauseStart = i + 1 }
            out += escape(String(t[i])); i += 1
        }
        return out
    }

    /// The name a figure gets from the clause before it (the year taken out), else from the words after it.
    func nameAndYear(_ t: [Character], _ clause: Range<Int>, after: Int) -> (String, String?) {
        var words = Array(t[clause]), year: String?
        if let at = words.indices.first(where: { Self.year(words, at: $0) != nil }), let y = Self.year(words, at: at) {
            year = y.0; words.removeSubrange(at..<y.1)
        }
        var name = Self.clean(String(words))
        if name.isEmpty {
            var k = after, run = ""
            while k < t.count, !Self.delimiters.contains(t[k]), Self.number(t, at: k) == nil, run.count < 8 { run.append(t[k]); k += 1 }
            name = Self.clean(run)
        }
        return (name, year)
    }

    /// A name: leading and trailing function words off, characters expressions cannot hold out, at most 12 characters.
    static func clean(_ s: String) -> String {
        var name = s.filter { !$0.isWhitespace && !"+-()[]{},（）【】，－＋“”\"'《》、".contains($0) }
        var changed = true
        while changed {
            changed = false
            for w in leading where name.hasPrefix(w) { name.removeFirst(w.count); changed = true }
            for w in trailing where name.hasSuffix(w) { name.removeLast(w.count); changed = true }
        }
        if name.count > 12 { name = String(name.suffix(12)) }
        return name
    }

    /// Records a figure; returns the name prose refers to it by (a series gains the year's point).
    mutating func record(name: String, unit: String, year: String?, number: String, line: Int) -> String {
        var base = name.isEmpty ? "数值\(values.count + 1)" : name
        if base.first.map({ $0.isASCII && $0.isNumber }) == true || Self.reserved.contains(base) { base = "数据" + base }
        if let year, let i = index[base], values[i].unit == unit, values[i].points.first?.year != nil,
           !values[i].points.contains(where: { $0.year == year }) {
            values[i].points.append((year, number))
            values[i].points.sort { ($0.year ?? "") < ($1.year ?? "") }
            return base
        }
        var key = base, n = nextSuffix[base] ?? 2
        if index[key] != nil {
            repeat { key = "\(base)\(n)"; n += 1 } while index[key] != nil
            nextSuffix[base] = n
        }
        index[key] = values.count
        values.append(Value(name: key, unit: unit, points: [(year, number)], line: line))
        return key
    }
}
