import FolioDisplay
import Testing

@testable import FolioLayout

/// A table's header repeated on a new page (R21) stays with the row it is repeated for, and is not repeated when it
/// cannot stand with that row: either way the flow ends. A page of the header alone (the row kept with a note that
/// did not fit beside them) repeated the header again on the next page, without end.
@Suite struct RepeatedHeaderPaginationTests {
    static func unit(_ lines: Int, breakBefore: Bool = true, header: Int? = nil) -> FlowUnit {
        FlowUnit(
            lines: lines, breakBefore: breakBefore, items: [],
            headerOnNewPage: header.map { TableHeader(lines: $0, items: []) })
    }

    /// Every unit placed once, pages in order: the lines of the pages add up to the units' plus the repeats.
    static func paginate(_ units: [FlowUnit], capacity: Int = 22) -> [[FlowUnit]] {
        var paginator = Paginator(capacity: capacity)
        var pages: [[FlowUnit]] = []
        for u in units { pages += paginator.append(u) }
        return pages + paginator.finish()
    }

    @Test(.timeLimit(.minutes(1))) func theHeaderStaysWithItsRowWhenTheNoteDoesNotFit() {
        // Row 2 (8 lines) goes to a new page under the 12-line header; the note after it (4) keeps with it but does
        // not fit beside them.
        let pages = Self.paginate([Self.unit(20), Self.unit(8, header: 12), Self.unit(4, breakBefore: false)])
        #expect(pages.count == 3)
        #expect(pages.map { $0.map(\.lines) } == [[20], [12, 8], [4]])
    }

    @Test(.timeLimit(.minutes(1))) func aHeaderTallerThanThePageIsNotRepeated() {
        let pages = Self.paginate([Self.unit(20), Self.unit(8, header: 23), Self.unit(8, header: 23)])
        #expect(pages.map { $0.map(\.lines) } == [[20], [8, 8]])
    }
}
