import Foundation
@testable import FolioMessages
import FolioTestSupport
import Testing

/// The catalogues agree with each other and with the code: a message missing from one language, or with other
/// placeholders there, fails here rather than printing an id or an English sentence to a Chinese reader.
@Suite("Message catalogues")
struct MessageCatalogueTests {
    let catalogue = MessageCatalogue.shared

    @Test("both catalogues parse into id → text tables")
    func parse() {
        #expect(catalogue.problems.isEmpty, "\(catalogue.problems)")
        for language in Language.allCases {
            #expect(catalogue.templates(in: language).count > 10, "\(language) has its catalogue")
        }
    }

    @Test("every id is in both languages")
    func sameIds() {
        let en = Set(catalogue.templates(in: .english).keys)
        let zh = Set(catalogue.templates(in: .chinese).keys)
        #expect(en.subtracting(zh).sorted() == [], "ids only in en.yaml")
        #expect(zh.subtracting(en).sorted() == [], "ids only in zh.yaml")
    }

    @Test("each id has the same placeholders in both languages")
    func samePlaceholders() {
        for (id, english) in catalogue.templates(in: .english) {
            guard let chinese = catalogue.template(id, in: .chinese) else { continue }
            #expect(
                Set(MessageCatalogue.placeholders(in: english)) == Set(MessageCatalogue.placeholders(in: chinese)),
                "\(id): en \(MessageCatalogue.placeholders(in: english)), zh \(MessageCatalogue.placeholders(in: chinese))"
            )
        }
    }

    @Test("the Chinese catalogue has no English sentence outside placeholders")
    func chineseIsChinese() {
        for (id, chinese) in catalogue.templates(in: .chinese) {
            let sentences = EnglishSentences.find(in: chinese)
            #expect(sentences.isEmpty, "\(id): \(sentences)")
        }
    }

    @Test("every message id the code names is in the catalogue")
    func codeIdsExist() throws {
        let ids = try Self.idsInSources()
        #expect(ids.count > 20, "the scan finds the code's messages")
        let missing = ids.filter { catalogue.template($0.id, in: .english) == nil }
        #expect(missing.isEmpty, "\(missing.map { "\($0.file): \($0.id)" })")
    }

    @Test("placeholders, counts, nested messages and lists are filled in each language")
    func rendering() {
        let m = Message(
            "suggestion.with-allowed",
            [
                "suggestion": .message(Message("suggestion.did-you-mean", ["word": "color"])),
                "allowed": .texts(["color", "size"]),
            ])
        #expect(m.text(.english) == "did you mean “color”? (allowed: color, size)")
        #expect(m.text(.chinese) == "是否应为“color”？（可用：color、size）")
        let sources: [Language: String] = [
            .english: "n: \"{n} {n|error|errors} in {file}; {x\"", .chinese: "n: \"{n}个\"",
        ]
        let small = MessageCatalogue(sources: sources)
        #expect(
            small.render(Message("n", ["n": .number(1), "file": "a.yaml"]), in: .english) == "1 error in a.yaml; {x")
        #expect(
            small.render(Message("n", ["n": .number(2), "file": "a.yaml"]), in: .english) == "2 errors in a.yaml; {x")
        #expect(small.render(Message("n", ["n": .number(2)]), in: .chinese) == "2个")
        #expect(small.render(Message("missing", ["a": "1"]), in: .chinese) == "missing a=1")
        #expect(MessageCatalogue.placeholders(in: "{n} {n|a|b} {file} {{x} {Bad}") == ["n", "file", "x"])
        #expect(Message.verbatim("as is").text(.chinese) == "as is")
    }

    @Test("a language's catalogue is read when first asked for, from any thread; a broken one is reported")
    func lazyLanguages() {
        let c = MessageCatalogue(sources: [.english: "a: \"A\"\nb: \"B {n}\"", .chinese: "a: [not, a, text]"])
        let texts = OrderedTexts(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            texts.set(i, c.render(Message("b", ["n": .number(i)]), in: i.isMultiple(of: 2) ? .chinese : .english))
        }
        #expect(texts.all == (0..<64).map { "B \($0)" })   // Chinese lacks b: English, on every thread
        #expect(c.template("a", in: .chinese) == nil && c.template("a", in: .english) == "A")
        #expect(c.problems == ["zh: a is not a text"])
        #expect(MessageCatalogue(sources: [.english: "a: \"A\""]).templates(in: .chinese).isEmpty)
    }

    @Test("the catalogues read line by line give exactly what Yams reads; any other form is read by Yams")
    func linesAsYAML() throws {
        for language in Language.allCases {
            let text = MessageCatalogue.source(language)
            let lines = try #require(CatalogueLines.entries(text), "\(language) is one entry a line")
            let yaml = MessageCatalogue.parseYAML(text, language)
            #expect(yaml.problems.isEmpty)
            #expect(lines == yaml.templates, "\(language)")
        }
        let decoded = CatalogueLines.entries("# c\n\na: \"x \\\"q\\\" \\\\ \\/ \\u00e9 \\n\\t“”\"\n  \nb.c-d_1: \"\"\n")
        #expect(decoded == ["a": "x \"q\" \\ / é \n\t“”", "b.c-d_1": ""])
        for other in [
            "a: x", "a: 'x'", "a: \"x\" # c", "a: \"x\" ", " a: \"x\"", "a: \"x\"\r", "a: \"\\x41\"", "a: \"\\ud800\"",
            "a: \"x\"\na: \"y\"", "a: \"x\ty\"", "a: \"x\"y\"", "---", "a:\n  \"x\"", "a: \"x", "a: \"x\\\"",
            "", "# only a comment\n", "  \n\n", "a: \"x\u{7F}\"", "a: \"x\u{85}y\"", "a: \"x\u{80}\"",
            "a: \"x \u{2028} y\"",
            "a: \"x \u{2029} y\"", "a: \"\u{FFFE}\"", "# \u{85}\na: \"x\"", "# \u{1}\na: \"x\"",
            String(repeating: "k", count: 1_100) + ": \"x\"",
        ] {
            #expect(CatalogueLines.entries(other) == nil, "\(other.debugDescription)")
            let parsed = MessageCatalogue.parse(other, .english), yaml = MessageCatalogue.parseYAML(other, .english)
            #expect(parsed.templates == yaml.templates && parsed.problems == yaml.problems, "\(other.debugDescription)")
        }
    }

    @Test("the language comes from --lang, else LC_ALL, LC_MESSAGES, LANG; zh_* is Chinese")
    func languageFromLocale() {
        #expect(Language(localeVariables: ["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(Language(localeVariables: ["LANG": "zh_TW.UTF-8"]) == .chinese)
        #expect(Language(localeVariables: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .english)
        #expect(Language(localeVariables: ["LC_ALL": "", "LC_MESSAGES": "zh_CN", "LANG": "en_US"]) == .chinese)
        #expect(Language(localeVariables: [:]) == .english)
        #expect(Language(localeVariables: ["LANG": "zhx"]) == .english)
        // LANGUAGE, a desktop's preference list, wins over a locale other than C or POSIX, as in gettext.
        #expect(Language(localeVariables: ["LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"]) == .chinese)
        #expect(Language(localeVariables: ["LANG": "zh_CN.UTF-8", "LANGUAGE": "fr:en"]) == .english)
        #expect(Language(localeVariables: ["LANG": "zh_CN.UTF-8", "LANGUAGE": "fr"]) == .chinese)
        #expect(Language(localeVariables: ["LANG": "C.UTF-8", "LANGUAGE": "zh_CN"]) == .english)
        #expect(Language(localeVariables: ["LANGUAGE": "zh_CN"]) == .english)
        #expect(Language(argument: "zh") == .chinese)
        #expect(Language(argument: "en") == .english)
        #expect(Language(argument: "fr") == nil)
    }

    @Test(
        "an English sentence is three ASCII words in a row, or two with a function word; quoted input, paths and ids aside"
    )
    func englishSentenceDetector() {
        #expect(EnglishSentences.find(in: "a.yaml:3:1: 错误：未知的键“the colour of it”") == [])
        #expect(EnglishSentences.find(in: "见 docs/limits.md 与 schema.unknown-key，--disable repeat.char") == [])
        #expect(EnglishSentences.find(in: "错误：unknown key here") == ["unknown key here"])
        #expect(EnglishSentences.find(in: "true 或 false；运行 `folio build x`") == [])
        #expect(EnglishSentences.find(in: "请运行 folio build x") == ["folio build x"])
        #expect(EnglishSentences.find(in: "it is, not here") == ["it is not here"])
        #expect(EnglishSentences.find(in: "bad.yaml：not built") == ["not built"])
        #expect(EnglishSentences.find(in: "正文：no changes") == ["no changes"])
        #expect(EnglishSentences.find(in: "字体 Noto Sans 的 ToUnicode map") == [])
        #expect(EnglishSentences.find(in: "请用 sRGB ICC 配置文件，或 true") == [])
    }

    /// `Message("id"`, `Lang.text("id"` and `Lang.help("id"` in the code, with the file it is in (interpolated ids such as `severity.\(…)` left out).
    static func idsInSources() throws -> [(file: String, id: String)] {
        let sources = Checkout.url("Sources")
        let pattern = try NSRegularExpression(pattern: #"(?:Message|Lang\.text|Lang\.help)\(\s*"([a-z][a-z0-9.-]*)""#)
        var found: [(String, String)] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else {
                continue
            }
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                if let r = Range(match.range(at: 1), in: text) {
                    found.append((url.lastPathComponent, String(text[r])))
                }
            }
        }
        return found
    }
}

/// Texts set from several threads, each at its own index.
private final class OrderedTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String]
    init(count: Int) { texts = Array(repeating: "", count: count) }
    func set(_ i: Int, _ text: String) { lock.withLock { texts[i] = text } }
    var all: [String] { lock.withLock { texts } }
}
