import FolioDisplay
import FolioDocument
import FolioText
import FolioCharts

/// Turns resolved blocks into flow units: shapes and breaks text, lays out charts and tables,
/// and marks where pages may break (GB/T 9704 §5.2.3 grid; clreq §2.8 widows and orphans).
struct BlockComposer: Sendable {
    let theme: Theme
    let metrics: PageMetrics
    let text: TextEngine

    /// Units for one block. `previous` is the kind of the block before it (for keep rules).
    func units(for block: Block) throws -> [FlowUnit] {
        switch block {
        case .header(let header):
            return [try OfficialHeaderComposer(metrics: metrics, text: text, format: theme.format).unit(for: header)]
        case .title(let title): return try titleUnits(title)
        case .subtitle(let subtitle): return try subtitleUnits(subtitle)
        case .recipients(let recipients):
            // GB/T 9704 §7.3.2: 左顶格，回行仍顶格.
            var units = try paragraphUnits(
                [TextSpan(text: recipients, role: TextStyle.Official.text.role, size: metrics.bodySize, bold: false)],
                indent: false)
            if !units.isEmpty { units[units.count - 1].keepWithNext = true }
            return units
        case .attachmentList(let titles): return try attachmentListUnits(titles)
        case .attendance(let label, let names, let first):
            return try attendanceUnits(label: label, names: names, first: first)
        case .attachmentHead(let label, let title):
            // §7.3.7: "附件N" in 3号黑体 flush left on the first line of a new page, the title centred on the second.
            let shaped = try text.shapeLine(
                label, role: TextStyle.Official.attachmentLabel.role, size: metrics.bodySize, color: .black)
            var head = FlowUnit(
                lines: 1, breakBefore: true, startsPage: true,
                items: shaped.items(at: Point(x: .zero, y: metrics.baselineInCell(size: metrics.bodySize)))
                    .tagged(.paragraph),
                keepWithNext: true)
            // Each attachment is a bookmark at the top level, after the body's headings: "附件1 标题".
            head.outline = [OutlineEntry(title: "\(label) \(title)", level: 1, pageIndex: 0, y: .zero)]
            return [head] + (try titleUnits(title, role: .heading(level: 1)))
        case .notice(let notice):
            // GB/T 9704 §7.3.6: 居左空二字加圆括号，编排在成文日期下一行.
            var units = try paragraphUnits([
                TextSpan(text: notice, role: TextStyle.Official.text.role, size: metrics.bodySize, bold: false)
            ])
            if !units.isEmpty { units[0].breakBefore = false }
            return units
        case .heading(let heading):
            var units = try headingUnits(heading).from(line: heading.source?.line)
            // A run-in heading's first line holds its title; the lines after it, only the text run in.
            if let line = heading.runInSource?.line {
                for i in units.indices.dropFirst() { units[i].sourceLine = line }
            }
            return units
        case .paragraph(let paragraph):
            return try paragraphUnits([
                TextSpan(
                    text: paragraph.text, role: TextStyle.body.role, size: metrics.bodySize,
                    bold: TextStyle.body.bold)
            ])
            .from(line: paragraph.source?.line)
        case .chart(let chart): return try chartUnits(chart).from(line: chart.source?.line)
        case .table(let table):
            return try TableComposer(theme: theme, metrics: metrics, text: text).units(for: table)
                .from(line: table.source?.line)
        case .image(let image):
            return try ImageComposer(theme: theme, metrics: metrics, text: text).units(for: image)
                .from(line: image.source?.line)
        case .signature(let signature): return try signatureUnits(signature)
        }
    }

    /// A body-grid paragraph: one unit per line, justified, first line indented two characters
    /// (GB/T 9704 §7.3.3 每个自然段左空二字，回行顶格).
    /// Breaks inside it only where both sides keep at least two lines (clreq §2.8: no orphan at a
    /// page foot, no widow at a page top).
    /// The lines are one structure element of `role`.
    func paragraphUnits(
        _ spans: [TextSpan], indent: Bool = true, role: StructureRole = .paragraph
    ) throws -> [FlowUnit] {
        let spec = ParagraphSpec(
            spans: spans, width: metrics.typeArea.size.width,
            firstLineIndent: indent ? metrics.charPitch * Double(theme.grid.indent) : .zero,
            gridPitch: metrics.charPitch, justify: true, punctuation: theme.punctuation)
        let layout = try text.layoutParagraph(spec)
        let n = layout.lines.count
        return layout.lines.enumerated().map { i, line in
            let baseline = metrics.baselineInCell(size: metrics.bodySize)
            let keeps = i == 0 || (i >= 2 && n - i >= 2)
            return FlowUnit(lines: 1, breakBefore: keeps, items: line.items(at: Point(x: .zero, y: baseline)))
        }
        .tagged(role)
    }

    /// A numbered heading on the body grid, in its level's face; never the last thing on a page:
    /// the unit after it may not start a page (R19), and the paragraph's own orphan rule keeps two
    /// of its lines together, so a heading always has two lines of what follows.
    func headingUnits(_ heading: Heading) throws -> [FlowUnit] {
        let style = theme.headingStyle(level: heading.level)
        // GB/T 9704 §7.3.3: the number ("（二）", "一、") keeps its marks' full width, as every heading's does.
        var spans = [
            TextSpan(
                text: heading.number, role: style.role, size: metrics.bodySize, bold: style.bold,
                keepsMarkWidths: true),
            TextSpan(text: heading.text, role: style.role, size: metrics.bodySize, bold: style.bold),
        ]
        .filter { !$0.text.isEmpty }
        if let runIn = heading.runIn {
            spans.append(
                TextSpan(text: runIn, role: TextStyle.body.role, size: metrics.bodySize, bold: TextStyle.body.bold))
        }
        var units = try paragraphUnits(spans, role: .heading(level: heading.level))
        guard !units.isEmpty else { return [] }
        if heading.runIn?.isEmpty == false {
            Self.splitRunIn(&units, afterUTF8: heading.number.utf8.count + heading.text.utf8.count)
        }
        units[0].outline = [OutlineEntry(title: heading.title, level: heading.level, pageIndex: 0, y: .zero)]
        if heading.runIn == nil {
            // Keep-with-next: mark every line of the heading and signal the next unit.
            for i in units.indices where i > 0 { units[i].breakBefore = false }
            units[units.count - 1].keepWithNext = true
        }
        return units
    }

    /// Ends the heading element of a run-in heading after its first `count` bytes of text and begins a paragraph for
    /// the text run in after it, when a glyph run ends there (runs break where the face changes); otherwise the whole
    /// line stays one heading element.
    static func splitRunIn(_ units: inout [FlowUnit], afterUTF8 count: Int) {
        var seen = 0
        for u in units.indices {
            for i in units[u].items.indices {
                guard case .text(let run, _) = units[u].items[i] else { continue }
                seen += run.text.utf8.count
                if seen == count {
                    units[u].items.insert(contentsOf: [.endStructure, .beginStructure(.paragraph)], at: i + 1)
                    return
                }
                if seen > count { return }
            }
        }
    }

    /// A chart with its caption and note, kept together; it takes whole grid lines so the text after it
    /// stays on the grid.
    func chartUnits(_ chart: ChartSpec) throws -> [FlowUnit] {
        let frame = try ChartComposer.frame(
            for: chart, style: theme.charts, width: metrics.chartWidth(theme.charts), shaper: text)
        let lines = max(1, Int((frame.size.height / metrics.linePitch).rounded(.up)))
        let dx: Pt = (metrics.typeArea.size.width - frame.size.width) / 2
        let dy: Pt = (metrics.linePitch * Double(lines) - frame.size.height) / 2
        return [FlowUnit(lines: lines, breakBefore: true, items: [.group(frame, .translate(dx, dy))])]
    }
}

extension Array {
    /// The element at `index`, or nil when out of bounds.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
