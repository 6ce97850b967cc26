import FolioMessages

/// The diagnostics that only follow from another one already reported, left out so that one mistake reads as one
/// error: a figure written but unreadable (`value: 一万九千`) is not also "an unknown name" wherever the text or a
/// `sum:` uses it; a `report.period` written but unreadable is not also "needs a report period" at every 本期 (nor
/// "needs years:" at every table that takes its years from the period); and
/// while there are errors, a figure is not "never used" (the use may be what failed).
enum FollowOnErrors {
    /// The codes of "unknown name" diagnostics, whose message names the name (argument `name`).
    static let unknownName: Set<String> = ["data.unknown-name", "expr.unknown-name", "table.unknown-name"]

    /// `diagnostics` without those that follow from an error among them.
    static func removed(from diagnostics: [Diagnostic], unreadNames: Set<String>, periodUnread: Bool) -> [Diagnostic] {
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return diagnostics.filter { d in
            if unknownName.contains(d.code), let name = unknownNameArgument(d.messageText), unreadNames.contains(name) {
                return false
            }
            // A table's years come from the report period when it names none.
            if periodUnread && (d.code == "expr.no-period" || d.code == "table.needs-years") { return false }
            if hasErrors && d.severity == .warning && d.code == "data.unused" { return false }
            return true
        }
    }

    /// The `name` argument of the "unknown name" message in `message`, looking inside the messages it wraps (an
    /// expression's error is wrapped in "in the expression …: ").
    static func unknownNameArgument(_ message: Message) -> String? {
        if message.id.contains("unknown-name"), case .verbatim(let name)? = message.arguments["name"] { return name }
        for argument in message.arguments.values {
            if case .message(let inner) = argument, let name = unknownNameArgument(inner) { return name }
        }
        return nil
    }
}
