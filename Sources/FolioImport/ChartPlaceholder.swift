import FolioData

/// A chart the text only names by its caption ("图1  2021-2025年地区生产总值及增长速度": the image is gone).
/// It becomes a chart of the dataset whose series are named after the caption's indicators and whose figures
/// wait to be filled in (`!todo`), as `folio new-year` leaves them.
struct ChartPlaceholder: Sendable {
    /// One plotted series: a data value, or the growth of one.
    struct Series: Sendable, Hashable {
        /// The data value's name.
        var name: String
        /// Whether the series is the growth rate of `name` rather than `name` itself.
        var growth: Bool
        /// The unit the caption implies ("%" for 比重, 增速), else nil (the text may give it).
        var unit: String?
    }
    /// The chart id: `chart` and the caption's number.
    var id: String
    /// A kind of `ChartDefinition.kinds`.
    var kind: String
    /// The caption without its number, year ranges written with a dash (GB/T 15834 §4.13).
    var title: String
    /// The years the caption names.
    var years: ClosedRange<Int>?
    /// The series, in legend order.
    var series: [Series]
    /// The line of the text.
    var line: Int
    /// Whether the caption names a growth rate the chart leaves out: neither it nor the title names a year, and a
    /// growth rate needs figures by year.
    var growthLeftOut = false

    /// Words of a caption that name a growth rate.
    static let growthWords = ["增长速度", "增速", "增长率"]
    /// Words of a caption that name shares of a whole.
    static let shareWords = ["比重", "构成", "结构", "占比"]

    /// The placeholder for caption `text`, numbered `number`: "…及增长速度" is bars with a growth line,
    /// "…比重/构成" shares (drawn as bars: Folio has no share chart), anything else bars.
    static func read(number: Int, caption text: String, line: Int, reportYear: Int?) -> ChartPlaceholder {
        let (range, typed) = yearRange(Array(text))
        // A caption of one year ("2025年汕尾市一般公共预算收入构成情况") plots that year; names never open with it.
        let (single, rest) = range == nil ? singleYear(typed) : (nil, typed)
        let years = range ?? single
        let (subject, unit) = unitBracket(rest)
        let parts = subject.split(separator: "及").map(String.init).filter { !$0.isEmpty }
        var series: [Series] = []
        for part in parts {
            if let word = growthWords.first(where: { part.hasSuffix($0) }) {
                let base = String(part.dropLast(word.count))
                // "…零售总额及其增长速度": 其 is the series before it, as an empty base is.
                let target =
                    base.isEmpty || base == "其" ? series.last(where: { !$0.growth })?.name : name(base)
                if let target { series.append(Series(name: target, growth: true, unit: nil)) }
            } else if shareWords.contains(where: { part.hasSuffix($0) }) {
                series.append(Series(name: name(part), growth: false, unit: "%"))
            } else {
                series.append(Series(name: name(part), growth: false, unit: unit))
            }
        }
        if series.isEmpty {
            series = [Series(name: name(subject.isEmpty ? "图\(number)" : subject), growth: false, unit: nil)]
        }
        let plotted = years ?? reportYear.map { $0...$0 }
        // Without a year each series is one figure, which has no growth rate: the chart plots the figures alone.
        let growthLeftOut = plotted == nil && series.contains(where: \.growth)
        if growthLeftOut { series = withoutGrowth(series) }
        let kind =
            series.contains(where: \.growth) && series.contains(where: { !$0.growth })
            ? "bar-line"
            : series.allSatisfy(\.growth) ? "line" : "bars"
        let title = range.map { "\($0.lowerBound)—\($0.upperBound)年" + typed } ?? text
        return ChartPlaceholder(
            id: "chart\(number)", kind: kind, title: title, years: plotted, series: series, line: line,
            growthLeftOut: growthLeftOut)
    }

    /// `series` with each growth rate replaced by the figure it is the growth of, each figure once.
    static func withoutGrowth(_ series: [Series]) -> [Series] {
        var out: [Series] = []
        for s in series where !out.contains(where: { $0.name == s.name }) {
            out.append(Series(name: s.name, growth: false, unit: s.growth ? nil : s.unit))
        }
        return out
    }

    /// The data values the chart reads: every series' value (a growth series reads its base).
    var valueNames: [(name: String, unit: String?)] {
        var seen: [String] = [], out: [(String, String?)] = []
        for s in series where !seen.contains(s.name) {
            seen.append(s.name)
            out.append((s.name, s.growth ? nil : s.unit))
        }
        return out
    }

    /// "2025年X" → (2025…2025, X); anything else → (nil, whole).
    static func singleYear(_ s: String) -> (ClosedRange<Int>?, String) {
        let t = Array(s)
        guard let a = TextScan.number(in: t, at: 0), a.range.upperBound < t.count - 1, t[a.range.upperBound] == "年",
            let year = Int(a.written(in: t)), (1900...2100).contains(year)
        else { return (nil, s) }
        return (year...year, String(t[(a.range.upperBound + 1)...]))
    }

    /// The unit in brackets at a caption's end taken off: "…城镇化率（%）" → ("…城镇化率", "%"), "…就业人数（万人）"
    /// → ("…就业人数", "万人"); a caption without one is returned whole.
    static func unitBracket(_ subject: String) -> (String, String?) {
        let t = Array(subject)
        guard let last = t.last, "）)".contains(last), let open = t.lastIndex(where: { "（(".contains($0) }),
            open > 0
        else { return (subject, nil) }
        let inner = String(t[(open + 1)..<(t.count - 1)])
        let units = ["%", "％", "‰", "亿元", "万元", "元", "万人", "人", "万吨", "吨", "千公顷", "万亩", "亿美元", "万美元", "个"]
        guard units.contains(inner) else { return (subject, nil) }
        return (String(t[..<open]), inner == "％" ? "%" : inner)
    }

    /// "2021-2025年X" → (2021…2025, X); "2025年X" → (nil, "2025年X").
    static func yearRange(_ t: [Character]) -> (ClosedRange<Int>?, String) {
        guard let a = TextScan.number(in: t, at: 0), a.range.upperBound < t.count,
            "-—–－～~至".contains(t[a.range.upperBound])
        else {
            return (nil, String(t))
        }
        var k = a.range.upperBound + 1
        if k < t.count, t[k] == "—" { k += 1 }
        // The second year's 年 may be left out ("2011-2015三次产业增加值…"); both must then be written in full.
        guard let b = TextScan.number(in: t, at: k), b.range.upperBound < t.count,
            t[b.range.upperBound] == "年" || (a.range.count == 4 && b.range.count == 4),
            let first = Int(a.written(in: t)), let last = Int(b.written(in: t)),
            (1900...2100).contains(first), (first...2100).contains(last)
        else { return (nil, String(t)) }
        let rest = t[b.range.upperBound] == "年" ? b.range.upperBound + 1 : b.range.upperBound
        return (first...last, String(t[rest...]))
    }

    /// A data name from a caption's words: the place it opens with dropped ("吐鲁番市一般公共预算收入"),
    /// characters a name cannot hold taken out.
    static func name(_ words: String) -> String {
        var t = Array(words.filter { !" \u{3000}+-()[]{},:（）【】，：－＋、“”\"".contains($0) })
        if let end = t.prefix(6).firstIndex(where: { "省市县区镇".contains($0) }), end >= 2,
            !"城乡".contains(t[end - 1]), t.count - end > 3
        {
            t.removeFirst(end + 1)
        } else if t.count > 4, t[0] == "全", "省市县区镇乡".contains(t[1]) {
            // "全县地区生产总值" is the 地区生产总值 the prose names (its 全县 dropped the same way).
            t.removeFirst(2)
        }
        return String(t)
    }
}
