/// A YAML text cut into lines where libyaml ends them — at a line feed, a carriage return, the two together (one
/// break), NEL, LS and PS (YAML 1.1 §5.4) — so that a node's mark (line, and column in Unicode scalars) indexes
/// it whatever line breaks the file was saved with (a file saved on Windows ends its lines with CR LF). Each line's
/// break is kept, so an edited text is written back with the breaks it had. The rule is `YAMLGuard.lines(of:)`'s,
/// which cuts the raw bytes before the text is composed (`LineBreakKindsTests` holds the two to the same lines).
public struct YAMLSourceLines: Sendable {
    /// Every scalar of the text but the line breaks, line after line.
    public let scalars: SourceScalars
    /// Where each line starts in `scalars`, and after the last one where the text ends.
    private let starts: [Int]
    /// The break that ends each line, as an index into `breakTexts` (0, none, after the last line).
    private let breaks: [UInt8]
    /// The line breaks libyaml knows, by `breaks`' codes.
    private static let breakTexts = ["", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"]

    /// `breakTexts`' code of the one-scalar break `scalar` (LF when it is none).
    private static func breakCode(_ scalar: Unicode.Scalar) -> UInt8 {
        switch scalar {
        case "\r": return 2
        case "\u{85}": return 4
        case "\u{2028}": return 5
        case "\u{2029}": return 6
        default: return 1
        }
    }

    /// The lines of `text`.
    public init(_ text: String) {
        let measure = SourceScalars.measure(text)
        if measure.narrow {
            let cut = Self.cut(text, reserving: measure.count) { UInt16(truncatingIfNeeded: $0.value) }
            (scalars, starts, breaks) = (SourceScalars(narrow: cut.units), cut.starts, cut.breaks)
        } else {
            let cut = Self.cut(text, reserving: measure.count) { $0 }
            (scalars, starts, breaks) = (SourceScalars(wide: cut.units), cut.starts, cut.breaks)
        }
    }

    /// The scalars of `text` but its line breaks, each made a `Unit`; where each line starts among them, and the
    /// break that ends it.
    private static func cut<Unit>(
        _ text: String, reserving count: Int, _ unit: (Unicode.Scalar) -> Unit
    ) -> (units: [Unit], starts: [Int], breaks: [UInt8]) {
        var units: [Unit] = [], starts = [0], breaks: [UInt8] = []
        units.reserveCapacity(count)
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            switch scalar {
            case "\n" where afterReturn:
                breaks[breaks.count - 1] = 3   // the second half of a CR LF break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                starts.append(units.count)
                breaks.append(Self.breakCode(scalar))
            default:
                units.append(unit(scalar))
            }
        }
        starts.append(units.count)
        breaks.append(0)
        return (units, starts, breaks)
    }

    /// How many lines the text has (an empty text has one, empty).
    public var count: Int { starts.count - 1 }

    /// Line `l`'s scalars (`l` from 0, less than `count`), without its break.
    public subscript(_ l: Int) -> Slice<SourceScalars> { scalars[starts[l]..<starts[l + 1]] }

    /// Every line's scalars, each an array of its own (for text edited line by line).
    public var lines: [[Unicode.Scalar]] { (0..<count).map { Array(self[$0]) } }

    /// Where line `l` starts in `scalars`.
    public func start(of l: Int) -> Int { starts[l] }

    /// How many scalars line `l` has, without its break.
    public func length(of l: Int) -> Int { starts[l + 1] - starts[l] }

    /// The break that ends line `l` as written ("" after the last line).
    public func lineBreak(after l: Int) -> String { Self.breakTexts[Int(breaks[l])] }

    /// The break most of the text's lines end with ("\n" when it has none; of equal counts the first known):
    /// what a line added to the text ends with.
    public var usualBreak: String {
        var counts = [Int](repeating: 0, count: Self.breakTexts.count)
        for b in breaks where b != 0 { counts[Int(b)] += 1 }
        guard let most = counts.max(), most > 0, let code = counts.firstIndex(of: most) else { return "\n" }
        return Self.breakTexts[code]
    }
}
