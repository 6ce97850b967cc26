import FolioDisplay

extension ChartText {
    /// `text` broken into at most `maxLines` lines no wider than `width`, between any two characters
    /// (Chinese category names have no spaces), never starting a line with a closing mark nor ending one with an
    /// opening mark (clreq §3.1.6 line-start and line-end prohibitions). Nil when it still does not fit.
    func wrapped(_ text: String, width: Pt, size: Pt, maxLines: Int) throws -> [ShapedLine]? {
        let whole = try line(text, size: size)
        if whole.width <= width { return [whole] }
        let chars = Array(text)
        var lines: [ShapedLine] = [], start = 0
        while start < chars.count {
            guard lines.count < maxLines else { return nil }
            var end = start + 1, best: ShapedLine?
            var bestEnd = end
            while end <= chars.count {
                let candidate = try line(String(chars[start..<end]), size: size)
                if candidate.width > width { break }
                let allowed =
                    end == chars.count
                    || (!LineBreakMarks.mayNotStart(chars[end]) && !LineBreakMarks.mayNotEnd(chars[end - 1]))
                if allowed { best = candidate; bestEnd = end }
                end += 1
            }
            guard let best else { return nil }
            lines.append(best); start = bestEnd
        }
        return lines
    }
}
