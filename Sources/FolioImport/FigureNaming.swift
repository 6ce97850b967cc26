import FolioData

/// How a figure is named after its indicator: the subject of its clause ("一般公共预算收入完成133.20亿元" →
/// 一般公共预算收入), the period it covers taken off the front (全年, 上半年, 年末, 1—10月), and a stated change
/// ("，增长10.5%", "比上年末增加1.25万人") or share ("占预算的100.5％") named after the indicator before it.
enum FigureNaming {
    /// What a clause names.
    enum Kind: Equatable {
        /// The indicator itself.
        case indicator(String)
        /// A change of the indicator before it, by the verb that states it ("增长", "增加", "下降").
        case change(verb: String)
        /// A share of the indicator before it in a whole ("占预算" → the whole is 预算).
        case share(of: String)
        /// The outturn of the budgeted indicator before it ("预算收入为53.03亿元，实际完成53.68亿元").
        case actual
        /// The indicator before it at another time ("从2021年的18.2亿元增加至2025年的25.6亿元"), by the verb that says so.
        case same(verb: String)
        /// The budget of the indicator before it ("一般公共预算收入42100万元，完成预算49531万元的85.0%"), by its word.
        case budget(String)
    }

    /// Words a clause names the budget of the indicator before it by: "完成预算49531万元", "调整预算为…".
    static let budgetWords: Set<String> = ["预算", "年初预算", "调整预算", "调整后预算", "预算数", "变动预算"]

    /// Verbs that give the indicator before them at a later time: "…从2021年的18.2亿元增加至2025年的25.6亿元".
    static let risesTo: Set<String> = [
        "增加至", "增加到", "增长至", "增长到", "提高至", "提高到", "上升至", "上升到", "下降至", "下降到", "降至", "减少至", "减少到",
        "升至", "升到", "提升至", "提升到", "回升至", "攀升至",
    ]

    /// Periods a clause may open with; the figure covers that period, not the whole year.
    static let periods = ["前三季度", "一季度", "二季度", "三季度", "四季度", "上半年", "下半年", "年末", "年初", "全年", "当年", "年内"]
    /// Subjects that only say money was raised or allotted ("筹集16.34亿元，确保…"): the clause after the figure
    /// says what for (`FigureExtractor.purpose`).
    static let funding: Set<String> = [
        "筹集", "筹措", "安排", "投入", "下达", "拨付", "争取", "统筹", "筹集资金", "筹措资金", "安排资金", "投入资金", "下达资金",
        "拨付资金", "争取资金", "统筹资金", "落实资金",
    ]
    /// Verbs a clause may end with right before a figure whose unit is followed by what it counts (“设立10亿元…基金”,
    /// “建设438公里…道路”, “推动22家…机构…”).
    static let actionVerbs: Set<String> = [
        "推动", "设立", "建设", "新建", "改造", "培养", "引进", "实施", "开展", "培训", "创建", "打造", "建成", "清理",
        "处置", "整治", "排查", "查处", "办理", "救助", "资助", "走访", "上报", "认定", "组建", "成立", "招引", "签约", "储备",
    ]

    /// Verbs that open the purpose such money is for, longest first where one begins another.
    static let purposeVerbs = [
        "主要用于", "专项用于", "用于", "确保", "落实", "支持推进", "支持", "保障", "加强", "加大", "提升", "改善", "完善", "推进",
        "推动", "促进", "聚焦", "减轻", "足额兑现", "兑现", "发放", "实施", "开展", "保证", "持续", "深入推进", "深入", "全力", "重点",
        "健全", "巩固", "扶持", "补助", "免除",
    ]
    /// Adverbs of manner that end the object of a purpose ("养老金按时足额发放" → 养老金).
    static let mannerWords = ["按时", "足额", "及时", "稳步", "顺利", "有序", "有效", "发放"]
    /// Verbs that state a change.
    static let changeVerbs = [
        "增长", "下降", "增加", "减少", "提高", "上涨", "下跌", "回落", "降低", "扩大", "缩小", "上升", "增收", "减收", "增产", "减产",
        // A budget's outturn against its budget or the year before: "短收7431万元", "减支76067万元".
        "短收", "超收", "增支", "减支",
    ]
    /// Words that introduce the base of a change ("比上年", "同比", "较上年末", "同口径").
    static let bases = ["可比", "比上年同期", "比上年末", "比上年", "比去年", "比年初", "较上年末", "较上年", "较去年", "同口径", "同比", "比", "较"]
    /// Words taken off the front of a subject.
    static let leading = [
        "全市", "全县", "全镇", "全乡", "全省", "全区", "全州", "我市", "我县", "我镇", "我省", "其中", "共有", "拥有",
        "累计", "总计", "合计", "实现", "完成", "力争", "确保", "到", "目前", "现有", "同时", "共", "仅", "已", "均", "辖", "约", "近",
        // Manner before a verb (“按期足额偿还到期债务本息”), before 按 alone would leave “期…”.
        "按期", "按时", "足额", "及时",
        "按", "全年", "含",
        // Periods a subject opens with (“五年来财政投入民生资金”, “‘十五五’时期地区生产总值”).
        "五年来", "时期", "期间", "月份",
        // Connectives of a balance (“加上上级专项补助…、以及调入资金…，再加动用预算稳定调节基金…”) and a list's dash.
        "再加上", "再加", "加上", "以及", "另外", "另有", "扣除", "减去", "——", "—",
        // The ordinals a list of points opens with (“一是人员支出比上年增支0.2亿元”).
        "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
    ]
    /// Totals taken off the end of a subject when what is left names something.
    static let totals: Set<String> = ["总计", "合计", "共计"]
    /// The name of a change of `subject` said by `verb`: a subject that is itself a change ("地区生产总值增长", named
    /// from "地区生产总值比上年增长6.6%") is not changed again ("上半年增长6.1%" → 地区生产总值增长, not …增长增长).
    static func changed(_ subject: String, _ verb: String) -> String {
        for v in changeVerbs where subject.hasSuffix(v) && subject.count > v.count {
            return String(subject.dropLast(v.count)) + verb
        }
        return subject + verb
    }

    /// Words taken off the end of a subject.
    static let trailing = [
        "均超过", "超过", "超", "达到", "增加到", "提高到", "突破", "增至", "达", "完成", "实现", "为", "约", "近", "共",
        "有", "是", "的", "就", "已", "总计", "合计", "共计", "分别", "计", "从",
        // A range's verb (“提升至98.98％”) and an adverb before the verb (“实际完成”, “均达”).
        "提升至", "提升到", "提高至", "上升至", "上升到", "回升至", "攀升至", "跃升至", "增长至", "增长到", "实际", "均",
    ]
    /// Subjects that are no indicator: function words left when the clause names nothing.
    static let meaningless: Set<String> = {
        let words: Set<String> = [
            "其中", "上年", "上年末", "去年", "同期", "分别", "全市", "全县", "全镇", "全省", "全区", "时期",
            "问题", "首期", "企业", "支出", "投资", "产能", "数据",
        ]
        let chars = "一二三四五六七八九十比较增减末年月日其共有达超为是的等及和与每个各"
        return words.union(chars.map(String.init)).union(leading).union(trailing)
    }()

    /// The period a clause opens with, and the clause without it.
    static func period(_ clause: String) -> (String?, String) {
        var c = clause
        for w in ["全市", "全县", "全镇", "全省", "全区"] where c.hasPrefix(w) { c.removeFirst(w.count) }
        for p in periods where c.hasPrefix(p) { return (p, String(c.dropFirst(p.count))) }
        let t = Array(c)
        if let a = TextScan.number(in: t, at: 0), a.range.upperBound < t.count, "—-－～至".contains(t[a.range.upperBound]),
            let b = TextScan.number(in: t, at: a.range.upperBound + 1), b.range.upperBound < t.count,
            t[b.range.upperBound] == "月"
        {
            let end = b.range.upperBound + 1
            return (String(t[0..<end]), String(t[end...]))
        }
        return (nil, clause)
    }

    /// What the clause before a figure names.
    static func kind(_ clause: String) -> Kind? {
        let c = clean(clause, trimEnds: false)
        // “占地面积200亩” is a site's area (占地), no share.
        if (c.hasPrefix("占") || c.hasPrefix("约占")) && !c.hasPrefix("占地") {
            var whole = String(c.drop(while: { $0 != "占" }).dropFirst())
            for w in ["的比重为", "的比重", "比重为", "比重", "的"] where whole.hasSuffix(w) { whole.removeLast(w.count) }
            return whole.isEmpty ? nil : .share(of: whole)
        }
        // "为汇总调整预算的101.3%", "完成调整预算的98.3%": the share of the budget the indicator before it reached.
        for verb in ["为", "完成", "达到", "是"] where c.hasPrefix(verb) && c.hasSuffix("的") && c.count > verb.count + 2 {
            let whole = String(c.dropFirst(verb.count).dropLast())
            if whole.hasSuffix("预算") || whole.hasSuffix("计划") || whole.hasSuffix("目标") { return .share(of: whole) }
        }
        for v in changeVerbs {
            for suffix in [v, v + "了"] where c.hasSuffix(suffix) {
                let head = String(c.dropLast(suffix.count))
                if head.isEmpty || bases.contains(where: { head == $0 })
                    || bases.contains(where: { head.hasPrefix($0) && head.count <= $0.count + 1 })
                    // "比“十三五”时期增长" (the clause starting after the quote: "时期增长"): against a base the clause names, the
                    // change of the indicator before it.
                    || head.hasPrefix("比") || head.hasPrefix("较") || head == "时期"
                {
                    return .change(verb: v)
                }
                // "年均增长8.5%", "扣除价格因素，实际增长4.6%": a change of the indicator before it, so qualified.
                if let adverb = ["年均", "实际"].first(where: {
                    head == $0 || head.hasSuffix($0) && bases.contains(String(head.dropLast($0.count)))
                }) {
                    return .change(verb: adverb + v)
                }
                if let base = bases.first(where: { head.contains($0) }), let r = head.range(of: base) {
                    let subject = clean(String(head[..<r.lowerBound]), trimEnds: true)
                    if valid(subject) { return .indicator(subject + v) }
                }
            }
        }
        let subject = clean(clause, trimEnds: true)
        if subject == "实际" { return .actual }
        if budgetWords.contains(subject) { return .budget(subject) }
        if risesTo.contains(subject) { return .same(verb: subject) }
        // "人民代表大会第四次会议批准的全市一般公共预算收入为53.03亿元": the approved budget of what follows 批准的.
        if c.contains("批准的"), let last = c.range(of: "的", options: .backwards) {
            var budgeted = clean(String(c[last.upperBound...]), trimEnds: true)
            if !budgeted.hasSuffix("预算") { budgeted += "预算" }
            if valid(budgeted), budgeted.count > 3 { return .indicator(budgeted) }
        }
        return valid(subject) ? .indicator(subject) : nil
    }

    /// Whether the leading word `w` begins a word of `name` rather than standing before it: 均衡, 到位资金, 到期债务, 按揭,
    /// 共享.
    static func wordStarts(_ w: String, _ name: String) -> Bool {
        let words: [String: [String]] = [
            "均": ["均衡"], "到": ["到位", "到期", "到账", "到岗", "到户"], "按": ["按揭"], "共": ["共享", "共建", "共同", "共富"],
        ]
        // “共建成…”, “共建设…”: 共 is “in all” before a verb there.
        if w == "共", name.hasPrefix("共建成") || name.hasPrefix("共建设") { return false }
        return words[w]?.contains { name.hasPrefix($0) } ?? false
    }

    /// Scopes of a level's own budget, which a bracket may widen ("市本级（含高新开发区）").
    static let ownScopes = ["市本级", "县本级", "区本级", "乡本级", "镇本级"]

    /// "（含高新开发区）" at `i` right after a 本级 scope in `before`: its words without the brackets (含高新开发区) and
    /// where the bracket ends; nil for any other bracket, or one of more than 12 characters or holding punctuation
    /// ("（含红海湾经济开发区、华侨管理区，下同）" stays an aside).
    static func scopeInclusion(_ t: [Character], at i: Int, after before: String) -> (text: String, end: Int)? {
        guard i + 1 < t.count, t[i] == "（" || t[i] == "(", t[i + 1] == "含",
            ownScopes.contains(where: { before.hasSuffix($0) }),
            let close = t[i...].firstIndex(where: { $0 == "）" || $0 == ")" }), close - i <= 12
        else { return nil }
        let inside = t[(i + 1)..<close]
        guard inside.count >= 2, inside.allSatisfy(TextScan.isIdeograph) else { return nil }
        return (String(inside), close + 1)
    }

    /// The indicator a budget is of: "一般公共预算收入预算" → 一般公共预算收入; nil when no indicator is left
    /// ("支出预算" → 支出).
    static func outturn(of budget: String) -> String? {
        guard budget.hasSuffix("预算") else { return nil }
        let name = String(budget.dropLast(2))
        return valid(name) && name.count >= 4 ? name : nil
    }

    /// Whether `s` opens with a code of digits and Latin letters (4A级景区, 5G基站), not with a bare number.
    static func opensWithCode(_ s: String) -> Bool {
        guard let letter = s.first(where: { !($0.isASCII && $0.isNumber) && $0 != "." }) else { return false }
        return letter.isASCII && letter.isLetter
    }

    /// A usable name: two characters at least, a Chinese character in it, not a function word, not opening with 比.
    static func valid(_ s: String) -> Bool {
        !s.isEmpty && !meaningless.contains(s) && s.contains(where: TextScan.isIdeograph) && !s.hasPrefix("比")
            && !s.hasPrefix("较")
            && !s.hasPrefix("末") && !(s.first.map { $0.isASCII && $0.isNumber } ?? false && !Self.opensWithCode(s))
    }

    /// A subject: bracketed asides out ("地区生产总值(GDP)"), except what a 本级 scope includes ("市本级（含高新开发区）
    /// 法定债务限额" → 市本级含高新开发区法定债务限额, told apart from 市本级's own as the headings are), characters
    /// names cannot hold out, function words off both ends, at most `limit` characters (the end kept: the indicator is
    /// last; a purpose is measured whole, `Int.max`).
    static func clean(_ s: String, trimEnds: Bool, limit: Int = 20) -> String {
        var out = "", depth = 0
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if depth == 0, let inclusion = scopeInclusion(chars, at: i, after: out) {
                out += inclusion.text; i = inclusion.end; continue
            }
            i += 1
            if "（(【[".contains(c) { depth += 1; continue }
            if "）)】]".contains(c) { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        let kept = Array(out)
        var name = String(
            kept.indices.compactMap { i -> Character? in
                let c = kept[i]
                // A decimal point inside a code stays (PM2.5).
                if c == ".", i > 0, i + 1 < kept.count, kept[i - 1].isASCII, kept[i - 1].isNumber, kept[i + 1].isASCII,
                    kept[i + 1].isNumber
                {
                    return c
                }
                return c.isWhitespace || "+-{},，－＋“”\"'《》、：:；;。．.·".contains(c) ? nil : c
            })
        guard trimEnds else { return name }
        var changed = true
        while changed {
            changed = false
            // A balance's “加上级补助收入”, “加上解上级支出”, “减调出资金”: plus or minus, then the item; and
            // “汇总全市…” (the 汇总 of a county or city's budgets), not “…占汇总调整预算”.
            for (sign, items) in [
                ("加", ["上级", "上解", "上年", "调入", "补助", "债务", "结转"]), ("减", ["调出", "上解", "支出", "结转"]),
                ("汇总", ["全"]),
            ]
            where items.contains(where: { name.hasPrefix(sign + $0) }) {
                name.removeFirst(sign.count); changed = true
            }
            for w in leading where name.hasPrefix(w) && name.count > w.count && !Self.wordStarts(w, name) {
                name.removeFirst(w.count); changed = true
            }
            for w in trailing where name.hasSuffix(w) && name.count > w.count {
                let rest = String(name.dropLast(w.count))
                // “…总计16300亩” loses its 总计, but “支出合计” keeps it (支出 alone names nothing), and a lone 计
                // comes off only when it is no 合计, 总计, 累计 or 共计 (累计 stays: a total over years, not the year's).
                // “收入总计”, “财力总计” keep it too: 收入 alone is another figure.
                if totals.contains(w), !valid(rest) || rest.count <= 2 { continue }
                // 人均, 平均, 户均 are no adverb.
                if w == "均", let last = rest.last, "人平户".contains(last) { continue }
                if w == "计", let last = rest.last, "合总累共".contains(last) { continue }
                name = rest; changed = true
            }
        }
        // A range's start (“财政自给率由上年的12.38%”, “补助由每人每年94元”): the indicator before 由 or 从.
        for mark in ["由", "从"] {
            guard let r = name.range(of: mark) else { continue }
            let after = name[r.upperBound...]
            let start =
                ["上年", "去年", "年初", "每", "十"].contains { after.hasPrefix($0) }
                || after.first.map { $0.isASCII && $0.isNumber } == true || after.isEmpty
            let before = String(name[..<r.lowerBound])
            if start, before.count >= 2, valid(before) { name = before }
        }
        if name.count > limit { name = String(name.suffix(limit)) }
        return name
    }
}
