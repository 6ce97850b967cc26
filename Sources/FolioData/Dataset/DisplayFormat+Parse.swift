import FolioMessages
extension DisplayFormat {
    /// Parses the part after “:” in `{expr:format}`: items separated by spaces or commas, each
    /// a unit to convert into (`亿元`, `万人`), a bare magnitude (`万`, `亿`) or decimals (`.2`,
    /// `2位`). `offset` is where the format starts in the expression text, for error positions.
    public static func parse(_ text: String, offset: Int) throws(ExpressionSyntaxError) -> DisplayFormat {
        var format = DisplayFormat(), i = offset, any = false
        let separators: Set<Character> = [" ", ",", "，", "　"]
        var item = "", start = offset
        func take(_ word: String, at position: Int) throws(ExpressionSyntaxError) {
            guard !word.isEmpty else { return }
            any = true
            if let d = decimals(word) {
                format.decimals = d
            } else if word == "万" || word == "亿" {
                format.magnitude = word == "万" ? 1e4 : 1e8
            } else if Units.parse(word) != nil {
                format.unit = word
            } else {
                let hint: MessageArgument =
                    Suggestion.didYouMean(word, among: Units.commonNames).map {
                        .message(Message("data.format.suggestion", ["suggestion": .message($0)]))
                    } ?? ""
                throw ExpressionSyntaxError(
                    message: Message("data.word-format-write-unit", ["word": "\(word)", "hint": hint]),
                    offset: position)
            }
        }
        for c in text.unicodeScalars.map(Character.init) {
            if separators.contains(c) {
                try take(item, at: start); item = ""; start = i + 1
            } else {
                item.append(c)
            }
            i += 1
        }
        try take(item, at: start)
        guard any else {
            throw ExpressionSyntaxError(message: Message("data.nothing-after-write-format"), offset: offset)
        }
        return format
    }

    /// `.2` or `2位` (also `2位小数`) → 2, for 0…6 decimals.
    static func decimals(_ word: String) -> Int? {
        var digits = word
        if digits.hasPrefix(".") {
            digits.removeFirst()
        } else if digits.hasSuffix("位小数") {
            digits.removeLast(3)
        } else if digits.hasSuffix("位") {
            digits.removeLast()
        } else {
            return nil
        }
        guard let d = Int(digits), (0...6).contains(d), digits.allSatisfy(\.isASCII) else { return nil }
        return d
    }
}
