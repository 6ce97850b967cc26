/// The unit words that stay on a number's line ("12.35亿元", "40万元", "2.1个百分点", "3.5平方公里"):
/// GB/T 9704-1999 §8.2.3 "数字、年份不能回行" and clreq §2.2 (unbreakable sequences). The names come from the
/// dataset's units table (FolioData `Units`, handed in by the layout), so the breaker and the validator know
/// the same units.
public struct NumberUnits: Sendable, Hashable {
    /// Unit names as written after a figure ("元", "平方公里", "百分点", "人次"), longest first.
    public private(set) var names: [String]
    /// Magnitude prefixes that may stand between the figure and the name ("万", "亿"), or end the figure alone.
    public private(set) var magnitudes: [String]
    /// Words of approximation that may follow the figure before its unit ("余", "多": "5000余份").
    public private(set) var approximations: [String]
    /// Classifiers that may stand before a unit name ("个": "个百分点", "个月").
    public private(set) var classifiers: [String]
    /// The four word lists as Unicode scalar values, in the same order, for matching against a paragraph's units
    /// (each unit is matched by its first scalar, as the rest of the break tailoring reads it).
    private let scalars: Scalars

    private struct Scalars: Sendable, Hashable {
        var names: [[UInt32]], magnitudes: [[UInt32]], approximations: [[UInt32]], classifiers: [[UInt32]]
    }

    /// Creates the unit words.
    public init(
        names: [String], magnitudes: [String] = ["万", "亿"], approximations: [String] = ["余", "多"],
        classifiers: [String] = ["个"]
    ) {
        // Longest first, so "平方公里" wins over a shorter name that starts it.
        self.names = names.sorted { $0.count > $1.count }
        self.magnitudes = magnitudes; self.approximations = approximations; self.classifiers = classifiers
        func values(_ words: [String]) -> [[UInt32]] {
            words.map { $0.unicodeScalars.map(\.value) }.filter { !$0.isEmpty }
        }
        scalars = Scalars(
            names: values(self.names), magnitudes: values(magnitudes), approximations: values(approximations),
            classifiers: values(classifiers))
    }

    /// No unit words: a number still keeps its next character (the rule in `BreakOpportunities`).
    public static let none = NumberUnits(names: [], magnitudes: [], approximations: [], classifiers: [])

    /// How many units of `text` (each unit's first scalar value) from `start` belong to the unit of a figure
    /// that ends just before `start`: an approximation, a magnitude, a classifier and a name, each optional, in
    /// that order; a classifier counts only when a name follows it ("2.1个百分点", not "3个项目").
    func unitLength(_ text: [UInt32], from start: Int) -> Int {
        var i = start
        func take(_ words: [[UInt32]]) -> Bool {
            for w in words where Self.matches(text, at: i, w) { i += w.count; return true }
            return false
        }
        _ = take(scalars.approximations)
        _ = take(scalars.magnitudes)
        let beforeClassifier = i
        if take(scalars.classifiers) && !take(scalars.names) {
            i = beforeClassifier
        } else if i == beforeClassifier {
            _ = take(scalars.names)
        }
        return i - start
    }

    private static func matches(_ text: [UInt32], at i: Int, _ word: [UInt32]) -> Bool {
        guard i >= 0, i + word.count <= text.count else { return false }
        for (k, c) in word.enumerated() where text[i + k] != c { return false }
        return true
    }
}
