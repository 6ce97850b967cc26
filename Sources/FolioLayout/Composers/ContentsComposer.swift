import FolioDisplay
import FolioDocument
import FolioText

/// One heading as the contents list it: its printed lines, its printed page number and where it is.
struct ContentsEntry: Sendable, Hashable {
    /// The heading's level (1 = 一、).
    var level: Int
    /// The title cut into the lines it takes (usually one).
    var lines: [String]
    /// The printed number of the body page that holds the heading ("3").
    var pageLabel: String
    /// The heading's page among the body pages, from 0.
    var bodyIndex: Int
    /// The heading's top on its page.
    var y: Pt
}

/// The table of contents (the `report` theme): headings down to `ContentsStyle.levels`, one per body-grid
/// line, level 2 indented two characters, a dotted leader to the right-aligned page number, and the whole
/// line a link to the heading. The contents' own title takes the first three grid lines of its first page.
struct ContentsComposer {
    let theme: Theme
    let metrics: PageMetrics
    let text: TextEngine
    let style: ContentsStyle

    /// Grid lines the contents' title takes on the first contents page (two for the title, one blank).
    static let titleLines = 3
    /// Leader dots are spaced half an em and sit on a shared grid counted from the right edge, so the dots
    /// of every line stand in columns (the usual 目录 leader "……" is two such dots per em).
    static let leaderPitch = 0.5
    /// Dot radius as a share of the em: 0.06 em (0.7 pt at 12 pt) reads as a leader, not as a full stop.
    static let dotRadius = 0.06

    /// Body size.
    private var size: Pt { metrics.bodySize }

    /// The entries for `outline` (the body's bookmarks, page indices counted among body pages from 0).
    func entries(for outline: [OutlineEntry]) throws -> [ContentsEntry] {
        try outline.filter { $0.level <= style.levels }.map { e in
            let available = metrics.typeArea.size.width - indent(e.level) - numberColumn
            return ContentsEntry(
                level: e.level, lines: try wrap(Self.listed(e.title), role: role(e.level), width: available),
                pageLabel: String(e.pageIndex + 1), bodyIndex: e.pageIndex, y: e.y)
        }
    }

    /// The entries cut into pages: an entry's lines stay on one page.
    func pages(_ entries: [ContentsEntry]) -> [[ContentsEntry]] {
        var pages: [[ContentsEntry]] = [[]]
        var used = Self.titleLines
        for entry in entries {
            if used + entry.lines.count > metrics.linesPerPage, !(pages.last?.isEmpty ?? true) {
                pages.append([]); used = 0
            }
            pages[pages.count - 1].append(entry)
            used += entry.lines.count
        }
        return pages
    }

    /// One contents page; `first` puts the title on it; links point at body page `bodyIndex + bodyStart`.
    func frame(_ entries: [ContentsEntry], first: Bool, bodyStart: Int, accent: Color) throws -> Frame {
        var frame = Frame(size: metrics.paper)
        var line = 0
        if first {
            frame.items += try titleItems(accent: accent)
            line = Self.titleLines
        }
        // Structure: the entries of each contents page are one TOC element, each entry a TOCI (its link after it).
        frame.items.append(.beginStructure(.contents))
        for entry in entries {
            frame.items += try entryItems(entry, firstLine: line, bodyStart: bodyStart)
            line += entry.lines.count
        }
        frame.items.append(.endStructure)
        return frame
    }

    /// "目录", centred on the first two grid lines in the level-1 heading face, with an accent rule under it.
    private func titleItems(accent: Color) throws -> [FrameItem] {
        let titleSize = Pt(style.titleSize.points(em: size.value))
        // Spaced out like a two-character heading (目　录) when it is that short.
        let label = style.title.count == 2 ? style.title.map(String.init).joined(separator: "\u{3000}") : style.title
        let shaped = try text.shapeLine(label, role: TextStyle.Contents.title.role, size: titleSize, color: .black)
        let area = metrics.typeArea
        let baseline =
            metrics.cellTop(0) + metrics.linePitch - (metrics.linePitch * 2 - titleSize) / 2 + titleSize * 0.88
        var items = shaped.items(at: Point(x: area.minX + (area.size.width - shaped.width) / 2, y: baseline))
            .tagged(.heading(level: 1))
        let ruleY = metrics.cellTop(2) - metrics.linePitch * 0.25
        items.append(
            .path(
                .line(
                    from: Point(x: area.minX, y: ruleY), to: Point(x: area.maxX, y: ruleY),
                    stroke: Stroke(color: accent, width: 0.75))))
        return items
    }

    /// An entry's title lines, leader, page number and link.
    private func entryItems(_ entry: ContentsEntry, firstLine: Int, bodyStart: Int) throws -> [FrameItem] {
        let area = metrics.typeArea
        let role = role(entry.level)
        var items: [FrameItem] = []
        var lastEnd = area.minX
        var baseline = Pt.zero
        for (i, part) in entry.lines.enumerated() {
            baseline = metrics.cellTop(firstLine + i) + metrics.baselineInCell(size: size)
            // Continuation lines hang one character further in than the entry's first line.
            let x = area.minX + indent(entry.level) + (i > 0 ? metrics.charPitch : .zero)
            let shaped = try text.shapeLine(part, role: role, size: size, color: .black)
            items += shaped.items(at: Point(x: x, y: baseline))
            lastEnd = x + shaped.width
        }
        let number = try text.shapeLine(
            entry.pageLabel, role: TextStyle.Contents.pageNumber.role, size: size, color: .black)
        let numberX = area.maxX - number.width
        items += number.items(at: Point(x: numberX, y: baseline))
        items += leader(from: lastEnd + size * 0.5, to: numberX - size * 0.5, baseline: baseline)
        items = items.tagged(.contentsEntry)
        let top = metrics.cellTop(firstLine)
        let height = metrics.linePitch * Double(entry.lines.count)
        items.append(
            .link(
                Rect(x: area.minX, y: top, width: area.size.width, height: height),
                .page(index: bodyStart + entry.bodyIndex, y: entry.y)))
        return items
    }

    /// Dots on the half-em grid between `start` and `end`, at the height of the CJK em box's centre.
    private func leader(from start: Pt, to end: Pt, baseline: Pt) -> [FrameItem] {
        let pitch = size * Self.leaderPitch, r = size * Self.dotRadius
        let right = metrics.typeArea.maxX
        let y = baseline - size * PageFurniture.dashCentre
        guard pitch.value > 0, end > start else { return [] }
        var items: [FrameItem] = []
        var k = ((right - end) / pitch).rounded(.up)
        while right - pitch * k >= start {
            let c = Point(x: right - pitch * k, y: y)
            items.append(.path(Path.rect(Rect(x: c.x - r, y: c.y - r, width: r * 2, height: r * 2), fill: .black)))
            k += 1
        }
        return items
    }

    /// A heading as the contents list it: without the full stop that ends a run-in heading
    /// ("（一）倾力夯实党建基础，让组织“强起来”。" → "…“强起来”"): a contents line is a title, not a sentence.
    static func listed(_ title: String) -> String {
        var t = Substring(title)
        while let last = t.last, "。．.".contains(last), t.count > 1 { t = t.dropLast() }
        return String(t)
    }

    /// The face of an entry of `level` (`TextStyle.Contents.entry`).
    private func role(_ level: Int) -> FontRole { TextStyle.Contents.entry(level: level).role }

    /// Two characters per level below the first.
    private func indent(_ level: Int) -> Pt { metrics.charPitch * Double(2 * max(0, level - 1)) }

    /// Room kept right of a title for the leader and a page number of up to three digits.
    private var numberColumn: Pt { size * 3.5 }

    /// `title` cut greedily into lines no wider than `width` (never before a closing mark, clreq §3.1.7).
    private func wrap(_ title: String, role: FontRole, width: Pt) throws -> [String] {
        var lines: [String] = []
        var rest = Array(title)
        while !rest.isEmpty {
            var n = rest.count
            while n > 1, try text.shapeLine(String(rest[0..<n]), role: role, size: size, color: .black).width > width {
                n -= 1
            }
            while n > 1, n < rest.count, LineBreakMarks.mayNotStart(rest[n]) { n -= 1 }
            lines.append(String(rest[0..<n]))
            rest.removeFirst(n)
        }
        return lines.isEmpty ? [title] : lines
    }
}
