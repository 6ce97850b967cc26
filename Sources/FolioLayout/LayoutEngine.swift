import FolioDisplay
import FolioDocument
import FolioText

/// What a layout run produced besides the pages.
public struct LayoutSummary: Sendable {
    /// Pages emitted.
    public var pageCount: Int
    /// Bookmarks of the whole document, in order.
    public var outline: [OutlineEntry]
}

/// Document + theme → pages, streamed: each page is handed to `emit` as soon as it is final,
/// so a backend can write it and memory stays flat (DESIGN.md: the display list between layout and export).
public struct LayoutEngine: Sendable {
    /// The theme.
    public let theme: Theme
    /// The text engine used for every line.
    public let text: TextEngine
    /// Page geometry in points.
    public let metrics: PageMetrics

    /// Creates a layout engine.
    public init(theme: Theme, text: TextEngine) {
        self.theme = theme
        self.text = text
        self.metrics = PageMetrics(theme: theme)
    }

    /// Lays out `document`, calling `emit` with every finished page in order.
    @discardableResult
    public func layout(_ document: Document, emit: (Page) throws -> Void) throws -> LayoutSummary {
        let composer = BlockComposer(theme: theme, metrics: metrics, text: text)
        let furniture = PageFurniture(theme: theme, metrics: metrics, text: text)
        var paginator = Paginator(capacity: metrics.linesPerPage)
        var pageIndex = 0
        var outline: [OutlineEntry] = []
        var keepNext = false

        func place(_ units: [FlowUnit]) throws {
            var page = Frame(size: metrics.paper)
            var entries: [OutlineEntry] = []
            var line = 0
            for unit in units {
                let top = metrics.cellTop(line)
                page.items += unit.items.map { $0.offset(dx: metrics.typeArea.minX, dy: top) }
                for var e in unit.outline {
                    e.pageIndex = pageIndex; e.y = top + e.y
                    entries.append(e)
                }
                line += unit.lines
            }
            page.items += try furniture.pageNumber(pageIndex + 1)
            outline += entries
            try emit(Page(index: pageIndex, label: String(pageIndex + 1), frame: page, outline: entries))
            pageIndex += 1
        }

        for block in document.blocks {
            for var unit in try composer.units(for: block) {
                if keepNext { unit.breakBefore = false }
                keepNext = unit.keepWithNext
                for page in paginator.append(unit) { try place(page) }
            }
        }
        for page in paginator.finish() { try place(page) }
        return LayoutSummary(pageCount: pageIndex, outline: outline)
    }
}
