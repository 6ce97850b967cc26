import Foundation

/// Finds English sentences in text meant to be Chinese. An English sentence is three or more consecutive
/// words of ASCII letters (an apostrophe inside allowed: "don't"), separated by spaces, with at most a
/// punctuation mark (, ; : ( ) ' " ! ?) beside a word; a full stop or a closing bracket ends it. What is not a
/// word breaks the run: a token holding a digit, a dot, a slash, a hyphen or an underscore (file paths, rule
/// ids, `--options`, `SOURCE_DATE_EPOCH`), any non-ASCII character (Chinese text, 、 between ids); text quoted
/// with “…” or «…» (input quoted back) and commands in `…` are left out before looking. Two words in a row count
/// too when one of them is an English function word ("not built", "is broken", "no changes"), which a name
/// (“Noto Sans”, "ToUnicode map") never holds alone; a lone English word is not a sentence.
public enum EnglishSentences {
    /// Words that only English prose has: articles, prepositions, auxiliaries, negations, pronouns.
    static let functionWords: Set<String> = [
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "not", "no", "of", "to", "in", "on", "at", "by",
        "for", "with", "from", "and", "or", "but", "it", "its", "this", "that", "these", "has", "have", "had", "can",
        "cannot", "could", "would", "should", "must", "will", "did", "does", "do", "into", "than", "then", "there",
        "which", "what", "when", "where", "why", "how", "you", "your", "we", "our", "they", "their", "as", "if",
        "so", "too", "very", "only", "also", "yet", "still", "here", "now", "all", "any", "each", "every", "some",
        "more", "less", "after", "before", "without", "under", "over", "between", "again", "please",
    ]

    /// Whether the run of words `run` is a sentence: three words, or two with a function word among them.
    static func isSentence(_ run: [String]) -> Bool {
        run.count >= 3 || (run.count == 2 && run.contains { functionWords.contains($0.lowercased()) })
    }

    /// The English sentences of `text` (each as the words found), in order.
    public static func find(in text: String) -> [String] {
        var found: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var run: [String] = []
            func close() {
                if isSentence(run) { found.append(run.joined(separator: " ")) }
                run = []
            }
            for token in tokens(unquoted(String(line))) {
                // A non-ASCII character (Chinese text, full-width punctuation, 、 between ids) ends a run.
                guard let token else { close(); continue }
                let trimmed = token.trimmingCharacters(in: CharacterSet(charactersIn: ",;:()'\"!?."))
                if isWord(trimmed) {
                    run.append(trimmed)
                    if token.hasSuffix(")") || token.hasSuffix(".") { close() }
                } else {
                    close()
                }
            }
            close()
        }
        return found
    }

    /// The space-separated ASCII tokens of `line`, with nil for each stretch of non-ASCII characters.
    static func tokens(_ line: String) -> [String?] {
        var out: [String?] = []
        var current = ""
        func flush() { if !current.isEmpty { out.append(current); current = "" } }
        for c in line {
            if c == " " || c == "\t" {
                flush()
            } else if c.isASCII {
                current.append(c)
            } else {
                flush()
                if out.last.map({ $0 != nil }) ?? true { out.append(nil) }
            }
        }
        flush()
        return out
    }

    /// Whether `token` is an English word: ASCII letters only, with an apostrophe between letters.
    static func isWord(_ token: String) -> Bool {
        guard !token.isEmpty, token.unicodeScalars.first.map({ isLetter($0) }) == true else { return false }
        return token.unicodeScalars.allSatisfy { isLetter($0) || $0 == "'" }
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    /// `text` with “…” and «…» spans (quoted input) and `…` spans (commands) replaced by a space each.
    static func unquoted(_ text: String) -> String {
        var out = "", depth = 0, code = false
        for c in text {
            if c == "`" { code.toggle(); out.append(" "); continue }
            if code { continue }
            if c == "“" || c == "«" { depth += 1; out.append(" "); continue }
            if c == "”" || c == "»" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return out
    }
}
