import FolioMessages
import Foundation
import Yams

/// Next year's dataset drafted from this year's (`folio new-year`): the same structure, prose and
/// comments, with the reporting period moved on one year. The YAML text is edited in place, not
/// re-serialised, so the clerk's layout and comments survive:
///
/// - every series gains the new year, holding last year's figure tagged `!todo` (the loader warns
///   about each until it is replaced), so last year's figures become history the prose can
///   compare with (`{增长率(农民人均纯收入, 2020, 2021)}` — 比上年增长);
/// - every single value (`value:` or a bare figure) is tagged `!todo` too: it has to be confirmed;
/// - inside every expression, the last year becomes the new one (`{农民人均纯收入[2020]}` →
///   `[2021]`), and in an expression naming it the year before too (`{变化(x, 2019, 2020)}` → `(x, 2020, 2021)`);
///   years further back (a base year such as 2015) are kept;
/// - `report.date` becomes 【待填】 (never a guessed date), and so do an official document's serial number
///   (X政发〔2022〕【待填】号) and its 印发日期.
///
/// Years typed in the prose itself are left alone (“2019、2020年连续两年遭受强降雨” is history);
/// a note points at each text that names the old year, for the clerk to read.
public struct NextYearDraft: Sendable {
    /// The new dataset's YAML text.
    public var yaml: String
    /// Notes for the clerk: texts that still name the old year (warnings, located in the input).
    public var notes: [Diagnostic]

    /// Drafts the dataset for `year` from `yaml` (the dataset for `year - 1`). Throws the input's
    /// diagnostics when it is not a valid dataset, or when it already has figures for `year`. The comment the draft
    /// starts with is in `language`.
    public static func draft(
        yaml: String, fileName: String, directory: URL? = nil, year: Int,
        options: LoadOptions = LoadOptions(), language: Language = .english
    ) throws -> NextYearDraft {
        let (dataset, _) = try DatasetLoader.load(
            yaml: yaml, fileName: fileName, directory: directory, options: options)
        let old = String(year - 1), new = String(year)
        if let v = dataset.values.first(where: { $0.quantity(year: new) != nil }) {
            throw DiagnosticError(
                Diagnostic(
                    .error, Message("newyear.year.name-already-has-figure-2", ["name": "\(v.name)", "new": "\(new)"]),
                    at: v.location,
                    hint: Message("newyear.year.new-year-drafts-new.hint", ["new": "\(new)", "old": "\(old)"]),
                    code: "newyear.year"))
        }
        let root = try DatasetLoader.compose(yaml, fileName: fileName)
        var editor = YAMLTextEditor(source: yaml)
        var notes: [Diagnostic] = []
        guard case .mapping(let top) = root else { return NextYearDraft(yaml: yaml, notes: []) }
        for (key, value) in top {
            switch key.string {
            case "data": carryFigures(value, to: new, editor: &editor)
            case "report":
                // The document's number and printing date are rewritten below, not shifted.
                guard case .mapping(let report) = value else { break }
                for (k, v) in report {
                    if k.string == "document", case .mapping(let document) = v {
                        for (dk, dv) in document where !NextPeriodDraft.movedDocumentKeys.contains(dk.string ?? "") {
                            shiftExpressions(dv, from: old, to: new, editor: &editor, notes: &notes, file: fileName)
                        }
                    } else {
                        shiftExpressions(v, from: old, to: new, editor: &editor, notes: &notes, file: fileName)
                    }
                }
            case "charts", "body":
                shiftExpressions(value, from: old, to: new, editor: &editor, notes: &notes, file: fileName)
            default: break
            }
        }
        if let note = NextPeriodDraft.subtitleNote(top["report"], file: fileName) { notes.append(note) }
        if let body = top["body"] {
            LiteralFigures.notes(body, period: "\(new)年", file: fileName, into: &notes)
            YearClaims.notes(body, period: "\(new)年", file: fileName, into: &notes)
        }
        notes += LiteralFigures.dataFileValues(dataset, period: "\(new)年")
        // The date of writing is the clerk's to state: a marker, never last year's date plus one.
        if case .mapping(let report)? = top["report"] {
            if let date = report["date"] { editor.replaceScalar(date, with: Dataset.toFillMarker) }
            NextPeriodDraft.moveDocumentParts(report["document"], years: 1, editor: &editor)
        }
        let header =
            "# "
            + Message("newyear.header.year", ["year": "\(new)", "file": "\((fileName as NSString).lastPathComponent)"])
            .text(language) + "\n"
        return NextYearDraft(yaml: editor.apply(prefix: header, afterComments: true), notes: notes)
    }

    /// Adds `year: !todo <last figure>` to every series and tags every single value `!todo`. A series whose last
    /// figure is of the year before the old one (a budget report's 上期: last year's execution) gains the old year
    /// instead: next year's text asks for it as its 上期.
    static func carryFigures(_ data: Node, to year: String, editor: inout YAMLTextEditor) {
        let old = Int(year).map { String($0 - 1) } ?? year, before = Int(year).map { String($0 - 2) }
        markFigures(
            data, key: { $0 == before ? old : year }, in: ["values"], editor: &editor,
            value: { last in "!todo " + (last.string ?? "0") })
    }

    /// Tags every single value of `data` `!todo` and adds a point to the mappings named `series` of every series
    /// (`values`, and `growth` where stated growth moves too): keyed by what `key` makes of the last point's key,
    /// holding what `value` makes of the last point.
    static func markFigures(
        _ data: Node, key: (String?) -> String, in series: [String], editor: inout YAMLTextEditor,
        value: (Node) -> String
    ) {
        guard case .mapping(let entries) = data else { return }
        for (_, entry) in entries {
            switch entry {
            case .scalar: editor.tagTodo(entry)
            case .mapping(let fields):
                if let v = fields["value"] { editor.tagTodo(v) }
                for name in series {
                    if case .mapping(let points)? = fields[name], let last = points.map({ $0 }).last {
                        editor.appendPair(
                            after: last.value, in: fields[name], key: key(last.key.string), value: value(last.value))
                    }
                }
            case .sequence: break
            }
        }
    }

    /// Moves `old` to `new` inside every expression of every text under `node`; notes texts that
    /// still name `old` outside their expressions.
    static func shiftExpressions(
        _ node: Node, from old: String, to new: String, editor: inout YAMLTextEditor,
        notes: inout [Diagnostic], file: String
    ) {
        YAMLTextEditor.forEachScalar(under: node) { scalar, s in
            guard s.string.contains(old), let mark = s.mark, editor.shiftYears(in: scalar, from: old, to: new) else {
                return
            }
            notes.append(
                Diagnostic(
                    .warning, Message("newyear.literal-year.this-text-names-year", ["old": "\(old)"]),
                    at: SourceLocation(file: file, line: mark.line, column: mark.column),
                    hint: Message("newyear.literal-year.check-whether-should-now.hint", ["new": "\(new)"]),
                    code: "newyear.literal-year"))
        }
    }
}
