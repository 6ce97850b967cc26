import FolioDisplay
import FolioMessages
import FolioLayout

/// The `folio fonts` report: for each role, the face chosen and why, and the characters of the
/// document that face lacks (drawn from a fallback face, or from none).
public enum FontReport {
    /// Lays the report out (without writing anything) and describes the fonts it used, in English.
    public static func lines(for report: LoadedReport) throws -> [String] {
        try messages(for: report).map(\.english)
    }

    /// Lays the report out (without writing anything) and describes the fonts it used: one message a line.
    public static func messages(for report: LoadedReport) throws -> [Message] {
        let engine = try Pipeline.textEngine(for: report.theme)
        var layout = LayoutEngine(theme: report.theme, text: engine)
        layout.concurrentBlocks = Pipeline.compositionWidth(drawingAlongside: false)
        _ = try layout.layout(report.document) { _ in }
        var out: [Message] = []
        for (role, face) in engine.faceReport() {
            let stack = report.theme.fonts[role]
            let chosen = stack.firstIndex { $0.hasPrefix(face.face.family) } ?? 0
            let skipped = stack.prefix(chosen).joined(separator: ", ")
            let why =
                face.substituted
                ? Message("fonts.why.substitute", ["families": "\(skipped.isEmpty ? face.requested : skipped)"])
                : Message("fonts.why.first")
            out.append(
                Message(
                    "fonts.role",
                    [
                        "role": .message(role.name), "family": "\(face.face.family)",
                        "file": "\(face.face.path)#\(face.face.index)", "why": .message(why),
                    ]))
            if let chars = engine.fallbackCharacters[role], !chars.isEmpty {
                out.append(
                    Message("fonts.lacks", ["count": .number(chars.count), "characters": "\(String(chars.sorted()))"]))
            }
        }
        if !engine.missingCharacters.isEmpty {
            out.append(Message("fonts.missing", ["characters": "\(String(engine.missingCharacters.sorted()))"]))
        }
        return out
    }
}
