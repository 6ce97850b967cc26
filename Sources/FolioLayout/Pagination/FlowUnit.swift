import FolioDisplay

/// A piece of the flow as the paginator sees it: a whole number of grid lines, drawn relative to the
/// top-left of its first cell (x from the type area's left edge), and whether a page may break before it.
///
/// This is the "measure" half of platypus' measure/split/draw: blocks are composed into units once,
/// and the paginator only chooses where pages end.
struct FlowUnit: Sendable {
    /// Grid lines the unit occupies.
    var lines: Int
    /// Whether a page break may fall right before this unit (false inside keep-together groups).
    var breakBefore: Bool
    /// Whether the unit disappears when it would be the first on a page (blank spacer lines).
    var droppableAtTop: Bool = false
    /// Whether the unit must begin a new page (an attachment, GB/T 9704 §7.3.7 另面编排).
    var startsPage: Bool = false
    /// The content, relative to the unit's top-left.
    var items: [FrameItem]
    /// Whether the next unit must stay on this unit's page (headings).
    var keepWithNext: Bool = false
    /// What to repeat above this unit when it starts a page (a table's header rows, R21).
    var headerOnNewPage: TableHeader? = nil
    /// Bookmarks, with y relative to the unit's top.
    var outline: [OutlineEntry] = []
    /// The dataset line of the paragraph or heading the unit prints (`Page.sourceAreas`), if it prints one.
    var sourceLine: Int? = nil
    /// Whether the unit stands on a turned page, across the type area's height (a landscape table, GB/T 9704 §8):
    /// turned units share pages only with each other.
    var turned = false
    /// Whether the content is centred across the type area (a title's lines): on a turned page it is centred across
    /// that page's width.
    var centred = false
}

/// A table's header rows as they repeat at the top of each page the table continues on (R21).
struct TableHeader: Sendable {
    /// Grid lines the header occupies.
    var lines: Int
    /// The header's content, relative to its top-left.
    var items: [FrameItem]
}

extension Array where Element == FlowUnit {
    /// The units that print something, each marked as printing the block written at dataset line `line` (nothing
    /// when unknown); blank lines around a chart or a table stay unmarked.
    func from(line: Int?) -> [FlowUnit] {
        guard let line else { return self }
        return map {
            var u = $0
            if !u.items.isEmpty { u.sourceLine = line }
            return u
        }
    }

    /// The units as one structure element of `role` (a tagged PDF's reading order): its begin mark before the first
    /// unit with content, its end mark after the last (a blank unit, which may be dropped at a page top, carries
    /// none). Units with no content are returned unchanged.
    func tagged(_ role: StructureRole) -> [FlowUnit] {
        guard let first = firstIndex(where: { !$0.items.isEmpty }),
            let last = lastIndex(where: { !$0.items.isEmpty })
        else { return self }
        var units = self
        units[first].items.insert(.beginStructure(role), at: 0)
        units[last].items.append(.endStructure)
        return units
    }
}
