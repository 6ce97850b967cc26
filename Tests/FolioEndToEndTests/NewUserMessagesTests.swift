import Foundation
import FolioTestSupport
import Testing

/// What a new user met on a first afternoon with the Chinese interface: a theme `folio check` passed and `folio build`
/// refused, argument-parser sentences left in English, a rule title with its placeholder unfilled, an empty text and
/// a Word 97–2003 file imported as reports, a tab in the indentation explained in libyaml's words. Each is checked
/// in Chinese and in English (`ChineseMessagesRareTests.both`: no English sentence in the Chinese run).
@Suite("A new user's messages")
struct NewUserMessagesTests {
    /// A folder holding a copy of docs/example.yaml (as `example.yaml`) and its data file.
    static func folder() throws -> URL {
        let folder = try Checkout.temporaryFolder("new-user")
        for file in ["example.yaml", "example-figures.csv"] {
            try FileManager.default.copyItem(
                at: Checkout.root.appendingPathComponent("docs/\(file)"), to: folder.appendingPathComponent(file))
        }
        return folder
    }

    /// Runs `body` in a fresh `folder()`, removed afterwards; the built executable is required.
    static func inFolder(_ body: (URL) throws -> Void) throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test("folio check refuses the theme folio build would refuse, where the dataset names it")
    func checkLoadsTheTheme() throws {
        try Self.inFolder { folder in
            let example = try String(contentsOf: folder.appendingPathComponent("example.yaml"), encoding: .utf8)
            let named = example.replacingOccurrences(
                of: "  issuer: YY镇人民政府\n", with: "  issuer: YY镇人民政府\n  theme: redhead\n")
            try #require(named != example)
            try named.write(to: folder.appendingPathComponent("th.yaml"), atomically: true, encoding: .utf8)
            let line = named.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.hasPrefix("  theme:") }.map { $0 + 1 }
            let run = try ChineseMessagesRareTests.both(
                ["check", "th.yaml"], in: folder, status: 65, english: "no theme named “redhead”",
                chinese: "没有名为“redhead”的主题")
            #expect(run.zh.stderr.contains("th.yaml:\(try #require(line)):10:"), "\(run.zh.stderr)")
            #expect(run.zh.stderr.contains("gongwen、letter"), "the known themes: \(run.zh.stderr)")
            try ChineseMessagesRareTests.both(
                ["check", "example.yaml", "--theme", "gongwne"], in: folder, status: 65,
                english: "did you mean “gongwen”?", chinese: "是否应为“gongwen”？")
        }
    }

    @Test("the argument parser's sentences are translated: a bad value, a missing argument, no dataset")
    func parserSentences() throws {
        try Self.inFolder { folder in
            try ChineseMessagesRareTests.both(
                ["check", "example.yaml", "--format", "xml"], in: folder, status: 64,
                english: "Please provide one of 'text' and 'json'.", chinese: "请写 'text' 或 'json'。")
            try ChineseMessagesRareTests.both(
                ["verify"], in: folder, status: 64, english: "Help:  <pdf>", chinese: "说明：<pdf>")
            // The hint names the command that was run, not `folio build`.
            try ChineseMessagesRareTests.both(
                ["check"], in: folder, status: 64, english: "folio check report.yaml",
                chinese: "folio check report.yaml")
        }
    }

    @Test("folio check --list-rules speaks the user's language, every title filled")
    func listRules() throws {
        try Self.inFolder { folder in
            let run = try ChineseMessagesRareTests.both(
                ["check", "--list-rules"], in: folder, status: 0, english: "a word of 2–4 characters written twice",
                chinese: "二至四字的词连续重复")
            #expect(!run.zh.stdout.contains("{") && !run.en.stdout.contains("{"), "\(run.zh.stdout)")
            #expect(run.zh.stdout.contains("repeat.word "), "the ids stay as the dataset's checks: disable: takes them")
        }
    }

    @Test("an empty text and a Word 97–2003 file are refused by folio import, each with what to do")
    func importRefusals() throws {
        try Self.inFolder { folder in
            try Data("  \n\n".utf8).write(to: folder.appendingPathComponent("empty.txt"))
            try ChineseMessagesRareTests.both(
                ["import", "empty.txt", "-o", "e.yaml"], in: folder, status: 65, english: "“empty.txt” is empty",
                chinese: "“empty.txt”为空")
            // The first sector of an OLE2 compound file, as Word 97–2003 writes it.
            try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
                .write(to: folder.appendingPathComponent("old.doc"))
            try ChineseMessagesRareTests.both(
                ["import", "old.doc", "-o", "e.yaml"], in: folder, status: 65, english: "save it as a .docx",
                chinese: "另存为 .docx")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("e.yaml").path))
        }
    }

    @Test("a tab in a dataset's indentation is named as the cause")
    func tabIndentation() throws {
        try Self.inFolder { folder in
            let example = try String(contentsOf: folder.appendingPathComponent("example.yaml"), encoding: .utf8)
            let tabbed = example.replacingOccurrences(of: "\n  issuer:", with: "\n\tissuer:")
            try tabbed.write(to: folder.appendingPathComponent("tab.yaml"), atomically: true, encoding: .utf8)
            try ChineseMessagesRareTests.both(
                ["check", "tab.yaml"], in: folder, status: 65, english: "indent with spaces, not tabs",
                chinese: "不要用制表符")
        }
    }

    @Test("an existing new-year output, the phases of --timings and the font roles are told in Chinese")
    func smallerSentences() throws {
        try Self.inFolder { folder in
            try FileManager.default.copyItem(
                at: folder.appendingPathComponent("example.yaml"), to: folder.appendingPathComponent("n.yaml"))
            try ChineseMessagesRareTests.both(
                ["new-year", "example.yaml", "--year", "2021", "-o", "n.yaml"], in: folder, status: 73,
                english: "exists; it was left untouched", chinese: "已存在，未作改动")
            try ChineseMessagesRareTests.both(
                ["build", "example.yaml", "--timings", "-o", "x.pdf"], in: folder, status: 0, english: "timings: load",
                chinese: "各阶段用时：载入")
            try ChineseMessagesRareTests.both(
                ["fonts", "example.yaml"], in: folder, status: 0, english: "body: ", chinese: "正文（body）：“")
        }
    }
}
