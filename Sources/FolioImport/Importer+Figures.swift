import FolioMessages
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
        /// A note for whoever edits the dataset (the period a figure covers, where a to-fill figure is drawn).
        var note: String? = nil
        /// Growth the text states for a year ("比上年增长8.5%"; a fall negative), as the statistics office gives it.
        var growth: [(year: String, percent: String)] = []
    }

    /// The figures, in order of first appearance.
    private(set) var values: [Value] = []
    /// Where each name is in `values`.
    private var index: [String: Int] = [:]
    /// For a base name taken by several figures, the next number to try after it ("收入2", "收入3" …).
    private var nextSuffix: [String: Int] = [:]
    /// What was left as typed.
    var notes: [ReportImporter.Note] = []
    /// Figures with a unit named after their indicator.
    private(set) var named = 0
    /// Figures with a unit left as typed: their clause names no indicator.
    private(set) var literal = 0

    /// Units turned into data (`Units` of FolioData, 万 and 亿 in front where they scale): measures, money,
    /// people and households; the bare counters (个, 次, 项, 件…) are left as typed.
    static let units: [String] = {
        let base = [
            "平方公里", "平方米", "立方米", "公顷", "千瓦时", "千瓦", "公里", "元", "亩", "人次", "人", "户", "吨", "辆",
            "头", "只", "家", "件", "张", "天", "公斤", "千克",
        ]
        let scaled = base.flatMap { ["亿" + $0, "万" + $0] }.filter { Units.isKnown($0) }
        return (scaled + base + ["%", "％", "‰"]).sorted { $0.count > $1.count }
    }()
    /// Where a clause (and so a figure's name) starts.
    static let delimiters: Set<Character> = ["，", "。", "；", "：", "、", "“", "”", "《", "》", ",", ";", ":"]
    /// Words stripped from the front of a name ("全镇国土面积" → 国土面积).
    static let leading = [
        "全镇", "全县", "全乡", "全村", "全市", "我镇", "我县", "其中", "共有", "累计", "总计", "合计",
        "全年", "当年", "目前", "现有", "同时", "共", "仅", "已", "均", "辖", "约", "近",
    ]
    /// Words stripped from the end of a name ("到位资金达" → 到位资金).
    static let trailing = ["均超过", "超过", "达到", "增加到", "提高到", "达", "为", "约", "近", "共", "有", "计", "是", "的", "就", "已"]
    /// Expression functions, which a name must not shadow.
    static let reserved = Set(ExpressionFunction.allCases.map(\.rawValue))

    /// The year the current heading names ("三、2026年全市财政预算草案"), which the figures under it refer to.
    private(set) var headingYear: String?

    /// The qualifiers each open heading names, by level ("1.市本级（含高新开发区）一般公共预算收支情况" → 市本级含高新开发区,
    /// 一般公共预算): what tells apart two figures the prose names alike in different sections.
    private var headingQualifiers: [Int: [String]] = [:]
    /// What the current sentence counts before its figures ("中等职业学校16所，招生0.78万人" → 中等职业学校), which
    /// tells apart the 招生 of one kind of school from another's.
    private var countedSubject: String?
    /// The whole a "其中" clause divides ("全年全市货物周转量847.29亿吨公里…。其中，铁路174.73亿吨公里" → 货物周转量): what
    /// tells apart the 铁路 of one total from another's, and the scope it names (市本级) the parts of a 市本级 total.
    private var partsOf: String?
    /// What the first figure of the sentence (up to a "；") counts in ("普通本专科教育招生44.52万人，在校生…，毕业生…" →
    /// 普通本专科教育; "" when its name has no head word of `headWords`): the 在校生 and 毕业生 after it are that
    /// domain's, told apart from another sentence's by it.
    private var domain: String?
    /// The fund or budget the sentence's first figure is of (“承德市职工医保基金预算总收入安排…” → 承德市职工医保基金预算): what
    /// tells apart its 总支出安排 and 年末滚存结余 from another fund's, when the headings cannot.
    private var sentenceScope: String?

    /// The scope a budget item's name opens with, before its item (总收入, 收入, 总支出, 支出), of four characters or more.
    static func scope(of name: String) -> String? {
        for item in ["总收入", "总支出", "收入", "支出"] {
            guard let r = name.range(of: item) else { continue }
            let scope = String(name[..<r.lowerBound])
            return scope.count >= 4 && (scope.hasSuffix("预算") || scope.hasSuffix("基金")) ? scope : nil
        }
        return nil
    }

    /// The scope the text last named under the current heading ("市本级政府性基金预算收入完成…" → 市本级; "汇总全市…" →
    /// 全市), and the budget ("4．国有资本经营预算收入…" → 国有资本经营预算): what tells apart the 收入总量 of 市本级 from
    /// 全市's under one heading when the headings cannot.
    private var textScope: String?
    private var textBudget: String?
    /// Scopes the text may name (a 本级 scope with what it includes: 市本级含高新开发区).
    static let textScopes = WordList([
        "市本级", "县本级", "区本级", "乡本级", "镇本级", "全市", "全县", "全区", "全乡", "全镇", "市级", "县级", "区级",
    ])
    /// The four budgets of a budget report.
    static let budgets = WordList(["一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"])

    /// Head words after which a name's front is the domain the sentence counts in (`domain`).
    static let headWords = ["招生", "在校生", "毕业生", "诊疗人次", "出院人数", "床位数", "卫生技术人员"]

    /// The front of `name` before a head word ("普通本专科教育招生" → 普通本专科教育), nil when it ends in none.
    static func domain(of name: String) -> String? {
        guard let word = headWords.first(where: { name.hasSuffix($0) && name.count > $0.count }) else { return nil }
        let front = String(name.dropLast(word.count))
        return FigureNaming.valid(front) ? front : nil
    }

    /// Words of a heading that qualify the figures under it: a scope (a 含… bracket after it kept), a budget, a period.
    static let qualifierWords = WordList([
        "市本级", "县本级", "区本级", "乡本级", "镇本级", "全市", "全县", "全区", "全乡", "全镇", "市级", "县级", "区级", "城镇",
        "农村", "一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算", "上半年", "下半年", "一季度", "前三季度",
    ])

    /// The qualifiers `heading` names, in its order; with `areas`, the area a budget heading is about first (`area(in:)`).
    static func qualifiers(_ heading: String, areas: Bool = false) -> [String] {
        let t = Array(heading)
        var out: [String] = [], i = 0
        while i < t.count {
            guard let w = TextScan.match(t, qualifierWords, at: i) else { i += 1; continue }
            var word = w
            i += w.count
            if i + 1 < t.count, t[i] == "（" || t[i] == "(", t[i + 1] == "含",
                let close = t[i...].firstIndex(where: { $0 == "）" || $0 == ")" }), close - i <= 12
            {
                word += String(t[(i + 1)..<close]); i = close + 1
            }
            if !out.contains(word) { out.append(word) }
        }
        if areas, let area = area(in: t), !out.contains(area) { out.insert(area, at: 0) }
        return out
    }

    /// The kinds of area a budget report gives a part of its own to (a development zone, a farm's administrative area).
    static let areaEnds = [
        "经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "经开区", "管理区", "示范区", "新区", "园区", "度假区",
    ]
    /// Words a budget heading names its subject with: an area named in such a heading is the scope of its figures.
    static let budgetHeadingWords = ["预算", "决算", "收支", "财政"]

    /// The area a budget heading is about ("（四）2026年张掖经济技术开发区财政预算草案" → 张掖经济技术开发区, "（三）高新区
    /// 预算执行情况" → 高新区): the Chinese characters from the heading's start, after its number and year, to the end of
    /// an area's kind; nil for a heading about no budget, or one whose area does not open it.
    static func area(in t: [Character]) -> String? {
        let heading = String(t)
        guard budgetHeadingWords.contains(where: { heading.contains($0) }) else { return nil }
        // Past the heading's number (“（四）”, “3．”, “二、”) and a year (“2026年”).
        var start = 0
        while start < t.count {
            if !TextScan.isIdeograph(t[start]) {
                start += 1
            } else if "一二三四五六七八九十".contains(t[start]), start + 1 < t.count, "、）)．.".contains(t[start + 1]) {
                start += 2
            } else if t[start] == "年", start > 0, t[start - 1].isASCII, t[start - 1].isNumber {
                start += 1
            } else {
                break
            }
        }
        let text = String(t[start...])
        for end in areaEnds {
            guard let r = text.range(of: end) else { continue }
            let area = String(text[..<r.upperBound])
            // The budget words right after it: “…开发区财政预算草案”, “高新区预算执行情况” (not “科技创新区域…”).
            let rest = text[r.upperBound...]
            guard budgetHeadingWords.contains(where: { rest.hasPrefix($0) }) else { continue }
            if area.count <= 12, area.allSatisfy(TextScan.isIdeograph) { return area }
        }
        return nil
    }

    /// Enters a heading: a year it names becomes the year of the figures under it; a first-level heading naming none ends it.
    mutating func context(heading: String, level: Int) {
        headingQualifiers = headingQualifiers.filter { $0.key < level }
        headingQualifiers[level] = Self.qualifiers(heading, areas: true)
        textScope = nil; textBudget = nil
        let t = Array(heading)
        if let y = t.indices.lazy.compactMap({ Self.year(t, at: $0) }).first {
            headingYear = y.0
        } else if level == 0 {
            headingYear = nil
        }
    }

    /// `{` and `}` doubled, as templates write literal braces.
    func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
    }

    /// A number written in digits (ASCII or full-width) at `i`, not the tail of another number or of a decimal
    /// ("2.5" holds one number, not a second one at "5"): its end and its text in ASCII.
    static func number(_ t: [Character], at i: Int) -> (end: Int, text: String)? {
        guard i >= 0, i < t.count, i == 0 || (TextScan.digit(t[i - 1]) == nil && t[i - 1] != "."),
            let n = TextScan.number(in: t, at: i)
        else { return nil }
        return (n.range.upperBound, n.written(in: t))
    }

    /// `units`, longest first, for `TextScan.match`.
    static let unitList = WordList(units)

    /// The unit that starts at `i`, if any.
    static func unit(_ t: [Character], at i: Int) -> String? { TextScan.match(t, unitList, at: i) }

    /// A four-digit year followed by 年 at `i`: the year and the index after 年.
    static func year(_ t: [Character], at i: Int) -> (String, Int)? {
        guard let n = number(t, at: i), n.text.count == 4, !n.text.contains("."), n.end < t.count, t[n.end] == "年",
            let y = Int(n.text), (1900...2100).contains(y)
        else { return nil }
        return (n.text, n.end + 1)
    }

    /// The end of a note mark "[n]" or "［n］" (one to three digits) at `i`, else nil.
    static func noteMark(_ t: [Character], at i: Int) -> Int? {
        guard i < t.count, t[i] == "[" || t[i] == "［" else { return nil }
        var k = i + 1
        while k < t.count, k - i <= 3, t[k].isASCII, t[k].isNumber { k += 1 }
        guard k > i + 1, k < t.count, t[k] == "]" || t[k] == "］" else { return nil }
        return k + 1
    }

    /// The prose with figures replaced by expressions; new data recorded. A figure is named after the
    /// indicator its clause states (`FigureNaming`); one whose clause names none stays as typed and is listed.
    mutating func rewrite(_ text: String, line: Int) -> String {
        let t = Array(text)
        var out = "", i = 0, clauseStart = 0
        // Brackets open: a delimiter inside them ("市本级（含红海湾经济开发区、华侨管理区，下同）地方政府债务限额") starts
        // no clause.
        var depth = 0, beforeBracket: (String?, String?, String?)?
        var subject: String?, period: String?, list: [String] = [], listVerb = ""
        // The measure the sentence's last such figure is of, and its unit (“葡萄种植面积63.28万亩” → 种植面积, 万亩).
        var sharedMeasure: (head: String, unit: String)?
        // The year of the subject's figure: a change stated after it ("…12500元，比2019年增长8.5%") is its change in
        // that year, whatever base year the comparison names.
        var subjectYear: String?
        // The name the subject's figure was recorded under, for the growth stated after it.
        var subjectKey: String?
        // The year a sentence opens with ("2021年，…"), for its figures that name none.
        var sentenceYear: String?
        // What the clause just ended says of an indicator without a figure (“全省进出口总值创历史新高，”): the subject
        // of a figure whose own clause is a bare verb (“达到5379亿元”).
        var topic: String?
        countedSubject = Self.countedSubject(t, from: 0)
        sentenceScope = nil
        // The first indicator the sentence names, and the previous sentence's: the whole a "其中" clause divides.
        var sentenceFirst: String?, previousFirst: String?
        partsOf = nil
        while i < t.count {
            if let scope = TextScan.match(t, Self.textScopes, at: i) {
                textScope = scope + (FigureNaming.scopeInclusion(t, at: i + scope.count, after: scope)?.text ?? "")
            } else if let budget = TextScan.match(t, Self.budgets, at: i) {
                textBudget = budget
            }
            if i == clauseStart, t[i...].starts(with: "其中") { partsOf = subject ?? sentenceFirst ?? previousFirst }
            if let (replacement, end) = comparison(t, at: i, clauseStart: clauseStart, line: line) {
                out += replacement; i = end; clauseStart = end; continue
            }
            if let y = Self.year(t, at: i) {
                // "2021年，全镇…": a year that is a sentence's first clause is the year of its figures.
                if clauseStart == i, y.1 < t.count, t[y.1] == "，" || t[y.1] == "," { sentenceYear = y.0 }
                out += String(t[i..<y.1]); i = y.1; continue
            }
            // A note mark ("增长5.3%[2]", "高耗能行业[3]占…") is no figure and does not end the clause.
            if let end = Self.noteMark(t, at: i) {
                out += String(t[i..<end]); i = end; continue
            }
            if let n = Self.number(t, at: i) {
                var k = n.end
                if k < t.count, t[k] == "余" || t[k] == "多" { k += 1 }
                if let unit = Self.unit(t, at: k) {
                    let clause = Self.insideOpenBracket(String(t[clauseStart..<i]))
                    var (year, words) = Self.takeYear(clause)
                    let (p, rest) = FigureNaming.period(words)
                    if let p { period = p == "全年" || p == "当年" ? nil : p; words = rest }
                    let typedYear = year
                    if year == nil { year = sentenceYear ?? headingYear }
                    if let key = subjectKey, let y = subjectYear,
                        let wording = statedGrowth(
                            t, clauseStart..<i, words: words, unit: unit, number: n.text, of: key, year: y)
                    {
                        out.removeLast(wording.typed)
                        out += wording.expression
                        named += 1
                        // The expression prints the unit (增长8.5%): the typed one is consumed.
                        i = k + unit.count; clauseStart = i
                        continue
                    }
                    var name: String?, namesSubject = false
                    var listed = false
                    if let (subjects, verb) = Self.respectively(t, clauseStart: clauseStart, clause: words) {
                        list = subjects; listVerb = verb; listed = true
                    } else if let (subjects, verb) = Self.pairedList(
                        t, clauseStart: clauseStart, clause: words, after: k + unit.count)
                    {
                        list = subjects; listVerb = verb; listed = true
                    }
                    if words.isEmpty, clauseStart > 0, t[clauseStart - 1] == "、", !list.isEmpty {
                        name = list.removeFirst() + listVerb
                    } else if !list.isEmpty, listed {
                        name = list.removeFirst() + listVerb
                    } else {
                        list = []
                        // “信息传输、软件和信息技术服务业增加值636.5亿元”: names joined by 、 before the figure, none of
                        // them with a figure of its own, are one name.
                        // Only an indicator is joined: a change (“比“疫情前”增长”) or a share keeps its own clause.
                        let joined = Self.joinedName(t, clauseStart: clauseStart, words: words)
                        switch FigureNaming.kind(joined ?? words) {
                        case .indicator(let s)?:
                            // "筹集16.34亿元，确保机关事业单位养老金按时足额发放": money raised or allotted named after
                            // what it is for.
                            var funded = FigureNaming.funding.contains(s) ? Self.purpose(t, from: k + unit.count) : nil
                            // "筹集1.2亿元、0.19亿元，分别用于发放A和B": each figure named after its purpose in turn.
                            if FigureNaming.funding.contains(s), funded == nil,
                                let each = Self.respectivePurposes(t, from: k + unit.count)
                            {
                                funded = each.first; list = Array(each.dropFirst()); listVerb = ""
                            }
                            // “设立10亿元绿色发展纵向补偿基金”, “推动22家“伪持牌”机构出清”: a bare verb's figure is named
                            // after what it counts, the words after its unit.
                            if funded == nil, FigureNaming.actionVerbs.contains(s) {
                                funded = Self.countedObject(t, from: k + unit.count)
                            }
                            name = funded ?? s
                            // “葡萄种植面积63.28万亩，杏8.45万亩”: a short item after a figure of a measure, in its unit,
                            // is that measure's (杏种植面积).
                            let bare =
                                funded == nil && s.count <= 4 && !Self.measureHeads.contains(where: { s.hasSuffix($0) })
                                && !FigureNaming.changeVerbs.contains(where: { s.hasSuffix($0) })
                            if bare, let shared = sharedMeasure, shared.unit == unit {
                                name = s + shared.head
                            } else if bare, let head = partsOf.flatMap(Self.measureHead(of:)),
                                Self.unit(unit, measures: head)
                            {
                                // “瓜果类产量83.81万吨…。其中，葡萄171.35万吨”: a part of a measure is that measure's.
                                name = s + head
                            } else if let head = Self.measureHead(of: s) {
                                sharedMeasure = (head, unit)
                            }
                            subject = name; subjectYear = year; namesSubject = true
                        case .change(let verb)?:
                            name = subject.map { FigureNaming.changed($0, verb) }
                            if subject != nil { year = subjectYear }
                        case .share(let whole)?
                        where unit != "%" && unit != "％"
                            && (FigureNaming.budgetWords.contains(whole) || whole.hasSuffix("预算")):
                            // "占预算101032万元的67.3%": not a share but the whole itself, the subject's budget.
                            name = subject.map { $0 + FigureNaming.clean(whole, trimEnds: true) }
                        case .share(let whole)?:
                            name = subject.map { $0 + "占" + FigureNaming.clean(whole, trimEnds: true) }
                        case .budget(let word)?:
                            // The subject's budget; with no subject, a budget of its own.
                            if let subject {
                                name = subject + word
                            } else {
                                name = word; subject = word; subjectYear = year; namesSubject = true
                            }
                        case .same(let verb)?:
                            // The same series at the year the clause types; with none typed, the later figure of the
                            // two ("从1795亿元增加到5260亿元") is told apart by its verb.
                            name = typedYear != nil && typedYear != subjectYear ? subject : subject.map { $0 + verb }
                            if typedYear == nil || typedYear == subjectYear {
                                year = subjectYear
                            } else {
                                subjectYear = year
                            }
                        case .actual?:
                            name = subject.flatMap(FigureNaming.outturn(of:))
                            if name != nil { subject = name; subjectYear = year; namesSubject = true }
                        case nil:
                            // “全省进出口总值创历史新高，达到5379亿元、增长18.5％”: the clause before names it.
                            let verb = FigureNaming.clean(words, trimEnds: true)
                            name = verb.isEmpty || FigureNaming.trailing.contains(verb) ? topic : nil
                            if name != nil { subject = name; subjectYear = year; namesSubject = true }
                        }
                    }
                    if let base = name {
                        let full = Self.withPeriod(base, period)
                        let key = record(
                            name: full, unit: unit == "％" ? "%" : unit, year: year, number: n.text, line: line,
                            note: period.map { "期间：\($0)" })
                        // A name told apart by a qualifier is the subject's name for the changes stated after it
                        // (中等职业学校招生 → 中等职业学校招生下降).
                        if key != full, key.hasSuffix(full), subject == base {
                            subject = String(key.dropLast(full.count)) + base
                        } else if key != full, subject == base,
                            let scope = FigureNaming.ownScopes.first(where: { full.hasPrefix($0) && key.hasPrefix($0) }
                            ),
                            key.hasSuffix(full.dropFirst(scope.count)), key.count > full.count
                        {
                            // Told apart after its scope (市本级社会保险基金预算支出预算): the same for its outturn.
                            let inserted = key.dropFirst(scope.count).dropLast(full.count - scope.count)
                            subject = Self.prefixed(base, with: String(inserted))
                        } else if key != full, key.hasPrefix(full), subject == base,
                            !key.dropFirst(full.count).allSatisfy({ $0.isASCII && $0.isNumber })
                        {
                            subject = base + String(key.dropFirst(full.count))
                        }
                        if namesSubject { subjectKey = key }
                        if namesSubject, sentenceFirst == nil { sentenceFirst = subject }
                        // The latest fund named scopes the items after it (“…；城乡居民医保基金预算总收入安排…，总支出安排…”).
                        if namesSubject, let scope = subject.flatMap(Self.scope(of:)) { sentenceScope = scope }
                        if namesSubject, domain == nil { domain = Self.domain(of: key) ?? "" }
                        out += "{\(key)\(year.map { "[\($0)]" } ?? "")}"
                        named += 1
                    } else {
                        out += String(t[i..<n.end])
                        literal += 1
                        notes.append(
                            .init(
                                line: line,
                                message: clause.isEmpty
                                    ? Message(
                                        "import.text-unit-left-written.alone",
                                        ["text": "\(n.text)", "unit": "\(unit)"])
                                    : Message(
                                        "import.text-unit-left-written",
                                        ["text": "\(n.text)", "unit": "\(unit)", "clause": "\(clause)"])
                            ))
                    }
                    i = n.end; clauseStart = k + unit.count; continue
                } else {
                    out += String(t[i..<n.end])
                }
                // A number inside a Latin word (“4A级景区”, “PM2.5浓度”, “5G基站”) is part of the name after it.
                // The clause starts at that word (“国考10市PM2.5浓度改善” → PM2.5浓度改善, not 市PM2.5…).
                let letterBefore = i > 0 && t[i - 1].isASCII && t[i - 1].isLetter
                if letterBefore || (n.end < t.count && t[n.end].isASCII && t[n.end].isLetter) {
                    var start = i
                    while start > clauseStart, t[start - 1].isASCII, t[start - 1].isLetter { start -= 1 }
                    clauseStart = start
                } else {
                    clauseStart = n.end
                }
                i = n.end
                continue
            }
            // What brackets name is an aside: the subject before them is the subject after them ("新增债券资金15亿元
            // （新增一般债券10亿元、专项债券5亿元），其中市本级…" divides 新增债券资金).
            if "（(".contains(t[i]) {
                if depth == 0 { beforeBracket = (subject, subjectYear, subjectKey) }
                depth += 1
            }
            if "）)".contains(t[i]), depth > 0 {
                depth -= 1
                if depth == 0, let saved = beforeBracket { (subject, subjectYear, subjectKey) = saved }
            }
            if Self.delimiters.contains(t[i]), depth == 0 {
                topic = t[i] == "，" ? Self.topic(String(t[clauseStart..<i])) : nil
                clauseStart = i + 1
            }
            if t[i] == "。" || t[i] == "；" {
                subject = nil; subjectYear = nil; subjectKey = nil; domain = nil; sentenceScope = nil
                if t[i] == "。" {
                    period = nil; sentenceYear = nil; sharedMeasure = nil
                    previousFirst = sentenceFirst; sentenceFirst = nil; partsOf = nil; sentenceScope = nil
                }
                // After “；” the sentence may go on about what it counted (“…招生0.78万人，下降21.6%；在校生…”).
                let next = Self.countedSubject(t, from: i + 1)
                countedSubject = t[i] == "。" ? next : next ?? countedSubject
            }
            out += escape(String(t[i])); i += 1
        }
        return out
    }

    /// A clause that runs into brackets still open ("（新增一般债券" before "10亿元"): what the brackets hold so far, the
    /// figure's own clause; else the clause as it is.
    static func insideOpenBracket(_ clause: String) -> String {
        var open: String.Index?, depth = 0
        for i in clause.indices {
            if "（(".contains(clause[i]) {
                if depth == 0 { open = i }
                depth += 1
            } else if "）)".contains(clause[i]) {
                depth = max(0, depth - 1)
            }
        }
        guard depth > 0, let open else { return clause }
        return String(clause[clause.index(after: open)...])
    }

    /// The thing a sentence from `start` counts first ("其中，高等职业学校1所，…" → 高等职业学校): the clause before its
    /// first number when that number has no unit of `units` (所, 个, 座 …), else nil.
    static func countedSubject(_ t: [Character], from start: Int) -> String? {
        var k = start, clauseStart = start
        while k < t.count, t[k] != "。", t[k] != "；" {
            if year(t, at: k) != nil { return nil }
            if let n = number(t, at: k) {
                guard unit(t, at: n.end) == nil, k > clauseStart else { return nil }
                let name = FigureNaming.clean(String(t[clauseStart..<k]), trimEnds: true)
                return FigureNaming.valid(name) ? name : nil
            }
            if delimiters.contains(t[k]) { clauseStart = k + 1 }
            k += 1
        }
        return nil
    }

    /// What money raised or allotted is for, from the clause after its figure ("，确保机关事业单位养老金按时足额发放" →
    /// 机关事业单位养老金资金; "，落实城乡居民基本医疗保险待遇" → 城乡居民基本医疗保险待遇): the object of a purpose verb
    /// (`FigureNaming.purposeVerbs`) up to an adverb of manner, with 资金 after it unless it names money already (the
    /// first of several things listed with 、, and 等资金); nil when the clause opens with no purpose verb, holds a figure or leaves no name.
    static func purpose(_ t: [Character], from start: Int) -> String? {
        var k = start
        if k < t.count, t[k] == "，" || t[k] == "," { k += 1 }
        var clause = ""
        while k < t.count, !"，。；,;：:".contains(t[k]) { clause.append(t[k]); k += 1 }
        // The whole clause ("用于特困人员、孤儿、低保人员医疗救助支出"), else the first of the things it lists, and 等.
        if let whole = object(of: clause) { return whole }
        guard let first = clause.split(separator: "、").first, first.count < clause.count,
            let object = object(of: String(first))
        else { return nil }
        return (object.hasSuffix("资金") ? String(object.dropLast(2)) : object) + "等资金"
    }

    /// The purposes of money listed as figures ("…亿元、0.19亿元，分别用于发放中央财政产粮油大县奖励和生猪调出大县奖励" →
    /// 中央财政产粮油大县奖励资金, 生猪调出大县奖励资金), one per figure from the one at `start`'s end; nil unless the
    /// figures are followed by 分别 and a purpose verb with as many things as figures.
    static func respectivePurposes(_ t: [Character], from start: Int) -> [String]? {
        var k = start, count = 1
        while k < t.count, t[k] == "、", let n = number(t, at: k + 1), let u = unit(t, at: n.end) {
            k = n.end + u.count; count += 1
        }
        guard count >= 2, k < t.count, t[k] == "，" || t[k] == "," else { return nil }
        var clause = ""
        k += 1
        while k < t.count, !"，。；,;：:".contains(t[k]) { clause.append(t[k]); k += 1 }
        guard clause.hasPrefix("分别") else { return nil }
        clause.removeFirst(2)
        guard let verb = FigureNaming.purposeVerbs.first(where: { clause.hasPrefix($0) }) else { return nil }
        var rest = clause.dropFirst(verb.count)
        if let second = FigureNaming.purposeVerbs.first(where: { rest.hasPrefix($0) }) {
            rest = rest.dropFirst(second.count)
        }
        let things = rest.split(whereSeparator: { "和、及与".contains($0) }).map(String.init)
        let named = things.compactMap { object(of: verb + $0) }
        guard things.count == count, named.count == count, Set(named).count == count else { return nil }
        return named
    }

    /// The object of a purpose (`purpose(_:from:)`), named as money; nil when it opens with no purpose verb (after
    /// the rule it follows: "按照幼儿园收费标准免除…"), holds a figure or leaves no name of 2–20 characters (18 for a
    /// list with 、, which the caller names after its first thing); a thing closed by 等 named as several
    /// ("支持海州矿南帮中部历史遗留废弃工矿土地整治等" → …土地整治等资金).
    private static func object(of clause: String) -> String? {
        guard !clause.contains(where: { TextScan.digit($0) != nil }) else { return nil }
        var object = FigureNaming.clean(clause, trimEnds: false, limit: .max)
        if let rule = ["按照", "根据", "依据"].first(where: { object.hasPrefix($0) }),
            let verb = FigureNaming.purposeVerbs.compactMap({ object.range(of: $0) }).min(by: {
                $0.lowerBound < $1.lowerBound
            }), object.distance(from: object.startIndex, to: verb.lowerBound) > rule.count + 1
        {
            object = String(object[verb.lowerBound...])
        }
        var verbs = 0
        while let v = FigureNaming.purposeVerbs.first(where: { object.hasPrefix($0) && object.count > $0.count }) {
            object.removeFirst(v.count); verbs += 1
        }
        guard verbs > 0 else { return nil }
        if let r = FigureNaming.mannerWords.compactMap({ object.range(of: $0) }).min(by: {
            $0.lowerBound < $1.lowerBound
        }) {
            object = String(object[..<r.lowerBound])
        }
        object = FigureNaming.clean(object, trimEnds: true, limit: .max)
        let several = object.hasSuffix("等") && object.count > 3
        if several { object.removeLast() }
        // A list (“A、B、C等”) is named after its first thing by the caller unless it is short.
        guard (2...(clause.contains("、") ? 18 : 20)).contains(object.count), FigureNaming.valid(object) else {
            return nil
        }
        let money = ["资金", "经费", "补贴", "补助", "支出", "津贴", "金", "费", "待遇"]
        if several { return (object.hasSuffix("资金") ? String(object.dropLast(2)) : object) + "等资金" }
        return money.contains(where: { object.hasSuffix($0) }) ? object : object + "资金"
    }

    /// "A、B分别增长64.8％、42.5％": the subjects listed before 分别 (A, B) and the verb after it ("增长"; "" for 为,
    /// 达到), when the clause before a figure is such a list's.
    static func respectively(_ t: [Character], clauseStart: Int, clause: String) -> ([String], String)? {
        guard let r = clause.range(of: "分别") else { return nil }
        var verb = String(clause[r.upperBound...])
        // “分别比上年增长”: the base is no part of the name.
        if let base = FigureNaming.bases.first(where: { verb.hasPrefix($0) && verb.count > $0.count }) {
            verb.removeFirst(base.count)
        }
        if ["为", "达到", "达", "是"].contains(verb) { verb = "" }
        var k = clauseStart - 1
        while k >= 0, !"，。；：,;:".contains(t[k]) { k -= 1 }
        let before = String(t[(k + 1)..<clauseStart]) + String(clause[..<r.lowerBound])
        let subjects = before.split(separator: "、").map { FigureNaming.clean(String($0), trimEnds: true) }
        guard subjects.count >= 2, subjects.allSatisfy(FigureNaming.valid) else { return nil }
        return (sharingHead(subjects), verb)
    }

    /// What a state the clause reports ends with, when no figure follows it in the clause (“创历史新高”).
    static let statePredicates = ["再创历史新高", "创历史新高", "创历史最好水平", "再创新高", "创新高"]

    /// The indicator a clause without a figure reports a state of (“全省进出口总值创历史新高” → 进出口总值), else nil.
    static func topic(_ clause: String) -> String? {
        guard !clause.contains(where: { TextScan.digit($0) != nil }),
            let predicate = statePredicates.first(where: { clause.hasSuffix($0) })
        else { return nil }
        let name = FigureNaming.clean(String(clause.dropLast(predicate.count)), trimEnds: true)
        guard case .indicator? = FigureNaming.kind(name), FigureNaming.valid(name) else { return nil }
        return name
    }

    /// The names joined by 、 before the clause `words` starting at `clauseStart`, back to the clause's start (“电力、热力、”
    /// before “燃气及水生产和供应业118.13亿元”), with `words`, when none of them has a figure; as many of the last of them
    /// as a name holds (whole: a long list loses its first items, not the first characters of one); nil when the clause
    /// does not follow a 、.
    static func pausedNames(_ t: [Character], clauseStart: Int, then words: String) -> String? {
        guard clauseStart > 0, t[clauseStart - 1] == "、" else { return nil }
        var k = clauseStart - 1
        while k >= 0, !"，。；：,;:（(）)“”".contains(t[k]) { k -= 1 }
        let span = t[(k + 1)..<clauseStart]
        // A figure in the span (5、6月, ①) makes it no list of names; 一 in 第一产业 or 一般 does not.
        guard span.count > 1, !span.contains(where: { $0.isNumber && !TextScan.isIdeograph($0) }) else { return nil }
        var items = String(span).split(separator: "、").map(String.init)
        // “支持天源石化、上方生物等240家”: the verb the list opens with is no part of the name.
        if let verb = (FigureNaming.purposeVerbs + ["综合运用", "帮助", "提高"]).first(where: {
            items.first?.hasPrefix($0) == true && (items.first?.count ?? 0) > $0.count
        }) {
            items[0].removeFirst(verb.count)
        }
        while !items.isEmpty, items.joined().count + words.count > 20 { items.removeFirst() }
        return items.isEmpty ? nil : items.map { $0 + "、" }.joined() + words
    }

    /// Measures the items of a list share with the first (“其中，葡萄种植面积63.28万亩，杏8.45万亩” → 杏种植面积), longest first.
    static let measureHeads = [
        "种植面积", "播种面积", "造林面积", "面积", "床位", "产量", "货物周转量", "旅客周转量", "货运量", "客运量", "吞吐量",
        "招生", "在校生", "毕业生", "出栏",
    ]

    /// The words right after a figure's unit, up to the clause's end, when they name what it counts (“10亿元绿色发展纵向
    /// 补偿基金，…” → 绿色发展纵向补偿基金); nil when the clause ends at the unit or they name nothing.
    static func countedObject(_ t: [Character], from start: Int) -> String? {
        var end = start
        while end < t.count, !"，。；、：,;:（()）和及".contains(t[end]), TextScan.digit(t[end]) == nil { end += 1 }
        guard end > start else { return nil }
        var object = FigureNaming.clean(String(t[start..<end]), trimEnds: true, limit: .max)
        // “5000万元以上项目”, “10亿元的产业引导基金”: a bound or a 的 before the thing counted is no part of it.
        for word in ["以上", "以下", "左右", "的"] where object.hasPrefix(word) { object.removeFirst(word.count) }
        // What is done to it after it (“…机构出清”, “…道路建设”) is no part of its name.
        for verb in ["出清", "建设", "改造", "提升", "落地", "投产", "开工", "竣工"] where object.hasSuffix(verb) {
            object.removeLast(verb.count)
        }
        return (2...12).contains(object.count) && FigureNaming.valid(object) ? object : nil
    }

    /// What each measure is counted in, by a piece of its unit (产量 in 吨: not 平均亩产 in 公斤).
    static let measureUnits: [(head: String, units: [String])] = [
        ("面积", ["亩", "公顷", "平方"]), ("床位", ["张"]), ("产量", ["吨"]), ("周转量", ["公里"]), ("运量", ["吨", "人"]),
        ("吞吐量", ["吨", "标箱", "人次"]), ("招生", ["人"]), ("在校生", ["人"]), ("毕业生", ["人"]), ("出栏", ["头", "只", "羽"]),
    ]

    /// Whether `unit` is one the measure `head` is counted in.
    static func unit(_ unit: String, measures head: String) -> Bool {
        measureUnits.first { head.hasSuffix($0.head) }?.units.contains { unit.contains($0) } ?? false
    }

    /// The measure `name` ends with, when what is before it names something (葡萄种植面积 → 种植面积).
    static func measureHead(of name: String) -> String? {
        measureHeads.first { name.hasSuffix($0) && name.count > $0.count }
    }

    /// A quoted term right before the clause `words` starting at `clauseStart`, with `words` (“用于“两重”建设1.5亿元” →
    /// 两重建设; “上报“空壳”“失联”机构7家” → 失联机构): quotation marks are clause delimiters, but a term they set off is part
    /// of the name after it. Nil when the clause does not follow a closing quote or the term is long or holds a figure.
    static func quotedName(_ t: [Character], clauseStart: Int, then words: String) -> String? {
        guard clauseStart > 1, t[clauseStart - 1] == "”",
            let open = t[..<(clauseStart - 1)].lastIndex(of: "“")
        else { return nil }
        let term = t[(open + 1)..<(clauseStart - 1)]
        // A figure's digits only: 两, 三 and 十 name things (两重, 三北).
        guard (1...8).contains(term.count), !term.contains(where: { TextScan.digit($0) != nil }),
            !term.contains(where: { "。，；！？：".contains($0) })
        else { return nil }
        // A plan's period (“十三五”末, “十四五”期间) is no part of a name: the figure is of the period's year.
        if term.last == "五", term.allSatisfy({ "一二三四五六七八九十".contains($0) }) { return nil }
        return String(term) + words
    }

    /// The clause `words` with the names joined to it by 、 or set off by quotation marks before it (`pausedNames`,
    /// `quotedName`), when the whole names an indicator and the clause alone names one or nothing (“企业” after
    /// “小巨人”); nil otherwise: a change or a share keeps its own clause.
    static func joinedName(_ t: [Character], clauseStart: Int, words: String) -> String? {
        let alone = FigureNaming.kind(words)
        if case .indicator = alone {} else if alone != nil { return nil }
        guard !words.isEmpty,
            let joined = pausedNames(t, clauseStart: clauseStart, then: words)
                ?? quotedName(t, clauseStart: clauseStart, then: words),
            case .indicator = FigureNaming.kind(joined)
        else { return nil }
        return joined
    }

    /// Verbs a list's figures follow without 分别 ("国内游客人次、总花费增长5.6％、7.5％"), with the word each name takes
    /// ("" for a value: 为, 达到, 超过, 增至).
    static let listVerbs: [(verb: String, word: String)] =
        FigureNaming.changeVerbs.map { ($0, $0) } + [
            ("增至", ""), ("达到", ""), ("超过", ""), ("为", ""), ("达", ""),
        ]

    /// "A、B增长5.6％、7.5％", "每千人床位数、执业医师数增至7.83张、3.57个": subjects listed with 、 before a verb, then as many
    /// figures listed with 、 after it, without 分别 (the clause before the first figure is the last subject and the
    /// verb): the subjects (a head the last one ends with given to the others: 农村自来水普及率) and the verb's word.
    static func pairedList(_ t: [Character], clauseStart: Int, clause: String, after end: Int) -> ([String], String)? {
        guard clauseStart > 0, t[clauseStart - 1] == "、", !clause.contains("分别"),
            let (verb, word) = listVerbs.first(where: { clause.hasSuffix($0.verb) && clause.count > $0.verb.count })
        else { return nil }
        var k = clauseStart - 1
        while k >= 0, !"，。；：,;:（(".contains(t[k]) { k -= 1 }
        let before = String(t[(k + 1)..<(clauseStart - 1)]).split(separator: "、").map(String.init)
        let subjects = (before + [String(clause.dropLast(verb.count))]).map { FigureNaming.clean($0, trimEnds: true) }
        guard subjects.count >= 2, subjects.allSatisfy(FigureNaming.valid),
            !subjects.contains(where: { $0.contains { c in TextScan.digit(c) != nil } })
        else { return nil }
        // As many figures after this one, each after a 、: "、7.5％"; one counted in a measure word the importer leaves as
        // typed ("、3.57个") still pairs with its subject.
        var figures = 1, j = end
        while j < t.count, t[j] == "、", let n = number(t, at: j + 1) {
            guard
                let u = unit(t, at: n.end)
                    ?? (n.end < t.count && TextScan.isIdeograph(t[n.end]) ? String(t[n.end]) : nil)
            else { break }
            figures += 1; j = n.end + u.count
        }
        guard figures == subjects.count else { return nil }
        return (sharingHead(subjects), word)
    }

    /// Nouns a list's last item may end with that the items before it share ("农村自来水、卫生户厕普及率" → 农村自来水普及率).
    static let sharedHeads = [
        "普及率", "覆盖率", "投资", "零售额", "增加值", "产量", "面积", "收入", "支出", "人数", "总额", "进出口", "出口", "进口",
    ]

    /// The list with what its last item shares with the items before it given to them: after two-character items
    /// ("城镇、农村居民人均可支配收入" → 城镇居民人均可支配收入) the rest of the last item; else a head it ends with after at
    /// most six characters of its own ("工业、制造业、工业技改投资" → 工业投资), unless an item ends with a measure of its own
    /// ("安全生产事故起数、死亡人数": 起数 stays). A longer last item shares nothing: where its own words end is unknown.
    static func sharingHead(_ items: [String]) -> [String] {
        guard let last = items.last else { return items }
        let before = items.dropLast()
        if before.allSatisfy({ $0.count == 2 }), last.count > 3 {
            return before.map { $0 + last.dropFirst(2) } + [last]
        }
        // The last item's own words: before a 等 that closes the list (“烟酒类等基本生活类商品零售额” → 烟酒类), else before
        // the head.
        func own(_ head: String) -> Int {
            last.firstIndex(of: "等").map { last.distance(from: last.startIndex, to: $0) } ?? (last.count - head.count)
        }
        guard let head = sharedHeads.first(where: { last.hasSuffix($0) && (1...6).contains(own($0)) })
        else { return items }
        return items.enumerated().map { i, item in
            i == items.count - 1 || item.hasSuffix(head) || "数率额量值".contains(item.last ?? " ") ? item : item + head
        }
    }

    /// A name with the period it covers: "年末" + 常住人口; a month range goes after ("工业增加值1—10月").
    static func withPeriod(_ name: String, _ period: String?) -> String {
        guard let period else { return name }
        if period.first.map({ $0.isASCII || TextScan.digit($0) != nil }) == true { return name + period }
        return name.hasPrefix(period) ? name : period + name
    }

    /// The first year named in a clause, and the clause without it ("2025年一般公共预算收入" → 2025; "2030年末" → 2030).
    static func takeYear(_ clause: String) -> (String?, String) {
        var words = Array(clause)
        guard let at = words.indices.first(where: { year(words, at: $0) != nil }), let y = year(words, at: at) else {
            return (nil, clause)
        }
        // "到2030年末全市一般公共预算收入…": the year's 末, 底 or 初 goes with it (a "末…" left would name nothing).
        let end = y.1 < words.count && "末底初".contains(words[y.1]) ? y.1 + 1 : y.1
        words.removeSubrange(at..<end)
        return (y.0, String(words))
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
            while k < t.count, !Self.delimiters.contains(t[k]), Self.number(t, at: k) == nil, run.count < 8 {
                run.append(t[k]); k += 1
            }
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

    /// A name taken already, told apart by what the sentence counts ("中等职业学校16所，招生…" → 中等职业学校招生), else
    /// by the qualifiers of the headings above ("总收入" under "2.全市政府性基金预算收支情况" → 全市政府性基金预算总收入):
    /// the innermost heading's first, then all open headings', else by the whole a "其中" clause divides, else by the
    /// domain the sentence counts in (普通本专科教育毕业生), else by what its unit measures ("杏" in 万吨 → 杏产量), else
    /// by the scope and budget the text names (`textScope`, `textBudget`); nil when none is free (the name is then
    /// numbered).
    func qualified(_ base: String, unit: String, year: String?, number: String) -> String? {
        let levels = headingQualifiers.keys.sorted()
        let inner = levels.last.flatMap { headingQualifiers[$0] } ?? []
        var all: [String] = []
        for word in levels.flatMap({ headingQualifiers[$0] ?? [] }) where !all.contains(word) { all.append(word) }
        for var words in [countedSubject.map { [$0] } ?? [], inner, all] {
            // An area's heading names no budget: the one the text names goes with it (张掖经济技术开发区一般公共预算上年结转).
            if words.contains(where: { w in Self.areaEnds.contains { w.hasSuffix($0) } }),
                !words.contains(where: { $0.hasSuffix("预算") }), let budget = textBudget
            {
                words.append(budget)
            }
            let prefix = words.filter { !base.contains($0) }.joined()
            guard !prefix.isEmpty else { continue }
            let name = Self.prefixed(base, with: prefix)
            if fits(name, unit: unit, year: year, number: number) { return name }
        }
        // A part of a whole ("其中，铁路…"): the scope the whole names ("市本级…债务限额，其中：一般债务限额" → 市本级一般债务
        // 限额), else a short part named with its whole (铁路货物周转量, 市本级再融资债券资金).
        if let whole = partsOf, whole != base {
            let scope = Self.qualifiers(whole).filter { !base.contains($0) }.joined()
            if !scope.isEmpty, fits(scope + base, unit: unit, year: year, number: number) { return scope + base }
            if scope.isEmpty, Self.qualifiers(whole).isEmpty, base.count <= 3, whole.count >= 3, !whole.hasSuffix(base),
                measure(base, unit: unit) == nil,
                fits(base + whole, unit: unit, year: year, number: number)
            {
                return base + whole
            }
        }
        // “承德市职工医保基金预算总收入安排…，总支出安排…，年度收支结余…”: the fund the sentence opens with.
        if let scope = sentenceScope, !base.contains("预算"), !base.contains("基金"),
            fits(scope + base, unit: unit, year: year, number: number)
        {
            return scope + base
        }
        if let domain, !domain.isEmpty, !base.hasPrefix(domain),
            fits(domain + base, unit: unit, year: year, number: number)
        {
            return domain + base
        }
        if let name = measure(base, unit: unit), fits(name, unit: unit, year: year, number: number) { return name }
        // The scope and budget the text names ("市本级政府性基金预算收入完成…，收入总量为…" under "政府性基金预算", after
        // 全市's 收入总量 → 市本级政府性基金预算收入总量): the innermost heading's budget, else the text's. Not for a
        // change (a second 增长 of one indicator is no other indicator's).
        guard !FigureNaming.changeVerbs.contains(where: { base.hasSuffix($0) }) else { return nil }
        let budget = inner.first { $0.hasSuffix("预算") } ?? all.last { $0.hasSuffix("预算") } ?? textBudget
        for words in [[textScope, budget], [budget], [textScope]] {
            let prefix = words.compactMap { $0 }.filter { !base.contains($0) }.joined()
            let name = Self.prefixed(base, with: prefix)
            if !prefix.isEmpty, fits(name, unit: unit, year: year, number: number) { return name }
        }
        return nil
    }

    /// `base` told apart by `prefix`: after the 本级 scope `base` opens with, when `prefix` names no scope of its own
    /// ("市本级支出" under "4.市本级社会保险基金预算收支情况" → 市本级社会保险基金预算支出, not 社会保险基金预算市本级支出).
    static func prefixed(_ base: String, with prefix: String) -> String {
        guard let scope = FigureNaming.ownScopes.first(where: { base.hasPrefix($0) }),
            !base.dropFirst(scope.count).hasPrefix("含"),
            TextScan.match(Array(prefix), textScopes, at: 0) == nil
        else { return prefix + base }
        return scope + prefix + base.dropFirst(scope.count)
    }

    /// "杏8.45万亩" then "杏6.62万吨": a pair told apart by its unit, named after what the unit measures (杏产量); nil
    /// when the name is not taken in another unit or the unit measures none of `measures`.
    private func measure(_ base: String, unit: String) -> String? {
        guard let word = Self.measures.first(where: { unit.hasSuffix($0.unit) })?.word, !base.hasSuffix(word),
            let i = index[base], values[i].unit != unit
        else { return nil }
        return base + word
    }

    /// What a unit measures, for a name taken by a figure in another unit (产量 in tonnes, 面积 in mu or hectares).
    static let measures: [(unit: String, word: String)] = [("吨", "产量"), ("亩", "面积"), ("公顷", "面积")]

    /// Records a figure; returns the name prose refers to it by (a series gains the year's point).
    mutating func record(
        name: String, unit: String, year: String?, number: String, line: Int, note: String? = nil
    ) -> String {
        var base = name.isEmpty ? "数值\(values.count + 1)" : name
        if base.first.map({ $0.isASCII && $0.isNumber }) == true || Self.reserved.contains(base) { base = "数据" + base }
        if let key = join(base, unit: unit, year: year, number: number) { return key }
        var key = base, n = nextSuffix[base] ?? 2
        if index[key] != nil, let qualified = qualified(base, unit: unit, year: year, number: number) {
            if let joined = join(qualified, unit: unit, year: year, number: number) { return joined }
            key = qualified
        } else if index[key] != nil {
            repeat { key = "\(base)\(n)"; n += 1 } while index[key] != nil
            nextSuffix[base] = n
        }
        index[key] = values.count
        values.append(Value(name: key, unit: unit, points: [(year, number)], line: line, note: note))
        return key
    }

    /// `key` when the figure belongs to the datum of that name: a series of the same unit gaining the year's
    /// point, or the same figure named again ("全市一般公共预算收入53.68亿元" in the summary and in the balance).
    private mutating func join(_ key: String, unit: String, year: String?, number: String) -> String? {
        guard let i = index[key], values[i].unit == unit else { return nil }
        if let year, values[i].points.first?.year != nil, !values[i].points.contains(where: { $0.year == year }) {
            values[i].points.append((year, number))
            values[i].points.sort { ($0.year ?? "") < ($1.year ?? "") }
            return key
        }
        return values[i].points.contains(where: { $0.year == year && $0.number == number }) ? key : nil
    }

    /// Whether the figure can take `key`: free, or a datum it joins (`join`).
    private func fits(_ key: String, unit: String, year: String?, number: String) -> Bool {
        guard let i = index[key] else { return true }
        guard values[i].unit == unit else { return false }
        if let year, values[i].points.first?.year != nil, !values[i].points.contains(where: { $0.year == year }) {
            return true
        }
        return values[i].points.contains(where: { $0.year == year && $0.number == number })
    }

    /// Bases after which a stated growth is the year-on-year one (比上年, 同比, 比上年同期), which the data can hold.
    static let yearOnYearBases = ["", "比上年", "较上年", "比去年", "较去年", "同比", "比上年同期", "较上年同期"]

    /// "…12500元，比上年增长8.5%" after the subject `key`'s figure for `year`: the growth becomes the subject's stated
    /// growth (`growth: { 2021: 8.5 }`, a fall negative) and the verb and figure `{变化(名称, 2020, 2021)}`, which
    /// prints 增长8.5% or 下降… as the sign says, so next year's figure is worded right. Returns how many characters
    /// of `out` the typed verb took and what replaces them; nil when the clause is no year-on-year growth rate.
    mutating func statedGrowth(
        _ t: [Character], _ clause: Range<Int>, words: String, unit: String, number: String, of key: String,
        year: String
    ) -> (typed: Int, expression: String)? {
        // Only an ASCII % : the wording prints one, and a text typed with ％ keeps its sign (the figure stays typed).
        guard unit == "%", let y = Int(year), let i = index[key], values[i].unit != "%",
            values[i].points.contains(where: { $0.year == year }),
            !values[i].growth.contains(where: { $0.year == year })
        else { return nil }
        let raw = String(t[clause])
        let head = FigureNaming.clean(words, trimEnds: false)
        for (verb, sign) in [("增长", ""), ("下降", "-")] {
            for typed in [verb + "了", verb] where raw.hasSuffix(typed) && head.hasSuffix(typed) {
                guard Self.yearOnYearBases.contains(String(head.dropLast(typed.count))) else { return nil }
                values[i].growth.append((year, sign + number))
                return (typed.count, "{变化(\(key), \(y - 1), \(y))}")
            }
        }
        return nil
    }
}
