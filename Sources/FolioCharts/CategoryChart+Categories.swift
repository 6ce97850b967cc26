import FolioDisplay
import FolioDocument

extension CategoryChart {
    /// Category labels under the plot, in the first form that fits every band:
    /// years as "2016年" as the bulletins print them, then bare "2016", then every k-th year only
    /// (thinned so none collide); names wrapped onto up to three lines, then thinned the same way.
    func categoryLabels(_ g: Geometry) throws -> (items: [FrameItem], bottom: Pt) {
        let fs = metrics.fontSize
        let room = g.band - metrics.gap * 0.5
        let lines = try labelLines(room: room)
        let widest = lines.flatMap { $0.map(\.width) }.max() ?? .zero
        let every = max(1, Int(((widest + metrics.gap) / g.band).rounded(.up)))
        let top = g.plot.maxY + fs * 0.6
        var items: [FrameItem] = [], bottom = top + fs
        // Thinning keeps the last category (the latest year) labelled: count back from it.
        let last = lines.count - 1
        for (i, stack) in lines.enumerated() where (last - i) % every == 0 {
            var y = top
            for line in stack {
                let x = max(.zero, min(g.centre(i) - line.width / 2, metrics.width - line.width))
                let placed = PlacedText.topLeft(line, Point(x: x, y: y))
                items += placed.items
                y = placed.box.maxY + fs * 0.1
                bottom = max(bottom, placed.box.maxY)
            }
        }
        return (items, bottom)
    }

    /// The lines of each category label.
    private func labelLines(room: Pt) throws -> [[ShapedLine]] {
        let fs = metrics.fontSize, names = spec.categories
        if Self.areYears(names) {
            let suffixed = try names.map { try text.line($0 + "年", size: fs) }
            if suffixed.allSatisfy({ $0.width <= room }) { return suffixed.map { [$0] } }
            return try names.map { [try text.line($0, size: fs)] }
        }
        var wrapped: [[ShapedLine]] = []
        for name in names {
            if let lines = try text.wrapped(name, width: max(room, fs), size: fs, maxLines: 3) {
                wrapped.append(lines)
            } else {
                return try names.map { [try text.line($0, size: fs)] }   // too narrow: one line each, thinned
            }
        }
        return wrapped
    }

    /// Whether every category is a year ("2016").
    static func areYears(_ names: [String]) -> Bool {
        !names.isEmpty && names.allSatisfy { $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
