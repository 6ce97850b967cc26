import Foundation
import ArgumentParser
import FolioMessages

/// The language of this run's messages and help: `--lang zh|en` if given (read before the arguments are
/// parsed, so that help texts are already in it), else the locale variables `LC_ALL`, `LC_MESSAGES`, `LANG`
/// (`zh_*` → Chinese, anything else → English). The library is never asked: it returns `Message`s and the
/// command line renders them in this language.
enum Lang {
    /// The language decided once for the run.
    static let current: Language = decide(
        arguments: Array(CommandLine.arguments.dropFirst()), variables: RunEnvironment.variables)

    /// `--lang X` or `--lang=X` (the last one given) when it names a language, else the locale's.
    static func decide(arguments: [String], variables: [String: String]) -> Language {
        values(in: arguments).compactMap(Language.init(argument:)).last ?? Language(localeVariables: variables)
    }

    /// The values given to `--lang` (`--lang X`, `--lang=X`) before any `--`, in order; a word starting with "-"
    /// after `--lang` is an option, not its value (the parser says the value is missing).
    static func values(in arguments: [String]) -> [String] {
        var values: [String] = []
        for (i, a) in arguments.enumerated() {
            if a == "--" { break }
            if a == "--lang", i + 1 < arguments.count, !arguments[i + 1].hasPrefix("-") {
                values.append(arguments[i + 1])
            }
            if a.hasPrefix("--lang=") { values.append(String(a.dropFirst(7))) }
        }
        return values
    }

    /// The usage error (exit 64) for the first `--lang` value that names no language Folio has a catalogue for,
    /// checked before parsing: `--help` and `--version` would otherwise answer without validating the option.
    static func unsupported(in arguments: [String]) -> UsageError? {
        guard let value = values(in: arguments).first(where: { Language(argument: $0) == nil }) else { return nil }
        return UsageError(message: text("cli.lang.unknown", ["lang": "\(value)"]))
    }

    /// The catalogue's text for `id` in this run's language.
    static func text(_ id: String, _ arguments: [String: MessageArgument] = [:]) -> String {
        Message(id, arguments).text(current)
    }

    /// Help for an option or argument from the catalogue.
    static func help(_ id: String, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text(id), valueName: valueName)
    }
}

/// `--lang zh|en`, accepted by every command (its value is read before parsing: `Lang`).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: Lang.help("help.option.lang", valueName: "zh|en"))
    var lang: String?

    /// Refuses a language Folio has no catalogue for.
    func validate() throws {
        if let lang, Language(argument: lang) == nil {
            throw ValidationError(Lang.text("cli.lang.unknown", ["lang": "\(lang)"]))
        }
    }
}

extension Lang {
    /// swift-argument-parser's own words in its help and errors ("USAGE:", "Show help information.", "Unknown
    /// option '--x'") in this run's language: each `argparser.*` entry of the English catalogue is that text with
    /// `{name}` for what varies; where it occurs, the entry in this language replaces it.
    static func parserText(_ text: String) -> String {
        guard current != .english else { return text }
        let english = MessageCatalogue.shared.templates(in: .english)
        var out = text
        // Longer texts first, so that "(values: …; default: …)" is replaced before "(values: …)".
        let entries = english.filter { $0.key.hasPrefix("argparser.") }.sorted { $0.value.count > $1.value.count }
        for (id, template) in entries {
            let names = MessageCatalogue.placeholders(in: template)
            var pattern = NSRegularExpression.escapedPattern(for: template)
            for name in names {
                pattern = pattern.replacingOccurrences(
                    of: NSRegularExpression.escapedPattern(for: "{\(name)}"), with: "([\\s\\S]+?)")
            }
            pattern = pattern.replacingOccurrences(of: " ", with: "\\s+")
            if template.hasSuffix(":") { pattern = "(?m)^" + pattern }
            if template.hasSuffix("}") {
                pattern = "(?m)" + pattern.replacingOccurrences(of: "[\\s\\S]+?)", with: "[^\\n]+?)") + "$"
            }
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let matches = regex.matches(in: out, range: NSRange(out.startIndex..., in: out)).reversed()
            for match in matches {
                var arguments: [String: MessageArgument] = [:]
                for (i, name) in names.enumerated() {
                    if let r = Range(match.range(at: i + 1), in: out) { arguments[name] = .verbatim(String(out[r])) }
                }
                guard let whole = Range(match.range, in: out) else { continue }
                out.replaceSubrange(whole, with: Message(id, arguments).text(current))
            }
        }
        return out
    }
}
