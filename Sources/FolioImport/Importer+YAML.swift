import FolioData

extension ReportImporter {
    /// A YAML double-quoted scalar (one line: a dataset line is a text line, so `folio check` can point at it).
    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }

    /// The issuer the title implies: the place it opens with ("XX镇“十三五”…" → "XX镇").
    static func issuer(from title: String) -> String {
        let chars = Array(title)
        if let end = chars.prefix(12).firstIndex(where: { "镇乡县市区村街".contains($0) }) { return String(chars[...end]) }
        return "（发文机关）"
    }

    /// The dataset as YAML: a header listing what was left as typed, report:, data:, body:.
    func emit(title: String, body: [Item], figures: FigureExtractor, notes: [Note]) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var out = [
            "# Imported by `folio import` from \(sourceName).",
            "# Headings became sections (the theme numbers them); \(figures.values.count) figures became data under data:",
            "# and the prose refers to them. Check the names, the issuer and the date, then run `folio check`.",
        ]
        if !notes.isEmpty {
            out.append("# Left as typed (line numbers of \(sourceName)):")
            for n in notes.sorted(by: { $0.line < $1.line }) { out.append("#   \(n)") }
        }
        out += ["", "report:",
                "  title: \(Self.quote(figures.escape(title)))",
                "  issuer: \(Self.quote(issuer ?? Self.issuer(from: title)))",
                "  date: \(date.year)-\(two(date.month))-\(two(date.day))",
                "  theme: gongwen"]
        if !figures.values.isEmpty {
            out += ["", "data:"]
            for v in figures.values {
                let unit = "unit: \(Self.quote(v.unit))"
                if v.points.count == 1, v.points[0].year == nil {
                    out.append("  \(Self.quote(v.name)): { \(unit), value: \(v.points[0].number) }")
                } else {
                    let points = v.points.map { "\($0.year ?? "?"): \($0.number)" }.joined(separator: ", ")
                    out.append("  \(Self.quote(v.name)): { \(unit), values: { \(points) } }")
                }
            }
        }
        out += ["", "body:"]
        emit(body, indent: "  ", into: &out)
        return out.joined(separator: "\n") + "\n"
    }

    private func emit(_ items: [Item], indent: String, into out: inout [String]) {
        for item in items {
            switch item {
            case .paragraph(let text, _):
                out.append("\(indent)- p: \(Self.quote(text))")
            case .section(let title, let runIn, _, let body):
                out.append("\(indent)- section: \(Self.quote(title))")
                if let runIn { out.append("\(indent)  run-in: \(Self.quote(runIn))") }
                if !body.isEmpty {
                    out.append("\(indent)  body:")
                    emit(body, indent: indent + "    ", into: &out)
                }
            }
        }
    }
}
