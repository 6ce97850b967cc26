import FolioMessages
import FolioData

/// `todo.marker`: a figure, date or text still to fill in — `!todo`, `【待填】` — as `folio new-year` leaves them, and
/// a table caption still `folio import`'s placeholder “（表题）”. A warning here (the draft is work in progress);
/// `folio build` refuses the markers unless `--draft` (`Dataset.typedMarkers`, beside the `!todo` figures).
public struct ToFillRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// The marker text.
    static let marker = Dataset.toFillMarker

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(
            id: "todo.marker", severity: .warning, summary: Message("check.figure-date-text-still"))
    }

    /// Every marker left in the data, the date and the prose.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        let dataset = prose.dataset
        var out: [Finding] = []
        func add(_ location: SourceLocation?, _ what: MessageArgument) {
            out.append(
                Finding(
                    rule: info.id, severity: info.severity, location: location,
                    message: Message("check.what-still-fill", ["what": what]),
                    fix: Message("check.write-figure-place-marker.hint"),
                    excerpt: Self.marker))
        }
        if let date = dateFinding(prose) { out.append(date) }
        if let issuer = issuerFinding(prose) { out.append(issuer) }
        let parts = dataset.report.document
        if parts.number?.contains(Self.marker) == true { add(parts.location, "report.document.number") }
        if parts.printedToFill { add(parts.location, "report.document.printed") }
        for column in dataset.pendingColumns {
            add(
                column.location,
                .message(
                    Message(
                        "check.to-fill.column",
                        [
                            "header": "\(column.header)", "file": "\(column.path)",
                            "names": "\(column.names.joined(separator: "、"))",
                        ])))
        }
        for value in dataset.values {
            if value.toFill { add(value.location, "\(value.name)") }
            // A data file's pending figures are its missing column, reported above once.
            for point in value.points where point.toFill && value.origin == nil {
                add(point.location ?? value.location, "\(value.name)[\(point.year)]")
            }
            // A stated growth still to fill in (`growth: { 2025H2: 【待填】 }`), as the build refuses it.
            for (year, point) in value.statedGrowth.sorted(by: { $0.key < $1.key }) where point.toFill {
                add(point.location ?? value.location, "\(value.name).growth[\(year)]")
            }
        }
        out += markers(prose) + captions(prose)
        for cell in dataset.tableCellsToFill() {
            out.append(
                Finding(
                    rule: info.id, severity: info.severity, location: cell.location,
                    message: Message("check.text-still-fill"),
                    fix: Message("check.write-text-place-marker.hint", ["marker": "\(Self.marker)"]),
                    excerpt: cell.raw))
        }
        return out
    }

    /// The pending `report.date`, at the date itself (the mapping's key `date:`, where `folio build` reports it) and
    /// worded as the build words it: a final build refuses it, so the fix says so (docs/checks.md, `todo.marker`).
    func dateFinding(_ prose: ProseCorpus) -> Finding? {
        let report = prose.dataset.report
        guard report.dateToFill else { return nil }
        return Finding(
            rule: info.id, severity: info.severity, location: Self.location(of: "date", in: prose),
            message: Message("check.to-fill.date"), fix: Message("check.to-fill.date.hint"), excerpt: Self.marker)
    }

    /// Where the value of `report`'s `key` is written, else where `report:` is.
    static func location(of key: String, in prose: ProseCorpus) -> SourceLocation? {
        let report = prose.dataset.report.location
        return report.flatMap { prose.source?.valueLocation(ofKey: key, inMappingAt: $0) } ?? report
    }

    /// The caption `folio import` gives a table that had none (Importer+YAML): printed, it reads “表1（表题）”.
    static let captionPlaceholder = Dataset.importPlaceholders.caption

    /// The texts `folio import` writes where it found none (Importer+YAML), by the kind of text, with the message
    /// that says so: printed as they are, they read “（标题）” at the head of the report, “表1（表题）” over a table.
    static let placeholders: [(kind: ProseUnit.Kind, text: String, message: String)] = [
        (.caption, captionPlaceholder, Dataset.placeholderMessages.caption),
        (.title, Dataset.importPlaceholders.title, Dataset.placeholderMessages.title),
    ]

    /// Every title or caption still the importer's placeholder, at the placeholder: a to-fill marker like 【待填】
    /// (docs/checks.md, `todo.marker`).
    func captions(_ prose: ProseCorpus) -> [Finding] {
        Self.placeholders.flatMap { kind, text, message in
            let placeholder = Array(text)
            return prose.units.filter { $0.kind == kind }.flatMap { unit in
                unit.indices(ofWord: placeholder).filter { unit.isLiteral($0..<($0 + placeholder.count)) }.map { i in
                    finding(
                        unit, at: i..<(i + placeholder.count), Message(message), fix: Message(message + ".hint"))
                }
            }
        }
    }

    /// The issuer still the importer's placeholder or a 【待填】, at the issuer (it is printed as the signature).
    func issuerFinding(_ prose: ProseCorpus) -> Finding? {
        let report = prose.dataset.report
        guard prose.dataset.issuerToFill else { return nil }
        return Finding(
            rule: info.id, severity: info.severity, location: Self.location(of: "issuer", in: prose),
            message: Message(Dataset.placeholderMessages.issuer),
            fix: Message(Dataset.placeholderMessages.issuer + ".hint"),
            excerpt: report.issuer)
    }

    /// Every 【待填】 typed in the prose.
    func markers(_ prose: ProseCorpus) -> [Finding] {
        var out: [Finding] = []
        let marker = Array(Self.marker)
        for unit in prose.units {
            // Each typed marker once: a marker reported is not searched again inside.
            var next = 0
            for i in unit.indices(ofWord: marker) where i >= next && unit.isLiteral(i..<(i + marker.count)) {
                out.append(
                    finding(
                        unit, at: i..<(i + marker.count), Message("check.text-still-fill"),
                        fix: Message("check.write-text-place-marker.hint", ["marker": "\(Self.marker)"])))
                next = i + marker.count
            }
        }
        return out
    }
}
