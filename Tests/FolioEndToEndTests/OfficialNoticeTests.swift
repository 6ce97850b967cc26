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

    /// The other bundled official documents and the parts each must print, in reading order.
    static let samples: [(String, [String])] = [
        (
            "sample-request-2021.yaml",
            [
                "中共YY镇委员会", "YY镇人民政府", "文件", "Y委报〔2021〕8号", "签发人：张三", "李四", "的请示（示例）", "YY县人民政府：",
                "妥否，请批示。", "附件：YY镇2021年度农户卫生厕所改造资金测算表", "中共YY镇委员会\nYY镇人民政府\n2021年4月12日",
                "（联系人：王五，电话：0000-1234567）", "附件\n", "资金测算", "YY镇党政办公室\t2021年4月12日印发",
            ]
        ),
        (
            "sample-letter-2021.yaml",
            ["000003", "YY镇人民政府", "Y政函〔2021〕15号", "的函（示例）", "县生态环境局：", "盼复。", "2021年6月18日", "抄送：县农业农村局。"]
        ),
        (
            "sample-minutes-2021.yaml",
            [
                "YY镇人民政府常务会议纪要", "纪要如下：", "关于农村人居环境整治工作", "关于防汛准备工作", "出席：镇长张三、副镇长李四",
                "请假：副镇长孙七（出差）", "列席：镇财政所所长周八", "2021年5月20日",
            ]
        ),
    ]

    @Test(arguments: samples.map(\.0))
    func theSampleChecksBuildsAndVerifies(_ name: String) throws {
        let dataset = Checkout.assets.appendingPathComponent("reports/\(name)")
        let folder = try Checkout.temporaryFolder("official-sample")
        let check = try FolioExecutable.run(["check", dataset.path], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let build = try FolioExecutable.run(["build", dataset.path, "-o", "s.pdf"], in: folder)
        try #require(build.status == 0, "\(build.stderr)")
        let verify = try FolioExecutable.run(["verify", "s.pdf"], in: folder)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let text = try FolioExecutable.run(["text", dataset.path], in: folder).stdout
        var from = text.startIndex
        for part in Self.samples.first(where: { $0.0 == name })?.1 ?? [] {
            guard let r = text.range(of: part, range: from..<text.endIndex) else {
                Issue.record("\(name): “\(part)” is missing or out of order in:\n\(text)")
                return
            }
            from = r.upperBound
        }
    }
}
