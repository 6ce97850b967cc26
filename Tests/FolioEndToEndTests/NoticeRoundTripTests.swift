import Foundation
import Testing
import FolioTestSupport

/// The bundled notice written out as text by `folio text` and imported back: the same document parts, attachments
/// and prose, checked clean and built to as many pages (only the seal, an image, is not in the text).
@Suite struct NoticeRoundTripTests {
    @Test func the_request_imports_back_with_its_joint_issuers() throws {
        let folder = try Checkout.temporaryFolder("request-round-trip")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Checkout.url("Assets/reports/sample-request-2021.yaml").path
        let text = try FolioExecutable.run(["text", source])
        try #require(text.status == 0, "\(text.stderr)")
        try text.stdout.write(to: folder.appendingPathComponent("r.txt"), atomically: true, encoding: .utf8)
        let imported = try FolioExecutable.run(["import", "r.txt", "-o", "r.yaml"], in: folder)
        try #require(imported.status == 0, "\(imported.stderr)")
        let yaml = try String(contentsOf: folder.appendingPathComponent("r.yaml"), encoding: .utf8)
        for field in [
            "mark: [\"中共YY镇委员会\", \"YY镇人民政府\", \"文件\"]", "number: \"Y委报〔2021〕8号\"",
            "signers: [\"张三\", \"李四\"]", "to: \"YY县人民政府\"", "note: \"联系人：王五，电话：0000-1234567\"",
            "issuer: \"中共YY镇委员会 YY镇人民政府\"", "printer: \"YY镇党政办公室\"",
        ] {
            #expect(yaml.contains(field), "\(field) missing:\n\(yaml)")
        }
        let again = try FolioExecutable.run(["text", "r.yaml"], in: folder)
        func prose(_ s: String) -> [Substring] { s.split(separator: "\n").filter { !$0.contains("\t") } }
        #expect(prose(again.stdout) == prose(text.stdout))
    }

    @Test func the_notice_imports_back_into_the_same_document() throws {
        let folder = try Checkout.temporaryFolder("notice-round-trip")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Checkout.url("Assets/reports/sample-notice-2021.yaml").path
        let text = try FolioExecutable.run(["text", source])
        try #require(text.status == 0, "\(text.stderr)")
        try text.stdout.write(to: folder.appendingPathComponent("notice.txt"), atomically: true, encoding: .utf8)
        let imported = try FolioExecutable.run(["import", "notice.txt", "-o", "notice.yaml"], in: folder)
        try #require(imported.status == 0, "\(imported.stderr)")
        let yaml = try String(contentsOf: folder.appendingPathComponent("notice.yaml"), encoding: .utf8)
        for field in [
            "copy: \"000012\"", "secrecy: \"秘密★1年\"", "urgency: \"特急\"", "mark: \"YY镇人民政府文件\"",
            "number: \"Y政发〔2021〕12号\"", "to: \"各村（社区）、镇属各单位\"", "note: \"此件公开发布\"",
            "cc: [\"县农业农村局\", \"县生态环境局\", \"镇党委办公室\", \"镇人大主席团\"]", "printer: \"YY镇党政办公室\"",
            "printed: 2021-03-06", "date: 2021-03-05",
            "- title: \"YY镇{本年}年度农村人居环境整治任务分解表\"", "- title: \"农村人居环境整治进展情况月报表（样式）\"",
        ] {
            #expect(yaml.contains(field), "\(field) missing:\n\(yaml)")
        }
        let checked = try FolioExecutable.run(["check", "notice.yaml"], in: folder)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        let built = try FolioExecutable.run(["build", "notice.yaml", "-o", "notice.pdf"], in: folder)
        try #require(built.status == 0, "\(built.stderr)")
        let original = try FolioExecutable.run(["build", source, "-o", folder.appendingPathComponent("o.pdf").path])
        try #require(original.status == 0, "\(original.stderr)")
        func pages(_ name: String) throws -> String {
            try ToolRun.run("pdfinfo", [name], in: folder).stdout.split(separator: "\n")
                .first { $0.hasPrefix("Pages:") }.map(String.init) ?? ""
        }
        #expect(try pages("notice.pdf") == pages("o.pdf"))
        // The text of the rebuilt notice is the original's, but for the merged header cells of the table, which
        // the text form does not carry (a table row is its cells between tabs).
        let again = try FolioExecutable.run(["text", "notice.yaml"], in: folder)
        func prose(_ s: String) -> [Substring] { s.split(separator: "\n").filter { !$0.contains("\t") } }
        #expect(prose(again.stdout) == prose(text.stdout))
    }
}
