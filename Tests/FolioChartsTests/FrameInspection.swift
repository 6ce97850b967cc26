import Foundation
import FolioDisplay

/// A text item of a chart frame with its box (from the fake shaper's metrics), in frame coordinates.
struct TextBox {
    let text: String
    let size: Pt
    let origin: Point
    var box: Rect {
        Rect(x: origin.x, y: origin.y - size * 0.88, width: FakeShaper.width(text, size: size), height: size)
    }
}

/// Reading chart frames back in tests: texts, paths, a text dump for goldens.
enum FrameInspection {
    /// All text items in painting order (groups flattened with their translation).
    static func texts(_ frame: Frame) -> [TextBox] {
        frame.items.flatMap { item -> [TextBox] in
            switch item {
            case let .text(run, at): return [TextBox(text: run.text, size: run.size, origin: at)]
            case let .group(inner, t):
                return texts(inner).map { TextBox(text: $0.text, size: $0.size, origin: t.apply($0.origin)) }
            case .path, .link, .image, .beginStructure, .endStructure: return []
            }
        }
    }

    /// All paths (groups are not used by charts).
    static func paths(_ frame: Frame) -> [Path] {
        frame.items.compactMap { if case let .path(p) = $0 { return p } else { return nil } }
    }

    /// The bounding box of a path's points.
    static func bounds(_ path: Path) -> Rect? {
        let points = path.segments.flatMap { segment -> [Point] in
            switch segment {
            case let .move(p), let .line(p): return [p]
            case let .cubic(a, b, c): return [a, b, c]
            case .close: return []
            }
        }
        guard let first = points.first else { return nil }
        return points.dropFirst().reduce(Rect(origin: first, size: Size(width: 0, height: 0))) {
            $0.union(Rect(origin: $1, size: Size(width: 0, height: 0)))
        }
    }

    /// Bars: filled rectangles (4 lines and a close) with a grey fill.
    static func bars(_ frame: Frame) -> [Rect] {
        paths(frame).compactMap { p in
            guard p.segments.count == 5, let fill = p.fill, fill != .black, fill.red == fill.green else { return nil }
            return bounds(p)
        }
    }

    /// Line markers: small black-filled shapes.
    static func markers(_ frame: Frame) -> [Rect] {
        paths(frame).compactMap { p in
            guard p.fill == .black, let b = bounds(p), b.size.width < 8 else { return nil }
            return b
        }
    }

    /// A line per item: kind, coordinates (3 decimals), text or segments. Stable text for goldens.
    static func dump(_ frame: Frame) -> String {
        var out = "frame \(frame.size.width) x \(frame.size.height)\n"
        for item in frame.items {
            switch item {
            case let .text(run, at):
                out += "text \(at.x),\(at.y) size \(run.size) \"\(run.text)\"\n"
            case let .path(p):
                let fill = p.fill.map { " fill \(formatPoints($0.red))" } ?? ""
                let stroke =
                    p.stroke.map {
                        " stroke \(formatPoints($0.color.red))/\($0.width)\($0.dash.isEmpty ? "" : " dash")"
                    } ?? ""
                let segments = p.segments.map { s -> String in
                    switch s {
                    case let .move(q): return "M\(q.x),\(q.y)"
                    case let .line(q): return "L\(q.x),\(q.y)"
                    case let .cubic(_, _, q): return "C\(q.x),\(q.y)"
                    case .close: return "Z"
                    }
                }.joined(separator: " ")
                out += "path\(fill)\(stroke) \(segments)\n"
            case let .group(inner, t):
                out += "group \(t.tx),\(t.ty) items \(inner.items.count)\n"
            case let .link(r, _):
                out += "link \(r.minX),\(r.minY)\n"
            case let .image(image, r):
                out += "image \(image.format.rawValue) \(r.minX),\(r.minY) \(r.size.width)x\(r.size.height)\n"
            case .beginStructure, .endStructure:
                continue   // structure marks are tested on their own (ChartStructureTests)
            }
        }
        return out
    }
}
