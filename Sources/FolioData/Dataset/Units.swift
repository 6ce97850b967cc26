/// The units a figure may carry, as Chinese statistical and official writing uses them.
///
/// A unit is either one of `Units.table` or a table unit with a magnitude prefix 万 (10⁴) or
/// 亿 (10⁸): 万元, 亿元, 万人, 万亩, 万立方米… (GB/T 15835-2011 §5.3: large figures are written
/// with 万/亿 rather than long digit strings). docs/dataset.md lists the table for clerks; a unit
/// outside it is an error, so a typo such as “亩亩” or “万圆” is caught before it is printed.
public enum Units {
    /// One unit of the table.
    public struct Entry: Sendable, Hashable {
        /// The unit as written ("元").
        public var name: String
        /// What it measures, for the documentation and messages ("货币").
        public var kind: String
        /// Decimals printed when a figure is scaled into this unit with a format (`{x:万元}`) and
        /// no decimals are given: whole numbers for counts and 元, two for 万/亿 amounts, so
        /// 2687.8万元 reads 0.27亿元 as finance offices print it.
        public var scaledDecimals: Int
    }

    /// The base units. Tuned list: every unit the seed report and the township statistical
    /// tables use, plus the common ones of the same kinds.
    public static let table: [Entry] = {
        var rows: [Entry] = []
        func add(_ kind: String, _ decimals: Int, _ names: String) {
            for n in names.split(separator: " ") {
                rows.append(Entry(name: String(n), kind: kind, scaledDecimals: decimals))
            }
        }
        add("货币", 0, "元")
        add("人数", 0, "人 人次 名 位")
        add("户数", 0, "户")
        add("计数", 0, "个 次 件 份 条 张 盏 家 起 所 座 处 项 辆 头 只 台 套 间 栋 株 棵 本 场 期 批 篇 部 支 口 眼 艘 吨 公斤 千克")
        add("面积", 2, "亩 公顷 平方公里 平方米")
        add("长度", 1, "公里 千米 米")
        add("体积", 0, "立方米")
        add("能源", 0, "千瓦时 千瓦")
        add("时间", 0, "年 个月 月 天 日 小时")
        add("比率", 1, "% ‰ 百分点 倍")
        return rows
    }()

    /// Magnitude prefixes and their factors.
    public static let prefixes: [(prefix: String, factor: Double)] = [("亿", 1e8), ("万", 1e4)]

    /// Units that take no magnitude prefix (a ratio is not scaled).
    static let unprefixable: Set<String> = ["%", "‰", "百分点", "倍", "年", "个月", "月", "天", "日", "小时"]

    /// A unit split into its magnitude and its table entry: 万元 → (10⁴, 元); nil when unknown.
    public static func parse(_ unit: String) -> (factor: Double, base: Entry)? {
        if let e = entry(unit) { return (1, e) }
        for p in prefixes where unit.hasPrefix(p.prefix) {
            let rest = String(unit.dropFirst(p.prefix.count))
            if let e = entry(rest), !unprefixable.contains(rest) { return (p.factor, e) }
        }
        return nil
    }

    /// Whether `unit` is known (empty means a bare count and is always allowed).
    public static func isKnown(_ unit: String) -> Bool { unit.isEmpty || parse(unit) != nil }

    /// Every unit spelled out once, with the 万/亿 forms of money, people and area, for hints.
    public static var commonNames: [String] {
        table.map(\.name) + ["万元", "亿元", "万人", "万人次", "万亩", "万平方米", "万立方米", "万吨", "万千瓦时"]
    }

    /// The factor that turns a figure in `from` into one in `to` (万元 → 亿元: 10⁻⁴), nil when the
    /// two units measure different things.
    public static func factor(from: String, to: String) -> Double? {
        guard let a = parse(from), let b = parse(to), a.base.name == b.base.name else { return nil }
        return a.factor / b.factor
    }

    private static func entry(_ name: String) -> Entry? { table.first { $0.name == name } }
}
