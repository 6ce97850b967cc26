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
    /// How many blocks are composed (shaped, broken, charted) at once, on every core; 1 composes
    /// them one after another. Pages are the same either way. Worth it where nothing else keeps the other cores
    /// busy (`folio fonts`, a serial build); `folio build` already draws on one core while layout runs on the
    /// other (Benchmarks/README.md).
    public var concurrentBlocks = 1

    /// Creates a layout engine.
    public init(theme: Theme, text: TextEngine) {
        self.theme = theme
        self.text = text
        self.metrics = PageMetrics(theme: theme)
    }

    /// Lays out `document`, calling `emit` with every finished page in order: the front matter first when
    /// the theme has one (`LayoutEngine+FrontMatter.swift`), then the body.
    @discardableResult
    public func layout(_ document: Document, emit: (Page) throws -> Void) throws -> LayoutSummary {
        if let front = theme.frontMatter, front.cover != nil || front.contents != nil {
            return try layoutWithFrontMatter(document, front, emit: emit)
        }
        return try layoutBody(document, firstIndex: 0, emit: emit)
    }

    /// Lays out the body as pages `firstIndex`, `firstIndex + 1`, … printed and labelled from 1.
    func layoutBody(_ document: Document, firstIndex: Int, emit: (Page) throws -> Void) throws -> LayoutSummary {
        let composer = BlockComposer(theme: theme, metrics: metrics, text: text)
        let furniture = PageFurniture(theme: theme, metrics: metrics, text: text)
        var paginator = Paginator(capacity: metrics.linesPerPage, turnedCapacity: metrics.turned.linesPerPage)
        var pageIndex = firstIndex
        var outline: [OutlineEntry] = []
        var keepNext = false
        var chapter: String?   // the level-1 heading in force, for the running header

        func place(_ units: [FlowUnit], numbered: Bool = true) throws {
            var page = Frame(size: metrics.paper)
            var entries: [OutlineEntry] = []
            var areas: [SourceArea] = []
            var line = 0
            // GB/T 9704 §8: a landscape table's page is set turned a quarter and drawn upright, its number unturned.
            let turned = units.first?.turned == true
            let area = turned ? metrics.turned : metrics
            var body: [FrameItem] = []
            for unit in units {
                let top = area.cellTop(line)
                let dx = unit.centred ? (area.typeArea.size.width - metrics.typeArea.size.width) / 2 : .zero
                body += unit.items.map { $0.offset(dx: area.typeArea.minX + dx, dy: top) }
                if let source = unit.sourceLine {
                    let rect = Rect(
                        x: area.typeArea.minX, y: top, width: area.typeArea.size.width,
                        height: area.linePitch * Double(unit.lines))
                    areas.append(SourceArea(rect: turned ? metrics.turnedBack(rect) : rect, line: source))
                }
                for var e in unit.outline {
                    e.pageIndex = pageIndex; e.y = turned ? metrics.typeArea.minY : top + e.y
                    entries.append(e)
                }
                line += unit.lines
            }
            page.items += turned ? [.group(Frame(size: area.paper, items: body), metrics.turning)] : body
            let number = pageIndex - firstIndex + 1
            // GB/T 9704 §10.1: a letter's first page shows no page number.
            // Page numbers and the running header are artifacts: outside the structure of a tagged PDF.
            if numbered && !(theme.format == .letter && number == 1) {
                page.items += try furniture.pageNumber(number).asArtifact()
            }
            if theme.runningHeader != nil && number > 1 {   // none over the title, as on a chapter's first page
                let opening = entries.first { $0.level == 1 }?.title ?? chapter
                page.items += try furniture.runningHeader(title: document.metadata.title, section: opening).asArtifact()
            }
            chapter = entries.last { $0.level == 1 }?.title ?? chapter
            outline += entries
            // A draft's 【待填】 in red, wherever it is printed (text, table cells, a chart's placeholder).
            let marked = page.highlighting(Document.toFillMarker, in: OfficialHeaderComposer.red)
            try emit(
                Page(index: pageIndex, label: String(number), frame: marked, outline: entries, sourceAreas: areas))
            pageIndex += 1
        }

        try composer.forEachBlock(document.blocks, width: concurrentBlocks) { units in
            for var unit in units {
                if keepNext { unit.breakBefore = false }
                // The blank lines under a title keep what follows with it, as the title does.
                keepNext = unit.keepWithNext || (keepNext && unit.droppableAtTop && unit.items.isEmpty)
                for page in paginator.append(unit) { try place(page) }
            }
        }
        var last = paginator.finish()
        var extra: [[FlowUnit]] = []
        // GB/T 9704 §10.1: a letter's 版记 has no 印发机关, 印发日期 or rules; without 抄送 it has none.
        let letter = theme.format == .letter
        if var imprint = document.imprint, !letter || !imprint.copiesTo.isEmpty {
            if letter { imprint = Imprint(copiesTo: imprint.copiesTo) }
            let unit = try ImprintComposer(
                metrics: metrics, text: text, punctuation: theme.punctuation, rules: !letter
            ).unit(for: imprint)
            let placement = ImprintPlacement(capacity: metrics.linesPerPage, imprint: unit)
            (last, extra) = placement.pages(ending: last, firstNumber: pageIndex - firstIndex + 1)
        }
        for page in last { try place(page) }
        // §7.5: a blank page before the 版记 page, and that page when it holds only the 版记, carry no number.
        for page in extra { try place(page, numbered: false) }
        return LayoutSummary(pageCount: pageIndex - firstIndex, outline: outline)
    }
}
