import Foundation
import FolioData
import FolioDisplay
import FolioDocument
import FolioLayout
import FolioTestSupport
import FolioText

/// The bundled report laid out in memory (no PDF), shared by the layout tests. Datasets and themes are read
/// with FolioData and FolioDocument directly, as the pipeline reads them, so these tests need no `Folio`.
enum LaidOutReport {
    /// A bundled theme by name (`Assets/themes/NAME.yaml`).
    static func theme(_ name: String) throws -> Theme {
        try YAMLDocument.decode(Theme.self, from: Checkout.theme(name))
    }

    /// `dataset` resolved with the bundled theme `themeName` (the dataset's own theme when nil).
    static func load(_ dataset: URL, theme themeName: String? = nil) throws -> (document: Document, theme: Theme) {
        let (data, _) = try DatasetLoader.load(contentsOf: dataset)
        let theme = try theme(themeName ?? data.themeName)
        return (try Document.resolve(data, theme: theme).document, theme)
    }

    /// The text engine for `theme`: its font stacks resolved through fontconfig.
    static func textEngine(for theme: Theme) throws -> TextEngine {
        try TextEngine(theme: theme, fonts: FontSystem())
    }

    /// Pages and metrics of `document` set with `theme`.
    static func pages(of document: Document, theme: Theme) throws -> (pages: [Page], metrics: PageMetrics) {
        let layout = LayoutEngine(theme: theme, text: try textEngine(for: theme))
        var pages: [Page] = []
        try layout.layout(document) { pages.append($0) }
        return (pages, layout.metrics)
    }

    /// Pages and metrics of the bundled report (or of another dataset).
    static func pages(dataset: URL = Checkout.bundledReport) throws -> (pages: [Page], metrics: PageMetrics) {
        let report = try load(dataset)
        return try pages(of: report.document, theme: report.theme)
    }
}

/// A printed line reconstructed from the display list: the text runs sharing a baseline.
struct PrintedLine {
    var baseline: Pt
    var minX: Pt
    var maxX: Pt
    var text: String
    var size: Pt

    /// The top-level text items of a page grouped by baseline, top to bottom (groups such as charts are skipped).
    static func lines(of page: Page) -> [PrintedLine] {
        var rows: [Double: PrintedLine] = [:]
        for item in page.frame.items {
            guard case .text(let run, let at) = item, let first = run.glyphs.first, let last = run.glyphs.last else {
                continue
            }
            let key = (at.y.value * 100).rounded() / 100
            let x0 = at.x + first.x, x1 = at.x + last.x + last.advance
            if var row = rows[key] {
                row.minX = min(row.minX, x0); row.maxX = max(row.maxX, x1); row.text += run.text
                rows[key] = row
            } else {
                rows[key] = PrintedLine(baseline: at.y, minX: x0, maxX: x1, text: run.text, size: run.size)
            }
        }
        return rows.values.sorted { $0.baseline < $1.baseline || ($0.baseline == $1.baseline && $0.minX < $1.minX) }
    }
}
