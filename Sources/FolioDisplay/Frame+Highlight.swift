extension GlyphRun {
    /// The run cut where `marker` is printed, the pieces that print it in `color` and the others as they were;
    /// `[self]` when the run does not print it. A marker broken over two lines is found in part: its opening
    /// (two characters or more) at the run's end, its closing at the run's start. Every piece keeps the run's
    /// origin and its glyphs' positions, so the pieces draw exactly what the run drew and read as the same text.
    public func highlighting(_ marker: String, in color: Color) -> [GlyphRun] {
        guard mayPrint(marker) else { return [self] }
        let marked = Self.markedBytes(of: Array(text.utf8), marker: Array(marker.utf8))
        guard !marked.isEmpty else { return [self] }
        var pieces: [GlyphRun] = []
        var byte = 0, glyph = 0
        var current: (marked: Bool, clusters: [TextCluster], bytes: Range<Int>, glyphs: Range<Int>)?
        func close() {
            guard let c = current else { return }
            let bytes = Array(text.utf8)[c.bytes]
            pieces.append(
                GlyphRun(
                    font: font, size: size, color: c.marked ? color : self.color, glyphs: Array(glyphs[c.glyphs]),
                    text: String(decoding: bytes, as: UTF8.self), clusters: c.clusters))
        }
        for cluster in clusters {
            let bytes = byte..<min(byte + cluster.byteCount, text.utf8.count)
            let glyphRange = glyph..<min(glyph + cluster.glyphCount, glyphs.count)
            let isMarked = marked.contains { $0.overlaps(bytes) }
            if var c = current, c.marked == isMarked {
                c.clusters.append(cluster)
                c.bytes = c.bytes.lowerBound..<bytes.upperBound
                c.glyphs = c.glyphs.lowerBound..<glyphRange.upperBound
                current = c
            } else {
                close()
                current = (isMarked, [cluster], bytes, glyphRange)
            }
            byte = bytes.upperBound; glyph = glyphRange.upperBound
        }
        close()
        return pieces
    }

    /// Whether the run may print some of `marker` that `highlighting` colours: every piece it colours (the whole
    /// marker, its opening at the run's end, its closing at the run's start) holds the marker's first or last
    /// Unicode scalar. A scan without allocating, so that a page's runs that print none of it are passed over cheaply.
    func mayPrint(_ marker: String) -> Bool {
        guard let first = marker.unicodeScalars.first, let last = marker.unicodeScalars.last else { return false }
        return text.unicodeScalars.contains { $0 == first || $0 == last }
    }

    /// The byte ranges of `text` that print `marker`: each whole occurrence, the marker's opening at the end and its
    /// closing at the start (a line break inside it), at least two characters of it.
    static func markedBytes(of text: [UInt8], marker: [UInt8]) -> [Range<Int>] {
        guard !marker.isEmpty, !text.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var i = 0
        while i + marker.count <= text.count {
            if text[i..<i + marker.count].elementsEqual(marker) {
                found.append(i..<i + marker.count); i += marker.count
            } else {
                i += 1
            }
        }
        let characters = Array(String(decoding: marker, as: UTF8.self).utf8Offsets)
        // The opening of the marker at the end, the longest first; then its closing at the start.
        for cut in characters.dropFirst(2).reversed() where cut < marker.count {
            let head = marker[0..<cut]
            if text.count >= cut, text[(text.count - cut)...].elementsEqual(head),
                !found.contains(where: { $0.upperBound == text.count })
            {
                found.append((text.count - cut)..<text.count); break
            }
        }
        for cut in characters.dropLast(2) where cut > 0 {
            let tail = marker[cut...]
            if text.count >= tail.count, text[0..<tail.count].elementsEqual(tail),
                !found.contains(where: { $0.lowerBound == 0 })
            {
                found.append(0..<tail.count); break
            }
        }
        return found
    }
}

extension GlyphRun {
    /// The em boxes of the run's glyphs drawn with its baseline start at `origin` (0.88 em above the baseline, 0.12
    /// below), nil for a run without glyphs.
    func box(at origin: Point) -> Rect? {
        guard let first = glyphs.first, let last = glyphs.last else { return nil }
        return Rect(
            x: origin.x + first.x, y: origin.y - size * 0.88, width: last.x + last.advance - first.x, height: size)
    }
}

extension String {
    /// The UTF-8 offset of each character boundary, 0 and the end included.
    fileprivate var utf8Offsets: [Int] {
        var offsets = [0], at = 0
        for c in self {
            at += c.utf8.count; offsets.append(at)
        }
        return offsets
    }
}

extension Frame {
    /// The frame with every glyph run that prints `marker` cut so that the marker is drawn in `color` (a draft's
    /// 【待填】 in red), in groups too; items that do not print it unchanged. A run under one of the frame's images
    /// (a seal pressed on the date) keeps its colour: a red marker under a red seal could not be read.
    public func highlighting(_ marker: String, in color: Color) -> Frame {
        guard Self.mayPrint(items, marker) else { return self }
        var out = self
        let pictures = items.compactMap { item -> Rect? in if case .image(_, let r) = item { r } else { nil } }
        out.items = Self.highlighting(items, marker, color, sparing: pictures)
        return out
    }

    /// Whether a glyph run of `items`, in groups too, may print `marker` (`GlyphRun.mayPrint`): a frame that
    /// prints none of it (every page of a report that is not a draft) is returned as it is, its items not copied.
    static func mayPrint(_ items: [FrameItem], _ marker: String) -> Bool {
        items.contains { item in
            switch item {
            case .text(let run, _): run.mayPrint(marker)
            case .group(let frame, _): mayPrint(frame.items, marker)
            default: false
            }
        }
    }

    static func highlighting(
        _ items: [FrameItem], _ marker: String, _ color: Color, sparing pictures: [Rect]
    ) -> [FrameItem] {
        var out: [FrameItem] = []
        out.reserveCapacity(items.count)
        for item in items {
            switch item {
            case .text(let run, let at):
                if !run.mayPrint(marker) {
                    out.append(item)
                } else if !pictures.isEmpty, let box = run.box(at: at),
                    pictures.contains(where: { $0.intersects(box) })
                {
                    out.append(item)
                } else {
                    out += run.highlighting(marker, in: color).map { .text($0, at: at) }
                }
            case .group(let frame, let transform):
                out.append(.group(frame.highlighting(marker, in: color), transform))
            default:
                out.append(item)
            }
        }
        return out
    }
}
