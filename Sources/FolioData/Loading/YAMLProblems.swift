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
    static func phrase(_ text: String) -> Message { .foreign(text, prefix: "yaml.libyaml.") }
}
