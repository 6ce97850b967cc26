/// Where one character of a page's extracted text sits: the left edge and the bottom of its box, in points from
/// the page's top-left corner.
struct CharacterBox: Equatable {
    /// Left edge.
    var left: Double
    /// Bottom edge (the baseline, near enough to compare lines).
    var bottom: Double
}

/// Printed lines from a text extractor's lines: the extractor may cut one printed line in two (glyphs that
/// overlap after punctuation compression, a change of font), so pieces whose bottoms lie within
/// `sameLine` of each other are joined, left to right, and lines are ordered top to bottom.
enum TextLines {
    /// Bottoms closer than this belong to one printed line (body lines are 10 pt or more apart).
    static let sameLine = 1.5

    /// The printed lines of `text` (lines separated by newlines) given one box per Unicode scalar of `text`.
    /// When the boxes do not match the text scalar for scalar, the extractor's own lines are returned.
    static func printedLines(text: String, boxes: [CharacterBox]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        guard boxes.count == scalars.count else {
            return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
        var pieces: [(bottom: Double, left: Double, text: String)] = []
        var current = String.UnicodeScalarView(), bottom = -Double.infinity, left = Double.infinity
        func close() {
            if !current.isEmpty { pieces.append((bottom, left, String(current))) }
            current = String.UnicodeScalarView(); bottom = -.infinity; left = .infinity
        }
        for (scalar, box) in zip(scalars, boxes) {
            if scalar == "\n" { close(); continue }
            current.append(scalar)
            if !scalar.properties.isWhitespace {
                bottom = max(bottom, box.bottom); left = min(left, box.left)
            }
        }
        close()
        return join(pieces.filter { $0.bottom.isFinite })
    }

    /// Pieces sorted top to bottom (then left to right) and joined where they share a baseline.
    private static func join(_ pieces: [(bottom: Double, left: Double, text: String)]) -> [String] {
        let sorted = pieces.sorted { ($0.bottom.rounded(), $0.left) < ($1.bottom.rounded(), $1.left) }
        var lines: [String] = []
        var last: Double?
        for piece in sorted {
            if let last, abs(piece.bottom - last) < sameLine, !lines.isEmpty {
                lines[lines.count - 1] += piece.text
            } else {
                lines.append(piece.text)
            }
            last = piece.bottom
        }
        return lines
    }
}
