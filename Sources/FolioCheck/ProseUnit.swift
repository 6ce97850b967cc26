import FolioData

/// An expression of a template and the characters of its unit it printed.
public struct PrintedExpression: Sendable {
    /// The expression as written.
    public var expression: Expression
    /// The printed characters it produced (empty when it printed nothing).
    public var range: Range<Int>
}

/// One piece of prose as it will be printed (every expression replaced by its value), with the
/// place in the dataset each printed character comes from.
public struct ProseUnit: Sendable {
    /// What the prose is.
    public enum Kind: String, Sendable, Codable {
        /// The report title.
        case title
        /// A section heading (without the theme's number).
        case heading
        /// The text that follows a run-in heading in the same paragraph.
        case runIn
        /// A body paragraph.
        case paragraph
        /// A chart or table caption, or a table note.
        case caption
    }

    /// Where one printed character comes from.
    public enum Origin: Sendable, Hashable {
        /// Typed in the prose, at this place.
        case literal(SourceLocation?)
        /// Printed by the expression whose `{` is at this place.
        case expression(SourceLocation?)
    }

    /// What the prose is.
    public var kind: Kind
    /// The printed characters.
    public var text: [Character]
    /// The origin of each printed character (parallel to `text`).
    public var origins: [Origin]
    /// The section whose body holds this prose (its index in `ProseCorpus.sections`); nil at top level.
    /// A heading and its run-in text belong to the section they open.
    public var container: Int?
    /// For a heading, the section it titles.
    public var section: Int?
    /// The expressions of the prose, each with the characters it printed, in order.
    public var expressions: [PrintedExpression] = []

    /// Creates a unit.
    public init(kind: Kind, text: [Character], origins: [Origin], container: Int? = nil, section: Int? = nil) {
        self.kind = kind; self.text = text; self.origins = origins; self.container = container; self.section = section
    }

    /// The printed text.
    public var string: String { String(text) }

    /// The printed characters in `range` (clamped).
    public func string(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, text.count)), hi = max(lo, min(range.upperBound, text.count))
        return String(text[lo..<hi])
    }

    /// Where character `index` comes from in the dataset.
    public func location(at index: Int) -> SourceLocation? {
        guard !origins.isEmpty else { return nil }
        switch origins[max(0, min(index, origins.count - 1))] {
        case .literal(let l), .expression(let l): return l
        }
    }

    /// Whether every character of `range` was typed (none printed by an expression).
    public func isLiteral(_ range: Range<Int>) -> Bool {
        range.allSatisfy { i in
            guard i >= 0, i < origins.count else { return false }
            if case .literal = origins[i] { return true }
            return false
        }
    }

    /// Characters that end a sentence.
    static let sentenceEnds = PlainCharacterSet(["。", "！", "？", "；", "!", "?", ";"])

    /// The range of the sentence around `index` (ends at 。！？；, inclusive).
    public func sentenceRange(around index: Int) -> Range<Int> {
        var lo = max(0, min(index, text.count)), hi = lo
        while lo > 0, !Self.sentenceEnds.contains(text[lo - 1]) { lo -= 1 }
        while hi < text.count, !Self.sentenceEnds.contains(text[hi]) { hi += 1 }
        return lo..<min(text.count, hi + 1)
    }

    /// The sentence around `index`, shortened to about 80 characters around it.
    public func sentence(around index: Int) -> String {
        let r = sentenceRange(around: index)
        guard r.count > 80 else { return string(r) }
        let lo = max(r.lowerBound, index - 40), hi = min(r.upperBound, lo + 80)
        return (lo > r.lowerBound ? "…" : "") + string(lo..<hi) + (hi < r.upperBound ? "…" : "")
    }

    /// The sentences of the unit, as ranges.
    public var sentences: [Range<Int>] {
        var out: [Range<Int>] = [], start = 0
        for (i, c) in text.enumerated() where Self.sentenceEnds.contains(c) {
            out.append(start..<(i + 1)); start = i + 1
        }
        if start < text.count { out.append(start..<text.count) }
        return out
    }
}
