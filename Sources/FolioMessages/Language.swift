/// The language Folio's messages, help and reports are written in. The command line decides it (`--lang`, else
/// the locale variables) and renders every `Message` in it; the library itself reads no environment.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// English.
    case english = "en"
    /// Simplified Chinese (简体中文), also for a Traditional Chinese locale.
    case chinese = "zh"

    /// The language a locale name asks for: `zh`, `zh_CN.UTF-8`, `zh_TW`, `zh-Hans`… → Chinese (Simplified: the
    /// only Chinese catalogue); anything else, or nothing, → English.
    public init(locale: String?) {
        let name = (locale ?? "").lowercased()
        self =
            name == "zh" || name.hasPrefix("zh_") || name.hasPrefix("zh-") || name.hasPrefix("zh.")
            ? .chinese : .english
    }

    /// The language of a process's locale variables, as POSIX orders them: the first of `LC_ALL`, `LC_MESSAGES`,
    /// `LANG` that is set and not empty decides — unless `LANGUAGE` (a desktop's list of preferred languages,
    /// "zh_CN:en") names Chinese or English first, which gettext lets win over a locale other than C or POSIX.
    /// Takes the variables as a value so the caller (the command line) is the one that reads the environment.
    public init(localeVariables variables: [String: String]) {
        let first = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { variables[$0] }.first { !$0.isEmpty }
        if let first, first != "C", first != "POSIX", !first.hasPrefix("C."),
            let preferred = variables["LANGUAGE"]?.split(separator: ":").lazy.compactMap({
                Language(argument: String($0))
            })
            .first
        {
            self = preferred
            return
        }
        self.init(locale: first)
    }

    /// The language named by `--lang` (`zh`, `en`, or a locale name such as `zh_CN`); nil for anything else.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "en", "english": self = .english
        case "zh", "chinese", "cn": self = .chinese
        default:
            let lower = argument.lowercased()
            if lower.hasPrefix("zh_") || lower.hasPrefix("zh-") {
                self = .chinese
            } else if lower.hasPrefix("en_") || lower.hasPrefix("en-") {
                self = .english
            } else {
                return nil
            }
        }
    }
}
