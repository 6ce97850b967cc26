/// Where the 版记 goes (GB/T 9704-2012 §7.4: "版记应当置于公文最后一面", its last rule on the type area's bottom
/// edge; printed on both sides, the last face is an even page; §7.5: a blank page before the 版记 page, and the
/// 版记 page, carry no page number).
struct ImprintPlacement {
    /// Lines on a full page.
    let capacity: Int
    /// The 版记 as one unit.
    let imprint: FlowUnit

    /// The last pages of the body (`pages`, the first of them numbered `firstNumber`) with the 版记 at the foot of
    /// the last even page, and the pages to add after them without a number: none when the last page is even
    /// and has room; one 版记 page after an odd last page; a blank page and a 版记 page after a full even one.
    func pages(ending pages: [[FlowUnit]], firstNumber: Int) -> (numbered: [[FlowUnit]], unnumbered: [[FlowUnit]]) {
        var pages = pages
        let lastNumber = firstNumber + max(0, pages.count - 1)
        // A turned page (a landscape table's) has no room for the 版记, which stands upright.
        let used = pages.last.map { $0.first?.turned == true ? capacity : $0.reduce(0) { $0 + $1.lines } } ?? capacity
        let alone = padded([], to: capacity - imprint.lines) + [imprint]
        if !pages.isEmpty, lastNumber % 2 == 0, used + imprint.lines <= capacity {
            pages[pages.count - 1] = padded(pages[pages.count - 1], to: capacity - imprint.lines) + [imprint]
            return (pages, [])
        }
        if lastNumber % 2 == 1 && !pages.isEmpty { return (pages, [alone]) }
        return (pages, [[], alone])
    }

    /// `units` followed by empty lines up to `lines` lines.
    private func padded(_ units: [FlowUnit], to lines: Int) -> [FlowUnit] {
        let used = units.reduce(0) { $0 + $1.lines }
        return units + Array(repeating: FlowUnit(lines: 1, breakBefore: false, items: []), count: max(0, lines - used))
    }
}
