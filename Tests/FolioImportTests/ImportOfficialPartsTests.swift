import Foundation
import Testing
import FolioData
@testable import FolioImport
import FolioTestSupport

/// An imported 通知 keeps its document parts as `report.document` (GB/T 9704 §7.2–§7.4): the 版头 above the title,
/// the 主送机关, the 附注 under the date and the 版记 at the end, none of them left in the prose.
@Suite struct ImportOfficialPartsTests {
    static let notice = """
        000012
        秘密★1年
        特急
        YY镇人民政府文件
        Y政发〔2021〕12号
        关于做好2021年度农村人居环境整治工作的通知
        各村（社区）、镇属各单位：
        为改善农村人居环境，现将有关事项通知如下。
        一、工作目标
        全年完成农户卫生厕所改造1200户。
        YY镇人民政府
        2021年3月5日
        （此件公开发布）
        抄送：县农业农村局，县生态环境局。
        YY镇党政办公室　　2021年3月6日印发
        """

    @Test func the_parts_become_report_document() throws {
        let r = ReportImporter(sourceName: "notice.txt").run(Self.notice)
        #expect(r.structure.title == "关于做好2021年度农村人居环境整治工作的通知")
        #expect(r.structure.issuer == "YY镇人民政府")
        #expect(r.structure.date == DatasetDate(year: 2021, month: 3, day: 5))
        #expect(
            r.yaml.contains(
                """
                  document:
                    copy: "000012"
                    secrecy: "秘密★1年"
                    urgency: "特急"
                    mark: "YY镇人民政府文件"
                    number: "Y政发〔2021〕12号"
                    to: "各村（社区）、镇属各单位"
                    note: "此件公开发布"
                    cc: ["县农业农村局", "县生态环境局"]
                    printer: "YY镇党政办公室"
                    printed: 2021-03-06
                """), "\(r.yaml)")
        for typed in ["秘密★1年", "各村（社区）、镇属各单位：", "（此件公开发布）", "抄送", "印发", "000012"] {
            #expect(!r.yaml.contains("- p: \"\(typed)"), "\(typed) left in the prose")
        }
        let (dataset, _) = try DatasetLoader.load(yaml: r.yaml, fileName: "notice.yaml")
        #expect(dataset.report.document.number == "Y政发〔2021〕12号")
        #expect(dataset.report.document.copiesTo == ["县农业农村局", "县生态环境局"])
    }

    @Test func a_report_without_the_parts_gets_no_document_block() throws {
        let r = ReportImporter(sourceName: "t.txt").run(try ReportImporter.text(at: Checkout.seed))
        #expect(!r.yaml.contains("document:"))
        #expect(r.structure.document.isEmpty)
    }

    @Test func an_address_to_a_meeting_is_prose_not_a_recipient() {
        #expect(OfficialParts.recipient("各位代表：") == nil)
        #expect(OfficialParts.recipient("各乡镇人民政府，县政府各部门：") == "各乡镇人民政府，县政府各部门")
        #expect(OfficialParts.recipient("现将有关事项通知如下：一是。") == nil)
    }

    @Test func signers_on_the_number_line_and_on_their_own() {
        var parts = OfficialParts()
        let lines = ["XX镇人民政府文件", "X政报〔2021〕3号　　签发人：张三　李四"].enumerated().map {
            SourceLine(number: $0.offset + 1, text: $0.element)
        }
        #expect(parts.readHead(lines) == 2)
        #expect(parts.number == "X政报〔2021〕3号")
        #expect(parts.signers == ["张三", "李四"])
        #expect(OfficialParts.signerLine("签发人：王五") == ["王五"])
        #expect(OfficialParts.numberLine("第3号")?.0 == "第3号")
        #expect(OfficialParts.numberLine("一是加强领导号") == nil)
    }

    @Test func a_lone_copy_number_is_not_a_head() {
        var parts = OfficialParts()
        let lines = [SourceLine(number: 1, text: "000012"), SourceLine(number: 2, text: "XX镇工作总结")]
        #expect(parts.readHead(lines) == 0)
        #expect(parts.isEmpty)
    }
}
