import Foundation
import FolioTestSupport
import Testing

/// The command line's conventions, run on the built `folio`: `-o -` and `-` for the standard streams, a
/// mistyped command, a missing dataset, `--version`, the documented exit statuses, the progress line, and an
/// installed layout (`bin/folio` beside `share/folio`) found without `FOLIO_ASSETS`.
@Suite("Command-line conventions")
struct CommandLineConventionTests {
    /// The built executable.
    static func folio() throws -> URL { try #require(FolioExecutable.find()) }

    /// Runs `folio` with `arguments` in `folder`, assets named through `FOLIO_ASSETS`.
    static func run(_ arguments: [String], in folder: URL? = nil) throws -> ToolRun.Result {
        try ToolRun.run(
            try folio().path, arguments,
            environment: ["FOLIO_ASSETS": Checkout.assets.path],
            in: folder)
    }

    /// Runs `script` in `sh` in `folder` with `$FOLIO` set (for redirections).
    static func shell(_ script: String, in folder: URL) throws -> ToolRun.Result {
        try ToolRun.run(
            "/bin/sh", ["-c", script],
            environment: [
                "FOLIO": try folio().path,
                "FOLIO_ASSETS": Checkout.assets.path,
            ],
            in: folder)
    }

    /// A temporary folder holding docs/example.yaml and the CSV file it names in `data-files:`.
    static func exampleFolder() throws -> URL {
        let folder = try Checkout.temporaryFolder()
        for name in ["example.yaml", "example-figures.csv"] {
            try FileManager.default.copyItem(
                at: Checkout.root.appendingPathComponent("docs/\(name)"),
                to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test("--version prints the version and the revision it was built from")
    func version() throws {
        let r = try Self.run(["--version"])
        #expect(r.status == 0)
        #expect(
            r.stdout.range(of: #"^folio \d+\.\d+\.\d+ \(revision [^)]+\)\n$"#, options: .regularExpression) != nil,
            "got \(r.stdout)")
    }

    @Test("a mistyped command is a usage error with a suggestion, not a dataset path")
    func mistypedCommand() throws {
        let r = try Self.run(["chekc", "report.yaml"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown command “chekc”: did you mean “check”?"), "got \(r.stderr)")
        let far = try Self.run(["frobnicate"])
        #expect(far.status == 64)
        #expect(
            far.stderr.contains(
                "the commands are build, text, fonts, preview, chart, check, verify, import, new-year, diff, serve, help"
            ),
            "got \(far.stderr)")
    }

    @Test("a file named like a command word is still read as the dataset")
    func fileNamedLikeAWord() throws {
        let folder = try Self.exampleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("example.yaml"),
            to: folder.appendingPathComponent("report"))
        let r = try Self.run(["report", "-o", "report.pdf"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test("no dataset is a usage error; --example names the bundled report", arguments: ["build", "text", "check"])
    func noDataset(command: String) throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bare = try Self.run([command], in: folder)
        #expect(bare.status == 64)
        #expect(bare.stderr.contains("no dataset given") && bare.stderr.contains("--example"), "got \(bare.stderr)")
        let example = try Self.run([command, "--example"] + (command == "build" ? ["-o", "x.pdf"] : []), in: folder)
        #expect(example.status == 0, "\(example.stderr)")
        let both = try Self.run([command, "--example", "other.yaml"], in: folder)
        #expect(both.status == 64)
    }

    @Test("build -o - writes the same PDF to standard output that -o FILE writes, and nothing else")
    func buildToStandardOutput() throws {
        let folder = try Self.exampleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.run(["build", "example.yaml", "-o", "file.pdf"], in: folder)
        #expect(file.status == 0, "\(file.stderr)")
        let piped = try Self.run(["build", "example.yaml", "-o", "-"], in: folder)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.output.starts(with: Data("%PDF-".utf8)))
        #expect(piped.output == (try Data(contentsOf: folder.appendingPathComponent("file.pdf"))))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["example-figures.csv", "example.yaml", "file.pdf"])
    }

    @Test("chart -o - writes the chart to standard output: PDF, or --format's")
    func chartToStandardOutput() throws {
        let pdf = try Self.run(["chart", "--example", "--id", "income", "-o", "-"])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        #expect(pdf.output.starts(with: Data("%PDF-".utf8)))
        let svg = try Self.run(["chart", "--example", "--id", "income", "-o", "-", "--format", "svg"])
        #expect(svg.status == 0)
        #expect(svg.stdout.hasPrefix("<?xml"))
        let bad = try Self.run(["chart", "--example", "--id", "income", "-o", "-", "--format", "gif"])
        #expect(bad.status == 64)
    }

    @Test("- reads the dataset from standard input; its data files are relative to the current folder")
    func datasetFromStandardInput() throws {
        let folder = try Self.exampleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.run(["build", "example.yaml", "-o", "file.pdf"], in: folder)
        #expect(file.status == 0)
        let piped = try Self.shell(#""$FOLIO" build - -o stdin.pdf < example.yaml"#, in: folder)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(
            try Data(contentsOf: folder.appendingPathComponent("stdin.pdf"))
                == Data(contentsOf: folder.appendingPathComponent("file.pdf")))
        let both = try Self.shell(#""$FOLIO" build - -o - < example.yaml > both.pdf"#, in: folder)
        #expect(both.status == 0)
        #expect(
            try Data(contentsOf: folder.appendingPathComponent("both.pdf"))
                == Data(contentsOf: folder.appendingPathComponent("file.pdf")))
        let text = try Self.shell(#""$FOLIO" text - < example.yaml"#, in: folder)
        #expect(text.status == 0 && !text.stdout.isEmpty)

        let elsewhere = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let lost = try Self.shell(#""$FOLIO" text - < "\#(folder.path)/example.yaml""#, in: elsewhere)
        #expect(lost.status == 65, "the CSV file is looked for in the current folder")
        #expect(lost.stderr.contains("<stdin>:"), "got \(lost.stderr)")
        let empty = try Self.shell(#""$FOLIO" check - < /dev/null"#, in: elsewhere)
        #expect(empty.status == 65)
        #expect(empty.stderr.contains("<stdin>:1:1: error: the file is empty"))
    }

    @Test("every exit status is documented in folio --help and in README.md")
    func exitStatusesDocumented() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        let helpText = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let readme = try String(contentsOf: Checkout.root.appendingPathComponent("README.md"), encoding: .utf8)
        for status in ["0", "64", "65", "66", "69", "70", "73", "74", "128+N"] {
            #expect(helpText.contains(" \(status) "), "folio --help does not document \(status)")
            #expect(readme.contains("| \(status) |"), "README.md does not document \(status)")
        }
    }

    @Test("no progress line when standard error is not a terminal")
    func silentWithoutTerminal() throws {
        let folder = try Self.exampleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try Self.run(["build", "example.yaml", "-o", "out.pdf"], in: folder)
        #expect(r.status == 0)
        #expect(!r.stderr.contains("building:") && !r.stderr.contains("\r"), "got \(r.stderr)")
    }

    @Test(
        "a long build on a terminal shows one progress line, rewritten in place and erased",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")), .timeLimit(.minutes(3)))
    func progressOnTerminal() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = """
            report:
              title: 测试镇2020年工作报告
              issuer: 测试镇人民政府
              date: 2021-01-15
            data:
              农民人均纯收入:
                unit: 元
                values: {2015: 8740, 2020: 11379}
            body:
              - 2020年农民人均纯收入达到{农民人均纯收入[2020]}元。

            """
        let line = "  - " + String(repeating: "农民人均纯收入稳步增长，产业结构持续优化。", count: 15) + "\n"
        try Data((base + String(repeating: line, count: 400)).utf8).write(to: folder.appendingPathComponent("big.yaml"))
        // `script` gives the command a terminal and records what it wrote there.
        let tty = try Self.shell(
            #"script -qec '"$FOLIO" build big.yaml -o big.pdf --force' typescript > /dev/null; cat typescript"#,
            in: folder)
        #expect(tty.stdout.contains("\rbuilding: "), "no progress line in \(tty.stdout.prefix(400))")
        #expect(tty.stdout.contains(" pages, "))
        #expect(tty.stdout.contains("\r\u{1B}[K"), "the line is erased at the end")
        #expect(tty.stdout.contains("big.pdf ("), "the build finished")
    }

    @Test(
        "an installed layout (PREFIX/bin/folio, PREFIX/share/folio) renders the bundled report under env -i",
        .timeLimit(.minutes(2)))
    func installedLayout() throws {
        let prefix = try Checkout.temporaryFolder(), elsewhere = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: prefix); try? FileManager.default.removeItem(at: elsewhere) }
        let fm = FileManager.default
        try fm.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try fm.createDirectory(at: prefix.appendingPathComponent("share"), withIntermediateDirectories: true)
        try fm.copyItem(at: try Self.folio(), to: prefix.appendingPathComponent("bin/folio"))
        try fm.copyItem(
            at: Checkout.root.appendingPathComponent("Assets"), to: prefix.appendingPathComponent("share/folio"))
        // A symbolic link elsewhere: the assets are found from the binary's real path.
        try fm.createSymbolicLink(
            at: elsewhere.appendingPathComponent("folio"),
            withDestinationURL: prefix.appendingPathComponent("bin/folio"))
        for program in [prefix.appendingPathComponent("bin/folio").path, "./folio"] {
            let r = try ToolRun.run(
                "/usr/bin/env",
                [
                    "-i", "PATH=/usr/bin:/bin", program, "build", "--example",
                    "-o", "out.pdf",
                ], in: elsewhere)
            #expect(r.status == 0, "\(program): \(r.stderr)")
            #expect(fm.fileExists(atPath: elsewhere.appendingPathComponent("out.pdf").path))
            try? fm.removeItem(at: elsewhere.appendingPathComponent("out.pdf"))
        }
        let onPath = try ToolRun.run(
            "/usr/bin/env",
            [
                "-i", "PATH=\(prefix.path)/bin:/usr/bin:/bin", "folio", "text",
                "--example",
            ], in: elsewhere)
        #expect(onPath.status == 0, "found on PATH: \(onPath.stderr)")
    }
}
