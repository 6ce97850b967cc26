import FolioMessages
import Foundation
import FolioData

/// The word lists the rules read, as data (Assets/checks/*.yaml), so a clerk can extend them
/// without touching code: the confusion table, the reduplications that are right, the words that
/// end in a numeral, the words a year must not be glued to.
public struct CheckLists: Sendable {
    /// Common confusions of official writing (confusions.yaml).
    public var confusions: [Confusion]
    /// Doubled characters that are right (常常, 人人, 一一, 层层, 个个 …) — lists.yaml `allowed-repeats`.
    public var allowedRepeats: Set<String>
    /// Characters whose doubling is a slip (各各, 的的) — lists.yaml `suspect-repeats`.
    public var suspectRepeats: Set<Character>
    /// Doubled words that are right (研究研究) — lists.yaml `allowed-repeated-words`.
    public var allowedRepeatedWords: Set<String>
    /// Words that end in a numeral and may stand before 各 (统一各方, 唯一) — lists.yaml `numeral-words`.
    public var numeralWords: [String]
    /// What may follow a year only after 年 (2021底 → 2021年底) — lists.yaml `year-suffixes`.
    public var yearSuffixes: [String]

    /// Creates lists.
    public init(
        confusions: [Confusion] = [], allowedRepeats: Set<String> = [], suspectRepeats: Set<Character> = ["各", "的"],
        allowedRepeatedWords: Set<String> = [], numeralWords: [String] = [],
        yearSuffixes: [String] = ["底", "初", "末", "以来"]
    ) {
        self.confusions = confusions; self.allowedRepeats = allowedRepeats; self.suspectRepeats = suspectRepeats
        self.allowedRepeatedWords = allowedRepeatedWords; self.numeralWords = numeralWords;
        self.yearSuffixes = yearSuffixes
    }

    private struct ListsFile: Decodable {
        var allowedRepeats: [String]?
        var suspectRepeats: [String]?
        var allowedRepeatedWords: [String]?
        var numeralWords: [String]?
        var yearSuffixes: [String]?
        enum CodingKeys: String, CodingKey {
            case allowedRepeats = "allowed-repeats"
            case suspectRepeats = "suspect-repeats"
            case allowedRepeatedWords = "allowed-repeated-words"
            case numeralWords = "numeral-words"
            case yearSuffixes = "year-suffixes"
        }
    }

    private struct ConfusionsFile: Decodable { var confusions: [Confusion] }

    /// Reads `confusions.yaml` and `lists.yaml` from `folder` (Assets/checks). A malformed file is a
    /// `DiagnosticError` at the offending line; each confusion pattern is validated.
    public static func load(from folder: URL) throws -> CheckLists {
        let table = try YAMLDocument.decode(ConfusionsFile.self, from: folder.appendingPathComponent("confusions.yaml"))
        let lists = try YAMLDocument.decode(ListsFile.self, from: folder.appendingPathComponent("lists.yaml"))
        return try make(table, lists, confusionsFile: folder.appendingPathComponent("confusions.yaml").relativePath)
    }

    /// The lists from the texts of `confusions.yaml` and `lists.yaml` (the copies compiled into a program), named
    /// `folderName`/… in diagnostics.
    public static func load(confusions: String, lists: String, folderName: String) throws -> CheckLists {
        let table = try YAMLDocument.decode(
            ConfusionsFile.self, yaml: confusions, fileName: folderName + "/confusions.yaml")
        let lists = try YAMLDocument.decode(ListsFile.self, yaml: lists, fileName: folderName + "/lists.yaml")
        return try make(table, lists, confusionsFile: folderName + "/confusions.yaml")
    }

    private static func make(_ table: ConfusionsFile, _ lists: ListsFile, confusionsFile: String) throws -> CheckLists {
        let bad = table.confusions.filter { !$0.isValid }
        if !bad.isEmpty {
            throw DiagnosticError(
                bad.map {
                    Diagnostic(
                        .error,
                        Message(
                            "checks.table.confusion-value-value-both", ["value": "\($0.find)", "value2": "\($0.write)"]),
                        at: SourceLocation(file: confusionsFile, line: 1, column: 1),
                        hint: Message("checks.table.write-e-g-find.hint"), code: "checks.table")
                })
        }
        return CheckLists(
            confusions: table.confusions, allowedRepeats: Set(lists.allowedRepeats ?? []),
            suspectRepeats: Set((lists.suspectRepeats ?? []).compactMap(\.first)),
            allowedRepeatedWords: Set(lists.allowedRepeatedWords ?? []),
            numeralWords: lists.numeralWords ?? [], yearSuffixes: lists.yearSuffixes ?? ["底", "初", "末", "以来"])
    }
}

/// One entry of the confusion table: text that is almost always a slip for other text.
///
/// `find` and `write` are literal text; "…" stands for a gap of up to `gap` characters inside one
/// clause (no ，。；：！？), copied unchanged into the fix: `以…于指导` → `以…为指导`.
public struct Confusion: Sendable, Decodable, Hashable {
    /// What is typed by mistake.
    public var find: String
    /// What should be written.
    public var write: String
    /// Why, for the report, in Chinese (`why:`).
    public var why: String?
    /// Why in English (`why-en:`); the Chinese `why` when the list gives none.
    public var whyEnglish: String?
    /// No finding when the text just before the segment holding the first difference ends with one of these.
    public var unlessBefore: [String]
    /// No finding when the text just after the match starts with one of these ("#" = any digit).
    public var unlessAfter: [String]
    /// Error (default) or warning.
    public var severity: Severity
    /// Longest gap "…" may stand for, in characters.
    public var gap: Int

    enum CodingKeys: String, CodingKey {
        case find, write, why, severity, gap
        case whyEnglish = "why-en"
        case unlessBefore = "unless-before"
        case unlessAfter = "unless-after"
    }

    /// Creates an entry.
    public init(
        find: String, write: String, why: String? = nil, unlessBefore: [String] = [],
        unlessAfter: [String] = [], severity: Severity = .error, gap: Int = 40
    ) {
        self.find = find; self.write = write; self.why = why; self.unlessBefore = unlessBefore
        self.unlessAfter = unlessAfter; self.severity = severity; self.gap = gap
    }

    /// Decodes an entry; everything but `find` and `write` is optional.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        find = try c.decode(String.self, forKey: .find)
        write = try c.decode(String.self, forKey: .write)
        why = try c.decodeIfPresent(String.self, forKey: .why)
        whyEnglish = try c.decodeIfPresent(String.self, forKey: .whyEnglish)
        unlessBefore = try c.decodeIfPresent([String].self, forKey: .unlessBefore) ?? []
        unlessAfter = try c.decodeIfPresent([String].self, forKey: .unlessAfter) ?? []
        severity = try c.decodeIfPresent(Severity.self, forKey: .severity) ?? .error
        gap = try c.decodeIfPresent(Int.self, forKey: .gap) ?? 40
    }

    /// The literal pieces of `find` between gaps.
    var findSegments: [[Character]] { find.split(separator: "…", omittingEmptySubsequences: false).map { Array($0) } }
    /// The literal pieces of `write` between gaps.
    var writeSegments: [[Character]] { write.split(separator: "…", omittingEmptySubsequences: false).map { Array($0) } }

    /// Both sides have the same gaps, and the first piece of `find` is not empty.
    var isValid: Bool {
        findSegments.count == writeSegments.count && !(findSegments.first ?? []).isEmpty
            && findSegments.allSatisfy { !$0.isEmpty } && find != write
    }
}
