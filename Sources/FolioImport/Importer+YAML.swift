import FolioMessages
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
            default:
                if c.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) {
                    out += " "
                } else {
                    out.append(c)
                }
            }
        }
        return out + "\""
    }

    /// `YYYY-MM-DD`.
    static func write(_ d: DatasetDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(d.year)-\(two(d.month))-\(two(d.day))"
    }

    /// The dataset as YAML: a header listing what was left as typed, report:, data:, charts:, body:.
    func emit(
        structure: ImportedStructure, body: [Item], attachments: [ImportedAttachment], charts: [ChartPlaceholder],
        figures: FigureExtractor,
        notes: inout [Note], periods: inout PeriodReferences
    ) -> String {
        var lines: [String] = []
        emit(body, indent: "  ", into: &lines, periods: &periods)
        if !attachments.isEmpty { lines += ["", "attachments:"] }
        for a in attachments {
            lines.append("  - title: \(Self.quote(periods.rewrite(a.title, line: a.line)))")
            guard !a.body.isEmpty else { continue }
            lines.append("    body:")
            emit(a.body, indent: "      ", into: &lines, periods: &periods)
        }
        // Chart captions name their years as the prose does: this period's as {本年}, the previous one's as {上年}.
        let charts = charts.map { c -> ChartPlaceholder in
            var moved = c
            moved.title = periods.rewrite(figures.escape(c.title), line: c.line)
            return moved
        }
        let title = periods.rewrite(figures.escape(structure.title ?? Dataset.importPlaceholders.title), line: 1)
        notes += periods.notes
        func comment(_ id: String, _ arguments: [String: MessageArgument] = [:]) -> [String] {
            Message(id, arguments).text(language).split(separator: "\n").map { "# " + $0 }
        }
        let source: MessageArgument =
            encoding.map {
                .message(
                    Message("import.header.source-encoding", ["file": "\(sourceName)", "encoding": "\($0.rawValue)"]))
            }
            ?? "\(sourceName)"
        var out =
            comment("import.header.from", ["source": source])
            + comment("import.header.what", ["figures": .number(figures.values.count)])
        if !charts.isEmpty {
            out += comment("import.header.charts", ["charts": .number(charts.count)])
        }
        if !notes.isEmpty {
            out += comment("import.header.notes", ["file": "\(sourceName)"])
            for n in notes.sorted(by: { $0.line < $1.line }) { out.append("#   " + n.text(language)) }
        }
        let year = ReportImporter.year(in: structure.title ?? "")
        // Never an invented date: the title block's or the signature's, else a marker to fill in.
        let date = structure.date.map(Self.write) ?? Dataset.toFillMarker
        out += [
            "", "report:",
            "  title: \(Self.quote(title))",
            "  issuer: \(structure.issuer.map(Self.quote) ?? "!todo \"\(Dataset.importPlaceholders.issuer)\"")",
            "  date: \(date)",
        ]
        if let p = periods.period { out.append("  period: \(p.key)") }
        if let plan = periods.plan { out.append("  plan: \(plan.first)..\(plan.last)") }
        out.append("  theme: gongwen")
        out += structure.document.yaml(quote: Self.quote, date: Self.write)
        // The lines under the title, printed there as published (a speech's or a congress report's).
        if let subtitle = structure.subtitle, !subtitle.isEmpty { out.append("  subtitle: \(Self.quote(subtitle))") }
        if let speaker = structure.speaker, !speaker.isEmpty { out.append("  speaker: \(Self.quote(speaker))") }
        let (values, moved) = Self.merge(figures.values, charts: charts, year: year)
        if !values.isEmpty {
            out += ["", "data:"]
            for v in values { out.append("  \(Self.quote(v.name)): \(Self.value(v))") }
        }
        if !charts.isEmpty {
            out += ["", "charts:"]
            for c in charts { out += Self.chart(c) }
        }
        if !periods.history.isEmpty {
            out += [
                "", "checks:",
                "  history: [\(periods.history.sorted().map(String.init).joined(separator: ", "))]   # "
                    + Message("import.header.history").text(language),
            ]
        }
        out += ["", "body:"]
        for (name, y) in moved {
            lines = lines.map { $0.replacingOccurrences(of: "{\(name)}", with: "{\(name)[\(y)]}") }
        }
        return (out + lines).joined(separator: "\n") + "\n"
    }

    /// One data value: `{ unit, value }` or `{ unit, values: { year: n } }` (with the growth the text states,
    /// `growth: { year: percent }`), figures to fill tagged `!todo`.
    static func value(_ v: FigureExtractor.Value) -> String {
        var fields: [String] = []
        if !v.unit.isEmpty { fields.append("unit: \(quote(v.unit))") }
        if v.points.count == 1, v.points[0].year == nil {
            fields.append("value: \(v.points[0].number)")
        } else {
            fields.append(
                "values: { " + v.points.map { "\($0.year ?? "?"): \($0.number)" }.joined(separator: ", ") + " }")
        }
        if !v.growth.isEmpty {
            fields.append("growth: { " + v.growth.map { "\($0.year): \($0.percent)" }.joined(separator: ", ") + " }")
        }
        if let note = v.note { fields.append("note: \(quote(note))") }
        return "{ " + fields.joined(separator: ", ") + " }"
    }

    /// The figures with every chart's series added: a series the prose states for the chart's last year keeps that
    /// figure (its references gain the year), the other years wait as 【待填】 (a chart leaves them out until they are
    /// filled in; a `!todo 0` drew a bar of nothing and passed for last period's figure). Returns the values and the names
    /// whose references gain a year.
    static func merge(
        _ values: [FigureExtractor.Value], charts: [ChartPlaceholder], year: Int?
    )
        -> ([FigureExtractor.Value], [(String, Int)])
    {
        var out = values, moved: [(String, Int)] = []
        for chart in charts {
            guard let years = chart.years else {
                // Neither the caption nor the title names a year: a series the text does not state waits as one
                // figure, 【待填】, for the chart names no series the data lacks.
                for (name, unit) in chart.valueNames where !out.contains(where: { $0.name == name }) {
                    out.append(
                        FigureExtractor.Value(
                            name: name, unit: unit ?? "", points: [(year: nil, number: Dataset.toFillMarker)],
                            line: chart.line,
                            note: "图表“\(chart.title)”的数据，待填"))
                }
                continue
            }
            for (name, unit) in chart.valueNames {
                let todo = years.map { (year: String($0) as String?, number: Dataset.toFillMarker) }
                if let i = out.firstIndex(where: { $0.name == name }) {
                    if out[i].points.count == 1, out[i].points[0].year == nil {
                        guard let y = year, years.contains(y) else { continue }
                        let stated = out[i].points[0].number
                        out[i].points = todo.map { $0.year == String(y) ? ($0.year, stated) : $0 }
                        moved.append((name, y))
                    } else {
                        for t in todo where !out[i].points.contains(where: { $0.year == t.year }) {
                            out[i].points.append(t)
                        }
                        out[i].points.sort { ($0.year ?? "") < ($1.year ?? "") }
                    }
                } else {
                    out.append(
                        FigureExtractor.Value(
                            name: name, unit: unit ?? "", points: todo, line: chart.line,
                            note: "图表“\(chart.title)”的数据，待填"))
                }
            }
        }
        return (out, moved)
    }

    /// A `charts:` item.
    static func chart(_ c: ChartPlaceholder) -> [String] {
        var out = ["  - id: \(c.id)", "    kind: \(c.kind)", "    title: \(quote(c.title))"]   // a template
        if let y = c.years { out.append("    years: [\(y.lowerBound), \(y.upperBound)]") }
        out.append("    series:")
        for s in c.series { out.append(s.growth ? "      - growth: \(quote(s.name))" : "      - \(quote(s.name))") }
        return out
    }

    private func emit(_ items: [Item], indent: String, into out: inout [String], periods: inout PeriodReferences) {
        for item in items {
            switch item {
            case .paragraph(let text, let line):
                out.append("\(indent)- p: \(Self.quote(periods.rewrite(text, line: line)))")
            case .section(let title, let runIn, let line, let body):
                out.append("\(indent)- section: \(Self.quote(periods.rewrite(title, line: line)))")
                if let runIn { out.append("\(indent)  run-in: \(Self.quote(periods.rewrite(runIn, line: line)))") }
                if !body.isEmpty {
                    out.append("\(indent)  body:")
                    emit(body, indent: indent + "    ", into: &out, periods: &periods)
                }
            case .chart(let id):
                out.append("\(indent)- chart: \(id)")
            case .image(let file, let caption, _):
                let captionField = caption.map { ", caption: \(Self.quote(escapeBraces($0)))" } ?? ""
                out.append("\(indent)- image: { file: \(Self.quote(file))\(captionField) }")
            case .table(let t):
                func cells(_ row: [String]) -> String {
                    "[" + row.map { Self.quote(escapeBraces($0)) }.joined(separator: ", ") + "]"
                }
                out.append("\(indent)- table:")
                let (label, caption) = ImportedTable.labelled(t.caption)
                // The caption's years are the report's periods as the prose's are (“{上年}年全市一般公共预算收入完成情况表”
                // in a report on 2026's budget): they move with the period, and `folio check` does not take them for stale.
                let typed = escapeBraces(caption ?? Dataset.importPlaceholders.caption)
                out.append("\(indent)    caption: \(Self.quote(periods.rewrite(typed, line: t.line)))")
                if let label { out.append("\(indent)    label: \(Self.quote(label))") }
                if t.landscape { out.append("\(indent)    orientation: landscape") }
                if let unit = t.unit {
                    out.append("\(indent)    unit: \(Self.quote(escapeBraces(Self.unitLine(unit))))")
                }
                if let sections = t.spannedSections() {
                    func spanned(_ row: [(text: String, span: CellSpan)]) -> String {
                        "["
                            + row.map { c in
                                let text = Self.quote(escapeBraces(c.text))
                                guard c.span != CellSpan(columns: 1, rows: 1) else { return text }
                                return "{ text: \(text)"
                                    + (c.span.columns > 1 ? ", colspan: \(c.span.columns)" : "")
                                    + (c.span.rows > 1 ? ", rowspan: \(c.span.rows)" : "") + " }"
                            }.joined(separator: ", ") + "]"
                    }
                    out.append("\(indent)    columns:")
                    for row in sections.header { out.append("\(indent)      - \(spanned(row))") }
                    out.append("\(indent)    rows:")
                    for row in sections.body { out.append("\(indent)      - \(spanned(row))") }
                } else {
                    out.append("\(indent)    columns: \(cells(t.columns))")
                    out.append("\(indent)    rows:")
                    for r in t.rows.indices {
                        out.append(
                            "\(indent)      - \(cells(t.rows[r].indices.map { t.writtenText(row: r, column: $0) }))")
                    }
                }
            }
        }
    }

    /// A unit line without the brackets some reports put round it: "（单位：亿元）" → "单位：亿元".
    static func unitLine(_ line: String) -> String {
        guard line.count > 2, let first = line.first, let last = line.last, "（(".contains(first), "）)".contains(last)
        else { return line }
        return String(line.dropFirst().dropLast())
    }

    /// `{` and `}` doubled, as templates write literal braces.
    func escapeBraces(_ s: String) -> String {
        s.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
    }
}
