import FolioTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `folio serve` started as a Chinese user starts it (the built executable, `LANG=zh_CN.UTF-8`): what keeps it from
/// starting is told in Chinese, by its cause, with its hint and its documented exit status, before anything else is
/// printed (no address, no set-up code); a clean start prints only the address and the code, once it listens.
@Suite struct StartUpTests {
    /// Runs `folio serve arguments` in a new folder, which `prepare` fills first, with `environment` added to the
    /// tests' and a Chinese locale; `executable` names, inside the folder, another copy of `folio` to run. The
    /// folder is removed afterwards.
    static func serve(
        _ arguments: (URL) throws -> [String], environment: (URL) -> [String: String] = { _ in [:] },
        executable: String? = nil, prepare: (URL) throws -> Void = { _ in }
    ) throws -> ToolRun.Result {
        let folder = try Checkout.temporaryFolder("folio-serve-start")
        defer { try? FileManager.default.removeItem(at: folder) }
        try prepare(folder)
        guard let folio = executable.map({ folder.appendingPathComponent($0) }) ?? FolioExecutable.find() else {
            throw TestFailure("folio is not built (swift build)")
        }
        let variables = FolioExecutable.environment.merging(ServeProcess.chinese) { $1 }
            .merging(environment(folder)) { $1 }
        return try ToolRun.run(folio.path, ["serve"] + arguments(folder), environment: variables, in: folder)
    }

    /// What every refusal shares: the status, one 错误 line with the cause and one 建议 line with the hint, in
    /// Chinese without an English sentence, and no address or set-up code.
    static func expectRefusal(
        _ result: ToolRun.Result, status: Int32, cause: String, hint: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let text = result.stderr
        #expect(result.status == status, "\(text)", sourceLocation: sourceLocation)
        #expect(text.hasPrefix("错误：") && text.contains(cause), "\(text)", sourceLocation: sourceLocation)
        #expect(text.contains("建议：") && text.contains(hint), "\(text)", sourceLocation: sourceLocation)
        #expect(EnglishSentences.find(in: text).isEmpty, "\(text)", sourceLocation: sourceLocation)
        #expect(!text.contains("http://") && !text.contains("设置码"), "\(text)", sourceLocation: sourceLocation)
    }

    @Test("a file given as the data folder is a mistake in the command: 64, said in Chinese")
    func aFileIsNoFolder() throws {
        let result = try Self.serve(
            { _ in ["example.yaml", "--port", "\(try Loopback.freePort())"] },
            prepare: { try Data("report: {}\n".utf8).write(to: $0.appendingPathComponent("example.yaml")) })
        Self.expectRefusal(result, status: 64, cause: "example.yaml 是一个文件，不是文件夹", hint: "请指定一个文件夹")
    }

    @Test("a port another program listens on is named, before the folder is made or anything printed: 69")
    func aPortInUse() throws {
        let held = try #require(Loopback.open(listening: true))
        defer { close(held.descriptor) }
        let result = try Self.serve { _ in ["data", "--port", "\(held.port)"] }
        Self.expectRefusal(
            result, status: 69, cause: "127.0.0.1 的端口 \(held.port) 已被占用", hint: "--port \(held.port + 1)")
    }

    @Test("a host name that names no address: 64, said in Chinese")
    func anUnknownHost() throws {
        let port = try Loopback.freePort()
        let result = try Self.serve { _ in ["data", "--host", "nosuch.invalid", "--port", "\(port)"] }
        Self.expectRefusal(result, status: 64, cause: "找不到 --host 指定的地址或主机名 nosuch.invalid", hint: "127.0.0.1")
    }

    @Test("a data folder that cannot be made: 73, with the system's reason in Chinese")
    func aFolderThatCannotBeWritten() throws {
        // Root writes in any folder whatever its mode; /sys takes no new folder from anyone.
        let asRoot = geteuid() == 0
        let port = try Loopback.freePort()
        let result = try Self.serve(
            { folder in
                let data = asRoot ? "/sys/folio-serve-test" : folder.appendingPathComponent("locked/data").path
                return [data, "--port", "\(port)"]
            },
            prepare: { folder in
                let locked = folder.appendingPathComponent("locked")
                try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
                try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
            })
        Self.expectRefusal(result, status: 73, cause: "无法写入数据文件夹", hint: "请检查是否有权写入该文件夹")
    }

    @Test("no asset folder: AssetLocator's Chinese sentence itself, not nested in another: 69")
    func noAssetFolder() throws {
        let folio = try #require(FolioExecutable.find(), "build folio first (swift build)")
        let result = try Self.serve(
            { _ in ["data", "--port", "\(try Loopback.freePort())"] },
            environment: { _ in ["FOLIO_ASSETS": "/nonexistent/folio-assets"] }, executable: "bin/folio",
            prepare: { folder in
                // A copy of the executable away from the checkout, so that it finds no Assets folder beside it.
                let copy = folder.appendingPathComponent("bin/folio")
                try FileManager.default.createDirectory(
                    at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                do { try FileManager.default.linkItem(at: folio, to: copy) } catch {
                    try FileManager.default.copyItem(at: folio, to: copy)
                }
            })
        Self.expectRefusal(result, status: 69, cause: "找不到 Folio 的资源文件夹", hint: "FOLIO_ASSETS")
        #expect(result.stderr.components(separatedBy: "错误：").count == 2, "\(result.stderr)")
    }

    @Test("an asset folder without the workbench's pages: 69, said in Chinese")
    func anAssetFolderWithoutPages() throws {
        let result = try Self.serve(
            { _ in ["data", "--port", "\(try Loopback.freePort())"] },
            environment: { ["FOLIO_ASSETS": $0.appendingPathComponent("assets").path] },
            prepare: { folder in
                let themes = folder.appendingPathComponent("assets/themes")
                try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
                try FileManager.default.copyItem(
                    at: Checkout.assets.appendingPathComponent("themes/gongwen.yaml"),
                    to: themes.appendingPathComponent("gongwen.yaml"))
            })
        Self.expectRefusal(result, status: 69, cause: "中没有工作台的网页文件", hint: "请重新安装 Folio")
    }

    @Test("a data folder whose database is no database: 69, the cause in Chinese, not SQLite's English")
    func aDamagedDatabase() throws {
        let result = try Self.serve(
            { _ in ["data", "--port", "\(try Loopback.freePort())"] },
            prepare: { folder in
                let meta = folder.appendingPathComponent("data/.folio")
                try FileManager.default.createDirectory(at: meta, withIntermediateDirectories: true)
                try Data("not a database\n".utf8).write(to: meta.appendingPathComponent("workbench.sqlite"))
            })
        Self.expectRefusal(result, status: 69, cause: "文件已损坏，或者不是 SQLite 数据库", hint: "请用数据文件夹的备份恢复")
    }

    @Test("a clean start prints the address and the set-up code in Chinese once it listens, and no log line")
    func aCleanStart() throws {
        let folder = try Checkout.temporaryFolder("folio-serve-start")
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = try Loopback.freePort()
        let server = try ServeProcess(["serve", "data", "--port", "\(port)"], in: folder)
        defer { server.stop() }
        try #require(server.wait(for: "创建管理员。\n", seconds: 120), "\(server.stderr)")
        // Printed only once the server listens: the first request, made at once, is answered.
        #expect(Loopback.get("/setup", port: port)?.hasPrefix("HTTP/1.1 200") == true, "the address came first")
        // Once it answers (whenever it began to), its terminal shows those two lines and nothing else.
        try #require(Loopback.waitForAnswer(port: port, seconds: 30), "\(server.stderr)")
        server.stop()
        let text = server.stderr
        let lines = text.split(separator: "\n").map(String.init)
        let data = folder.appendingPathComponent("data").standardizedFileURL.path
        #expect(lines.first == "Folio 工作台：http://127.0.0.1:\(port)/（数据文件夹 \(data)）", "\(text)")
        #expect(lines.last?.hasPrefix("首次使用：打开 http://127.0.0.1:\(port)/setup ，输入设置码 ") == true, "\(text)")
        #expect(lines.count == 2 && !text.contains("Hummingbird") && EnglishSentences.find(in: text).isEmpty, "\(text)")
    }

    @Test("folio serve takes and lists --lang like every other command")
    func serveTakesLang() throws {
        let help = try FolioExecutable.run(["serve", "--help"], environment: ServeProcess.chinese)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--lang <zh|en>"), "\(help.stdout)")
        let english = try Self.serve(
            { _ in ["--lang", "en", "example.yaml"] },
            prepare: { try Data("report: {}\n".utf8).write(to: $0.appendingPathComponent("example.yaml")) })
        #expect(english.status == 64, "\(english.stderr)")
        #expect(english.stderr.contains("is a file, not a folder"), "\(english.stderr)")
    }
}
