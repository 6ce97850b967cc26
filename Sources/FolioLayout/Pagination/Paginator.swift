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
    /// Lines on a full turned page (a landscape table's, `FlowUnit.turned`).
    let turnedCapacity: Int
    /// Units waiting for their page.
    private(set) var pending: [FlowUnit] = []
    private var pendingLines = 0

    /// Creates a paginator for pages of `capacity` lines, and turned pages of `turnedCapacity` (the same unless given).
    init(capacity: Int, turnedCapacity: Int? = nil) {
        self.capacity = capacity
        self.turnedCapacity = turnedCapacity ?? capacity
    }

    /// Lines on the page being filled: a turned one when its units are turned.
    private var pageLines: Int { pending.first?.turned == true ? turnedCapacity : capacity }

    /// Adds a unit; returns the pages it completed. A unit turned otherwise than those pending starts a page; a turned one
    /// takes along the upright units that must stay with it (a heading over a landscape table is turned with it), an
    /// upright one after turned pages none (what a table's rows were laid out for stays turned). A unit that starts a
    /// page (`FlowUnit.startsPage`) takes along those that must stay with it too (a heading over an appended 附表).
    mutating func append(_ unit: FlowUnit) -> [[FlowUnit]] {
        if pending.isEmpty && unit.droppableAtTop { return [] }
        var pages: [[FlowUnit]] = []
        if let first = pending.first, first.turned != unit.turned {
            // A blank line where the page turns back is dropped, as at any page's top.
            if unit.droppableAtTop { return finish() }
            let carried = keptWith(unit)
            pages = finish()
            for var c in carried {
                c.turned = unit.turned
                pending.append(c)
                pendingLines += c.lines
            }
        } else if unit.startsPage {
            let carried = keptWith(unit)
            pages = finish()
            for c in carried {
                pending.append(c)
                pendingLines += c.lines
            }
        }
        pending.append(unit)
        pendingLines += unit.lines
        while pendingLines > pageLines, let page = cutPage() { pages.append(page) }
        return pages
    }

    /// The pending units at the end that may not be parted from `unit` (no break allowed before it or between them),
    /// taken out of `pending` to go with it; none when they would fill more than half the new page.
    private mutating func keptWith(_ unit: FlowUnit) -> [FlowUnit] {
        guard unit.turned || unit.startsPage, !unit.breakBefore else { return [] }
        let start = pending.lastIndex(where: \.breakBefore) ?? 0
        let tail = Array(pending[start...])
        let lines = tail.reduce(0) { $0 + $1.lines }
        // An attachment's head (its first unit starts a page) goes along whole: the turned page is its first.
        guard lines * 2 <= (unit.turned ? turnedCapacity : capacity) else { return [] }
        pending.removeLast(tail.count)
        pendingLines -= lines
        return tail
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
        if let first = pending.first, let header = first.headerOnNewPage, header.lines + first.lines <= pageLines {
            // The repeated header is furniture: the table's structure has its header rows once (R21). It stays with
            // the row it is repeated for: a page of the header alone would repeat it again, without end.
            pending[0].breakBefore = false
            var repeated = FlowUnit(lines: header.lines, breakBefore: false, items: header.items.asArtifact())
            repeated.turned = first.turned
            pending.insert(repeated, at: 0)
        }
        pendingLines = pending.reduce(0) { $0 + $1.lines }
        return page
    }

    /// The number of pending units that go on the next page: the most that fit and end at an
    /// allowed break (after a blank line under a title too); if no allowed break fits, as many as fit (at least one).
    private func breakIndex() -> Int {
        var used = 0
        var lastAllowed = 0
        var fitting = 0
        for (i, unit) in pending.enumerated() {
            if used + unit.lines > pageLines { break }
            used += unit.lines
            fitting = i + 1
            let next = i + 1
            // After the blank lines under a title a page may end: they keep what follows with the title only when a
            // landscape table turns them along (`keptWith`), never so as to part a caption from its picture.
            let afterBlank = unit.droppableAtTop && unit.items.isEmpty
            if next == pending.count || pending[next].breakBefore || afterBlank { lastAllowed = next }
        }
        if fitting == pending.count { return fitting }
        if lastAllowed > 0 { return lastAllowed }
        return max(1, fitting)
    }
}
