import FolioMessages
import FolioDisplay
import FolioDocument
import FolioText

/// What went wrong while making the front matter.
public enum FrontMatterError: MessageError, CustomStringConvertible, Sendable, Equatable {
    /// The second layout pass put a heading on another page than the first: the contents would lie.
    case pageMoved(heading: String, listed: Int, actual: Int)

    /// A sentence for the user.
    public var message: Message {
        switch self {
        case let .pageMoved(heading, listed, actual):
            Message(
                "layout.contents.page-moved",
                ["heading": "\(heading)", "listed": .number(listed), "actual": .number(actual)])
        }
    }

    /// The sentence in English.
    public var description: String { message.english }
}

extension LayoutEngine {
    /// The front label of the cover page: it prints no number, so its PDF page label names it instead.
    public static let coverLabel = "封面"

    /// Cover, contents (numbered i, ii, …) and the body (numbered from 1), streamed in reading order.
    ///
    /// The contents need the page of every heading before the body is drawn. Two passes: the body is laid out
    /// once without drawing anything (only its bookmarks are kept) to learn where each heading falls, then the
    /// cover and contents are made and emitted, then the body is laid out again and streamed page by page.
    /// This is chosen over drawing the front matter last and moving its pages to the front in the finishing
    /// step: the writer still sees pages in reading order, so Cairo's page labels, bookmarks and named link
    /// destinations are right as written and the SVG and PNG backends need nothing extra. Body layout does not
    /// depend on the front matter (the body restarts at page 1 whatever the contents' length), so both passes
    /// give the same pages; the bookmarks are compared to make sure. The cost is a second layout of the body
    /// (the first draws nothing); memory stays at about one page.
    func layoutWithFrontMatter(
        _ document: Document, _ front: FrontMatterStyle,
        emit: (Page) throws -> Void
    ) throws -> LayoutSummary {
        let probe = try layoutBody(document, firstIndex: 0) { _ in }
        let accent = front.accent
        let furniture = PageFurniture(theme: theme, metrics: metrics, text: text)
        var contentsPages: [[ContentsEntry]] = []
        var contents: ContentsComposer?
        if let style = front.contents {
            let composer = ContentsComposer(theme: theme, metrics: metrics, text: text, style: style)
            contentsPages = composer.pages(try composer.entries(for: probe.outline))
            contents = composer
        }
        let bodyStart = (front.cover == nil ? 0 : 1) + contentsPages.count
        var index = 0
        var outline: [OutlineEntry] = []
        if let cover = front.cover {
            let frame = try CoverPage(theme: theme, metrics: metrics, text: text, style: cover, accent: accent)
                .frame(document.metadata)
            try emit(Page(index: index, label: Self.coverLabel, frame: frame))
            index += 1
        }
        if let contents {
            for (i, entries) in contentsPages.enumerated() {
                let label = RomanNumeral.lower(i + 1)
                var frame = try contents.frame(entries, first: i == 0, bodyStart: bodyStart, accent: accent)
                frame.items += try furniture.pageNumber(label: label, odd: (i + 1) % 2 == 1).asArtifact()
                let marks =
                    i == 0
                    ? [
                        OutlineEntry(
                            title: contents.style.title, level: 1, pageIndex: index,
                            y: metrics.typeArea.minY)
                    ] : []
                try emit(Page(index: index, label: label, frame: frame, outline: marks))
                outline += marks
                index += 1
            }
        }
        let body = try layoutBody(document, firstIndex: bodyStart, emit: emit)
        for (listed, laid) in zip(probe.outline, body.outline) where laid.pageIndex != listed.pageIndex + bodyStart {
            throw FrontMatterError.pageMoved(
                heading: listed.title, listed: listed.pageIndex + 1,
                actual: laid.pageIndex - bodyStart + 1)
        }
        return LayoutSummary(pageCount: bodyStart + body.pageCount, outline: outline + body.outline)
    }
}
