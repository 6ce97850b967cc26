import FolioMessages
import Foundation
import FolioDisplay
import FolioLayout
import FolioRender

/// Page images: PNG previews and SVG pages.
public enum ImageFormat: Sendable, Hashable {
    /// PNG through Cairo's image surface at `dpi`.
    case png(dpi: Double)
    /// SVG, one file per page, at the page's size in points.
    case svg
    /// The file extension.
    var fileExtension: String {
        switch self {
        case .png: return "png"
        case .svg: return "svg"
        }
    }
}

extension Pipeline {
    /// Renders the pages of `dataset` whose numbers (from 1) are in `pages` (all when nil) as images in
    /// `folder`, named `<base>-<n>.png|svg` with n zero-padded to the page count's width.
    /// Each file is written atomically; none replaces an input (`checkOutput`). Returns the files written, in page order.
    public static func renderImages(
        dataset: URL, folder: URL, baseName: String, format: ImageFormat,
        pages: ClosedRange<Int>? = nil, theme: String? = nil,
        options: BuildOptions = BuildOptions()
    ) throws -> [URL] {
        let report = try load(dataset: dataset, theme: theme, options: options)
        let (selected, total) = try layoutPages(report, pages: pages)
        let width = String(total).count
        let files = selected.map { page -> (Page, URL) in
            var number = String(page.index + 1)
            while number.count < width { number = "0" + number }
            return (
                page, folder.appendingPathComponent("\(baseName)-\(number).\(format.fileExtension)", isDirectory: false)
            )
        }
        for (_, url) in files { try checkOutput(url, inputs: report.inputs) }
        var written: [URL] = []
        for (page, url) in files {
            do {
                switch format {
                case .png(let dpi): try RasterRenderer.writePNG(page, dpi: dpi, to: url)
                case .svg: try SVGRenderer.writeSVG(page, to: url)
                }
            } catch let e as RenderError {
                throw FolioError.output(
                    Message("folio.cannot-write-path-e", ["path": "\(url.path)", "e": .error(e)]),
                    hint: Message("folio.check-that-folder-exists.hint-2"))
            }
            written.append(url)
        }
        return written
    }
}

extension Pipeline {
    /// Lays `report` out; returns the pages whose numbers (from 1) are in `pages` (all when nil) and the page count.
    /// A range with no page of the report is an input error (`cli.pages`).
    static func layoutPages(_ report: LoadedReport, pages: ClosedRange<Int>?) throws -> (pages: [Page], total: Int) {
        let engine = try textEngine(for: report.theme)
        var selected: [Page] = []
        var total = 0
        var layout = LayoutEngine(theme: report.theme, text: engine)
        layout.concurrentBlocks = compositionWidth(drawingAlongside: false)   // pages are drawn after layout
        try layout.layout(report.document) { page in
            total += 1
            if pages?.contains(page.index + 1) ?? true { selected.append(page) }
        }
        if let pages, selected.isEmpty {
            throw FolioError.input(
                .init(
                    .init(
                        .error,
                        Message(
                            "cli.pages.page-lower-bound-upper",
                            [
                                "lower-bound": "\(pages.lowerBound)", "upper-bound": "\(pages.upperBound)",
                                "total": "\(total)",
                            ]),
                        hint: Message("cli.pages.choose-pages-between-total.hint", ["total": "\(total)"]),
                        code: "cli.pages")))
        }
        return (selected, total)
    }
}
