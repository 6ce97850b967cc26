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

/// A page image written by `Pipeline.renderPageImages`: its file, the page's size and where each paragraph and
/// heading of the body is printed on it (what the workbench maps a click on the image to).
public struct PageImage: Sendable, Hashable {
    /// The image file.
    public var file: URL
    /// The page's width and height in points.
    public var width: Double, height: Double
    /// The printed paragraphs and headings, in page order.
    public var areas: [PrintedBlock]
    /// A hash of the page's display list and the image format: two pages with the same digest draw the same image.
    /// Valid within this process only (Swift's hash seed differs from one run to the next).
    public var digest: String
    /// Whether the image was copied from `reusing` rather than drawn.
    public var reused: Bool
}

/// Where a paragraph or heading is printed on a page: a rectangle in points from the page's top-left corner (y
/// down), and the dataset line the block is written on.
public struct PrintedBlock: Sendable, Hashable, Codable {
    /// The rectangle's left edge, top edge, width and height, in points.
    public var x: Double, y: Double, width: Double, height: Double
    /// The dataset line of the paragraph or heading (from 1).
    public var line: Int
    /// Creates a printed block.
    public init(x: Double, y: Double, width: Double, height: Double, line: Int) {
        self.x = x; self.y = y; self.width = width; self.height = height; self.line = line
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
        try renderPageImages(
            dataset: dataset, folder: folder, baseName: baseName, format: format, pages: pages, theme: theme,
            options: options
        ).map(\.file)
    }

    /// `renderImages`, returning with each file where the body's paragraphs and headings are printed on its page
    /// and its digest. A page whose digest is a key of `reusing` (the digests of images drawn earlier in this
    /// process) is copied from that file instead of drawn: the same display list draws the same bytes.
    public static func renderPageImages(
        dataset: URL, folder: URL, baseName: String, format: ImageFormat,
        pages: ClosedRange<Int>? = nil, theme: String? = nil,
        options: BuildOptions = BuildOptions(), reusing previous: [String: URL] = [:]
    ) throws -> [PageImage] {
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
        var written: [PageImage] = []
        for (page, url) in files {
            var hasher = Hasher()
            hasher.combine(page.frame)
            hasher.combine(format)
            let digest = String(UInt64(bitPattern: Int64(hasher.finalize())), radix: 16)
            if let old = previous[digest], (try? FileManager.default.copyItem(at: old, to: url)) != nil {
                written.append(image(page, url, digest: digest, reused: true))
                continue
            }
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
            written.append(image(page, url, digest: digest, reused: false))
        }
        return written
    }

    /// What `renderPageImages` returns for `page` written to `url`.
    static func image(_ page: Page, _ url: URL, digest: String, reused: Bool) -> PageImage {
        PageImage(
            file: url, width: page.frame.size.width.value, height: page.frame.size.height.value,
            areas: page.sourceAreas.map {
                PrintedBlock(
                    x: $0.rect.minX.value, y: $0.rect.minY.value, width: $0.rect.size.width.value,
                    height: $0.rect.size.height.value, line: $0.line)
            }, digest: digest, reused: reused)
    }
}

extension Pipeline {
    /// Lays `report` out; returns the pages whose numbers (from 1) are in `pages` (all when nil) and the page count.
    /// A range with no page of the report is an input error (`cli.pages`; the command line reports it as a usage
    /// error, exit 64).
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
