import FolioMessages

/// libyaml's own words for a syntax error ("mapping values are not allowed in this context"), as a message: the
/// catalogue translates the ones it knows under `yaml.libyaml.<slug>` (the English text made into an id), the
/// rest are printed as libyaml wrote them.
enum YAMLProblems {
    /// `problem` (and its context, "while parsing a block mapping", when libyaml gave one) as a message.
    static func message(_ problem: String, context: String? = nil) -> Message {
        guard let context else { return phrase(problem) }
        return Message(
            "yaml.problem-in-context", ["problem": .message(phrase(problem)), "context": .message(phrase(context))])
    }

    /// One of libyaml's phrases: the catalogue's when it has one, else verbatim.
    static func phrase(_ text: String) -> Message {
        let id = "yaml.libyaml." + slug(text)
        return MessageCatalogue.shared.template(id, in: .english) == nil ? .verbatim(text) : Message(id)
    }

    /// "did not find expected ',' or ']'" → "did-not-find-expected-comma-or-bracket": letters and digits kept,
    /// the punctuation libyaml quotes named, the rest a hyphen.
    static func slug(_ text: String) -> String {
        let names: [Character: String] = [
            ",": "comma", "]": "bracket", "}": "brace", ":": "colon", "-": "dash", "!": "bang", "%": "percent",
        ]
        var words: [String] = []
        var word = ""
        for c in text.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { word.append(c); continue }
            if !word.isEmpty { words.append(word); word = "" }
            if let name = names[c] { words.append(name) }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-")
    }
}
