import FolioDisplay

/// Cuts the flow into pages as units arrive and hands each finished page on at once, so memory
/// holds at most about one page of units whatever the report's length (pages are written
/// as they are laid out).
///
/// Page flow rules are expressed as `FlowUnit.breakBefore`: a break is placed at the last allowed
/// position that fits; a group longer than a page is broken where it overflows.
struct Paginator {
    /// Lines on a full page.
    let capacity: Int
    /// Units waiting for their page.
    private(set) var pending: [FlowUnit] = []
    private var pendingLines = 0

    /// Creates a paginator for pages of `capacity` lines.
    init(capacity: Int) { self.capacity = capacity }

    /// Adds a unit; returns the pages it completed.
    mutating func append(_ unit: FlowUnit) -> [[FlowUnit]] {
        if pending.isEmpty && unit.droppableAtTop { return [] }
        var pages: [[FlowUnit]] = []
        if unit.startsPage { pages = finish() }
        pending.append(unit)
        pendingLines += unit.lines
        while pendingLines > capacity, let page = cutPage() { pages.append(page) }
        return pages
    }

    /// Flushes the remaining units into pages.
    mutating func finish() -> [[FlowUnit]] {
        var pages: [[FlowUnit]] = []
        while !pending.isEmpty, let page = cutPage() { pages.append(page) }
        return pages
    }

    /// Takes one page off the front of `pending`.
    private mutating func cutPage() -> [FlowUnit]? {
        guard !pending.isEmpty else { return nil }
        let end = breakIndex()
        let page = Array(pending[0..<end])
        pending.removeFirst(end)
        while let first = pending.first, first.droppableAtTop { pending.removeFirst() }
        // A header that cannot stand with the row after it (a header or row of a page's height) is not repeated:
        // repeated, it would fill every page and the row would never be placed.
        if let first = pending.first, let header = first.headerOnNewPage, header.lines + first.lines <= capacity {
            // The repeated header is furniture: the table's structure has its header rows once (R21). It stays with
            // the row it is repeated for: a page of the header alone would repeat it again, without end.
            pending[0].breakBefore = false
            pending.insert(FlowUnit(lines: header.lines, breakBefore: false, items: header.items.asArtifact()), at: 0)
        }
        pendingLines = pending.reduce(0) { $0 + $1.lines }
        return page
    }

    /// The number of pending units that go on the next page: the most that fit and end at an
    /// allowed break; if no allowed break fits, as many as fit (at least one).
    private func breakIndex() -> Int {
        var used = 0
        var lastAllowed = 0
        var fitting = 0
        for (i, unit) in pending.enumerated() {
            if used + unit.lines > capacity { break }
            used += unit.lines
            fitting = i + 1
            let next = i + 1
            if next == pending.count || pending[next].breakBefore { lastAllowed = next }
        }
        if fitting == pending.count { return fitting }
        if lastAllowed > 0 { return lastAllowed }
        return max(1, fitting)
    }
}
