/// The unit words that stay on a number's line ("12.35亿元", "40万元", "2.1个百分点", "3.5平方公里"):
/// GB/T 9704-1999 §8.2.3 "数字、年份不能回行" and clreq §2.2 (unbreakable sequences). The names come from the
/// dataset's units table (FolioData `Units`, handed in by the layout), so the breaker and the validator know
/// the same units.
public struct NumberUnits: Sendable, Hashable {
    /// Unit names as written after a figure ("元", "平方公里", "百分点", "人次").
    public var names: [String]
    /// Magnitude prefixes that may stand between the figure and the name ("万", "亿"), or end the figure alone.
    public var magnitudes: [String]
    /// Words of approximation that may follow the figure before its unit ("余", "多": "5000余份").
    public var approximations: [String]
    /// Classifiers that may stand before a unit name ("个": "个百分点", "个月").
    public var classifiers: [String]

    /// Creates the unit words.
    public init(
        names: [String], magnitudes: [String] = ["万", "亿"], approximations: [String] = ["余", "多"],
        classifiers: [String] = ["个"]
    ) {
        // Longest first, so "平方公里" wins over a shorter name that starts it.
        self.names = names.sorted { $0.count > $1.count }
        self.magnitudes = magnitudes; self.approximations = approximations; self.classifiers = classifiers
    }

    /// No unit words: a number still keeps its next character (the rule in `BreakOpportunities`).
    public static let none = NumberUnits(names: [], magnitudes: [], approximations: [], classifiers: [])

    /// How many characters of `text` from `start` belong to the unit of a figure that ends just before
    /// `start`: an approximation, a magnitude, a classifier and a name, each optional, in that order;
    /// a classifier counts only when a name follows it ("2.1个百分点", not "3个项目").
    func unitLength(_ text: [Character], from start: Int) -> Int {
        var i = start
        func take(_ words: [String]) -> Bool {
            for w in words where matches(text, at: i, w) { i += w.count; return true }
            return false
        }
        _ = take(approximations)
        _ = take(magnitudes)
        let beforeClassifier = i
        if take(classifiers) && !take(names) { i = beforeClassifier } else if i == beforeClassifier { _ = take(names) }
        return i - start
    }

    private func matches(_ text: [Character], at i: Int, _ word: String) -> Bool {
        var k = i
        for c in word {
            guard k < text.count, text[k] == c else { return false }
            k += 1
        }
        return !word.isEmpty
    }
}
