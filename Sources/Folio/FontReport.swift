import FolioDisplay
import FolioLayout

/// The `folio fonts` report: for each role, the face chosen and why, and the characters of the
/// document that face lacks (drawn from a fallback face, or from none).
public enum FontReport {
    /// Lays the report out (without writing anything) and describes the fonts it used.
    public static func lines(for report: LoadedReport) throws -> [String] {
        let engine = try Pipeline.textEngine(for: report.theme)
        var layout = LayoutEngine(theme: report.theme, text: engine)
        layout.concurrentBlocks = Pipeline.compositionWidth(drawingAlongside: false)
        _ = try layout.layout(report.document) { _ in }
        var out: [String] = []
        for (role, face) in engine.faceReport() {
            let stack = report.theme.fonts[role]
            let chosen = stack.firstIndex { $0.hasPrefix(face.face.family) } ?? 0
            let skipped = stack.prefix(chosen).joined(separator: ", ")
            let why =
                face.substituted
                ? "substitute: first installed family of the theme's stack (not installed: \(skipped.isEmpty ? face.requested : skipped))"
                : "first family of the theme's stack"
            out.append("\(role.rawValue): \(face.face.family) (\(face.face.path)#\(face.face.index)) — \(why)")
            if let chars = engine.fallbackCharacters[role], !chars.isEmpty {
                out.append("    lacks \(chars.count): \(String(chars.sorted())) (drawn from a fallback face)")
            }
        }
        if !engine.missingCharacters.isEmpty {
            out.append("missing everywhere: \(String(engine.missingCharacters.sorted()))")
        }
        return out
    }
}
