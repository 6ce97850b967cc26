import FolioMessages
import Foundation
import Yams

/// The next period's dataset drafted from a dataset that states its period (`report.period`), for
/// `folio new-year`. Because the prose names periods relatively (本期, 上期, 上年同期, `{本年}年`), moving
/// `report.period` moves every such reference; the figures of the new period become to-fill markers:
///
/// - `report.period` becomes the next period of the same kind (2025H1 → 2025H2), or the one asked for
///   (`--to 2026H1`: the same half of next year);
/// - every series written under `data:` gains the new period holding 【待填】, and so does its `growth:`
///   when it states growth; every single value is tagged `!todo` (confirm or replace it);
/// - `report.date` becomes 【待填】: the date of writing is the clerk's to state, never a guess.
///
/// `folio build` refuses the draft until every marker is replaced, or builds it with `--draft`, which
/// prints 【待填】 where they are. The YAML text is edited in place, so layout and comments survive.
/// Texts that name the old period literally (typed years, 2025年上半年) cannot be moved: each is a note.
public enum NextPeriodDraft {
    /// Drafts the dataset for `target` (default: the period after the dataset's own) from `yaml`.
    /// Throws the input's diagnostics when it is not a valid dataset, states no period, or already has
    /// figures for the target period. The comment the draft starts with is in `language`.
    public static func draft(
        yaml: String, fileName: String, directory: URL? = nil,
        to target: ReportPeriod? = nil, options: LoadOptions = LoadOptions(), language: Language = .english
    ) throws -> NextYearDraft {
        let (dataset, _) = try DatasetLoader.load(
            yaml: yaml, fileName: fileName, directory: directory, options: options)
        guard let old = dataset.report.period else {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("newyear.period.dataset-states-report-period"), at: dataset.report.location,
                    hint: Message("newyear.period.add-report-period-e.hint"),
                    code: "newyear.period"))
        }
        let new = target ?? old.next
        if new == old {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("newyear.period.dataset-already-covers-key", ["key": "\(new.key)"]),
                    at: dataset.report.location,
                    hint: Message("newyear.period.name-another-period.hint"), code: "newyear.period"))
        }
        // A data file may already hold the new period (the station's file came first): only figures typed
        // under data: are the draft's to add.
        if let v = dataset.values.first(where: { $0.point(new) != nil && $0.origin == nil }) {
            throw DiagnosticError(
                Diagnostic(
                    .error,
                    Message("newyear.year.name-already-has-figure", ["name": "\(v.name)", "key": "\(new.key)"]),
                    at: v.location,
                    hint: Message("newyear.year.new-year-drafts-period.hint"), code: "newyear.year"))
        }
        let root = try DatasetLoader.compose(yaml, fileName: fileName)
        guard case .mapping(let top) = root else { return NextYearDraft(yaml: yaml, notes: []) }
        var editor = YAMLTextEditor(source: yaml)
        if case .mapping(let report)? = top["report"] {
            if let p = report["period"] { editor.replaceScalar(p, with: new.key) }
            if let d = report["date"] { editor.replaceScalar(d, with: Dataset.toFillMarker) }
            moveDocumentParts(report["document"], years: new.year - old.year, editor: &editor)
        }
        if let data = top["data"] { markFigures(data, old: old, new: new, editor: &editor) }
        var notes = gapNotes(dataset, old: old, new: new)
        if let note = kindNote(old: old, new: new, at: dataset.report.location) { notes.append(note) }
        if let note = subtitleNote(top["report"], file: fileName) { notes.append(note) }
        // An expression that names the old year (“{地区生产总值[2025]}”, as an import of a report without relative
        // references writes it) names the new one in the next year's draft, the year before it moving too, as `--year`
        // moves them; after a jump, or between periods of other kinds, which years it should name is not known: a note.
        let movesYears = old.isYear && new.isYear && new.year == old.year + 1
        func visit(_ node: Node) {
            if movesYears { moveExpressions(node, from: String(old.year), to: String(new.year), editor: &editor) }
            noteLiteral(node, old: old, new: new, expressionsMoved: movesYears, file: fileName, notes: &notes)
        }
        for key in ["report", "charts", "body"] {
            guard let node = top[key] else { continue }
            if key == "report", case .mapping(let report) = node {
                // The period and the date were moved above; the plan span stays as it is.
                for (k, v) in report where !["period", "date", "plan", "document"].contains(k.string ?? "") { visit(v) }
                if case .mapping(let document)? = report["document"] {
                    for (k, v) in document where !movedDocumentKeys.contains(k.string ?? "") { visit(v) }
                }
            } else {
                visit(node)
            }
        }
        if let body = top["body"] {
            LiteralFigures.notes(body, period: new.chinese, file: fileName, into: &notes)
            YearClaims.notes(body, period: new.chinese, file: fileName, into: &notes)
        }
        notes += LiteralFigures.dataFileValues(dataset, period: new.chinese)
        let header =
            "# "
            + Message(
                "newyear.header.period",
                [
                    "period": "\(new.key)", "file": "\((fileName as NSString).lastPathComponent)",
                    "name": "\(new.chinese)",
                ]
            ).text(language) + "\n"
        return NextYearDraft(yaml: editor.apply(prefix: header, afterComments: true), notes: notes)
    }

    /// After a jump (`--to` past the next period), the periods the text compares the new one with — 上期 and 上年同期 —
    /// that a series typed under `data:` lacks: each is a note, since the draft cannot invent last period's figure.
    static func gapNotes(_ dataset: Dataset, old: ReportPeriod, new: ReportPeriod) -> [Diagnostic] {
        guard new != old.next else { return [] }
        var out: [Diagnostic] = []
        for v in dataset.values where v.origin == nil && !v.points.isEmpty {
            for p in Set([new.previous, new.sameLastYear]).sorted() where p != old && v.point(p) == nil {
                out.append(
                    Diagnostic(
                        .warning,
                        Message("newyear.gap.name-lacks-period", ["name": "\(v.name)", "period": "\(p.chinese)"]),
                        at: v.location,
                        hint: Message("newyear.gap.add-figure.hint", ["key": "\(p.key)"]), code: "newyear.gap"))
            }
        }
        return out
    }

    /// A note when the draft's period is of another kind than the dataset's (`--to 2025Q4` from 2025H1, a year from a
    /// half): the text was written for the other kind (上半年, a year's totals), so it may say the wrong thing.
    static func kindNote(old: ReportPeriod, new: ReportPeriod, at location: SourceLocation?) -> Diagnostic? {
        func kind(_ p: ReportPeriod) -> Int {
            switch p.part {
            case .year: return 0
            case .half: return 1
            case .quarter: return 2
            case .monthsToDate: return 3
            }
        }
        guard kind(old) != kind(new) else { return nil }
        return Diagnostic(
            .warning, Message("newyear.period-kind", ["old": "\(old.chinese)", "new": "\(new.chinese)"]),
            at: location, hint: Message("newyear.period-kind.hint"), code: "newyear.period-kind")
    }

    /// The keys of `report.document` a draft rewrites itself (`moveDocumentParts`).
    static let movedDocumentKeys = ["number", "printed"]

    /// A new document gets a new 发文字号 from the registry (its year moved by `years`, its serial 【待填】) and a new
    /// 印发日期 (【待填】): never a guess.
    static func moveDocumentParts(_ document: Node?, years: Int, editor: inout YAMLTextEditor) {
        guard case .mapping(let parts)? = document else { return }
        if let n = parts["number"], let number = n.string {
            editor.replaceScalar(n, with: movedNumber(number, years: years))
        }
        if let p = parts["printed"] { editor.replaceScalar(p, with: Dataset.toFillMarker) }
    }

    /// The next document's 发文字号: the year in 〔〕 moved by `years`, the serial 【待填】 (GB/T 9704 §7.2.5:
    /// the registry numbers documents in order, so the next serial is not the draft's to guess). An order's
    /// 令号 (第3号, §10.2) becomes 第【待填】号.
    static func movedNumber(_ number: String, years: Int) -> String {
        let marker = Dataset.toFillMarker
        if number.hasPrefix("第"), number.hasSuffix("号"), !number.contains("〔") { return "第\(marker)号" }
        guard let open = number.firstIndex(of: "〔"), let close = number.firstIndex(of: "〕"), open < close else {
            return number
        }
        let written = String(number[number.index(after: open)..<close])
        let year = Int(written).map { String($0 + years) } ?? written
        return String(number[..<open]) + "〔" + year + "〕" + marker + "号"
    }

    /// Adds `new: 【待填】` to every series (and to its stated growth) and tags every single value `!todo`. A series
    /// whose last point is the old period's 上期 (a budget report's figures of last year's execution) gains the new
    /// period's 上期 instead: that is what the moved text asks of it.
    static func markFigures(_ data: Node, old: ReportPeriod, new: ReportPeriod, editor: inout YAMLTextEditor) {
        let before = old.previous.key, wanted = new.previous.key
        NextYearDraft.markFigures(
            data, key: { $0 == before ? wanted : new.key }, in: ["values", "growth"], editor: &editor,
            value: { _ in Dataset.toFillMarker })
    }

    /// A note on `report.subtitle`: it names the meeting and the day this report was given at
    /// ("——2026年1月27日在…第四次会议上"), which next year's is not; nil when the report has none.
    static func subtitleNote(_ report: Node?, file: String) -> Diagnostic? {
        guard case .mapping(let m)? = report, let node = m["subtitle"], case .scalar(let s) = node, !s.string.isEmpty
        else { return nil }
        let at = s.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
        return Diagnostic(
            .warning, Message("newyear.subtitle.names-meeting", ["subtitle": "\(s.string)"]), at: at,
            hint: Message("newyear.subtitle.rewrite.hint"), code: "newyear.subtitle")
    }

    /// Moves the year `old` to `new` inside every expression of every text under `node` (`YAMLTextEditor.shift`).
    static func moveExpressions(_ node: Node, from old: String, to new: String, editor: inout YAMLTextEditor) {
        YAMLTextEditor.forEachScalar(under: node) { scalar, s in
            if s.string.contains(old) { _ = editor.shiftYears(in: scalar, from: old, to: new) }
        }
    }

    /// Notes each text under `node` that names the old period literally — its key, its Chinese text, or (when
    /// the year changes) its year outside an expression, or in one unless `expressionsMoved` — since a typed period
    /// does not move.
    static func noteLiteral(
        _ node: Node, old: ReportPeriod, new: ReportPeriod, expressionsMoved: Bool = false, file: String,
        notes: inout [Diagnostic]
    ) {
        YAMLTextEditor.forEachScalar(under: node) { _, s in
            guard let mark = s.mark else { return }
            let text = s.string
            var named: String?
            if !old.isYear && text.contains(old.chinese) {
                named = old.chinese
            } else if text.contains(old.key) && !old.isYear {
                named = old.key
            } else if old.year != new.year {
                // Typed outside an expression, or inside one (`[2025]`): neither moves here.
                let year = String(old.year), scalars = Array(text.unicodeScalars)
                let (_, outside) = YAMLTextEditor.shift(scalars, old: year, new: year)
                if outside || (!expressionsMoved && YAMLTextEditor.names(year, in: scalars)) { named = year }
                // The year before, named alone in an expression, stays when the others move: it then names a
                // year two back (“上年为{x[2024]}” beside “{x[2026]}”).
                let before = String(old.year - 1)
                if named == nil, expressionsMoved, YAMLTextEditor.names(before, without: year, in: scalars) {
                    named = before
                }
            }
            guard let named else { return }
            notes.append(
                Diagnostic(
                    .warning,
                    Message(
                        "newyear.literal-year.this-text-names-named",
                        ["named": "\(named)", "chinese": "\(old.chinese)"]),
                    at: SourceLocation(file: file, line: mark.line, column: mark.column),
                    hint: Message("newyear.literal-year.write-so-moves-check.hint", ["chinese": "\(new.chinese)"]),
                    code: "newyear.literal-year"))
        }
    }
}
