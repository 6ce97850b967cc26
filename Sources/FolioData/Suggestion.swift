import FolioMessages

/// "Did you mean …?" suggestions by edit distance.
public enum Suggestion {
    /// Levenshtein distance in Characters (so a mistyped Chinese character counts as one edit).
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var row = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            row[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &row)
        }
        return previous[y.count]
    }

    /// The candidate closest to `word`, if it is close enough to be a likely typo
    /// (at most half its length in edits, at least one).
    public static func closest(to word: String, among candidates: [String]) -> String? {
        var best: (String, Int)?
        for c in candidates {
            let d = distance(word, c)
            let limit = max(1, max(c.count, word.count) / 2)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// "did you mean “x”? " before `then` when a candidate is close to `word`, else `then` alone.
    public static func hint(for word: String, among candidates: [String], then: Message) -> Message {
        guard let suggestion = didYouMean(word, among: candidates) else { return then }
        return Message("suggestion.then", ["suggestion": .message(suggestion), "then": .message(then)])
    }

    /// "did you mean “x”?" from the catalogue, or nil.
    public static func didYouMean(_ word: String, among candidates: [String]) -> Message? {
        closest(to: word, among: candidates).map { Message("suggestion.did-you-mean", ["word": "\($0)"]) }
    }

    /// "did you mean “x”? (allowed: a, b, c)", or only the allowed values when none is close.
    public static func advice(for word: String, among candidates: [String]) -> Message {
        let allowed = MessageArgument.texts(candidates)
        guard let suggestion = didYouMean(word, among: candidates) else {
            return Message("suggestion.allowed", ["allowed": allowed])
        }
        return Message("suggestion.with-allowed", ["suggestion": .message(suggestion), "allowed": allowed])
    }
}
