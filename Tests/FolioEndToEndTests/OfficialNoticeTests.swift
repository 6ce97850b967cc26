import Foundation
import FolioTestSupport
import Testing

/// The bundled 通知 (Assets/reports/sample-notice-2021.yaml), which uses 版头, 主送机关, 附注 and 版记: it passes
/// `folio check`, builds, passes `folio verify`, and its text holds every part in reading order.
@Suite("Bundled notice")
struct OfficialNoticeTests {
    static let dataset = Checkout.assets.appendingPathComponent("reports/sample-notice-2021.yaml")

    @Test func theNoticeChecksBuildsAndVerifies() throws {
        let folder = try Checkout.temporaryFolder("notice")
        let check = try FolioExecutable.run(["check", Self.dataset.path], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let build = try FolioExecutable.run(["build", Self.dataset.path, "-o", "n.pdf"], in: folder)
        try #require(build.status == 0, "\(build.stderr)")
        let verify = try FolioExecutable.run(["verify", "n.pdf"], in: folder)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let text = try FolioExecutable.run(["text", Self.dataset.path], in: folder).stdout
        let order = [
            "000012", "秘密★1年", "特急", "YY镇人民政府文件", "Y政发〔2021〕12号", "关于做好", "各村（社区）、镇属各单位：",
            "附件：1.YY镇2021年度农村人居环境整治任务分解表", "2021年3月5日", "（此件公开发布）", "附件1",
            "任务分解", "附件2", "月报表（样式）", "抄送：县农业农村局，县生态环境局，镇党委办公室，镇人大主席团。",
            "YY镇党政办公室\t2021年3月6日印发",
        ]
        // Each part found after the one before it.
        var from = text.startIndex
        for part in order {
            guard let r = text.range(of: part, range: from..<text.endIndex) else {
                Issue.record("“\(part)” is missing or out of order in:\n\(text)")
                return
            }
            from = r.upperBound
        }
    }

    @Test func theOrderChecksBuildsAndVerifies() throws {
        let dataset = Checkout.assets.appendingPathComponent("reports/sample-order-2021.yaml")
        let folder = try Checkout.temporaryFolder("order")
        let check = try FolioExecutable.run(["check", dataset.path], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let build = try FolioExecutable.run(["build", dataset.path, "-o", "o.pdf"], in: folder)
        try #require(build.status == 0, "\(build.stderr)")
        let verify = try FolioExecutable.run(["verify", "o.pdf"], in: folder)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        // The page carries the mark, the 令号, the body, the 职务 and the date — no title (§10.2).
        let text = try ToolRun.run("pdftotext", [folder.appendingPathComponent("o.pdf").path, "-"]).stdout
            .filter { !$0.isWhitespace }
        for part in ["YY县人民政府令", "第3号", "现予公布", "县长", "2021年5月10日"] {
            #expect(text.contains(part), "\(part)")
        }
        #expect(!text.contains("第3号（示例）"))   // the title
    }
}
