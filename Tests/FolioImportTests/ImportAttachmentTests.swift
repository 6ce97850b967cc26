import Foundation
import Testing
import FolioData
@testable import FolioImport
import FolioTestSupport

/// "附件N" parts at the end of an imported text become `attachments:` (GB/T 9704 §7.3.7), the signature before them
/// stays the signature, and the 附件说明 list the layout writes from the attachments is left out.
@Suite struct ImportAttachmentTests {
    static let date = DatasetDate(year: 2021, month: 3, day: 5)

    static let notice = """
        YY镇人民政府关于开展2021年农村人居环境整治的通知
        各村（社区）：
        为改善农村人居环境，现将有关事项通知如下。
        一、工作目标
        2021年完成农户卫生厕所改造320户，生活垃圾收运覆盖率达到100%。
        二、工作要求
        各村于每月25日前报送进展情况。
        附件：1.YY镇2021年度农村人居环境整治任务分解表
        2.农村人居环境整治进展情况月报表（样式）
        YY镇人民政府
        2021年3月5日
        附件1
        YY镇2021年度农村人居环境整治任务分解表
        表1 任务分解
        任务\t数量
        农户卫生厕所改造\t320户
        附件2
        农村人居环境整治进展情况月报表（样式）
        一、填报说明
        各村（社区）于每月25日前填报。
        """

    @Test func attachments_become_parts_with_their_titles_and_bodies() throws {
        let r = ReportImporter(sourceName: "notice.txt").run(Self.notice)
        #expect(r.structure.attachments == ["YY镇2021年度农村人居环境整治任务分解表", "农村人居环境整治进展情况月报表（样式）"])
        // The signature before the attachments is the signature; the 附件说明 list is written by the layout.
        #expect(r.structure.date == DatasetDate(year: 2021, month: 3, day: 5))
        #expect(r.structure.issuer == "YY镇人民政府")
        #expect(!r.yaml.contains("附件："), "\(r.yaml)")
        #expect(r.notes.contains { $0.line == 8 && $0.message.contains("附件说明") })
        #expect(r.yaml.contains("attachments:\n  - title: \"YY镇{本年}年度农村人居环境整治任务分解表\"\n    body:\n      - table:"))
        #expect(r.yaml.contains("  - title: \"农村人居环境整治进展情况月报表（样式）\"\n    body:\n      - section: \"填报说明\""))
        let (dataset, _) = try DatasetLoader.load(yaml: r.yaml, fileName: "notice.yaml")
        let attachments = dataset.body.compactMap { block -> String? in
            if case .attachment(let a) = block { return a.title.raw }
            return nil
        }
        #expect(attachments == ["YY镇{本年}年度农村人居环境整治任务分解表", "农村人居环境整治进展情况月报表（样式）"])
        // The figures of an attachment are data like the body's, named once.
        #expect(r.yaml.components(separatedBy: "\"农户卫生厕所改造\":").count == 2)
    }

    @Test func a_list_that_does_not_match_the_attachments_stays() {
        // Three titles listed, two attachments present: the list is kept for the writer to reconcile.
        let text = Self.notice.replacingOccurrences(
            of: "2.农村人居环境整治进展情况月报表（样式）\n", with: "2.农村人居环境整治进展情况月报表（样式）\n3.联系人名单\n")
        let r = ReportImporter(sourceName: "notice.txt").run(text)
        #expect(r.structure.attachments.count == 2)
        #expect(r.yaml.contains("- p: \"附件：\""))
        #expect(r.yaml.contains("3.联系人名单"))
    }

    @Test(arguments: [
        ("附件1", 1), ("附件 2", 2), ("附件１２", 12), ("附件3：", 3), ("附件", 0),
    ])
    func attachment_lines(_ text: String, _ n: Int) {
        #expect(AttachmentParts.number(text) == n)
    }

    @Test(arguments: ["附件：1.任务分解表", "附件说明", "附件1任务分解表", "附件0", "附件一"])
    func not_attachment_lines(_ text: String) {
        #expect(AttachmentParts.number(text) == nil)
    }

    @Test func numbers_out_of_order_are_no_attachments() {
        let text = "XX镇工作总结\n一、概况\n全镇面积118.6平方公里。\n附件2\n某表\n内容。\n附件1\n另一表\n内容。\n"
        let r = ReportImporter(sourceName: "t.txt").run(text)
        #expect(r.structure.attachments.isEmpty)
        #expect(!r.yaml.contains("attachments:"))
    }
}
