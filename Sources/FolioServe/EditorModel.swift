import FolioMessages
import FolioData
import Foundation

/// A report as the editing page shows it: the fields, the prose by section (each paragraph's text as written,
/// and as printed with its `{…}` figures as chips holding their values), the figures as a table (indicator ×
/// period) and the charts. Every editable value carries the place it starts in the YAML (line, column), which a
/// save sends back (`DatasetTextEdit`).
enum EditorModel {
    /// The page's values for `dataset` loaded from `yaml`.
    static func values(_ dataset: Dataset, yaml: String, fileName: String) -> [String: Any] {
        var fields: [[String: Any]] = []
        if let at = dataset.report.title.location {
            fields.append(["label": "标题", "value": dataset.report.title.raw, "line": at.line, "column": at.column])
        }
        // The places of the report's issuer and date and of each chart's kind, from one reading of the text.
        let places = DatasetTextEdit.locations(
            of: [["report", "issuer"], ["report", "date"]]
                + dataset.charts.indices.map { ["charts", "\($0)", "kind"] },
            in: yaml, fileName: fileName)
        for (i, (label, value)) in [("发文机关", dataset.report.issuer), ("成文日期", dateText(dataset))].enumerated() {
            if let at = places[i] {
                fields.append(["label": label, "value": value, "line": at.line, "column": at.column])
            }
        }
        var prose: [[String: Any]] = []
        walk(dataset.body, level: 1, dataset: dataset, into: &prose)
        let (periods, rows) = figures(dataset)
        let charts = dataset.charts.enumerated().map { i, c in chart(c, kindAt: places[2 + i]) }
        return [
            "fields": fields, "prose": prose, "periods": periods.map { ["period": $0] }, "figures": rows,
            "charts": charts, "hasCharts": !charts.isEmpty,
        ]
    }

    /// The date as written (YYYY-MM-DD), or the to-fill marker.
    static func dateText(_ dataset: Dataset) -> String {
        if dataset.report.dateToFill { return Dataset.toFillMarker }
        let d = dataset.report.date
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(d.year)-\(two(d.month))-\(two(d.day))"
    }

    /// The headings and paragraphs of `blocks`, in order.
    static func walk(_ blocks: [BodyBlock], level: Int, dataset: Dataset, into out: inout [[String: Any]]) {
        for block in blocks {
            switch block {
            case .paragraph(let t): out.append(item(t, kind: "paragraph", level: level, dataset: dataset))
            case .section(let s):
                out.append(item(s.title, kind: "heading", level: s.level, dataset: dataset))
                // A run-in sentence (`run-in:`) is printed after the heading on its line: edited as a paragraph.
                if let runIn = s.runIn { out.append(item(runIn, kind: "paragraph", level: s.level, dataset: dataset)) }
                walk(s.body, level: s.level + 1, dataset: dataset, into: &out)
            case .attachment(let a):
                out.append(item(a.title, kind: "heading", level: 1, dataset: dataset))
                walk(a.body, level: 2, dataset: dataset, into: &out)
            case .chart(let c):
                out.append([
                    "kind": "chart", "isChart": true, "text": "［图表：\(c.id)］", "line": c.location?.line ?? 0,
                    "chartId": c.id,
                ])
            case .table(let t):
                out.append([
                    "kind": "table", "isChart": true, "text": "［表格：\(t.caption.raw)］", "line": t.location?.line ?? 0,
                ])
            case .image(let i):
                out.append(["kind": "image", "isChart": true, "text": "［图片］", "line": i.location?.line ?? 0])
            }
        }
    }

    /// One heading or paragraph: its text as written, its printed form in pieces (text, or a chip with the figure's
    /// value and its expression), and where it starts.
    static func item(_ t: TextTemplate, kind: String, level: Int, dataset: Dataset) -> [String: Any] {
        var pieces: [[String: Any]] = []
        for part in t.parts {
            switch part {
            case .literal(let s): pieces.append(["text": s])
            case .expression(let e, let source, _):
                let value: String
                var bad = false
                do { value = try dataset.printed(try dataset.evaluate(e)) } catch {
                    // A figure still to fill in prints as the marker, as `folio build --draft` prints it.
                    if error.code == Dataset.toFillCode {
                        value = Dataset.toFillMarker
                    } else {
                        value = "⚠ \(error.messageText.text(.chinese))"
                    }
                    bad = true
                }
                pieces.append(["chip": value, "source": source, "bad": bad])
            }
        }
        return [
            "kind": kind, "isHeading": kind == "heading", "level": level, "raw": t.raw, "pieces": pieces,
            "line": t.location?.line ?? 0, "column": t.location?.column ?? 0, "editable": t.location != nil,
        ]
    }

    /// The figures written in the YAML as a table: the periods (columns) and one row per indicator, each cell with
    /// its value and place (figures read from a data file are shown, not edited here).
    static func figures(_ dataset: Dataset) -> ([String], [[String: Any]]) {
        var periods: [String] = []
        for v in dataset.values { for p in v.points where !periods.contains(p.year) { periods.append(p.year) } }
        periods.sort()
        let rows: [[String: Any]] = dataset.values.map { v in
            let byYear = Dictionary(v.points.map { ($0.year, $0) }, uniquingKeysWith: { a, _ in a })
            var cells: [[String: Any]] = []
            if case .scalar(let q) = v.content {
                cells = periods.map { _ in ["empty": true] }
                return [
                    "name": v.name, "unit": v.unit, "cells": cells, "single": q.formatted, "origin": v.origin ?? "",
                ]
            }
            for period in periods {
                guard let p = byYear[period] else { cells.append(["empty": true]); continue }
                let editable = v.origin == nil && p.location != nil
                cells.append([
                    "value": p.toFill ? "" : p.quantity.formatted, "toFill": p.toFill, "editable": editable,
                    "line": p.location?.line ?? 0, "column": p.location?.column ?? 0, "period": period,
                ])
            }
            return ["name": v.name, "unit": v.unit, "cells": cells, "origin": v.origin ?? ""]
        }
        return (periods, rows)
    }

    /// One chart: its id, series, and its title and kind (whose scalar starts at `kindAt`) as editable values where
    /// the YAML has them as scalars (the kind is chosen among `ChartDefinition.kinds`, shown in Chinese).
    static func chart(_ c: ChartDefinition, kindAt: (line: Int, column: Int)?) -> [String: Any] {
        var out: [String: Any] = [
            "id": c.id, "kind": kindName(c.kind), "title": c.title.raw, "series": c.series.joined(separator: "、"),
        ]
        if let at = c.title.location {
            out["titleEdit"] = ["line": at.line, "column": at.column, "value": c.title.raw]
        }
        if let at = kindAt {
            out["kindEdit"] = [
                "line": at.line, "column": at.column,
                "options": ChartDefinition.kinds.map {
                    ["value": $0, "label": kindName($0), "selected": $0 == c.kind]
                },
            ]
        }
        return out
    }

    /// A chart kind in Chinese.
    static func kindName(_ kind: String) -> String {
        ["bar-line": "柱线图", "bars": "柱状图", "line": "折线图", "horizontal-bars": "条形图"][kind] ?? kind
    }
}
