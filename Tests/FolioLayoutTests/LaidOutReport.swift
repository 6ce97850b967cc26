import Foundation
import FolioDisplay
import FolioLayout
import Folio

/// The bundled report laid out in memory (no PDF), shared by the layout tests.
enum LaidOutReport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Pages and metrics of the bundled report (or of another dataset).
    static func pages(dataset: URL? = nil) throws -> (pages: [Page], metrics: PageMetrics) {
        let url = dataset ?? root.appendingPathComponent("Assets/reports/xx-town-2016-2020.yaml")
        let report = try Pipeline.load(dataset: url)
        let engine = try Pipeline.textEngine(for: report.theme)
        let layout = LayoutEngine(theme: report.theme, text: engine)
        var pages: [Page] = []
        try layout.layout(report.document) { pages.append($0) }
        return (pages, layout.metrics)
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
            guard case .text(let run, let at) = item, let first = run.glyphs.first, let last = run.glyphs.last else { continue }
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
