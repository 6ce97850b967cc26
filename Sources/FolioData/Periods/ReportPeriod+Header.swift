/// Periods as the column headers of statistical tables write them.
extension ReportPeriod {
    /// Parses a header as a statistics station writes it: a key (`2025`, `2025H1`, `2025Q3`, `2025-01..10`) or
    /// its Chinese text (`2025年`, `2025年上半年`, `2025年第三季度`, `2025年1—10月`, `2025年1-10月`, `2025年1月`); nil
    /// for anything else, and for a year outside `InputLimits.years`.
    public init?(header: String) {
        let t = header.trimmingCharacters(in: .whitespaces)
        if let p = try? ReportPeriod(parsing: t) { self = p; return }
        let scalars = Array(t.unicodeScalars)
        guard scalars.count >= 5, scalars[4] == "年",
            let year = Int(String(String.UnicodeScalarView(scalars[0..<4]))),
            scalars[0..<4].allSatisfy({ ("0"..."9").contains($0) }), InputLimits.years.contains(year)
        else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[5...]))
        switch rest {
        case "", "全年": self.init(year: year)
        case "上半年": self.init(year: year, part: .half(1))
        case "下半年": self.init(year: year, part: .half(2))
        case "第一季度", "一季度", "1季度": self.init(year: year, part: .quarter(1))
        case "第二季度", "二季度", "2季度": self.init(year: year, part: .quarter(2))
        case "第三季度", "三季度", "3季度": self.init(year: year, part: .quarter(3))
        case "第四季度", "四季度", "4季度": self.init(year: year, part: .quarter(4))
        default:
            guard let last = Self.monthsToDate(rest) else { return nil }
            self.init(year: year, part: .monthsToDate(last))
        }
    }

    /// The last month of `1—10月`, `1-10月`, `1～10月`, `1至10月` or `1月`; nil otherwise.
    private static func monthsToDate(_ text: String) -> Int? {
        guard text.hasSuffix("月") else { return nil }
        let body = String(text.dropLast())
        if let m = Int(body), m == 1 { return 1 }
        for dash in ["—", "-", "－", "～", "~", "至", "–"] {
            let pieces = body.components(separatedBy: dash)
            if pieces.count == 2, Int(pieces[0]) == 1, let last = Int(pieces[1]), (2...12).contains(last) {
                return last
            }
        }
        return nil
    }

    /// The header a data file gives this period in the style of `example`, another header of the same file:
    /// Chinese text (2021年, 2025年上半年) when the example ends in 年 or names a part in Chinese, else the key.
    public func header(like example: String?) -> String {
        guard let example, !example.isEmpty else { return chinese }
        let isKey = (try? ReportPeriod(parsing: example.trimmingCharacters(in: .whitespaces))) != nil
        return isKey ? key : chinese
    }
}

extension ReportPeriod {
    /// The label charts and tables give a series key: the period in Chinese (2025年上半年, 2025年1—10月,
    /// 2025年第三季度, 2025年), or the key itself when it is no period.
    public static func label(key: String) -> String {
        (try? ReportPeriod(parsing: key))?.chinese ?? key
    }

    /// Series keys in time order (periods by `<`, anything else after them by its text).
    public static func sortedKeys<S: Sequence>(_ keys: S) -> [String] where S.Element == String {
        keys.map { (key: $0, period: try? ReportPeriod(parsing: $0)) }
            .sorted { a, b in
                switch (a.period, b.period) {
                case let (x?, y?): return x == y ? a.key < b.key : x < y
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return a.key < b.key
                }
            }
            .map(\.key)
    }
}
