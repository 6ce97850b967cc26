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
    public var text: ProseText { printed.text }
    /// Each printed character's scalar value when it is a plain character (`TextScan.plainScalar`: one scalar that
    /// equals no other character), else `ProseUnit.notPlain`. A rule tests these first: a plain character whose
    /// value is not among those it looks for cannot be one of them, so the `Character` (whose comparisons and
    /// hashing go through a string) is read only where the value may match or the character is not plain.
    public var scalars: [UInt32] { printed.text.values }
    /// The value `scalars` holds for a character that is not plain.
    public static let notPlain = UInt32.max
    /// The numbers written in digits, left to right (`TextScan.numbers(in:)`), scanned once from `scalars` for
    /// every rule that reads them.
    public var numbers: [TextScan.Number] { printed.numbers }
    /// The origin of each printed character (parallel to `text`).
    public var origins: [Origin] {
        get { places.origins }
        set { printed = Printed(printed, places: OriginTable(newValue)) }
    }
    /// The origins as runs (`OriginTable`): a few entries a paragraph, not a `SourceLocation` (32 bytes, its file
    /// name retained) a character.
    private var places: OriginTable { printed.places }
    /// The text, its values, numbers and origins, fixed once printed.
    private var printed: Printed
    /// The section whose body holds this prose (its index in `ProseCorpus.sections`); nil at top level.
    /// A heading and its run-in text belong to the section they open.
    public var container: Int?
    /// For a heading, the section it titles.
    public var section: Int?
    /// The expressions of the prose, each with the characters it printed, in order.
    public var expressions: [PrintedExpression] = []

    /// Creates a unit.
    public init(kind: Kind, text: [Character], origins: [Origin], container: Int? = nil, section: Int? = nil) {
        self.init(kind: kind, text: text, places: OriginTable(origins), container: container, section: section)
    }

    /// Creates a unit whose origins are already packed.
    init(kind: Kind, text: [Character], places: OriginTable, container: Int?, section: Int?) {
        self.kind = kind; self.container = container; self.section = section
        printed = Printed(text: text, places: places)
    }

    /// What a unit holds that never changes once it is printed, behind one reference: every rule walks the corpus
    /// unit by unit, and a copy of a unit then retains this object instead of each of its arrays (a copy and its
    /// release were a tenth of the check's time).
    private final class Printed: Sendable {
        let text: ProseText
        let numbers: [TextScan.Number]
        let places: OriginTable

        init(text: [Character], places: OriginTable) {
            self.text = ProseText(text); self.places = places
            numbers = TextScan.numbers(inValues: self.text.values)
        }

        /// `other` with its origins replaced.
        init(_ other: Printed, places: OriginTable) {
            text = other.text; numbers = other.numbers; self.places = places
        }
    }

    /// `characters` as `scalars` holds a unit's text: each one's plain scalar, or `notPlain`.
    static func values(of characters: [Character]) -> [UInt32] {
        characters.map { TextScan.plainScalar($0) ?? notPlain }
    }

    /// Whether `a` and `b`, with their `values(of:)`, are equal (canonical equivalence): by value when both are
    /// plain, else as characters.
    static func same(
        _ a: @autoclosure () -> Character, _ aValue: UInt32, _ b: @autoclosure () -> Character, _ bValue: UInt32
    ) -> Bool {
        aValue == notPlain || bValue == notPlain ? a() == b() : aValue == bValue
    }

    /// The indices of the characters equal to `c` (canonical equivalence), found by value where they are plain.
    public func indices(of c: Character) -> [Int] {
        guard let value = TextScan.plainScalar(c) else { return text.indices.filter { text[$0] == c } }
        var out: [Int] = []
        for (i, v) in scalars.enumerated() where v == value || (v == Self.notPlain && text[i] == c) { out.append(i) }
        return out
    }

    /// The indices where the characters of `word` start (canonical equivalence), compared by value where both
    /// sides are plain (`ProseText.has`).
    public func indices(ofWord word: [Character]) -> [Int] {
        guard let first = word.first else { return [] }
        let text = text, wordValues = Self.values(of: word)
        return indices(of: first).filter { text.has(word, values: wordValues, at: $0) }
    }

    /// Whether characters `i` and `j` are equal (canonical equivalence), by value when both are plain.
    public func same(_ i: Int, _ j: Int) -> Bool { Self.same(text[i], scalars[i], text[j], scalars[j]) }

    /// The printed text.
    public var string: String { String(text) }

    /// The printed characters in `range` (clamped).
    public func string(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, text.count)), hi = max(lo, min(range.upperBound, text.count))
        return String(text[lo..<hi])
    }

    /// Where character `index` comes from in the dataset.
    public func location(at index: Int) -> SourceLocation? {
        guard places.count > 0 else { return nil }
        return places.location(max(0, min(index, places.count - 1)))
    }

    /// Whether every character of `range` was typed (none printed by an expression).
    public func isLiteral(_ range: Range<Int>) -> Bool {
        range.allSatisfy { i in i >= 0 && i < places.count && !places.isExpression(i) }
    }

    /// Characters that end a sentence.
    static let sentenceEnds = PlainCharacterSet(["。", "！", "？", "；", "!", "?", ";"])

    /// The range of the sentence around `index` (ends at 。！？；, inclusive).
    public func sentenceRange(around index: Int) -> Range<Int> {
        var lo = max(0, min(index, text.count)), hi = lo
        while lo > 0, !Self.sentenceEnds.contains(scalars[lo - 1], text[lo - 1]) { lo -= 1 }
        while hi < text.count, !Self.sentenceEnds.contains(scalars[hi], text[hi]) { hi += 1 }
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
        for (i, v) in scalars.enumerated() where Self.sentenceEnds.contains(v, text[i]) {
            out.append(start..<(i + 1)); start = i + 1
        }
        if start < text.count { out.append(start..<text.count) }
        return out
    }
}

/// The origins of a unit's characters, packed as runs: a run of typed characters on one line at consecutive columns,
/// or of characters printed by one expression (all at its `{`), is one entry of line, first column and length, so a
/// paragraph typed on one line of the YAML is a few entries, not one per character. Line 0 means no location; the
/// expression flag is the column's top bit; one file name for the unit; a character whose location names another
/// file, or does not fit, is kept whole on the side.
struct OriginTable: Sendable {
    /// The file of the packed locations (the first location's).
    private var file: String?
    /// The index of each run's first character, ascending (the first run starts at 0).
    private var starts: [Int] = []
    /// Each run's line (0: no location).
    private var lines: [UInt32] = []
    /// Each run's first column, with the expression flag in the top bit.
    private var columns: [UInt32] = []
    /// Whether each run's columns step by one a character (typed text) or stay (an expression, no location).
    private var steps: [Bool] = []
    /// How many characters.
    private(set) var count = 0
    /// Origins that do not pack, by index.
    private var others: [Int: ProseUnit.Origin] = [:]
    private static let expressionBit: UInt32 = 1 << 31

    /// An empty table; `append` adds each character's origin in turn.
    init() {}

    /// The table of `origins`.
    init(_ origins: [ProseUnit.Origin]) {
        for origin in origins {
            switch origin {
            case .literal(let l): append(l.map { ($0.line, $0.column) }, in: l?.file, expression: false)
            case .expression(let l): append(l.map { ($0.line, $0.column) }, in: l?.file, expression: true)
            }
        }
    }

    /// Adds the next character's origin: at `place` (a 1-based line and column) of `file`, or none when either is
    /// nil, typed or printed by an expression. What `init(_:)` does for `.literal` or `.expression` of that
    /// location, without a `SourceLocation` (its file name retained) made for every character by the caller.
    mutating func append(_ place: (line: Int, column: Int)?, in placeFile: String?, expression: Bool) {
        let flag = expression ? Self.expressionBit : 0
        guard let place, let placeFile else {
            append(line: 0, column: flag); return
        }
        if file == nil { file = placeFile }
        if let file, placeFile == file, place.line > 0, place.line < Int(UInt32.max), place.column >= 0,
            place.column < Int(Self.expressionBit)
        {
            append(line: UInt32(place.line), column: UInt32(place.column) | flag)
        } else {
            let location = SourceLocation(file: placeFile, line: place.line, column: place.column)
            others[count] = expression ? .expression(location) : .literal(location)
            append(line: 0, column: flag)
        }
    }

    /// Adds the next character's packed origin: to the last run when it continues it, else as a new run. A typed
    /// character continues a run one column further on; an expression's characters or unlocated ones repeat the run's
    /// column.
    private mutating func append(line: UInt32, column: UInt32) {
        defer { count += 1 }
        if let last = starts.indices.last, lines[last] == line,
            column & Self.expressionBit == columns[last] & Self.expressionBit
        {
            let offset = UInt32(truncatingIfNeeded: count - starts[last])   // the character's place in the run, ≥ 1
            let typed = line != 0 && column & Self.expressionBit == 0
            if offset == 1, typed, column == columns[last] &+ 1 {
                steps[last] = true
                return
            }
            if column == columns[last] &+ (steps[last] ? offset : 0) { return }
        }
        starts.append(count); lines.append(line); columns.append(column); steps.append(false)
    }

    /// The run holding character `i` (0 ≤ i < count).
    private func run(_ i: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Whether character `i` was printed by an expression.
    func isExpression(_ i: Int) -> Bool { columns[run(i)] & Self.expressionBit != 0 }

    /// Where character `i` comes from.
    func location(_ i: Int) -> SourceLocation? {
        if let other = others[i] {
            switch other {
            case .literal(let l), .expression(let l): return l
            }
        }
        let r = run(i)
        guard lines[r] > 0, let file else { return nil }
        let first = Int(columns[r] & ~Self.expressionBit)
        return SourceLocation(file: file, line: Int(lines[r]), column: first + (steps[r] ? i - starts[r] : 0))
    }

    /// The origins unpacked.
    var origins: [ProseUnit.Origin] {
        (0..<count).map { isExpression($0) ? .expression(location($0)) : .literal(location($0)) }
    }
}
