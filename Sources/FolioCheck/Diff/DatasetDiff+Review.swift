import FolioData

/// `folio diff OLD NEW -o changes.pdf`: the differences as a dataset for a reviewer — a table of every changed
/// figure (old, new, change), each changed sentence in its old and new form with the figures that changed marked
/// 〖 〗 in the new one, and the charts and tables whose series changed — which the ordinary pipeline builds.
extension DatasetDiff {
    /// The marks around a changed figure in a sentence's new form.
    public static let marks = ("〖", "〗")

    /// The changed figures as rows: 指标, 时期 (— for a single value), 原值, 新值, 变化.
    static func figureRows(_ old: Dataset, _ new: Dataset) -> [[String]] {
        var rows: [[String]] = []
        let newNames = Set(new.values.map(\.name))
        for v in old.values where !newNames.contains(v.name) { rows.append([v.name, "—", "", "", "删除"]) }
        for v in new.values {
            guard let o = old.value(named: v.name) else { rows.append([v.name, "—", "", "", "新增"]); continue }
            switch (o.content, v.content) {
            case (.scalar(let a), .scalar(let b)):
                if a != b || o.toFill != v.toFill {
                    rows.append([
                        v.name, "—", shown(a, o.toFill, v.unit), shown(b, v.toFill, v.unit),
                        change(a, b, v.unit, toFill: (o.toFill, v.toFill)),
                    ])
                }
            default:
                let keys = ReportPeriod.sortedKeys(Set(o.points.map(\.year)).union(v.points.map(\.year)))
                for key in keys {
                    let a = o.points.first { $0.year == key }, b = v.points.first { $0.year == key }
                    let period = ReportPeriod.label(key: key)
                    switch (a, b) {
                    case (let a?, let b?):
                        if a.quantity != b.quantity || a.toFill != b.toFill {
                            rows.append([
                                v.name, period, shown(a.quantity, a.toFill, v.unit),
                                shown(b.quantity, b.toFill, v.unit),
                                change(a.quantity, b.quantity, v.unit, toFill: (a.toFill, b.toFill)),
                            ])
                        }
                    case (nil, let b?):
                        // A new period: its growth on the series' period before it, when both are figures.
                        let before = v.points.last { ($0.period ?? .init(year: 0)) < (b.period ?? .init(year: 0)) }
                        let growth = before.map {
                            "，" + change($0.quantity, b.quantity, v.unit, toFill: ($0.toFill, b.toFill))
                        }
                        let shownGrowth = growth.flatMap {
                            $0 == "，—" || $0.hasPrefix("，待") || $0.hasPrefix("，已") ? nil : $0
                        }
                        rows.append([
                            v.name, period, "", shown(b.quantity, b.toFill, v.unit), "新增时期" + (shownGrowth ?? ""),
                        ])
                    case (let a?, nil):
                        rows.append([v.name, period, shown(a.quantity, a.toFill, v.unit), "", "删除时期"])
                    case (nil, nil): continue
                    }
                }
            }
        }
        return rows
    }

    /// The 变化 cell of a figure in `unit` changed from `a` to `b` (`DatasetDiff.change(from:to:unit:)`).
    private static func change(_ a: Quantity, _ b: Quantity, _ unit: String, toFill: (Bool, Bool)) -> String {
        guard !toFill.0 && !toFill.1 else { return toFill.1 ? "待填" : "已填" }
        return change(from: a, to: b, unit: unit) ?? "—"
    }

    /// The changed sentences paired: each added sentence with the removed one at the same place, if any.
    public var sentencePairs: [(old: String?, new: String?)] {
        var pairs: [(String?, String?)] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            for i in 0..<max(removed.count, added.count) {
                pairs.append((i < removed.count ? removed[i] : nil, i < added.count ? added[i] : nil))
            }
            removed = []; added = []
        }
        for line in sentences {
            if line.hasPrefix("- ") {
                if !added.isEmpty { flush() }
                removed.append(String(line.dropFirst(2)))
            } else if line.hasPrefix("+ ") {
                added.append(String(line.dropFirst(2)))
            }
        }
        flush()
        return pairs
    }

    /// `new` with each figure (a run of digits, with its decimals and a following %) that differs from the figure
    /// at the same position in `old` wrapped in 〖 〗; every figure when there is no old form.
    public static func marked(_ new: String, against old: String?) -> String {
        let oldFigures = old.map { figures(in: Array($0)).map(\.text) } ?? []
        let c = Array(new)
        var out = "", at = 0
        for (n, figure) in figures(in: c).enumerated() {
            out += String(c[at..<figure.range.lowerBound])
            let same = old != nil && n < oldFigures.count && oldFigures[n] == figure.text
            out += same ? figure.text : marks.0 + figure.text + marks.1
            at = figure.range.upperBound
        }
        return out + String(c[at...])
    }

    /// The figures of a text: digits with an optional decimal part and a following %.
    static func figures(in c: [Character]) -> [(range: Range<Int>, text: String)] {
        var out: [(Range<Int>, String)] = []
        var i = 0
        while i < c.count {
            guard c[i].isASCII && c[i].isNumber else { i += 1; continue }
            var j = i
            while j < c.count, c[j].isASCII && (c[j].isNumber || (c[j] == "." && j + 1 < c.count && c[j + 1].isNumber))
            {
                j += 1
            }
            if j < c.count, c[j] == "%" { j += 1 }
            out.append((i..<j, String(c[i..<j])))
            i = j
        }
        return out
    }

    /// The review as a dataset (YAML): title, issuer and date given by the caller.
    public func reviewYAML(oldName: String, newName: String, issuer: String, date: String) -> String {
        func q(_ s: String) -> String {
            var out = "\""
            for ch in s.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}") {
                switch ch {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n", "\t": out += " "
                default: out.append(ch)
                }
            }
            return out + "\""
        }
        var y = [
            "report:",
            "  title: \(q("数据集变更对照"))",
            "  issuer: \(q(issuer))",
            "  date: \(date)",
            "  subject: \(q("\(oldName) → \(newName)"))",
            "body:",
            "  - \(q("原数据集：\(oldName)；新数据集：\(newName)。变化的数字在新文中以“〖〗”标出。"))",
        ]
        if isEmpty { y.append("  - \(q("两个数据集没有变化。"))") }
        if !figureRows.isEmpty {
            y += [
                "  - section: \(q("数据变化"))", "    body:", "      - table:", "          caption: \(q("变化的数据"))",
                "          columns: [指标, 时期, 原值, 新值, 变化]", "          rows:",
            ]
            for row in figureRows { y.append("            - [" + row.map(q).joined(separator: ", ") + "]") }
        }
        let pairs = sentencePairs
        if !pairs.isEmpty {
            y += ["  - section: \(q("文字变化"))", "    body:"]
            for (old, new) in pairs {
                if let old { y.append("      - \(q("原文：" + old))") }
                if let new { y.append("      - \(q((old == nil ? "新增：" : "新文：") + Self.marked(new, against: old)))") }
                if new == nil { y.append("      - \(q("新文：（删除）"))") }
            }
        }
        if !blockChanges.isEmpty {
            // The review document is Chinese throughout (its title, sections and table heads), so are these lines.
            y += ["  - section: \(q("图表变化"))", "    body:"]
            for line in blockChanges { y.append("      - \(q(line.text(.chinese)))") }
        }
        return y.joined(separator: "\n") + "\n"
    }
}
