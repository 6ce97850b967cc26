import FolioDisplay
import FolioDocument
import FolioText

/// An image block: its numbered caption above it (as the charts have theirs), the picture scaled to the width
/// asked for and never wider than the type area or taller than a page, on whole grid lines so the text after
/// it stays on the grid (GB/T 9704 §5.2.3).
struct ImageComposer {
    let theme: Theme
    let metrics: PageMetrics
    let text: TextEngine

    /// The caption's lines (kept with the picture) and the picture.
    func units(for image: ImageSpec) throws -> [FlowUnit] {
        let captionSize = Pt(theme.charts.captionSize.points(em: ChartStyle.emBase))
        let captionLines: [ShapedLine] = try image.caption.map { try setCaption($0, size: captionSize) } ?? []
        let typeWidth = metrics.typeArea.size.width
        var (width, height) = image.size(typeWidth: typeWidth)
        let room = metrics.linePitch * Double(max(1, metrics.linesPerPage - captionLines.count))
        if height > room {
            height = room
            width = height / max(image.aspect, .leastNonzeroMagnitude)
        }
        let lines = max(1, Int((height / metrics.linePitch).rounded(.up)))
        let x: Pt =
            switch image.alignment {
            case .center: (typeWidth - width) / 2
            case .left: .zero
            case .right: typeWidth - width
            }
        let y: Pt = (metrics.linePitch * Double(lines) - height) / 2
        let rect = Rect(x: x, y: y, width: width, height: height)
        // The caption is centred on the picture (on the type area when the picture is centred).
        // Structure: the caption (its lines one element), then the picture as a figure with its alternative text.
        var units = captionLines.enumerated().map { i, line in
            let centred = x + (width - line.width) / 2
            let left = min(max(.zero, centred), max(.zero, typeWidth - line.width))
            return FlowUnit(
                lines: 1, breakBefore: i == 0,
                items: line.items(at: Point(x: left, y: metrics.baselineInCell(size: captionSize))), keepWithNext: true)
        }
        .tagged(.caption)
        units.append(
            FlowUnit(
                lines: lines, breakBefore: units.isEmpty,
                items: [.image(image.image, rect)].tagged(.figure(alternativeText: image.alternativeText))))
        return units
    }

    /// The caption set in lines no wider than the type area.
    private func setCaption(_ caption: String, size: Pt) throws -> [ShapedLine] {
        let spec = ParagraphSpec(
            spans: [TextSpan(text: caption, role: TextStyle.chart.role, size: size, bold: TextStyle.chart.bold)],
            width: metrics.typeArea.size.width, firstLineIndent: .zero, gridPitch: nil, justify: false,
            punctuation: theme.punctuation)
        return try text.layoutParagraph(spec).lines
    }
}
