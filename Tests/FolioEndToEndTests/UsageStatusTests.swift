import Foundation
import FolioTestSupport
import Testing

/// Exit statuses of the files and values options name, run on the built `folio` in Chinese and in English
/// (`ChineseMessagesRareTests.both`): a `--icc-profile` that cannot serve is bad input like a missing `--theme`
/// file (65), not a missing environment; a `--pages` range past the document's end, a word after `help` that is no
/// command, a `--to` that is no period and a `--lang` Folio has no catalogue for are usage errors (64), each told in
/// the user's language with what is accepted; a usage error found once a command runs shows that command's usage,
/// not `folio`'s, and an option that would be ignored (`--icc-profile` without `--pdf-standard`) is one too.
@Suite("Exit statuses of options' files and values")
struct UsageStatusTests {
    @Test("a missing or unreadable --icc-profile is bad input (65) naming the file, not a missing environment")
    func missingProfile() throws {
        try NewUserMessagesTests.inFolder { folder in
            let archive = ["build", "example.yaml", "--pdf-standard", "a-2b", "-o", "a.pdf", "--icc-profile"]
            let missing = try ChineseMessagesRareTests.both(
                archive + ["nothere.icc"], in: folder, status: 65, english: "nothere.icc does not exist",
                chinese: "nothere.icc 不存在")
            #expect(missing.en.stderr.contains("--icc-profile"), "the hint names the option: \(missing.en.stderr)")
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("profiles"), withIntermediateDirectories: true)
            try ChineseMessagesRareTests.both(
                archive + ["profiles"], in: folder, status: 65, english: "cannot read the ICC profile",
                chinese: "无法读取 ICC 配置文件")
            try ChineseMessagesRareTests.both(
                archive + ["example.yaml"], in: folder, status: 65, english: "is not an RGB ICC profile",
                chinese: "不是 RGB ICC 配置文件")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.pdf").path))
        }
    }

    @Test("a --pages range past the document's end is a usage error (64) saying how many pages it has")
    func pagesPastTheEnd() throws {
        try NewUserMessagesTests.inFolder { folder in
            try ChineseMessagesRareTests.both(
                ["preview", "example.yaml", "--pages", "9-99", "-o", "pages"], in: folder, status: 64,
                english: "no page in 9-99: the report has 2 pages", chinese: "第9-99页不存在：报告共2页")
            let pages = folder.appendingPathComponent("pages")
            #expect((try? FileManager.default.contentsOfDirectory(atPath: pages.path))?.isEmpty ?? true)
        }
    }

    @Test("folio help with a word that is no command is an unknown command (64), as folio chekc is")
    func helpUnknownCommand() throws {
        try NewUserMessagesTests.inFolder { folder in
            let run = try ChineseMessagesRareTests.both(
                ["help", "chekc"], in: folder, status: 64, english: "unknown command “chekc”: did you mean “check”?",
                chinese: "未知的命令“chekc”：是否应为“check”？")
            #expect(run.en.stdout.isEmpty && run.zh.stdout.isEmpty, "no help is printed: \(run.en.stdout)")
            try ChineseMessagesRareTests.both(
                ["help", "example.yaml"], in: folder, status: 64, english: "`folio help` takes the name of a command",
                chinese: "`folio help` 后面应写命令名")
            let known = try FolioExecutable.run(["help", "check"], in: folder)
            #expect(known.status == 0 && known.stdout.contains("folio check"), "\(known.stderr)")
        }
    }

    @Test("new-year --to with no period is new-year's usage error (64), saying which forms are periods")
    func newYearBadPeriod() throws {
        try NewUserMessagesTests.inFolder { folder in
            let quarter = try ChineseMessagesRareTests.both(
                ["new-year", "example.yaml", "--to", "2020Q5"], in: folder, status: 64,
                english: "“2020Q5” names quarter 5; a year has 4; write 2020Q1 to 2020Q4",
                chinese: "“2020Q5”指第5个季度，而一年只有4个")
            Self.expectUsage(of: "new-year", quarter)
            try ChineseMessagesRareTests.both(
                ["new-year", "example.yaml", "--to", "abc"], in: folder, status: 64,
                english: "“abc” is not a period; write a year (2025), a half-year", chinese: "“abc”不是期别；请写年份（2025）")
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(left == ["example-figures.csv", "example.yaml"], "nothing is written")
        }
    }

    @Test("a --lang Folio has no catalogue for is a usage error (64) naming zh and en, even with --help")
    func unsupportedLanguage() throws {
        try NewUserMessagesTests.inFolder { folder in
            let help = try ChineseMessagesRareTests.both(
                ["--lang", "fr", "--help"], in: folder, status: 64, english: "--lang must be zh or en, not “fr”",
                chinese: "--lang 只能是 zh 或 en，不能是“fr”")
            #expect(help.en.stdout.isEmpty && help.zh.stdout.isEmpty, "no help is printed: \(help.en.stdout)")
            let version = try FolioExecutable.run(["--lang=fr", "--version"], in: folder)
            #expect(version.status == 64 && version.stderr.contains("not “fr”"), "\(version.stdout)\(version.stderr)")
            let chosen = try FolioExecutable.run(["--lang", "zh", "--help"], in: folder)
            #expect(chosen.status == 0 && chosen.stdout.contains("用法"), "\(chosen.stderr)")
        }
    }

    @Test("new-year for a dataset without report.period is new-year's usage error (64), naming --year")
    func newYearWithoutPeriod() throws {
        try NewUserMessagesTests.inFolder { folder in
            let plain = "report:\n  title: XX镇工作总结\n  issuer: XX镇人民政府\n  date: 2021-01-20\nbody:\n  - 全年工作顺利。\n"
            try plain.write(to: folder.appendingPathComponent("plain.yaml"), atomically: true, encoding: .utf8)
            let none = try ChineseMessagesRareTests.both(
                ["new-year", "plain.yaml"], in: folder, status: 64,
                english: "the dataset states no report.period: give --year", chinese: "数据集未写 report.period：请指定 --year")
            Self.expectUsage(of: "new-year", none)
            let to = try ChineseMessagesRareTests.both(
                ["new-year", "plain.yaml", "--to", "2025"], in: folder, status: 64,
                english: "--to needs report.period in the dataset; give --year instead",
                chinese: "--to 要求数据集写有 report.period；请改用 --year")
            Self.expectUsage(of: "new-year", to)
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(left == ["example-figures.csv", "example.yaml", "plain.yaml"], "nothing is written")
        }
    }

    @Test("--pdf-standard with --format svg or docx is build's usage error (64), also when build is not named")
    func pdfStandardNotPDF() throws {
        try NewUserMessagesTests.inFolder { folder in
            for arguments in [
                ["build", "example.yaml", "--pdf-standard", "a-2b", "--format", "svg", "-o", "pages"],
                ["example.yaml", "--pdf-standard", "a-2b", "--format", "docx", "-o", "a.docx"],
            ] {
                let run = try ChineseMessagesRareTests.both(
                    arguments, in: folder, status: 64, english: "--pdf-standard applies to PDF output only",
                    chinese: "--pdf-standard 只适用于 PDF 输出")
                Self.expectUsage(of: "build", run)
            }
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(left == ["example-figures.csv", "example.yaml"], "nothing is written")
        }
    }

    @Test("--icc-profile without --pdf-standard is build's usage error (64), not silently ignored")
    func iccProfileWithoutStandard() throws {
        try NewUserMessagesTests.inFolder { folder in
            let run = try ChineseMessagesRareTests.both(
                ["build", "example.yaml", "--icc-profile", "sRGB.icc", "-o", "a.pdf"], in: folder, status: 64,
                english: "--icc-profile applies only with --pdf-standard",
                chinese: "--icc-profile 只在指定 --pdf-standard 时适用")
            Self.expectUsage(of: "build", run)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.pdf").path))
        }
    }

    @Test(
        "--fast-web-view and --untagged with a format other than PDF are build's usage error (64), not ignored",
        arguments: [
            ["--format", "docx", "--fast-web-view", "-o", "a.docx"], ["--format", "svg", "--untagged", "-o", "a"],
        ])
    func pdfWriterOptionsWithAnotherFormat(_ arguments: [String]) throws {
        try NewUserMessagesTests.inFolder { folder in
            let option = arguments[2], format = arguments[1]
            let run = try ChineseMessagesRareTests.both(
                ["build", "example.yaml"] + arguments, in: folder, status: 64,
                english: "\(option) applies to PDF output only: leave it out with --format \(format)",
                chinese: "\(option) 只适用于 PDF 输出：使用 --format \(format) 时请去掉它")
            Self.expectUsage(of: "build", run)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(arguments[4]).path))
        }
    }

    @Test(
        "where the output goes is checked while parsing: several datasets as SVG, or a Word file to -o -, are build's usage error (64)",
        arguments: [
            (["example.yaml", "example.yaml", "--format", "svg"], "several datasets build PDFs only", "多个数据集只能生成 PDF"),
            (["example.yaml", "--format", "docx", "-o", "-"], "--format docx writes a file", "--format docx 写入文件"),
        ])
    func outputsThatCannotBe(_ arguments: [String], _ english: String, _ chinese: String) throws {
        try NewUserMessagesTests.inFolder { folder in
            let run = try ChineseMessagesRareTests.both(
                ["build"] + arguments, in: folder, status: 64, english: english, chinese: chinese)
            Self.expectUsage(of: "build", run)
        }
    }

    /// Expects both runs' standard error to show the usage of `folio COMMAND`, not `folio <subcommand>`'s.
    static func expectUsage(
        of command: String, _ run: (zh: ToolRun.Result, en: ToolRun.Result),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for stderr in [run.zh.stderr, run.en.stderr] {
            #expect(
                stderr.contains("folio \(command) ") && !stderr.contains("<subcommand>"), "\(stderr)",
                sourceLocation: sourceLocation)
        }
    }
}
