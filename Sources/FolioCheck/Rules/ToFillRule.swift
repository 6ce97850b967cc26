import FolioMessages
import FolioData

/// `todo.marker`: a figure, date or text still to fill in — `!todo`, `【待填】` — as `folio new-year` leaves them. A
/// warning here (the draft is work in progress); `folio build` refuses them unless `--draft`.
public struct ToFillRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// The marker text.
    static let marker = "【待填】"

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
        if dataset.report.dateToFill { add(dataset.report.location, "report.date") }
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
        }
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
