import Foundation
import FolioTestSupport
import Testing

/// Under a Chinese locale every message is Chinese: the hostile-input catalogue run through the built `folio`
/// with `LANG=zh_CN.UTF-8` prints no English sentence (`EnglishSentences`: three ASCII words in a row; file
/// paths, ids, rule ids, commands in `…` and input quoted back with “…” aside), and the same case with
/// `--lang en` exits with the same status. Every command's help under the Chinese locale is Chinese too.
@Suite("Messages in Chinese")
struct ChineseMessagesTests {
    /// The locale variables of a Chinese run (`LC_ALL` and `LC_MESSAGES` emptied so that `LANG` decides).
    static let chinese = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""]

    /// Runs one catalogue case in a fresh folder with `environment` and `extra` arguments first.
    static func run(_ c: CatalogueCase, environment: [String: String], extra: [String]) throws -> ToolRun.Result {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-zh-\(c.name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { CatalogueTests.removeAll(tmp) }
        try CatalogueTests.stage(c.name, in: tmp)
        try CatalogueTests.sentinel.write(to: tmp.appendingPathComponent("out.pdf"))
        let readonly = try CatalogueTests.readOnlyFolder(in: tmp)
        let args = c.arguments.map {
            $0.replacingOccurrences(of: "{tmp}", with: tmp.path).replacingOccurrences(
                of: "{readonly}", with: readonly.path)
        }
        let env = c.environment.mapValues { $0.replacingOccurrences(of: "{tmp}", with: tmp.path) }
        return try FolioExecutable.run(extra + args, in: tmp, environment: env.merging(environment) { $1 })
    }

    /// The messages of a run: standard error, and standard output unless it is the command's product (the
    /// document's text, a YAML dataset, a PDF).
    static func messages(_ c: CatalogueCase, _ result: ToolRun.Result) -> String {
        let command = c.arguments.first ?? ""
        let product = ["text", "import", "new-year", "diff"].contains(command) || c.arguments.contains("-")
        return product ? result.stderr : result.stderr + "\n" + result.stdout
    }

    @Test(
        "the hostile-input catalogue under LANG=zh_CN.UTF-8 prints no English sentence; --lang en gives the same status"
    )
    func hostileCatalogueInChinese() throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        var english: [String] = []
        for c in CatalogueCase.all() {
            let zh = try Self.run(c, environment: Self.chinese, extra: [])
            let en = try Self.run(c, environment: Self.chinese, extra: ["--lang", "en"])
            #expect(zh.status == en.status, "\(c.name): status \(zh.status) in Chinese, \(en.status) in English")
            let found = EnglishSentences.find(in: Self.messages(c, zh))
            if !found.isEmpty { english.append("\(c.name): \(found.joined(separator: " | "))") }
            if zh.status != 0 {
                #expect(!Self.messages(c, en).isEmpty, "\(c.name): the English run says why it failed")
            }
        }
        #expect(english.isEmpty, "English in the Chinese run:\n\(english.joined(separator: "\n"))")
    }

    @Test("folio --help and every command's help are Chinese under LANG=zh_CN.UTF-8")
    func helpInChinese() throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let commands = [
            "", "build", "text", "fonts", "preview", "chart", "check", "verify", "import", "new-year", "diff",
        ]
        for command in commands {
            let args = command.isEmpty ? ["--help"] : ["help", command]
            let result = try FolioExecutable.run(args, environment: Self.chinese)
            #expect(result.status == 0, "folio \(args.joined(separator: " ")): status \(result.status)")
            let found = EnglishSentences.find(in: result.stdout + result.stderr)
            #expect(found.isEmpty, "folio \(args.joined(separator: " ")) has English: \(found)")
            #expect(result.stdout.contains("用法") || result.stdout.contains("USAGE"), "it printed help")
        }
        let english = try FolioExecutable.run(["--help", "--lang", "en"], environment: Self.chinese)
        #expect(english.stdout.contains("Typeset a Chinese work report"), "--lang en gives the English help")
    }
}
