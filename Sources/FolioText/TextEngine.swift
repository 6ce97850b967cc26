import FolioDisplay
import Foundation

/// The engine: role → font stack mapping, per-character fallback, shaping cache, paragraph layout.
public final class TextEngine: TextShaping, @unchecked Sendable {
    let fonts: FontSystem
    /// Serialises all mutable state (caches, fallback records).
    let lock = NSLock()
    let stacks: [FontRole: [String]]
    var roleFaces: [FontRole: ResolvedFace] = [:]
    var boldFaces: [FontRole: FontFace] = [:]
    let fallbackFaces: [FontFace]
    let latinFace: FontFace?
    var shapeCache: [ShapeKey: [RawGlyph]] = [:]
    /// Faces as units refer to them: `faceTable[unit.face]`; `faceIndex` interns a face.
    var faceTable: [FontFace] = []
    var faceIndex: [FontFace: Int] = [:]
    /// The face chosen for a single-scalar character: key scalar | role index << 32 | bold << 40.
    var faceChoice: [UInt64: Int] = [:]
    var missing: Set<Character> = []
    var fallbackUsed: [FontRole: Set<Character>] = [:]
    var emergency: [String] = []
    /// The unit words a figure keeps on its line (`NumberUnits`; from the dataset's units table).
    let numberUnits: NumberUnits

    /// Resolves every role's stack (a role whose stack finds nothing gets the first fallback face, marked
    /// substituted) and the fallback list. Throws when no font at all is available.
    public init(
        fonts: FontSystem, stacks: [FontRole: [String]], fallback: [String],
        numberUnits: NumberUnits
    ) throws {
        self.fonts = fonts
        self.numberUnits = numberUnits
        self.stacks = stacks
        fallbackFaces = fallback.compactMap { try? fonts.resolve(stack: [$0]).face }
        // The latin role is optional: when its stack finds nothing, Latin stays in each role's own face.
        let latin = stacks[.latin].flatMap { $0.isEmpty ? nil : try? fonts.resolve(stack: $0) }
        latinFace = latin?.face
        if let latin { roleFaces[.latin] = latin }
        for role in FontRole.allCases where role != .latin {
            guard let stack = stacks[role], !stack.isEmpty else { continue }
            if let found = try? fonts.resolve(stack: stack) {
                roleFaces[role] = found
            } else if let first = fallbackFaces.first {
                roleFaces[role] = ResolvedFace(face: first, requested: stack[0], substituted: true)
            } else {
                throw TextError.noFontInStack(stack)
            }
        }
        if roleFaces.isEmpty && fallbackFaces.isEmpty { throw TextError.noFontInStack(fallback) }
    }

    /// Which face each role got and why (for `folio fonts` and the one-time "substitute" notice).
    public func faceReport() -> [(role: FontRole, face: ResolvedFace)] {
        lock.lock(); defer { lock.unlock() }
        return FontRole.allCases.compactMap { role in roleFaces[role].map { (role: role, face: $0) } }
    }

    /// Characters no face in the role's stack or the fallback list has (reported, never drawn as tofu silently).
    public var missingCharacters: Set<Character> {
        lock.lock(); defer { lock.unlock() }
        return missing
    }

    /// Characters that were drawn in a fallback face, per role.
    public var fallbackCharacters: [FontRole: Set<Character>] {
        lock.lock(); defer { lock.unlock() }
        return fallbackUsed
    }

    /// Lines that had to be cut where no break is allowed (a word or number longer than the line), with
    /// their text, sorted: the build reports them, so an overfull line is never silent.
    public var emergencyBreaks: [String] {
        lock.lock(); defer { lock.unlock() }
        return emergency.sorted()   // sorted: paragraphs laid out concurrently record them in any order
    }

    /// Shapes one unbroken line (titles, headings, page numbers, chart labels): same shaping and fallback
    /// as paragraphs, natural advances, no breaking; the Han–Latin ¼ em gap (clreq §3.2) and adjacent-pair
    /// compression (clreq §3.1.6) as in paragraphs.
    public func shapeLine(_ text: String, role: FontRole, size: Pt, color: Color) throws -> ShapedLine {
        try shapeLine(text, role: role, size: size, color: color, gridPitch: nil)
    }

    /// `shapeLine` with full-width characters on a character grid of `gridPitch` (GB/T 9704 §5.2.3), for
    /// one-line blocks set on the body grid (the signature and date, GB/T 9704 §7.3.5).
    public func shapeLine(_ text: String, role: FontRole, size: Pt, color: Color, gridPitch: Pt?) throws -> ShapedLine {
        let span = TextSpan(text: text, role: role, size: size)
        let chars = SourceText.segments([span], dropHanLatinSpaces: true).joined()
        let grid = gridPitch.map { GridSpec(pitch: $0.value, referenceSize: size.value) }
        // Only shaping needs the lock (as in `layoutParagraph`).
        let (store, faces) = try locked { (try makeUnits(Array(chars), spans: [span], grid: grid), faceTable) }
        let bounds = try boundaries(store, options: Self.lineOptions, gridPadPitch: nil)
        let setter = LineSetter(store: store, faces: faces, bounds: bounds, trimLineEnd: false, color: color)
        return setter.set(0..<store.units.count, width: .infinity, indent: 0, justify: false).line
    }

    /// Punctuation in one-line text: pairs compressed, nothing squeezed or trimmed (the line is not justified).
    static let lineOptions = PunctuationOptions(
        compressPairs: true, trimLineEnd: false, trimLineStart: false,
        squeeze: false, gridPreserving: false, hangLineEnd: false)

    /// Resolves every role's stack; see `init(fonts:stacks:fallback:numberUnits:)`.
    public convenience init(fonts: FontSystem, stacks: [FontRole: [String]], fallback: [String]) throws {
        try self.init(fonts: fonts, stacks: stacks, fallback: fallback, numberUnits: .none)
    }

    /// Breaks a paragraph into lines: shaping and break finding once, total-fit break choice,
    /// justification of every line but the last (see the file headers for the rules applied).
    ///
    /// Thread-safe and concurrent: only shaping (`makeUnits`, which reads and fills the engine's caches) holds
    /// the lock; break opportunities (ICU, an iterator per call), the break optimizer and line setting work on
    /// the paragraph's own values, so paragraphs laid out on several threads overlap. The result does
    /// not depend on the order paragraphs are laid out in: the caches only remember what shaping gives anyway.
    public func layoutParagraph(_ spec: ParagraphSpec) throws -> ParagraphLayout {
        var lines: [ShapedLine] = []
        var texts: [String] = []
        var cut: [String] = []
        let grid = spec.gridPitch.map {
            GridSpec(pitch: $0.value, referenceSize: spec.spans.map(\.size.value).max() ?? 16)
        }
        let options = spec.punctuation.effective
        let gridPadPitch = options.gridPreserving ? grid?.pitch : nil
        for (i, segment) in SourceText.segments(spec.spans, dropHanLatinSpaces: true).enumerated() {
            let (store, faces) = try locked { (try makeUnits(segment, spans: spec.spans, grid: grid), faceTable) }
            let bounds = try boundaries(store, options: options, gridPadPitch: gridPadPitch)
            let indent = i == 0 ? spec.firstLineIndent.value : 0
            var optimizer = BreakOptimizer(
                units: store.units, bounds: bounds, width: spec.width.value,
                firstIndent: indent, trimLineEnd: options.trimLineEnd)
            optimizer.trimLineStart = options.trimLineStart
            optimizer.hangLineEnd = options.hangLineEnd
            let setter = LineSetter(
                store: store, faces: faces, bounds: bounds, trimLineEnd: options.trimLineEnd,
                color: .black, hangLineEnd: options.hangLineEnd)
            let ranges = optimizer.lineRanges()
            var lastCut = -1
            for (k, range) in ranges.enumerated() {
                let isLast = k == ranges.count - 1
                let lineIndent = k == 0 ? indent : 0
                let set = setter.set(
                    range, width: spec.width.value, indent: lineIndent,
                    justify: spec.justify && !isLast, lineEnd: !isLast,
                    trimLineStart: options.trimLineStart && lineIndent == 0)
                if !isLast && bounds[safe: range.upperBound]?.allowBreak != true {
                    let piece = Self.unbreakablePiece(around: range.upperBound, store: store, bounds: bounds)
                    if piece.start != lastCut { cut.append(piece.text) }
                    lastCut = piece.start
                }
                lines.append(set.line)
                texts.append(set.text)
            }
        }
        if !cut.isEmpty { locked { emergency.append(contentsOf: cut) } }
        return ParagraphLayout(lines: lines, lineTexts: texts)
    }

    /// The text of the unbreakable piece a line was cut inside at unit `cut` ("123,456,789.12", not the part of it on
    /// the line): one report for the piece however many lines it takes.
    static func unbreakablePiece(around cut: Int, store: UnitStore, bounds: [Boundary]) -> (start: Int, text: String) {
        var start = min(cut, store.units.count), end = start
        while start > 0 && bounds[safe: start]?.allowBreak != true { start -= 1 }
        while end < store.units.count && (end == cut || bounds[safe: end]?.allowBreak != true) { end += 1 }
        return (start, store.text(of: start..<end))
    }

    /// Runs `body` holding the engine's lock.
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body()
    }
}

/// The character grid of a paragraph (GB/T 9704 §5.2.3).
struct GridSpec {
    /// Cell width in points at `referenceSize`.
    var pitch: Double
    /// The paragraph's (largest) size; other sizes scale the pitch.
    var referenceSize: Double
}

/// Key of the shaping cache: the same text in the same face shapes the same (positions are in em).
/// The text is its UTF-8 bytes and the face an interned index, hashed as raw bytes: hashing a non-ASCII
/// `String` normalises it, and a `FontFace` hashes its path and names.
struct ShapeKey: Hashable {
    var text: [UInt8]
    var face: Int

    func hash(into hasher: inout Hasher) {
        hasher.combine(face)
        hasher.combine(text.count)
        text.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
